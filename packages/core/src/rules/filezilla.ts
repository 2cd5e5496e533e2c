import { ALNUM, defineRule } from './define.js';
import { isStandInPassword } from './passwords.js';

// Base64 of a password: what FileZilla 3 writes for a saved password with no master password.
function decoded(b64: string): string | undefined {
  if (b64.length % 4 !== 0) return undefined;
  let text: string;
  try {
    text = atob(b64);
  } catch {
    return undefined;
  }
  return /^[\x20-\x7e]+$/.test(text) ? text : undefined;
}

/** FileZilla's saved site and recent-server passwords. */
export const fileZillaRules = [
  defineRule({
    id: 'filezilla-saved-password',
    provider: 'FileZilla',
    description: 'FTP/SFTP password saved by FileZilla (sitemanager.xml, recentservers.xml, filezilla.xml): base64 or plain text in <Pass>',
    keywords: ['<pass'],
    // `<Pass encoding="base64">…</Pass>`; FileZilla before 3.x and exports write it plain. A
    // password under a master password (`encoding="crypt"`) is encrypted: not reported.
    pattern: /<Pass(?:[ \t]+encoding="(base64)")?>([^<>\s]{1,256})<\/Pass>/,
    secretGroup: 2,
    accept: (m) => {
      const value = m[2] ?? '';
      const plain = m[1] === 'base64' ? decoded(value) : value;
      // A saved password is one in use, whatever its strength: only defaults and stand-ins are not.
      return plain !== undefined && plain.length >= 4 && !isStandInPassword(plain);
    },
    minEntropy: 2,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://wiki.filezilla-project.org/Site_Manager', how: 'Change the password on the server, set a master password in FileZilla (Settings → Interface → Passwords) so saved passwords are encrypted, and remove the exported file.' },
    docs: 'https://wiki.filezilla-project.org/Site_Manager',
    sample: (g) => `<Server>\n  <Host>ftp.example.net</Host>\n  <Port>21</Port>\n  <User>deploy</User>\n  <Pass encoding="base64">${btoa(`${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 4)}`)}</Pass>\n</Server>`,
    negatives: ['<Pass encoding="crypt" pubkey="b0a1">c2VjcmV0</Pass>', '<Pass encoding="base64" />', '<Pass>password</Pass>'],
  }),
];
