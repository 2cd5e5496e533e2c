import { BASE64URL, prefixed } from './define.js';

/** Liveblocks secret keys. */
export const liveblocksRules = [
  // `sk_prod_`/`sk_dev_` and 64 URL-safe characters; the `pk_` keys of the same shape are public
  // (a browser's). From a blind grading of real-time collaboration backends: missed in `||` fallbacks
  // and chat, where no name said what it was.
  prefixed({
    id: 'liveblocks-secret-key',
    provider: 'Liveblocks',
    description: 'Liveblocks secret key (sk_prod_ or sk_dev_ and 64 URL-safe characters)',
    prefix: ['sk_prod_', 'sk_dev_'],
    body: '[A-Za-z0-9_-]{64}',
    right: 'A-Za-z0-9_-',
    rotate: { url: 'https://liveblocks.io/docs/authentication', how: "Roll the project's secret key in the Liveblocks dashboard (API keys) and update the servers that authorize rooms with it." },
    docs: 'https://liveblocks.io/docs/api-reference/liveblocks-node#Liveblocks-client',
    sample: (g) => `Qa7${g.chars(BASE64URL, 61)}`,
  }),
];
