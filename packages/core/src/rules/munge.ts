import { BASE64, defineRule, gen, keyed } from './define.js';

/** MUNGE (the HPC authentication service) credentials. */
export const mungeRules = [
  defineRule({
    id: 'munge-key',
    provider: 'MUNGE',
    description: 'MUNGE key in base64 (the cluster-wide secret every Slurm node authenticates with; mungekey writes 1,024 bits by default), as configuration management holds it',
    keywords: ['munge'],
    pattern: keyed('munge[A-Za-z0-9_.-]{0,8}key', '[A-Za-z0-9+/]{40,2048}={0,2}', 'A-Za-z0-9+/='),
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://github.com/dun/munge/wiki/Installation-Guide', how: 'Create a new key (mungekey), install it on every node, restart munged everywhere, and keep it in a vault.' },
    docs: 'https://github.com/dun/munge/wiki/Installation-Guide',
    sample: gen([BASE64, 171], '='),
    sampleKey: 'munge_key_b64',
    negatives: ['munge_key_b64: "{{ vault_munge_key }}"', 'munge_key: /etc/munge/munge.key'],
  }),
];
