import { defineRule, HEX } from './define.js';

/** Ghost (publishing platform): Admin API keys. */
export const ghostRules = [
  // An Admin API key is `<24-hex id>:<64-hex secret>` (Settings → Integrations); the client signs
  // JWTs with the secret. (The Content API key, 26 hex, is browser-safe by Ghost's word.)
  defineRule({
    id: 'ghost-admin-api-key',
    provider: 'Ghost',
    description: 'Ghost Admin API key (<24 hex id>:<64 hex secret>) with Ghost named nearby',
    keywords: ['ghost'],
    window: { before: 400, after: 400 },
    span: 'near',
    pattern: /(?<![A-Za-z0-9])[0-9a-f]{24}:([0-9a-f]{64})(?![A-Za-z0-9])/,
    secretGroup: 1,
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://ghost.org/docs/admin-api/#token-authentication', how: 'Settings → Integrations → the custom integration: regenerate the Admin API key, then update the scripts that publish with it.' },
    docs: 'https://ghost.org/docs/admin-api/#token-authentication',
    sample: (g) => `const api = new GhostAdminAPI({\n  url: 'https://blog.acme.io',\n  key: '${g.chars(HEX, 24)}:${g.chars(HEX, 64)}',\n  version: 'v5.0'\n});\n`,
    negatives: ["const api = new GhostAdminAPI({ url, key: process.env.GHOST_ADMIN_API_KEY, version: 'v5.0' });"],
  }),
];
