import { ALNUM, chars, defineRule, keyed, prefixed } from './define.js';

/** Vercel credentials. */
export const vercelRules = [
  defineRule({
    id: 'vercel-token',
    provider: 'Vercel',
    description: 'Vercel access token under a Vercel-named key',
    keywords: ['vercel'],
    pattern: keyed(`vercel[_.-]?(?:api[_.-]?|access[_.-]?)?token`, `[A-Za-z0-9]{24}`),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://vercel.com/account/tokens', how: 'Account settings → Tokens → delete the token and create a new one.' },
    sample: chars(ALNUM, 24),
    sampleKey: 'VERCEL_TOKEN',
    negatives: ['VERCEL_TOKEN=your-vercel-token'],
  }),
  prefixed({ id: 'vercel-personal-access-token', provider: 'Vercel', description: 'Vercel personal access token (vcp_)', prefix: 'vcp_', body: '[A-Za-z0-9]{20,60}', sample: chars(ALNUM, 20), rotate: { url: 'https://vercel.com/account/settings/tokens', how: 'Revoke it in Vercel’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-vercel' }),
  prefixed({ id: 'vercel-integration-token', provider: 'Vercel', description: 'Vercel integration token (vci_)', prefix: 'vci_', body: '[A-Za-z0-9]{20,60}', sample: chars(ALNUM, 20), rotate: { url: 'https://vercel.com/account/settings/tokens', how: 'Revoke it in Vercel’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-vercel' }),
  prefixed({ id: 'vercel-app-access-token', provider: 'Vercel', description: 'Vercel app access token (vca_)', prefix: 'vca_', body: '[A-Za-z0-9]{20,60}', sample: chars(ALNUM, 20), rotate: { url: 'https://vercel.com/account/settings/tokens', how: 'Revoke it in Vercel’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-vercel' }),
  prefixed({ id: 'vercel-app-refresh-token', provider: 'Vercel', description: 'Vercel app refresh token (vcr_)', prefix: 'vcr_', body: '[A-Za-z0-9]{20,60}', sample: chars(ALNUM, 20), rotate: { url: 'https://vercel.com/account/settings/tokens', how: 'Revoke it in Vercel’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-vercel' }),
  prefixed({ id: 'vercel-ai-gateway-api-key', provider: 'Vercel', description: 'Vercel AI Gateway API key (vck_)', prefix: 'vck_', body: '[A-Za-z0-9]{20,60}', sample: chars(ALNUM, 20), rotate: { url: 'https://vercel.com/account/settings/tokens', how: 'Revoke it in Vercel’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/secretlint/secretlint/tree/master/packages/%40secretlint/secretlint-rule-vercel' }),
];
