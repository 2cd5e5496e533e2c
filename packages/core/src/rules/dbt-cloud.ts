import { BASE64URL, chars, prefixed } from './define.js';

/** dbt Cloud credentials. */
export const dbtCloudRules = [
  prefixed({
    id: 'dbt-cloud-token',
    provider: 'dbt Cloud',
    description: 'dbt Cloud service or personal access token (dbtc_ / dbtu_)',
    prefix: ['dbtc_', 'dbtu_'],
    body: '[A-Za-z0-9_-]{40,64}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: chars(BASE64URL, 56),
    rotate: { url: 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens', how: 'Account settings → Service tokens (or API tokens) → revoke the token and update where it is stored.' },
    docs: 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens',
    negatives: ['DBT_CLOUD_TOKEN=dbtc_your_token_here', 'DBT_CLOUD_TOKEN=${DBT_CLOUD_TOKEN}'],
  }),
];
