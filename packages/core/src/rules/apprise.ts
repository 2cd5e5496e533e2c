import { defineRule, LOWER_ALNUM } from './define.js';

/** Apprise notification URLs whose credentials stand in the URL itself. */
export const appriseRules = [
  // Pushover: `pover://<user key>@<app token>` (both 30 letters and digits; the app token is the
  // secret, the user key addresses the recipient).
  defineRule({
    id: 'apprise-pushover-token',
    provider: 'Pushover',
    description: "Pushover application token in an Apprise pover:// URL (pover://<user key>@<token>)",
    keywords: ['pover://'],
    pattern: /pover:\/\/[A-Za-z0-9]{30}@([A-Za-z0-9]{30})(?![A-Za-z0-9])/,
    secretGroup: 1,
    window: { before: 8, after: 80 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://pushover.net/apps', how: "Pushover → your application: reset its API token, then update the notifier's URL." },
    docs: 'https://github.com/caronc/apprise/wiki/Notify_pushover',
    sample: (g) => `urls:\n  - pover://${g.chars(LOWER_ALNUM, 30)}@${g.chars(LOWER_ALNUM, 30)}\n`,
    negatives: ['urls:\n  - pover://{user_key}@{token}\n'],
  }),
];
