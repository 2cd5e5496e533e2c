import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** HTTPie's saved sessions. */
export const httpieRules = [
  defineRule({
    id: 'httpie-session-auth',
    provider: 'HTTPie',
    description: "Credentials in an HTTPie session file (~/.config/httpie/sessions/<host>/<name>.json): auth.raw_auth (user:password, or a bearer token)",
    keywords: ['raw_auth'],
    span: 'near',
    window: { before: 200, after: 400 },
    // "auth": { "password": null, "raw_auth": "user:password", "type": "basic" }; a bearer
    // session holds the token alone.
    pattern: /"raw_auth"[ \t]*:[ \t]*"((?:[^"\\\s:]{1,128}:)?[^"\\\s]{6,512})"/,
    accept: (m) => {
      const raw = m[1] ?? '';
      const colon = raw.indexOf(':');
      return isPasswordValue(colon === -1 ? raw : raw.slice(colon + 1));
    },
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://httpie.io/docs/cli/sessions', how: 'Change the password or revoke the token at the service, then delete the session file (or keep auth out of it with --session-read-only).' },
    docs: 'https://httpie.io/docs/cli/sessions',
    sample: (g) => `{\n  "auth": {\n    "password": null,\n    "raw_auth": "deploy:${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 3)}",\n    "type": "basic"\n  }\n}`,
    negatives: ['"auth": { "raw_auth": null, "type": null }', '"raw_auth": "user:password"', '"raw_auth": "$USER:$PASSWORD"'],
  }),
];
