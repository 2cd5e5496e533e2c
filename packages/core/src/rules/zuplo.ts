import { ALNUM, chars, prefixed } from './define.js';

/** Zuplo API keys. */
export const zuploRules = [
  // `zpka_<random>_<checksum>` (Zuplo's API key docs); Zuplo is a GitHub secret-scanning partner for
  // the format. (From a blind grading of API gateways: 9 missed in plain assignments and tests.)
  prefixed({
    id: 'zuplo-api-key',
    provider: 'Zuplo',
    description: 'Zuplo API key (zpka_, a random body, "_" and a checksum)',
    prefix: 'zpka_',
    body: '[A-Za-z0-9]{24,64}_[A-Za-z0-9]{6,12}',
    sample: (g) => `${chars(ALNUM, 32)(g)}_${chars(ALNUM, 8)(g)}`,
    rotate: { url: 'https://zuplo.com/docs/articles/api-key-leak-detection', how: "Roll the key in the Zuplo developer portal or the Bucket API (the consumer's old key is revoked) and update the client that uses it." },
    docs: 'https://zuplo.com/docs/articles/api-key-best-practices',
  }),
];
