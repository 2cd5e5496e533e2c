import { ALNUM, defineRule, keyed } from './define.js';

// Paytm's merchant key: 16 characters, letters, digits and a few signs (@ # & _ % !).
const KEY = '[A-Za-z0-9@#&_%!]{16}';

/** Paytm Payment Gateway: the merchant key that signs transaction checksums. */
export const paytmRules = [
  defineRule({
    id: 'paytm-merchant-key',
    provider: 'Paytm',
    description: 'Paytm merchant key (16 characters) under its name (PAYTM_MERCHANT_KEY, paytmMerchantKey)',
    keywords: ['paytm'],
    pattern: keyed('paytm[_.-]?merchant[_.-]?key|paytm[_.-]?(?:secret|key)', KEY, 'A-Za-z0-9@#&_%!'),
    accept: (m) => /[A-Za-z]/.test(m[1] ?? '') && /[^A-Za-z]/.test(m[1] ?? '') && new Set(m[1] ?? '').size >= 10,
    minEntropy: 3,
    punctuated: true,
    severity: 'critical',
    rotate: { url: 'https://dashboard.paytm.com/next/apikeys', how: 'Dashboard → Developer Settings → API Keys → regenerate the key for the environment, then update where it is stored.' },
    docs: 'https://business.paytm.com/docs/api/checksum-generation',
    sample: (g) => `${g.chars(ALNUM, 6)}${g.pick(['@', '#', '_', '!'])}${g.chars(ALNUM, 9)}`,
    sampleKey: 'PAYTM_MERCHANT_KEY',
    negatives: ['PAYTM_MERCHANT_KEY=${PAYTM_MERCHANT_KEY}', 'PAYTM_MERCHANT_KEY=XXXXXXXXXXXXXXXX'],
  }),
];
