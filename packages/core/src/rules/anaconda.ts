import { ALNUM, defineRule, gen } from './define.js';

/** Anaconda.org credentials. */
export const anacondaRules = [
  defineRule({
    id: 'anaconda-channel-token',
    provider: 'Anaconda',
    description: 'Anaconda.org access token in a private channel URL (https://conda.anaconda.org/t/<token>/<channel>, .condarc)',
    keywords: ['anaconda.org/t/'],
    pattern: /anaconda\.org\/t\/([A-Za-z0-9-]{20,64})(?=\/)/,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.anaconda.com/docs/tools/anaconda-org/user-guide/tasks/work-with-accounts', how: 'Remove the token in anaconda.org’s account settings (Access), create a new one and update the channel URL where it is stored.' },
    docs: 'https://www.anaconda.com/docs/tools/anaconda-org/user-guide/tasks/work-with-accounts',
    sample: gen('https://conda.anaconda.org/t/', [ALNUM, 32], '/acme-private'),
    negatives: ['https://conda.anaconda.org/t/<TOKEN>/acme-private', 'https://conda.anaconda.org/t/$ANACONDA_TOKEN/acme'],
  }),
];
