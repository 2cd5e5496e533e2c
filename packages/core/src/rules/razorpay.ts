import { ALNUM, chars, defineRule, keyed } from './define.js';

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
];
