import { ALNUM, BASE64, chars, prefixed } from './define.js';

const rotate = {
  url: 'https://dashboard.stripe.com/apikeys',
  how: 'Developers → API keys → Roll key (choose an expiry for the old one), then deploy the new key.',
} as const;
const docs = 'https://docs.stripe.com/keys';

/** Stripe keys. Publishable keys (pk_live_) are public by design and are not findings. */
export const stripeRules = [
  prefixed({ id: 'stripe-secret-key', provider: 'Stripe', description: 'Stripe live secret key (sk_live_)', prefix: 'sk_live_', body: '[A-Za-z0-9]{24,247}', sample: chars(ALNUM, 99), rotate, docs }),
  prefixed({ id: 'stripe-restricted-key', provider: 'Stripe', description: 'Stripe live restricted key (rk_live_)', prefix: 'rk_live_', body: '[A-Za-z0-9]{24,247}', sample: chars(ALNUM, 99), rotate, docs }),
  prefixed({ id: 'stripe-test-secret-key', provider: 'Stripe', description: 'Stripe test-mode secret key (sk_test_)', prefix: 'sk_test_', body: '[A-Za-z0-9]{24,247}', sample: chars(ALNUM, 99), rotate, docs, severity: 'low' }),
  prefixed({ id: 'stripe-webhook-secret', provider: 'Stripe', description: 'Stripe webhook signing secret (whsec_)', prefix: 'whsec_', body: '[A-Za-z0-9+/]{32,88}={0,2}', right: 'A-Za-z0-9_+/=', sample: chars(BASE64, 32), rotate: { url: 'https://dashboard.stripe.com/webhooks', how: 'Webhooks → the endpoint → Roll secret.' }, docs: 'https://docs.stripe.com/webhooks#verify-events', severity: 'high' }),
  prefixed({ id: 'stripe-restricted-test-key', provider: 'Stripe', description: 'Stripe restricted API key, test mode (rk_test_)', prefix: 'rk_test_', body: '[A-Za-z0-9]{24,247}', sample: chars(ALNUM, 24), rotate: { url: 'https://dashboard.stripe.com/test/apikeys', how: 'Revoke it in Stripe’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.stripe.com/keys' }),
];
