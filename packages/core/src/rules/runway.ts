import { chars, HEX, prefixed } from './define.js';

/** Runway (video generation API) credentials. */
export const runwayRules = [
  // API keys are `key_` and 128 hex digits (a length nothing else in the catalog shares).
  prefixed({
    id: 'runway-api-key',
    provider: 'Runway',
    description: 'Runway API key (key_ and 128 hex digits)',
    prefix: 'key_',
    keywords: ['key_'],
    body: '[a-f0-9]{128}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: chars(HEX, 128),
    rotate: { url: 'https://dev.runwayml.com/', how: 'Developer portal → API keys: disable the key, create a new one and update where it is stored.' },
    docs: 'https://docs.dev.runwayml.com/api/',
    negatives: ['RUNWAYML_API_SECRET=key_<your-key>', 'RUNWAYML_API_SECRET=${RUNWAYML_API_SECRET}'],
  }),
];
