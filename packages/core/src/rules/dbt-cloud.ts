import { BASE64URL, defineRule, token } from './define.js';

/** dbt Cloud credentials. */
export const dbtCloudRules = [
  defineRule({
    id: 'dbt-cloud-token',
    provider: 'dbt Cloud',
    description: 'dbt Cloud service or personal access token (dbtc_ / dbtu_)',
    keywords: ['dbtc_', 'dbtu_'],
    pattern: token('dbt[cu]_[A-Za-z0-9_-]{40,64}', { right: 'A-Za-z0-9_-' }),
    prefixes: ['dbtc_', 'dbtu_'],
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => `dbt${g.pick(['c', 'u'])}_${g.chars(BASE64URL, 56)}`,
    rotate: { url: 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens', how: 'Account settings → Service tokens (or API tokens) → revoke the token and update where it is stored.' },
    docs: 'https://docs.getdbt.com/docs/dbt-cloud-apis/service-tokens',
    negatives: ['DBT_CLOUD_TOKEN=dbtc_your_token_here', 'DBT_CLOUD_TOKEN=${DBT_CLOUD_TOKEN}'],
  }),
];
