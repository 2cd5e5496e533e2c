import { UUID, uuidSample } from './define.js';
import { sdkTokenArgument } from './sdk-arguments.js';

/** Coda credentials. */
export const codaRules = [
  // The codaio client takes the token as its first argument, where hobby scripts write it. (From a
  // blind grading of personal automation.)
  sdkTokenArgument({ id: 'coda-token-argument', provider: 'Coda', client: 'Coda', call: 'Coda', keywords: ['coda('], value: UUID, uuid: true, sample: uuidSample, rotate: { url: 'https://coda.io/account', how: 'Delete the token in Coda’s account settings (API settings), generate a new one and keep it out of the source.' }, docs: 'https://coda.io/developers/apis/v1' }),
];
