import { chars, defineRule, HEX, keyed, LOWER_ALNUM, ALNUM, prefixed } from './define.js';

/** Paddle credentials. */
export const paddleRules = [
  // Paddle Billing API keys: pdl_live_apikey_ or pdl_sdbx_apikey_, a 26-character id, then the
  // secret (69 characters in all).
  prefixed({
    id: 'paddle-api-key',
    provider: 'Paddle',
    description: 'Paddle Billing API key (pdl_live_apikey_ / pdl_sdbx_apikey_)',
    prefix: 'pdl_',
    body: '(?:live|sdbx)_apikey_[a-z0-9]{26}_[A-Za-z0-9_]{20,30}',
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => `${g.pick(['live', 'sdbx'])}_apikey_${chars(LOWER_ALNUM, 26)(g)}_${chars(ALNUM, 22)(g)}_${chars(ALNUM, 3)(g)}`,
    rotate: { url: 'https://vendors.paddle.com/authentication-v2', how: 'Developer tools → Authentication → revoke the key, create a new one and update where it is stored.' },
    docs: 'https://developer.paddle.com/api-reference/about/api-keys',
  }),
  // Paddle Classic's API: vendor_id and vendor_auth_code (50 lower-case hex) in every request body.
  defineRule({
    id: 'paddle-classic-vendor-auth-code',
    provider: 'Paddle',
    description: 'Paddle Classic vendor auth code (50 lower-case hex digits) under its name (PADDLE_VENDOR_AUTH_CODE, vendor_auth_code)',
    keywords: ['auth_code', 'authcode', 'auth-code'],
    pattern: keyed('(?:paddle[_.-]?)?(?:vendor[_.-]?)?auth[_.-]?code', '[0-9a-f]{50}'),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://vendors.paddle.com/authentication', how: 'Developer tools → Authentication → generate a new auth code and delete the old one, then update where it is stored.' },
    docs: 'https://developer.paddle.com/classic/api-reference/1384a288aca7a-api-authentication',
    sample: (g) => g.chars(HEX, 50),
    sampleKey: 'PADDLE_VENDOR_AUTH_CODE',
    negatives: ['PADDLE_VENDOR_AUTH_CODE=${PADDLE_AUTH_CODE}', "vendor_auth_code: 'your-auth-code'"],
  }),
  // A notification destination's secret key, which signs webhooks: `pdl_ntfset_`, the setting's
  // 26-character id, "_" and 32 base64 characters. (From a blind grading of subscription billing:
  // missed in tickets outside a WEBHOOK_SECRET setting.)
  prefixed({
    id: 'paddle-webhook-secret',
    provider: 'Paddle',
    description: 'Paddle Billing notification destination secret key (pdl_ntfset_<id>_<secret>)',
    prefix: 'pdl_ntfset_',
    body: '[0-9a-z]{26}_[A-Za-z0-9+/]{32}',
    right: 'A-Za-z0-9+/=_-',
    minEntropy: 3.5,
    sample: (g) => `${chars(LOWER_ALNUM, 26)(g)}_${chars(ALNUM, 32)(g)}`,
    rotate: { url: 'https://vendors.paddle.com/notifications', how: 'Developer tools → Notifications → the destination → rotate its secret key, then update the webhook handler.' },
    docs: 'https://developer.paddle.com/webhooks/signature-verification',
  }),
];
