import { BASE64, BLOCK_BREAK as BREAK, defineRule } from './define.js';

const HEADER_REACH = 4096;
// One base64 line, up to 64 characters, ending at a line's end (not at "Private-MAC:").
const LINE = '[A-Za-z0-9+/]{1,64}={0,2}(?=[ \\t]{0,8}(?:\\r|\\n|\\\\{1,4}[rn]|["\'`]|$))';

/** PuTTY credentials. */
export const puttyRules = [
  // A .ppk file (formats 2 and 3): a header naming the key type, then "Public-Lines: n" and the
  // public key's base64, then "Private-Lines: n" and the private key's base64, 64 per line. The
  // private lines are the secret; with "Encryption: none" (the default) they are the key itself.
  defineRule({
    id: 'putty-private-key',
    provider: 'PuTTY',
    description: 'PuTTY private key file (.ppk, PuTTY-User-Key-File-2/3): the Private-Lines block',
    keywords: ['private-lines:'],
    pattern: new RegExp(`Private-Lines:[ \\t]{0,4}\\d{1,3}${BREAK}((?:${LINE}${BREAK}){0,63}${LINE})`),
    // "PuTTY-User-Key-File-" opens the file, up to ~1 KB before the private lines (RSA 4096's
    // public lines): only a .ppk's private lines are taken.
    near: (text, at) => text.slice(Math.max(0, at - HEADER_REACH), at).toLowerCase().includes('putty-user-key-file-'),
    window: { before: 32, after: 4096 },
    span: 'block',
    minEntropy: 3.5,
    encodesBinary: true,
    severity: 'critical',
    rotate: { url: 'https://the.earth.li/~sgtatham/putty/0.81/htmldoc/Chapter8.html', how: 'Treat the key pair as compromised: generate a new pair with PuTTYgen, replace the public key in every authorized_keys, then purge the .ppk from history.' },
    docs: 'https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html',
    sample: (g) => `PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@host\nPublic-Lines: 2\nAAAAC3NzaC1lZDI1NTE5AAAAI${g.chars(BASE64, 39)}\n${g.chars(BASE64, 4)}\nPrivate-Lines: 1\nAAAAI${g.chars(BASE64, 43)}\nPrivate-MAC: ${g.chars('0123456789abcdef', 64)}`,
    sampleIsBlock: true,
    negatives: ['Private-Lines: 1\nAAAA\n', 'PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 14\n...'],
  }),
];
