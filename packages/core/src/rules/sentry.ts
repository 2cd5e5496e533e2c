import { BASE64URL, chars, defineRule, HEX, keyed, prefixed } from './define.js';

/** Sentry credentials. */
export const sentryRules = [
  prefixed({ id: 'sentry-org-token', provider: 'Sentry', description: 'Sentry organisation auth token (sntrys_)', prefix: 'sntrys_', body: 'eyJ[A-Za-z0-9+/=_-]{60,500}', right: 'A-Za-z0-9+/=_-', sample: (g) => 'eyJ' + g.chars(BASE64URL, 150), rotate: { url: 'https://sentry.io/settings/auth-tokens/', how: 'Settings → Auth Tokens → revoke the token.' } }),
  prefixed({ id: 'sentry-user-token', provider: 'Sentry', description: 'Sentry user auth token (sntryu_)', prefix: 'sntryu_', body: '[a-f0-9]{64}', sample: chars(HEX, 64), rotate: { url: 'https://sentry.io/settings/account/api/auth-tokens/', how: 'User settings → Personal tokens → revoke the token.' } }),
  defineRule({
    id: 'sentry-legacy-auth-token',
    provider: 'Sentry',
    description: 'Sentry legacy auth token (64 hex, no prefix) under a Sentry-named key',
    keywords: ['sentry'],
    pattern: keyed('sentry', '[a-f0-9]{64}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://sentry.io/settings/account/api/auth-tokens/', how: 'Revoke it in Sentry’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.sentry.io/account/auth-tokens/',
    sample: chars(HEX, 64),
    sampleKey: 'SENTRY_TOKEN',
    negatives: ['SENTRY_TOKEN=your_token_here', 'SENTRY_TOKEN=${SENTRY_TOKEN}'],
  }),
];
