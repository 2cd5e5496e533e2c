import { ALNUM, BASE64, chars, HEX, prefixed } from './define.js';

/** Grafana credentials. */
export const grafanaRules = [
  prefixed({ id: 'grafana-cloud-token', provider: 'Grafana', description: 'Grafana Cloud access policy token (glc_)', prefix: 'glc_', body: '[A-Za-z0-9+/]{32,400}={0,2}', right: 'A-Za-z0-9_+/=', sample: chars(BASE64, 120), rotate: { url: 'https://grafana.com/orgs/', how: 'Grafana Cloud portal → Access policies → delete the token.' } }),
  prefixed({ id: 'grafana-service-account-token', provider: 'Grafana', description: 'Grafana service account token (glsa_)', prefix: 'glsa_', body: '[A-Za-z0-9]{32}_[a-f0-9]{8}', sample: (g) => `${g.chars(ALNUM, 32)}_${g.chars(HEX, 8)}`, rotate: { url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/', how: 'Administration → Service accounts → the account → delete the token.' } }),
  prefixed({ id: 'grafana-legacy-api-key', provider: 'Grafana', description: 'Grafana legacy API key (base64 JSON starting {"k":" -> eyJrIjoi)', prefix: 'eyJrIjoi', body: '[A-Za-z0-9]{50,400}={0,2}', sample: chars(ALNUM, 70), rotate: { url: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/', how: 'Revoke it in Grafana’s settings, issue a new one and update where it is stored.' }, docs: 'https://grafana.com/docs/grafana/latest/administration/service-accounts/migrate-api-keys/' }),
];
