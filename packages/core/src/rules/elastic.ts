import { ALNUM, BASE64, chars, defineRule, prefixed } from './define.js';
import { isPasswordValue } from './generic.js';

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
  // Beats' and Elastic Agent's `cloud.auth: "user:password"`, beside `cloud.id`.
  defineRule({
    id: 'elastic-cloud-auth',
    provider: 'Elastic',
    description: 'Elastic Cloud user and password in a Beats or Elastic Agent config (cloud.auth: "elastic:…")',
    keywords: ['cloud.auth', 'cloud_auth'],
    pattern: /cloud[._]auth["']?[ \t]{0,4}[:=][ \t]{0,4}(["']?)[A-Za-z0-9_.@-]{1,64}:([^\s"'$]{6,128})\1(?=[\s,}]|$)/i,
    secretGroup: 2,
    window: { before: 8, after: 240 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.elastic.co/guide/en/cloud/current/ec-password-reset.html', how: 'Reset the user\'s password in Elastic Cloud (or create an API key for the shipper instead), then update the Beats configs.' },
    docs: 'https://www.elastic.co/guide/en/beats/filebeat/current/configure-cloud-id.html',
    sample: (g) => `cloud.id: "prod:${g.chars(BASE64, 60)}"\ncloud.auth: "elastic:${g.chars(ALNUM, 20)}#${g.chars(ALNUM, 3)}"\n`,
    negatives: ['cloud.auth: "elastic:${ES_PASSWORD}"', 'cloud.auth: "${CLOUD_AUTH}"'],
  }),
];
