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
    accept: (m, text, at) => {
      const body = (m[1] ?? '').slice(5);
      if (!(/[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body))) return false;
      // (Not a test's name, `test_createsSubscriptionForCustomer2Plans(`: camel-case words for most of
      // it, or a call or an assignment after it.)
      const words = (body.match(/[A-Za-z][a-z]{3,}/g) ?? []).join('').length;
      if (words >= body.length * 0.6) return false;
      return !/^[ \t]*(?:\(|=(?!=)|:[ \t]*(?:def|fn|function)\b)/.test(text.slice(at + m[0].length, at + m[0].length + 24));
    },
    severity: 'high',
    rotate: { url: 'https://www.chargebee.com/docs/2.0/api_keys.html', how: 'Delete the key in Chargebee (Settings → Configure Chargebee → API keys), create a new one and update the integration.' },
    docs: 'https://apidocs.chargebee.com/docs/api/auth',
    sample: (g) => `chargebee.configure("live_${g.chars(ALNUM, 30)}x9Q${g.chars(ALNUM, 1)}", "acme-billing")`,
    negatives: ['chargebee.configure(os.environ["CHARGEBEE_KEY"], "acme")', 'chargebee: live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'import chargebee\ndef test_createsSubscriptionForCustomerWith2Plans(self):'],
  }),
];
