import { chars, HEX, prefixed } from './define.js';

/** Appwrite credentials. */
export const appwriteRules = [
  // A server API key made in the console: "standard_" and 256 hex digits (from a blind grading of
  // backend-as-a-service platforms: missed after --key and in `env set`).
  prefixed({
    id: 'appwrite-api-key',
    provider: 'Appwrite',
    description: 'Appwrite server API key (standard_ and 256 hex digits)',
    prefix: 'standard_',
    body: '[0-9a-f]{256}',
    minEntropy: 3,
    severity: 'critical',
    sample: chars(HEX, 256),
    rotate: { url: 'https://appwrite.io/docs/advanced/security/api-keys', how: 'Console → project → Overview → API keys: delete the key, create a new one with the scopes it needs, and read it from the environment.' },
    docs: 'https://appwrite.io/docs/advanced/security/api-keys',
  }),
];
