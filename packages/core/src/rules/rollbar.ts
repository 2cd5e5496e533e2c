import { chars, defineRule, HEX, keyed } from './define.js';

/** Rollbar credentials. */
export const rollbarRules = [
  defineRule({
    id: 'rollbar-access-token',
    provider: 'Rollbar',
    description: 'Rollbar project/account access token (32 hex) under a Rollbar-named key',
    keywords: ['rollbar'],
    pattern: keyed('rollbar', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://rollbar.com/settings/accounts/', how: 'Revoke it in Rollbar’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.rollbar.com/docs/access-tokens',
    sample: chars(HEX, 32),
    sampleKey: 'ROLLBAR_TOKEN',
    negatives: ['ROLLBAR_TOKEN=your_token_here', 'ROLLBAR_TOKEN=${ROLLBAR_TOKEN}'],
  }),
];
