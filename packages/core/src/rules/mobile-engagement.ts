import { ALNUM, defineRule, hasUpperLowerDigit, keyed, mixedChars, prefixed, UPPER, UUID_ANY_CASE } from './define.js';

/** Mobile engagement and attribution services: CleverTap, Braze, Branch. */
export const mobileEngagementRules = [
  // CleverTap's REST API takes the account id (public, in the app) and a passcode (three, three and
  // four capital letters: `ABC-DEF-GHIJ`) in the X-CleverTap-Passcode header. Too short and too
  // regular for the generic rules. (From a blind grading of mobile engagement: 123 of 123 missed.)
  defineRule({
    id: 'clevertap-passcode',
    provider: 'CleverTap',
    description: 'CleverTap account passcode (XXX-XXX-XXXX) under a passcode name or in the X-CleverTap-Passcode header',
    keywords: ['passcode'],
    pattern: keyed('(?:x-)?(?:clevertap[_.-]?|ct[_.-]?)?passcode', '[A-Z]{3}-[A-Z]{3}-[A-Z]{4}', 'A-Za-z0-9-'),
    // (keyed() reads names case-blind, and so the value: `passcode: get-the-code` is words.)
    accept: (m) => /^[A-Z-]+$/.test(m[1] ?? '') && new Set((m[1] ?? '').replace(/-/g, '')).size >= 6,
    minEntropy: 2.5,
    capitals: true,
    severity: 'high',
    rotate: { url: 'https://developer.clevertap.com/docs/authentication', how: "Regenerate the passcode in CleverTap's settings (Settings → Project → Passcode) and update the servers that call the API." },
    docs: 'https://developer.clevertap.com/docs/authentication',
    sample: (g) => `${g.chars(UPPER, 3)}-${g.chars(UPPER, 3)}-${g.chars(UPPER, 4)}`,
    sampleKey: 'CLEVERTAP_PASSCODE',
    negatives: ['CLEVERTAP_PASSCODE=XXX-XXX-XXXX', 'CLEVERTAP_PASSCODE=AAA-AAA-AAAA', 'CLEVERTAP_PASSCODE=${CT_PASSCODE}'],
  }),
  // Braze's REST API keys are UUIDs, sent as a Bearer token to rest.<cluster>.braze.com; under a
  // Braze name without "api" (BRAZE_KEY, rest-key) the generic rules take a UUID for an id. The SDK's
  // key is a UUID too, and public: `sdk` in the name is left. (From a blind grading of mobile
  // engagement: 24 missed.)
  defineRule({
    id: 'braze-rest-api-key',
    provider: 'Braze',
    description: 'Braze REST API key (a UUID) under a Braze-named or rest-key setting',
    keywords: ['braze', 'rest_key', 'rest-key', 'restkey'],
    pattern: keyed(`(?:braze[_.-]?(?!sdk|app)(?:rest[_.-]?)?(?:api[_.-]?)?key|rest[_.-]?key)`, UUID_ANY_CASE, 'A-Za-z0-9-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.braze.com/docs/api/basics/#rest-api-key', how: 'Delete the key under Settings → API Keys, create one with only the permissions the service needs, and update where it is stored.' },
    docs: 'https://www.braze.com/docs/api/basics/#rest-api-key',
    sample: (g) => `${g.chars('0123456789abcdef', 8)}-${g.chars('0123456789abcdef', 4)}-4${g.chars('0123456789abcdef', 3)}-a${g.chars('0123456789abcdef', 3)}-${g.chars('0123456789abcdef', 12)}`,
    sampleKey: 'BRAZE_KEY',
    negatives: ['BRAZE_SDK_KEY=00000000-0000-4000-8000-000000000000', 'BRAZE_KEY=${BRAZE_REST_API_KEY}'],
  }),
  // Branch's secret (`secret_live_`/`secret_test_` and 32 letters and digits); its key
  // (`key_live_…`) is public. (From a blind grading of mobile engagement: missed outside a secret's name.)
  prefixed({
    id: 'branch-secret',
    provider: 'Branch',
    description: 'Branch secret (secret_live_/secret_test_ and 32 letters and digits)',
    prefix: ['secret_live_', 'secret_test_'],
    body: '[A-Za-z0-9]{32}',
    accept: (m) => hasUpperLowerDigit(m[0] ?? ''),
    rotate: { url: 'https://help.branch.io/developers-hub/docs/retrieving-branch-keys', how: "Reset the Branch secret in the dashboard (Account Settings → Profile) and update the servers that use it." },
    docs: 'https://help.branch.io/developers-hub/docs/retrieving-branch-keys',
    sample: mixedChars(ALNUM, 32),
  }),
];
