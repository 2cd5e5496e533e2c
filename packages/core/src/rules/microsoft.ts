import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** Microsoft credentials. */
export const microsoftRules = [
  prefixed({ id: 'nuget-api-key', provider: 'Microsoft', description: 'NuGet.org API key (oy2)', prefix: 'oy2', body: '[a-z0-9]{43}', sample: chars(LOWER_ALNUM, 43), rotate: { url: 'https://www.nuget.org/account/apikeys', how: 'Revoke it in Microsoft’s settings, issue a new one and update where it is stored.' }, docs: 'https://learn.microsoft.com/en-us/nuget/nuget-org/scoped-api-keys' }),
];
