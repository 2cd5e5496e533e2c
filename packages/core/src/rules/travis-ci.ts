import { chars, defineRule, keyed } from './define.js';

/** Travis CI credentials. */
export const travisCiRules = [
  defineRule({
    id: 'travisci-access-token',
    provider: 'Travis CI',
    description: 'Travis CI API token (22 chars) under a Travis CI-named key',
    keywords: ['travis'],
    pattern: keyed('travis', '[A-Za-z0-9_-]{22}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.travis-ci.com/account/preferences', how: 'Revoke it in Travis CI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.travis-ci.com/user/triggering-builds/',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22),
    sampleKey: 'TRAVIS_TOKEN',
    negatives: ['TRAVIS_TOKEN=your_token_here', 'TRAVIS_TOKEN=${TRAVIS_TOKEN}'],
  }),
];
