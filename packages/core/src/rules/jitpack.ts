import { defineRule, LOWER_ALNUM, token } from './define.js';

/** JitPack (builds Git repositories into Maven artifacts): the private-build authentication token. */
export const jitpackRules = [
  // A private build's token goes in as the Maven user name (`credentials { username "jp_…" }` next to
  // the JitPack repository's URL, `authToken=` in gradle.properties, settings.xml's <username>).
  // Only with JitPack named nearby: the shape alone is short.
  defineRule({
    id: 'jitpack-auth-token',
    provider: 'JitPack',
    description: 'JitPack authentication token (jp_…) near a JitPack repository or authToken setting',
    keywords: ['jitpack'],
    window: { before: 600, after: 600 },
    span: 'near',
    pattern: token('jp_[a-z0-9]{20,40}', { left: 'A-Za-z0-9_', right: 'A-Za-z0-9_' }),
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://jitpack.io/private', how: 'Sign in to JitPack, revoke the token under your account and authorise again for a new one; keep it in ~/.gradle/gradle.properties, not in the build files.' },
    docs: 'https://docs.jitpack.io/private/',
    sample: (g) => `maven {\n    url = uri("https://jitpack.io")\n    credentials { username = "jp_${g.chars(LOWER_ALNUM, 26)}" }\n}`,
    negatives: ['maven {\n    url = uri("https://jitpack.io")\n    credentials { username = providers.gradleProperty("authToken").get() }\n}', 'maven { url "https://jitpack.io"; credentials { username "jp_xxxxxxxxxxxxxxxxxxxxxxxxxx" } }'],
  }),
];
