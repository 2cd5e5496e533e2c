import { defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** Yarn (berry) registry credentials in .yarnrc.yml. */
export const yarnRules = [
  // `npmAuthIdent` is "user:password" (or its base64) for a registry that takes Basic auth; the
  // password is what is reported.
  defineRule({
    id: 'yarn-npm-auth-ident',
    provider: 'Yarn',
    description: "Password in Yarn's npmAuthIdent (.yarnrc.yml: \"user:password\" for a registry's Basic auth)",
    keywords: ['npmauthident'],
    pattern: /npmAuthIdent["']?[ \t]{0,4}:[ \t]{0,4}["']?[^\s:"']{1,128}:([^\s"'`]{6,256})/i,
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://yarnpkg.com/configuration/yarnrc#npmAuthIdent', how: 'Change the password (or revoke the token) at the registry, and set npmAuthIdent from an environment variable (${NPM_AUTH_IDENT}) instead of the file.' },
    docs: 'https://yarnpkg.com/configuration/yarnrc#npmAuthIdent',
    sample: (g) => `npmAuthIdent: "ci-bot:${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 12)}!${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 6)}"`,
    sampleIsBlock: true,
    negatives: ['npmAuthIdent: "${NPM_AUTH_IDENT}"', 'npmAuthIdent: "user:password"', 'npmAuthIdent: ci-bot:${NPM_PASSWORD}'],
  }),
];
