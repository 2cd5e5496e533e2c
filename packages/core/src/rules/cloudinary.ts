import { DIGITS, gen, prefixed } from './define.js';

/** Cloudinary credentials. */
export const cloudinaryRules = [
  prefixed({ id: 'cloudinary-url', provider: 'Cloudinary', description: 'Cloudinary environment URL with API key and secret', prefix: 'cloudinary://', body: '[0-9]{15}:[A-Za-z0-9_-]{27}@[A-Za-z0-9_-]{1,64}', right: 'A-Za-z0-9_-', sample: gen([DIGITS, 15], ':', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 27], '@', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 8]), rotate: { url: 'https://console.cloudinary.com/settings/api-keys', how: 'Revoke it in Cloudinary’s settings, issue a new one and update where it is stored.' }, docs: 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#configure_the_sdk' }),
];
