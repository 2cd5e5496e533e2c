import { defineRule, gen, HEX, token } from './define.js';

/** LabKey Server credentials. */
export const labkeyRules = [
  defineRule({
    id: 'labkey-api-key',
    provider: 'LabKey',
    description: 'LabKey Server API key (apikey|<32 hex>), used in .netrc, LABKEY_API_KEY and the Python and R clients',
    keywords: ['apikey|', 'apikey%7c'],
    pattern: token('apikey(?:\\||%7[Cc])[0-9a-f]{32}', { left: 'A-Za-z0-9_', right: 'A-Za-z0-9_' }),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.labkey.org/Documentation/wiki-page.view?name=apikey', how: 'Revoke the key on LabKey’s API Keys page, generate a new one and update where it is stored.' },
    docs: 'https://www.labkey.org/Documentation/wiki-page.view?name=apikey',
    sample: gen('apikey|', [HEX, 32]),
    negatives: ['apikey|<your api key>', 'apikey|${LABKEY_API_KEY}'],
  }),
];
