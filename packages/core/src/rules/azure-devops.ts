import { ALNUM, defineRule, gen, token } from './define.js';

/** Azure DevOps credentials. */
export const azureDevopsRules = [
  defineRule({
    id: 'azure-devops-pat',
    provider: 'Azure DevOps',
    description: 'Azure DevOps personal access token, new 84-char format (JQQJ9 marker, AZDO signature)',
    keywords: ['jqqj9', 'azdo'],
    pattern: token('[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZDO[A-Za-z0-9]{4}'),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate', how: 'Revoke it in Azure DevOps’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/microsoft/security-utilities/blob/main/src/Microsoft.Security.Utilities.Core/LegacyCaskProviderSignatures.cs',
    sample: gen([ALNUM, 52], 'JQQJ9', ['9D', 1], [ALNUM, 1], ['ABCDEFGHIJKL', 1], [ALNUM, 16], 'AZDO', [ALNUM, 4]),
    negatives: [],
  }),
];
