import { HEX, chars, prefixed } from './define.js';

/** Cal.com API keys. */
export const calcomRules = [
  // Live-mode API keys start `cal_live_` (test-mode ones `cal_` or `cal_test_`): the prefix and 32
  // hex, sent as `Authorization: Bearer` (v2) or `?apiKey=` (v1). (From a blind grading of
  // scheduling integrations: found only where a setting's name said "api key".)
  prefixed({
    id: 'calcom-api-key',
    provider: 'Cal.com',
    description: 'Cal.com API key (cal_live_ or cal_test_ and 32 hex)',
    prefix: ['cal_live_', 'cal_test_'],
    body: '[0-9a-f]{32}',
    sample: chars(HEX, 32),
    rotate: { url: 'https://cal.com/help/api-keys', how: 'Delete the key in Cal.com (Settings → Developer → API keys), create a new one and update the integration that uses it.' },
    docs: 'https://cal.com/help/api-keys',
  }),
];
