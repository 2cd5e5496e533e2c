import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Sanity credentials. */
export const sanityRules = [
  defineRule({
    id: 'sanity-api-token',
    provider: 'Sanity',
    description: 'Sanity API token (sk + 79 alnum) under a Sanity-named key',
    keywords: ['sanity'],
    pattern: keyed('sanity', 'sk[A-Za-z0-9]{79}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.sanity.io/manage', how: 'Revoke it in Sanity’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.sanity.io/docs/http-auth',
    sample: gen('sk', [ALNUM, 79]),
    sampleKey: 'SANITY_TOKEN',
    negatives: ['SANITY_TOKEN=your_token_here', 'SANITY_TOKEN=${SANITY_TOKEN}'],
  }),
];
