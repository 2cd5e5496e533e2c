import { ALNUM, chars, prefixed } from './define.js';

/** ClickHouse credentials. */
export const clickhouseRules = [
  prefixed({ id: 'clickhouse-cloud-api-secret', provider: 'ClickHouse', description: 'ClickHouse Cloud API key secret (4b1d)', prefix: '4b1d', body: '[A-Za-z0-9]{38}', sample: chars(ALNUM, 38), rotate: { url: 'https://console.clickhouse.cloud/', how: 'Revoke it in ClickHouse’s settings, issue a new one and update where it is stored.' }, docs: 'https://clickhouse.com/docs/cloud/manage/openapi' }),
];
