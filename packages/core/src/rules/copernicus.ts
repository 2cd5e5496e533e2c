import { defineRule, DIGITS, gen, UUID, uuidSample } from './define.js';

/** Copernicus (Climate, Atmosphere and Early Warning Data Stores) credentials. */
export const copernicusRules = [
  defineRule({
    id: 'copernicus-cds-api-key',
    provider: 'Copernicus',
    description: 'Copernicus Climate/Atmosphere Data Store API key (a UUID, or <UID>:<UUID> for the legacy stores): the key beside the store URL in ~/.cdsapirc, cdsapi.Client(url, key=…) or CDSAPI_KEY',
    keywords: ['copernicus.eu', 'cdsapi'],
    pattern: new RegExp(`(?<![A-Za-z0-9])key["']?[ \\t]*[:=][ \\t]*["']?((?:[0-9]{3,8}:)?${UUID})(?![A-Za-z0-9-])`, 'i'),
    span: 'block',
    window: { before: 400, after: 400 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://cds.climate.copernicus.eu/how-to-api', how: 'Reset the API token on your Copernicus profile page, and update ~/.cdsapirc where it is stored.' },
    docs: 'https://cds.climate.copernicus.eu/how-to-api',
    sample: (g) => `url: https://cds.climate.copernicus.eu/api\nkey: ${gen([DIGITS, 6])(g)}:${uuidSample(g)}\n`,
    negatives: ['url: https://cds.climate.copernicus.eu/api\nkey: <PERSONAL-ACCESS-TOKEN>\n', 'url: https://cds.climate.copernicus.eu/api\nkey: {UID}:{API-KEY}\n'],
  }),
];
