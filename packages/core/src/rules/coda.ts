import { HEX, UUID } from './define.js';
import { sdkTokenArgument } from './sdk-arguments.js';

/** Coda credentials. */
export const codaRules = [
  // The codaio client takes the token as its first argument, where hobby scripts write it. (From a
  // blind grading of personal automation.)
  sdkTokenArgument({ id: 'coda-token-argument', provider: 'Coda', client: 'Coda', call: 'Coda', keywords: ['coda('], value: UUID, uuid: true, sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`, rotate: { url: 'https://coda.io/account', how: 'Delete the token in Coda’s account settings (API settings), generate a new one and keep it out of the source.' }, docs: 'https://coda.io/developers/apis/v1' }),
];
