import { gen, HEX, prefixed } from './define.js';

/** LangChain credentials. */
export const langchainRules = [
  // LangSmith's legacy API keys (before lsv2_): `ls__` and 32 hex digits.
  prefixed({ id: 'langsmith-legacy-api-key', provider: 'LangChain', description: 'LangSmith legacy API key (ls__ and 32 hex digits)', prefix: 'ls__', body: '[a-f0-9]{32}', sample: gen([HEX, 32]), minEntropy: 3, rotate: { url: 'https://smith.langchain.com/settings', how: 'Delete the key in LangSmith settings and create a new one.' }, docs: 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key' }),
  prefixed({ id: 'langsmith-personal-access-token', provider: 'LangChain', description: 'LangSmith personal access token (lsv2_pt_)', prefix: 'lsv2_pt_', body: '[a-f0-9]{32}_[a-f0-9]{10}', sample: gen([HEX, 32], '_', [HEX, 10]), rotate: { url: 'https://smith.langchain.com/settings', how: 'Revoke it in LangChain’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key' }),
  prefixed({ id: 'langsmith-service-key', provider: 'LangChain', description: 'LangSmith service key (lsv2_sk_)', prefix: 'lsv2_sk_', body: '[a-f0-9]{32}_[a-f0-9]{10}', sample: gen([HEX, 32], '_', [HEX, 10]), rotate: { url: 'https://smith.langchain.com/settings', how: 'Revoke it in LangChain’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.smith.langchain.com/administration/how_to_guides/organization_management/create_account_api_key' }),
];
