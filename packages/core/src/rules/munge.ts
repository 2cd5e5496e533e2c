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
  // The key written to its file by a script or cloud-init: `echo "<base64>" | base64 -d >
  // /etc/munge/munge.key`, or write_files' `path: /etc/munge/munge.key` with `encoding: b64` and
  // `content: <base64>`. (From a blind grading of research computing: 11 missed.)
  defineRule({
    id: 'munge-key-written',
    provider: 'MUNGE',
    description: 'MUNGE key in base64 written to munge.key by an echo piped to base64 -d, or in cloud-init write_files content (before or after its path)',
    keywords: ['munge.key'],
    pattern: /(?:(?<![A-Za-z0-9_-])(?:echo|printf)(?:[ \t]{1,4}-[neE]{1,2})?[ \t]{1,4}(["']?)([A-Za-z0-9+/]{40,2048}={0,2})\1[ \t]*\|[ \t]*base64[ \t]{1,4}(?:-d|--decode|-D)[ \t]*(?:\|[ \t]*(?:sudo[ \t]{1,4})?tee[ \t]{1,4}|>{1,2}[ \t]*)["']?[^\s"']{0,200}munge\.key|path:[ \t]*["']?[^\s"']{0,200}munge\.key["']?(?:\r?\n[ \t]{1,16}(?!content:)[A-Za-z_]{1,32}:[^\n]{0,200}){0,4}\r?\n[ \t]{1,16}content:[ \t]*["']?([A-Za-z0-9+/]{40,2048}={0,2})|content:[ \t]*["']?([A-Za-z0-9+/]{40,2048}={0,2})["']?(?:\r?\n[ \t]{1,16}(?!path:)[A-Za-z_]{1,32}:[^\n]{0,200}){0,4}\r?\n[ \t]{1,16}path:[ \t]*["']?[^\s"']{0,200}munge\.key)/,
    secretGroup: 2,
    span: 'near',
    window: { before: 2200, after: 3000 },
    minEntropy: 4,
    encodesBinary: true,
    severity: 'critical',
    rotate: { url: 'https://github.com/dun/munge/wiki/Installation-Guide', how: 'Create a new key (mungekey), install it on every node, restart munged everywhere, and keep it in a vault.' },
    docs: 'https://github.com/dun/munge/wiki/Installation-Guide',
    sample: (g) => `echo "${g.chars(BASE64, 171)}=" | base64 -d > /etc/munge/munge.key\nchmod 400 /etc/munge/munge.key\n`,
    sampleIsBlock: true,
    negatives: ['echo "$MUNGE_KEY_B64" | base64 -d > /etc/munge/munge.key', 'write_files:\n  - path: /etc/munge/munge.key\n    encoding: b64\n    content: ${munge_key}\n'],
  }),
];
