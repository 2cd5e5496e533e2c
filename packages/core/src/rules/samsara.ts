import { ALNUM, chars, prefixed } from './define.js';

/** Samsara (fleet telematics) credentials. */
export const samsaraRules = [
  prefixed({
    id: 'samsara-api-token',
    provider: 'Samsara',
    description: 'Samsara API token (samsara_api_ and letters and digits)',
    prefix: 'samsara_api_',
    body: '[A-Za-z0-9]{24,64}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(ALNUM, 30),
    rotate: { url: 'https://developers.samsara.com/docs/authentication', how: 'Settings → API tokens: revoke the token, create a new one with the scopes needed and update where it is stored.' },
    docs: 'https://developers.samsara.com/docs/authentication',
    negatives: ['SAMSARA_API_TOKEN=samsara_api_<your-token>', 'SAMSARA_API_TOKEN=${SAMSARA_API_TOKEN}'],
  }),
];
