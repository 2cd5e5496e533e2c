import { ALNUM, defineRule, token } from './define.js';

/** Doppler credentials. */
export const dopplerRules = [
  defineRule({
    id: 'doppler-token',
    provider: 'Doppler',
    description: 'Doppler service, CLI, SCIM or audit token (dp.st., dp.ct., …)',
    keywords: ['dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.', 'dp.pt.'],
    pattern: token(`dp\\.(?:st|ct|sa|scim|audit|pt)\\.(?:[a-z0-9_-]{1,32}\\.)?[A-Za-z0-9_.-]{40,44}`, { right: 'A-Za-z0-9_.-' }),
    prefixes: ['dp.st.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.', 'dp.pt.'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://dashboard.doppler.com/', how: 'Project → Access → revoke the token.' },
    docs: 'https://docs.doppler.com/reference/auth-token-formats',
    sample: (g) => `dp.${g.pick(['st', 'ct', 'sa'])}.${g.chars(ALNUM, 43)}`,
    negatives: ['dp.st.your_service_token', 'dp.st.dev.xxxx'],
  }),
];
