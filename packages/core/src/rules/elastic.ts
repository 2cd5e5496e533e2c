import { BASE64, chars, prefixed } from './define.js';

/** Elastic credentials. */
export const elasticRules = [
  // Elastic Cloud API keys: essu_ and a base64 body.
  prefixed({
    id: 'elastic-cloud-api-key',
    provider: 'Elastic',
    description: 'Elastic Cloud API key (essu_)',
    prefix: 'essu_',
    body: '[A-Za-z0-9+/]{60,200}={0,2}',
    right: 'A-Za-z0-9+/=',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(BASE64, 108),
    rotate: { url: 'https://cloud.elastic.co/account/keys', how: 'Organization → API keys → revoke the key, create a new one and update where it is stored.' },
    docs: 'https://www.elastic.co/guide/en/cloud/current/ec-api-authentication.html',
  }),
];
