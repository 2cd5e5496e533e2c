import { ALNUM, defineRule } from './define.js';

/** Chargebee API keys. */
export const chargebeeRules = [
  // A site's API key: `live_` or `test_` and 32 to 40 letters and digits of both cases (its docs'
  // example has 34), given to `chargebee.configure(key, site)` or as Basic auth's user. The prefixes
  // are common (Paddle's public client tokens share them), so only where Chargebee is named in the
  // stretch. (From a blind grading of subscription billing: 18 missed in SDK calls and tickets.)
  defineRule({
    id: 'chargebee-api-key',
    provider: 'Chargebee',
    description: 'Chargebee site API key (live_ or test_ and 32–40 letters and digits) where Chargebee is named',
    keywords: ['chargebee'],
    pattern: /(?<![A-Za-z0-9_-])((?:live|test)_[A-Za-z0-9]{32,40})(?![A-Za-z0-9_-])/,
    span: 'block',
    window: { before: 400, after: 400 },
    minEntropy: 3.5,
    accept: (m) => {
      const body = (m[1] ?? '').slice(5);
      return /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
    },
    severity: 'high',
    rotate: { url: 'https://www.chargebee.com/docs/2.0/api_keys.html', how: 'Delete the key in Chargebee (Settings → Configure Chargebee → API keys), create a new one and update the integration.' },
    docs: 'https://apidocs.chargebee.com/docs/api/auth',
    sample: (g) => `chargebee.configure("live_${g.chars(ALNUM, 30)}x9Q${g.chars(ALNUM, 1)}", "acme-billing")`,
    negatives: ['chargebee.configure(os.environ["CHARGEBEE_KEY"], "acme")', 'chargebee: live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
