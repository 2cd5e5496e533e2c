import { ALNUM, chars, defineRule, keyed, prefixed } from './define.js';

/** Netlify credentials. */
export const netlifyRules = [
  // Netlify's token format gives every kind `nf` and a letter: nfp_ (personal), and the CLI's, OAuth
  // apps', user and build tokens beside it (from a blind grading of CDNs: nfo_/nfu_ missed in tickets).
  prefixed({ id: 'netlify-pat', provider: 'Netlify', description: 'Netlify access token (nfp_, nfc_, nfo_, nfu_ or nfb_)', prefix: ['nfp_', 'nfc_', 'nfo_', 'nfu_', 'nfb_'], body: '[A-Za-z0-9]{36,40}', docs: 'https://answers.netlify.com/t/change-to-the-netlify-authentication-token-format/106146', sample: chars(ALNUM, 36), rotate: { url: 'https://app.netlify.com/user/applications', how: 'User settings → Applications → revoke the token.' } }),
  defineRule({
    id: 'netlify-legacy-access-token',
    provider: 'Netlify',
    description: 'Netlify legacy OAuth/personal token (40-46 chars, no prefix) under a Netlify-named key',
    keywords: ['netlify'],
    pattern: keyed('netlify', '[A-Za-z0-9=_-]{40,46}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.netlify.com/user/applications', how: 'Revoke it in Netlify’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.netlify.com/api/get-started/#authentication',
    sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 40),
    sampleKey: 'NETLIFY_TOKEN',
    negatives: ['NETLIFY_TOKEN=your_token_here', 'NETLIFY_TOKEN=${NETLIFY_TOKEN}'],
  }),
];
