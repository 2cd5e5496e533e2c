import { BASE64URL, hasUpperLowerDigit, mixedChars, prefixed } from './define.js';

/** Browserbase (headless browsers for agents) credentials. */
export const browserbaseRules = [
  prefixed({
    id: 'browserbase-api-key',
    provider: 'Browserbase',
    description: 'Browserbase API key (bb_live_), sent as X-BB-API-Key',
    prefix: 'bb_live_',
    body: '[A-Za-z0-9_-]{24,40}',
    right: 'A-Za-z0-9_-',
    accept: (m) => hasUpperLowerDigit(m[1] ?? ''),
    sample: mixedChars(BASE64URL, 27),
    rotate: { url: 'https://www.browserbase.com/settings', how: 'Settings → API keys: delete the key and create a new one, then update where it is stored.' },
    docs: 'https://docs.browserbase.com/reference/api/authentication',
  }),
];
