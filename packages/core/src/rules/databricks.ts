import { chars, HEX, prefixed } from './define.js';

/** Databricks credentials. */
export const databricksRules = [
  prefixed({ id: 'databricks-token', provider: 'Databricks', description: 'Databricks personal access token (dapi)', prefix: 'dapi', body: '[a-f0-9]{32}(?:-[0-9])?', right: 'A-Za-z0-9_-', sample: chars(HEX, 32), rotate: { url: 'https://docs.databricks.com/en/dev-tools/auth/pat.html', how: 'User settings → Developer → Access tokens → revoke the token.' } }),
];
