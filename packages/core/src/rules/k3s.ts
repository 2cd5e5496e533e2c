import { HEX, prefixed } from './define.js';

/** K3s (Rancher) cluster join tokens. */
export const k3sRules = [
  prefixed({
    id: 'k3s-join-token',
    provider: 'K3s',
    description: "K3s secure join token (K10<CA hash>::<user>:<password>), as K3S_TOKEN or --token given to agents and servers",
    prefix: 'K10',
    body: '[0-9a-f]{64}::[A-Za-z0-9_.-]{1,32}:[0-9a-f]{16,64}',
    right: 'A-Za-z0-9_-',
    sample: (g) => `${g.chars(HEX, 64)}::server:${g.chars(HEX, 32)}`,
    severity: 'critical',
    rotate: { url: 'https://docs.k3s.io/cli/token', how: 'Rotate it with `k3s token rotate` on a server, update the agents and automation that join with it, and check for nodes joined meanwhile.' },
    docs: 'https://docs.k3s.io/cli/token',
    negatives: ['K3S_TOKEN=K10<ca-hash>::server:<password>', 'K10 is a bus route'],
  }),
];
