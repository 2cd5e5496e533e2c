import { chars, HEX, prefixed } from './define.js';

/** AfterShip credentials. */
export const aftershipRules = [
  prefixed({
    id: 'aftership-api-key',
    provider: 'AfterShip',
    description: 'AfterShip API key (asat_ and 32 hex)',
    prefix: 'asat_',
    body: '[a-f0-9]{32}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: chars(HEX, 32),
    rotate: { url: 'https://admin.aftership.com/settings/api-keys', how: 'Settings → API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://www.aftership.com/docs/tracking/quickstart/authentication',
    negatives: ['AFTERSHIP_API_KEY=asat_<your-key>', 'AFTERSHIP_API_KEY=${AFTERSHIP_API_KEY}'],
  }),
];
