import { ALNUM, defineRule } from './define.js';
import { isUsablePassword } from './generic.js';

/** Chainlink node credentials. */
export const chainlinkRules = [
  // A node's secrets.toml holds the keystore's password (and the VRF keys') under [Password]:
  // `Keystore = '…'`. (From a blind grading of web3 development.)
  defineRule({
    id: 'chainlink-keystore-password',
    provider: 'Chainlink',
    description: "Chainlink node keystore (or VRF) password in secrets.toml's [Password] table (Keystore = '…')",
    keywords: ['[password]'],
    pattern: /(?<![A-Za-z0-9_])(?:Keystore|VRF)[ \t]*=[ \t]*(['"])([^'"\r\n\\]{4,128})\1/,
    secretGroup: 2,
    span: 'near',
    window: { before: 16, after: 400 },
    accept: (m, text, at) => {
      // The nearest table above the value is [Password].
      const table = text.lastIndexOf('\n[', at);
      return text.startsWith('[Password]', table + 1) && isUsablePassword(m[2] ?? '');
    },
    severity: 'critical',
    rotate: { url: 'https://docs.chain.link/chainlink-nodes/v1/secrets-config', how: "Change the keystore password (chainlink admin chpass is for the API; re-encrypt the keystore with a new password by exporting and importing its keys), move secrets.toml out of the repository and pass it with --secrets." },
    docs: 'https://docs.chain.link/chainlink-nodes/v1/secrets-config#password',
    sample: (g) => `[Database]\nURL = 'postgresql://chainlink@pg:5432/chainlink'\n\n[Password]\nKeystore = '${g.chars(ALNUM, 14)}!${g.chars(ALNUM, 4)}'\n`,
    negatives: ["[Password]\nKeystore = 'mysecurepassword'", '[Password]\nKeystore = "${KEYSTORE_PASSWORD}"'],
  }),
];
