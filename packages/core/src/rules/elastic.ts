import { ALNUM, BASE64, chars, defineRule, prefixed } from './define.js';
import { isPasswordValue } from './generic.js';

/** Whether `value` is base64 of an Elasticsearch API key's `id:api_key`: two runs of token characters. */
function encodedApiKey(value: string): boolean {
  let decoded: string;
  try {
    decoded = atob(value);
  } catch {
    return false;
  }
  return /^[A-Za-z0-9_-]{16,64}:[A-Za-z0-9_-]{16,128}$/.test(decoded) && /[0-9]/.test(decoded) && /[A-Z]/.test(decoded);
}

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
  // Elasticsearch's API key scheme: `Authorization: ApiKey <base64 of id:api_key>` (the "encoded"
  // form the create-API-key call returns), in a Grafana datasource's httpHeaderValue, a curl line, a
  // client's headers. The decoded id and key are what make it one: both token characters.
  defineRule({
    id: 'elasticsearch-api-key-header',
    provider: 'Elastic',
    description: 'Elasticsearch API key in the ApiKey authorization scheme (ApiKey <base64 of id:api_key>)',
    keywords: ['apikey '],
    pattern: /(?<![A-Za-z0-9_])ApiKey[ \t]{1,4}([A-Za-z0-9+/]{24,256}={0,2})(?![A-Za-z0-9+/=])/,
    secretGroup: 1,
    window: { before: 8, after: 280 },
    accept: (m) => encodedApiKey(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-invalidate-api-key', how: 'Invalidate the key (POST /_security/api_key/_invalidate or Kibana → Stack Management → API keys), create a new one and update where it is stored.' },
    docs: 'https://www.elastic.co/docs/api/doc/elasticsearch/operation/operation-security-create-api-key',
    sample: (g) => `curl -H "Authorization: ApiKey ${btoa(`${g.chars(`${ALNUM}_-`, 20)}:${g.chars(`${ALNUM}_-`, 22)}`)}" https://es.internal:9200/_cat/indices`,
    negatives: ['Authorization: ApiKey ${ES_API_KEY}', `Authorization: ApiKey ${btoa('my-key-id:my-api-key')}`],
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
