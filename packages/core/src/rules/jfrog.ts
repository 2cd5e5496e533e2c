import { ALNUM, chars, defineRule, keyed, LOWER_ALNUM, prefixed } from './define.js';

/** JFrog credentials. */
export const jfrogRules = [
  prefixed({ id: 'jfrog-artifactory-api-key', provider: 'JFrog', description: 'JFrog Artifactory legacy API key (AKCp)', prefix: 'AKCp', body: '[A-Za-z0-9]{69}', sample: chars(ALNUM, 69), rotate: { url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key', how: 'Revoke it in JFrog’s settings, issue a new one and update where it is stored.' }, docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key' }),
  prefixed({ id: 'jfrog-reference-token', provider: 'JFrog', description: 'JFrog Platform reference/identity token (base64 \'reftkn\' -> cmVmdGtu)', prefix: 'cmVmdGtu', body: '[A-Za-z0-9]{56}', sample: chars(ALNUM, 56), rotate: { url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens', how: 'Revoke it in JFrog’s settings, issue a new one and update where it is stored.' }, docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens' }),
  defineRule({
    id: 'jfrog-identity-token',
    provider: 'JFrog',
    description: 'JFrog identity token (64 alnum) under a JFrog-named key',
    keywords: ['jfrog', 'artifactory'],
    pattern: keyed('jfrog|artifactory', '[a-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens', how: 'Revoke it in JFrog’s settings, issue a new one and update where it is stored.' },
    docs: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    sample: chars(LOWER_ALNUM, 64),
    sampleKey: 'JFROG_TOKEN',
    negatives: ['JFROG_TOKEN=your_token_here', 'JFROG_TOKEN=${JFROG_TOKEN}'],
  }),
];
