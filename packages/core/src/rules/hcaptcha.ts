import { chars, defineRule, HEX, prefixed } from './define.js';

/** hCaptcha: the account's secret key (0x and 40 hex), which verifies responses server-side. */
export const hcaptchaRules = [
  // The same shape as an Ethereum address: only with hCaptcha named nearby (HCAPTCHA_SECRET, the
  // WordPress plugin's `hcaptcha_secret_key` filter, a siteverify call to hcaptcha.com).
  defineRule({
    id: 'hcaptcha-secret-key',
    provider: 'hCaptcha',
    description: 'hCaptcha secret key (0x and 40 hex) with hCaptcha and a secret named nearby',
    keywords: ['hcaptcha'],
    window: { before: 300, after: 300 },
    span: 'near',
    pattern: /(?<![A-Za-z0-9])(0x[0-9a-f]{40})(?![A-Za-z0-9])/,
    secretGroup: 1,
    context: ['secret'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.hcaptcha.com/settings/secrets', how: 'Dashboard → Settings → Secrets: generate a new secret key, update the server, then delete the old one.' },
    docs: 'https://docs.hcaptcha.com/#verify-the-user-response-server-side',
    sample: (g) => `HCAPTCHA_SECRET=0x${g.chars(HEX, 40)}\n`,
    negatives: ['HCAPTCHA_SECRET=0x0000000000000000000000000000000000000000\n', 'hcaptcha site key: 10000000-ffff-ffff-ffff-000000000001'],
  }),
  // hCaptcha Enterprise secrets start `ES_` and 32 hex, which names them wherever they stand.
  prefixed({
    id: 'hcaptcha-enterprise-secret',
    provider: 'hCaptcha',
    description: 'hCaptcha Enterprise secret key (ES_ and 32 hex)',
    prefix: 'ES_',
    body: '[a-f0-9]{32}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: chars(HEX, 32),
    rotate: { url: 'https://dashboard.hcaptcha.com/settings/secrets', how: 'Dashboard → Settings → Secrets: generate a new secret key, update the server, then delete the old one.' },
    docs: 'https://docs.hcaptcha.com/#verify-the-user-response-server-side',
    negatives: ['HCAPTCHA_SECRET=ES_00000000000000000000000000000000', 'HCAPTCHA_SECRET=ES_your_secret_here'],
  }),
];
