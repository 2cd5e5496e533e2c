import { BASE64URL } from './define.js';
import { sdkTokenArgument } from './sdk-arguments.js';

/** YNAB credentials. */
export const ynabRules = [
  // The ynab client takes the token as its first argument, where hobby scripts write it. (From a
  // blind grading of personal automation.)
  sdkTokenArgument({ id: 'ynab-token-argument', provider: 'YNAB', client: 'ynab\\.API', call: 'ynab.API', keywords: ['ynab.api'], value: '[A-Za-z0-9_-]{43}|[a-f0-9]{64}', sample: (g) => g.chars(BASE64URL, 43), rotate: { url: 'https://app.ynab.com/settings/developer', how: 'Revoke the personal access token in YNAB’s developer settings, create a new one and keep it out of the source.' }, docs: 'https://api.ynab.com/#personal-access-tokens' }),
];
