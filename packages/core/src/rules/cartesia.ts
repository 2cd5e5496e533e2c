import { ALNUM, chars, prefixed } from './define.js';

/** Cartesia (text-to-speech) credentials. */
export const cartesiaRules = [
  prefixed({
    id: 'cartesia-api-key',
    provider: 'Cartesia',
    description: 'Cartesia API key (sk_car_ and letters and digits)',
    prefix: 'sk_car_',
    body: '[A-Za-z0-9]{20,64}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(ALNUM, 24),
    rotate: { url: 'https://play.cartesia.ai/keys', how: 'API keys: delete the key, create a new one and update where it is stored.' },
    docs: 'https://docs.cartesia.ai/use-the-api/api-conventions',
    negatives: ['CARTESIA_API_KEY=sk_car_your_key_here', 'CARTESIA_API_KEY=${CARTESIA_API_KEY}'],
  }),
];
