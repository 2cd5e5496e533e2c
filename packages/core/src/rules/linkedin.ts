import { ALNUM, BASE64, chars, defineRule, gen, keyed, prefixed } from './define.js';

/** LinkedIn credentials. */
export const linkedinRules = [
  defineRule({
    id: 'linkedin-client-secret',
    provider: 'LinkedIn',
    description: 'LinkedIn OAuth client secret (16 alnum) under a LinkedIn-named key',
    keywords: ['linkedin', 'linked_in', 'linked-in'],
    pattern: keyed('linkedin|linked_in|linked-in', '[A-Za-z0-9]{16}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.linkedin.com/developers/apps', how: 'Revoke it in LinkedIn’s settings, issue a new one and update where it is stored.' },
    docs: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow',
    sample: chars(ALNUM, 16),
    sampleKey: 'LINKEDIN_SECRET',
    negatives: ['LINKEDIN_SECRET=your_secret_here', 'LINKEDIN_SECRET=${LINKEDIN_SECRET}'],
  }),
  // Client secrets issued today: WPL_AP1., 16 letters and digits, ".", and a short base64 tail.
  prefixed({
    id: 'linkedin-client-secret-wpl',
    provider: 'LinkedIn',
    description: 'LinkedIn app client secret (WPL_AP1.)',
    prefix: 'WPL_AP1.',
    body: '[A-Za-z0-9]{16}\\.[A-Za-z0-9+/]{6,12}={0,2}',
    right: 'A-Za-z0-9+/=',
    minEntropy: 3,
    severity: 'high',
    sample: gen([ALNUM, 16], '.', [BASE64, 8], '=='),
    rotate: { url: 'https://www.linkedin.com/developers/apps', how: 'The app → Auth → generate a new client secret and update where it is stored.' },
    docs: 'https://learn.microsoft.com/en-us/linkedin/shared/authentication/client-credentials-flow',
  }),
];
