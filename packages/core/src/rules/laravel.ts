import { BASE64, chars, prefixed } from './define.js';

/** Laravel credentials. */
export const laravelRules = [
  // `php artisan key:generate` writes APP_KEY as "base64:" and 32 random bytes in base64 (16 for
  // AES-128): the key that encrypts cookies, sessions and everything Crypt:: holds. The shape is
  // the key's own, so it is reported under any name, in a comment or a header too.
  prefixed({
    id: 'laravel-app-key',
    provider: 'Laravel',
    description: 'Laravel application key (APP_KEY: base64: and 32 random bytes)',
    prefix: 'base64:',
    body: '(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)',
    right: 'A-Za-z0-9+/=',
    minEntropy: 4,
    severity: 'critical',
    sample: (g) => `${chars(BASE64, 42)(g)}${g.pick(['A', 'E', 'I', 'M', 'Q', 'U', 'Y', 'c', 'g', 'k', 'o', 's', 'w', '0', '4', '8'])}=`,
    rotate: { url: 'https://laravel.com/docs/encryption#gracefully-rotating-encryption-keys', how: 'Run php artisan key:generate, move the old key to APP_PREVIOUS_KEYS so encrypted data can still be read, and update every environment.' },
    docs: 'https://laravel.com/docs/encryption#configuration',
    negatives: ['APP_KEY=base64:', 'APP_KEY=base64:your-app-key-here', 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='],
  }),
];
