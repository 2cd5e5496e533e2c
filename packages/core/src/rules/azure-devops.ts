import { shannonEntropy } from '../entropy.js';
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
  // The older format: 52 characters of lower-case base32, with no mark of its own, so only where
  // Azure DevOps is named around it (a name, its hosts, `az devops login`).
  defineRule({
    id: 'azure-devops-pat-legacy',
    provider: 'Azure DevOps',
    description: 'Azure DevOps personal access token, 52-character format (lower-case base32), near Azure DevOps’s name or hosts',
    keywords: ['azure_devops', 'azure-devops', 'azuredevops', 'azure devops', 'ado_pat', 'ado-pat', 'adopat', 'ado_token', 'vsts', 'dev.azure.com', 'visualstudio.com', 'system_accesstoken'],
    pattern: token('[a-z2-7]{52}', { left: 'A-Za-z0-9_+/-', right: 'A-Za-z0-9_+/=-' }),
    window: { before: 400, after: 400 },
    // Both ways: a script sets `$pat = '…'` and names dev.azure.com in the call below it (from a
    // blind grading of less common languages: 8 of 9 missed).
    span: 'near',
    // Random base32 holds digits 2-7 (about ten in 52; fewer than two one time in a hundred thousand) and spreads over the alphabet.
    accept: (m) => ((m[1] ?? '').match(/[2-7]/g) ?? []).length >= 2 && shannonEntropy(m[1] ?? '') >= 4,
    minEntropy: 4,
    severity: 'critical',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate', how: 'Revoke it in Azure DevOps’s settings, issue a new one and update where it is stored.' },
    docs: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    sample: (g) => g.chars('abcdefghijklmnopqrstuvwxyz234567', 52),
    sampleKey: 'AZURE_DEVOPS_EXT_PAT',
    negatives: ['AZURE_DEVOPS_EXT_PAT=abcdefghijklmnopqrstuvwxyz234567abcdefghijklmnopqrst', 'https://dev.azure.com/acme/project/_git/repository-name-with-a-very-long-lowercase-slug'],
  }),
];
