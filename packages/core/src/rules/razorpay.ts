import { ALNUM, chars, defineRule, hasUpperLowerDigit, keyed, mixedChars, pairedSecret } from './define.js';

/** Razorpay credentials. */
export const razorpayRules = [
  defineRule({
    id: 'razorpay-key-secret',
    provider: 'Razorpay',
    description: 'Razorpay key secret (24 alnum, paired with rzp_live_ key id) under a Razorpay-named key',
    keywords: ['razorpay', 'rzp_live_'],
    pattern: keyed('razorpay|rzp_live_', '[A-Za-z0-9]{24}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys', how: 'Revoke it in Razorpay’s settings, issue a new one and update where it is stored.' },
    docs: 'https://razorpay.com/docs/api/authentication/',
    sample: chars(ALNUM, 24),
    sampleKey: 'RAZORPAY_SECRET',
    negatives: ['RAZORPAY_SECRET=your_secret_here', 'RAZORPAY_SECRET=${RAZORPAY_SECRET}'],
  }),
  pairedSecret({
    id: 'razorpay-key-secret-near-id',
    provider: 'Razorpay',
    description: 'Razorpay key secret (24 letters and digits) within a few lines after its key ID (rzp_live_…, rzp_test_…), whatever its own name',
    keywords: ['rzp_live_', 'rzp_test_'],
    keyId: 'rzp_(?:live|test)_[A-Za-z0-9]{14}',
    secret: '[A-Za-z0-9]{24}',
    right: 'A-Za-z0-9_',
    accept: hasUpperLowerDigit,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.razorpay.com/app/website-app-settings/api-keys', how: 'Regenerate the key in Razorpay’s dashboard and update where it is stored.' },
    docs: 'https://razorpay.com/docs/api/authentication/',
    sampleId: (g) => `rzp_live_${g.chars(ALNUM, 14)}`,
    sampleSecret: mixedChars(ALNUM, 24),
    negatives: [`RAZORPAY_KEY_ID=rzp_test_${'X'.repeat(14)}\nRAZORPAY_WEBHOOK_URL=https://example.com/hooks/razorpay\n`],
  }),
];
