import { defineRule, gen, keyed } from './define.js';

/** GoCardless credentials. */
export const gocardlessRules = [
  defineRule({
    id: 'gocardless-live-access-token',
    provider: 'GoCardless',
    description: 'GoCardless live access token under a GoCardless-named key',
    keywords: ['gocardless'],
    pattern: keyed('gocardless', 'live_[A-Za-z0-9_=-]{40}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://manage.gocardless.com/developers/access-tokens', how: 'Revoke it in GoCardless’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.gocardless.com/getting-started/api/making-your-first-request/',
    sample: gen('live_', ['-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 40]),
    sampleKey: 'GOCARDLESS_TOKEN',
    negatives: ['GOCARDLESS_TOKEN=your_token_here', 'GOCARDLESS_TOKEN=${GOCARDLESS_TOKEN}'],
  }),
];
