import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** cloud-init user-data: passwords set by the chpasswd module. */
export const cloudInitRules = [
  // The legacy list form: `chpasswd:` ⏎ `list: |` ⏎ `  user:password` lines (RANDOM asks
  // cloud-init to make one up). The first line with a password of its own is reported.
  defineRule({
    id: 'cloud-init-chpasswd-list',
    provider: 'cloud-init',
    description: "Password in cloud-init's chpasswd list (chpasswd: ⏎ list: | ⏎ user:password)",
    keywords: ['chpasswd:'],
    // Every entry of the list: the header and the entries before one are looked behind for.
    pattern: /(?<=chpasswd:[ \t]*\r?\n(?:[ \t]{1,16}(?!list:)[A-Za-z_]{1,16}:[^\r\n]{0,64}\r?\n){0,4}[ \t]{1,16}list:[ \t]*\|[-+]?[ \t]*\r?\n(?:[ \t]{1,32}(?:-[ \t]{1,4})?[A-Za-z0-9_.-]{1,32}:[^\s]{1,128}[ \t]*\r?\n){0,8})[ \t]{1,32}(?:-[ \t]{1,4})?[A-Za-z0-9_.-]{1,32}:([^\s]{6,128})[ \t]*(?:\r?\n|$)/,
    secretGroup: 1,
    span: 'block',
    window: { before: 0, after: 1200 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords', how: 'Change the password on every machine built from this user-data, and set it with a hashed password or an SSH key instead.' },
    docs: 'https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords',
    sample: (g) => `#cloud-config\nchpasswd:\n  expire: false\n  list: |\n    root:${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 6)}\n    ubuntu:RANDOM\nssh_pwauth: true\n`,
    negatives: ['chpasswd:\n  list: |\n    root:RANDOM\n    ubuntu:RANDOM\n', 'chpasswd:\n  list: |\n    root:$6$rounds=4096$saltsalt$abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGH\n'],
  }),
];
