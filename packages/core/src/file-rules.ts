// Secrets that are whole files: the file's name says what it holds, and its text is nothing but
// the secret (Rails' config/master.key is 32 hex digits, an Ansible vault password file one line).
// No keyword stands in such a file, so the keyword pass never runs a rule on it: a scan given the
// file's path asks the judges below, as a scanner that meets a binary file asks `binaryRules`.
//
// Every judge reads a file of at most FILE_MAX characters a bounded number of times.

import { shannonEntropy } from './entropy.js';
import { isMailPassword } from './rules/email.js';
import { isPasswordValue, isSlotSecret, isUsablePassword, looksLikeSecretValue } from './rules/generic.js';
import { isDefaultWithDigits, isSlotPassword } from './rules/passwords.js';
import { type Cell, listCells } from './detector/tables.js';
import { isKeptPassword, isSpacedSeed } from './rules/password-managers.js';
import { isOtpSeed } from './rules/totp.js';
import { krakenKeyFile } from './rules/trading.js';
import { isWalletPhrase } from './rules/wallets.js';
import type { Confidence, Rotation, Severity } from './types.js';

/** The longest text a file judge reads: a key file is a line, a list of recovery codes a screen. */
export const FILE_MAX = 4096;

export interface FileRule {
  readonly id: string;
  readonly provider: string;
  readonly description: string;
  readonly severity: Severity;
  readonly rotate: Rotation;
  readonly docs?: string;
  /** The files it reads: a test of the path, with "/" separators and no leading "./". */
  readonly path: RegExp;
  /** The secret may hold markup-like punctuation (`<…>`) that elsewhere marks a placeholder: a scrambled password. */
  readonly punctuated?: boolean;
  /** The secret is a phrase of a standard word list the judge checks itself (Rule.wordList). */
  readonly wordList?: boolean;
  /** The longest text this judge reads, when more than FILE_MAX: a list of entries, read line by line in one pass. */
  readonly maxLength?: number;
  /**
   * The secret in a file's whole text, or each secret of a file of many entries (a credential map's
   * lines), or undefined. Never throws.
   */
  readonly judge: (text: string) => FileSecret | readonly FileSecret[] | undefined;
}

/** A secret a file judge found: offsets into the file's text (end exclusive) and the confidence. */
export interface FileSecret {
  readonly start: number;
  readonly end: number;
  readonly confidence: Confidence;
}

// A client.keys line: id, agent name, address (`any`, an IP or a network) and the key; `#` or `!`
// before the name marks a removed agent, whose key may still be valid on a copy.
const WAZUH_KEY_LINE = /^(\d{1,6}[ \t]+[#!]?[A-Za-z0-9_.@-]{1,128}[ \t]+(?:any|[0-9A-Fa-f.:]{2,39}(?:\/\d{1,3})?)[ \t]+)([0-9a-f]{64})[ \t]*\r?$/d;

// A keys.properties line: a host, "=", the key (Develocity's are 52 lower-case letters and digits).
const DEVELOCITY_KEY_LINE = /^([A-Za-z0-9.-]{1,253}=)([a-z0-9]{40,128})[ \t]*\r?$/d;

/** The one line a file holds (blanks and a final line break around it), as [start, end], or undefined. */
function onlyLine(text: string): [number, number] | undefined {
  let start = 0;
  let end = text.length;
  if (text.charCodeAt(end - 1) === 10) end--;
  if (text.charCodeAt(end - 1) === 13) end--;
  while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (start === end) return undefined;
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13) return undefined;
  return [start, end];
}

/**
 * A file that is one block of base64 (on one line or wrapped, padding at its end), 32 characters
 * or more without its line breaks: the block, when `test` takes those characters.
 */
function base64File(text: string, test: (key: string) => boolean): FileSecret | undefined {
  const m = /^\s*([A-Za-z0-9+/]{4,}(?:[ \t]*\r?\n[ \t]*[A-Za-z0-9+/]{4,})*={0,2})\s*$/.exec(text);
  if (m === null) return undefined;
  const value = m[1] as string;
  const key = value.replace(/\s+/g, '');
  if (key.length < 32 || !test(key)) return undefined;
  const start = text.indexOf(value);
  return { start, end: start + value.length, confidence: 'high' };
}

/** A judge of a file that is one line: the line, when `test` takes its text. */
function oneLine(test: (value: string) => boolean): FileRule['judge'] {
  return (text) => {
    const line = onlyLine(text);
    return line !== undefined && test(text.slice(line[0], line[1])) ? { start: line[0], end: line[1], confidence: 'high' } : undefined;
  };
}

// A row of Oxidized's router.db: host, model, user, password and perhaps an enable secret.
// (Not RANCID's router.db, `host:type:state[:comment]`: a third field of up or down.)
const OXIDIZED_ROW = /^[ \t]*([A-Za-z0-9][A-Za-z0-9_.-]{0,252}:[A-Za-z0-9_]{2,32}:[^:\s]{1,64})(?<!:(?:up|down)):([^:\r\n]{4,128})(?::([^:\r\n]{4,128}))?[ \t]*\r?$/di;

/**
 * Each password of a file of `<name><separator><password>` lines (`line`, compiled with the `d`
 * flag: group 1 the name, group 2 the password; or the `groups` given), or undefined when no line holds one that `test` takes.
 */
function passwordLines(text: string, line: RegExp, test: (value: string) => boolean = isPasswordValue, groups: readonly number[] = [2]): FileSecret[] | undefined {
  const found: FileSecret[] = [];
  let at = 0;
  for (const row of text.split('\n')) {
    const m = line.exec(row);
    for (const g of m === null ? [] : groups) {
      const span = m?.indices?.[g];
      if (span !== undefined && test(row.slice(span[0], span[1]))) found.push({ start: at + span[0], end: at + span[1], confidence: 'high' });
    }
    at += row.length + 1;
  }
  return found.length === 0 ? undefined : found;
}

// EZproxy's user.txt: a local account a line (`user:password`, `:Admin` and other options after
// it), directives in `::Name` blocks closed by `/Name`, and a ::Ticket block's shared secret after
// its digest's name. A user.txt is EZproxy's when a `::` directive opens a line (any other
// user.txt is left to the other rules).
const EZPROXY_DIRECTIVE = /^[ \t]*::[A-Za-z]{2,32}\b/m;
const EZPROXY_ACCOUNT = /^[ \t]*([A-Za-z0-9][A-Za-z0-9._@-]{0,63}:)([^:\s]{4,128})(?::[A-Za-z][A-Za-z0-9;=,._-]{0,64})?[ \t]*\r?$/d;
const EZPROXY_TICKET_SECRET = /^[ \t]*(?:MD5|SHA1|SHA256|SHA512)[ \t]+()(\S{6,256})[ \t]*\r?$/d;

function ezproxyUserFile(text: string): FileSecret[] | undefined {
  if (!EZPROXY_DIRECTIVE.test(text)) return undefined;
  const found: FileSecret[] = [];
  let at = 0;
  let block = '';
  for (const row of text.split('\n')) {
    const line = row.trim();
    if (line.startsWith('::')) block = line.slice(2).split(/[\s;]/, 1)[0]?.toLowerCase() ?? '';
    else if (line.startsWith('/')) block = '';
    else if (!line.startsWith('#')) {
      const m = block === 'ticket' ? EZPROXY_TICKET_SECRET.exec(row) : block === '' ? EZPROXY_ACCOUNT.exec(row) : null;
      const value = m?.[2];
      if (m && value !== undefined && (block === 'ticket' ? isPasswordValue(value) : isUsablePassword(value))) {
        const start = at + (m.indices?.[2]?.[0] as number);
        found.push({ start, end: start + value.length, confidence: 'high' });
      }
    }
    at += row.length + 1;
  }
  return found.length === 0 ? undefined : found;
}

// A Mastodon.py credential file: a client's (client id, client secret, base URL, lines 1-3) or a
// user's (access token, base URL); told apart by the line after the first: a URL ends a user's.
const MASTODON_SECRET_LINE = /^[ \t]*([A-Za-z0-9_-]{32,64})[ \t]*\r?$/;
function mastodonCredentialFile(text: string): FileSecret | undefined {
  const lines = text.split('\n');
  const second = lines[1] ?? '';
  const user = /^[ \t]*https?:\/\//.test(second) || second.trim() === '';
  const index = user ? 0 : 1;
  const m = MASTODON_SECRET_LINE.exec(lines[index] ?? '');
  if (!m || !looksLikeSecretValue(m[1] as string, true)) return undefined;
  let start = 0;
  for (let i = 0; i < index; i++) start += (lines[i] as string).length + 1;
  start += (lines[index] as string).indexOf(m[1] as string);
  return { start, end: start + (m[1] as string).length, confidence: 'high' };
}

// A mail relay map's line, commented out or not (a relay once used is a password still valid).
const COMMENTED = '^[ \\t]*(?:#[ \\t]*)?';
/** A relay map line: COMMENTED, then `head` (group 1, up to the password), then the rest of the line as the password (group 2). */
function relayLine(head: string): RegExp {
  return new RegExp(`${COMMENTED}(${head})(\\S(?:[^\\r\\n]{0,254}\\S)?)[ \\t]*\\r?$`, 'd');
}

// A GitHub recovery code (5 + 5 hex), GitLab's (16 hex), or a code of 4 to 5 letters and digits on
// each side of a dash (Google's, Microsoft's, many others'), one a line, maybe numbered.
// (Google's backup codes print two a line, numbered: `1. 0070 3433    2. 1231 6323`.)
const CODE = '(?:[0-9a-f]{5}-[0-9a-f]{5}|[0-9a-f]{16}|[A-Za-z0-9]{4,5}[- ][A-Za-z0-9]{4,5})';
const RECOVERY_CODE = new RegExp(`^[ \\t]*(?:\\d{1,2}[.)][ \\t]*)?${CODE}(?:[ \\t]+(?:\\d{1,2}[.)][ \\t]*)?${CODE})?[ \\t]*\\r?$`);

// A proxy list's host: an IPv4 address or a name with a dot.
const PROXY_HOST = '(?:\\d{1,3}(?:\\.\\d{1,3}){3}|[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63})+)';
// The four ways proxy providers export an authenticated proxy, one a line (the password is group
// `pw`): host:port:user:password, user:password@host:port (a scheme before it or not),
// host:port@user:password, and host, port, user and password split by tabs, commas, semicolons,
// bars or blanks (a spreadsheet's export, more columns after them).
const PROXY_LINES = [
  new RegExp(`^${PROXY_HOST}:\\d{2,5}:[^\\s:]{1,128}:(?<pw>[^\\s]{4,128})$`, 'd'),
  new RegExp(`^(?:[a-z0-9]{2,8}://)?[^\\s:@/]{1,128}:(?<pw>[^\\s@]{4,128})@${PROXY_HOST}:\\d{2,5}/?$`, 'd'),
  new RegExp(`^${PROXY_HOST}:\\d{2,5}@[^\\s:]{1,128}:(?<pw>[^\\s]{4,128})$`, 'd'),
  new RegExp(`^"?${PROXY_HOST}"?[\\t,;| ]{1,4}"?\\d{2,5}"?[\\t,;| ]{1,4}"?[^\\t,;| "]{1,128}"?[\\t,;| ]{1,4}"?(?<pw>[^\\t,;| "]{4,128})"?(?:[\\t,;| ][^\\r\\n]{0,512})?$`, 'd'),
];

// A password manager's or connection manager's CSV export (Chrome's, Firefox's, Bitwarden's,
// LastPass's, 1Password's, KeePass's, NordPass's, Dashlane's, RoboForm's, Royal TS's, mRemoteNG's,
// Termius's): a header naming a password column beside a site, host or user column. Every cell
// of the password column is a password someone chose, a word or a phrase as much as a generated
// one (from a blind grading of password managers: 38 of 100 such passwords missed by the generic
// table view, which judges them as any setting's value).
const EXPORT_PASSWORD_COLUMN = /^(?:password|login_?password|credential_?password|pwd|passwd|pass)$/;
const EXPORT_IDENTITY_COLUMN = /^(?:url|uri|login_?uri|web_?site|username|user_?name|login_?name|login_?username|login|user|credential_?username|e-?mail|host(?:name)?(?:\/ip)?|title|account)$/;
const EXPORT_OTP_COLUMN = /^(?:totp|login_?totp|otp|otp_?auth|otp_?secret|otp_?url)$/;

/** The passwords and OTP seeds of a credential export's rows (each row as many cells as its header). */
function credentialExport(text: string): FileSecret[] | undefined {
  // The header first (the first line with text): a CSV that names no password or seed column is
  // not split into lines at all.
  let h = 0;
  while (h < text.length && (text.charCodeAt(h) === 10 || text.charCodeAt(h) === 13 || text.charCodeAt(h) === 32)) h++;
  if (text.charCodeAt(h) === 0xfeff) h++;
  const headerEnd = text.indexOf('\n', h);
  const to = headerEnd === -1 ? text.length : headerEnd;
  if (to - h > 2048) return undefined;
  let separator = 44;
  let header: readonly Cell[] = [];
  for (const sep of [44, 59, 9]) {
    const { cells } = listCells(text, h, to, 34, -1, sep, false);
    if (cells.length > header.length) {
      header = cells;
      separator = sep;
    }
  }
  if (header.length < 3) return undefined;
  const names = header.map((cell) => text.slice(cell.from, cell.to).trim().toLowerCase().replace(/[ -]+/g, '_'));
  const passwords = names.flatMap((n, i) => (EXPORT_PASSWORD_COLUMN.test(n) ? [i] : []));
  const seeds = names.flatMap((n, i) => (EXPORT_OTP_COLUMN.test(n) ? [i] : []));
  if ((passwords.length === 0 && seeds.length === 0) || !names.some((n) => EXPORT_IDENTITY_COLUMN.test(n))) return undefined;
  const found: FileSecret[] = [];
  for (let row = to + 1; row < text.length; ) {
    const next = text.indexOf('\n', row);
    const end = next === -1 ? text.length : next;
    if (end - row <= 8192) {
      const { cells } = listCells(text, row, end, 34, -1, separator, false);
      if (cells.length === header.length) {
        for (const c of passwords) {
          const { from, to: cellEnd } = cells[c] as Cell;
          if (isKeptPassword(text.slice(from, cellEnd))) found.push({ start: from, end: cellEnd, confidence: 'high' });
        }
        for (const c of seeds) {
          const { from, to: cellEnd } = cells[c] as Cell;
          const value = text.slice(from, cellEnd);
          const secret = /[?&]secret=([A-Za-z2-7]{16,128})/.exec(value);
          if (secret !== null && isOtpSeed(secret[1] as string)) found.push({ start: from + secret.index + 8, end: from + secret.index + secret[0].length, confidence: 'high' });
          else if (secret === null && isSpacedSeed(value)) found.push({ start: from, end: cellEnd, confidence: 'high' });
        }
      }
    }
    row = end + 1;
  }
  return found.length === 0 ? undefined : found;
}

export const fileRules: readonly FileRule[] = Object.freeze([
  {
    id: 'rails-master-key-file',
    provider: 'Ruby on Rails',
    description: "Rails master key file (config/master.key, config/credentials/<env>.key): decrypts the app's encrypted credentials",
    severity: 'critical',
    rotate: { url: 'https://guides.rubyonrails.org/security.html#custom-credentials', how: 'Generate a new key (bin/rails credentials:edit with the old key, then re-encrypt under a new one), rotate every credential the file held, and keep the key out of the repository (.gitignore it).' },
    docs: 'https://guides.rubyonrails.org/security.html#custom-credentials',
    path: /(?:^|\/)config\/(?:master|credentials\/[A-Za-z0-9_.-]{1,64})\.key$/,
    judge: oneLine((key) => /^[0-9a-f]{32}$/.test(key) && shannonEntropy(key) >= 3),
  },
  {
    id: 'ansible-vault-password-file',
    provider: 'Ansible',
    description: 'Ansible Vault password file (.vault_pass, vault_password_file): one line that decrypts every vaulted value',
    severity: 'critical',
    rotate: { url: 'https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_passwords.html', how: 'Rekey the vaulted files with a new password (ansible-vault rekey), rotate the secrets they held, and keep the password file out of the repository.' },
    docs: 'https://docs.ansible.com/ansible/latest/vault_guide/vault_managing_passwords.html',
    // (Also after "ansible": `~/.ansible-vault-pass`, `.ansible_vault_password`; from a blind grading of dotfiles.)
    path: /(?:^|\/)\.?(?:ansible[-_.])?vault[-_.]?pass(?:word)?(?:[-_.][A-Za-z0-9]{1,16})?(?:\.txt)?$/i,
    // A script that prints the password (`#!/bin/sh`) is a program, not the password.
    judge: oneLine((password) => !password.startsWith('#!') && isPasswordValue(password)),
  },
  {
    id: 'vault-token-file',
    provider: 'HashiCorp Vault',
    description: "Vault CLI token file (~/.vault-token, written by vault login): the token alone, service (hvs., legacy s.), batch (hvb., b.) or a root token",
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke', how: 'Revoke the token (vault token revoke -self, or by accessor), log in again, and keep ~/.vault-token out of backups and repositories.' },
    docs: 'https://developer.hashicorp.com/vault/docs/commands/login',
    path: /(?:^|\/)\.vault-token$/,
    judge: oneLine((token) => /^(?:hv[sb]\.|[sb]\.)?[A-Za-z0-9_-]{20,200}$/.test(token) && shannonEntropy(token) >= 3.5),
  },
  // Vault Agent's AppRole auto-auth reads the secret_id from a file (`secret_id_file_path`,
  // conventionally `secret-id` or `secret_id` beside `role-id`): the UUID alone. (From a blind
  // grading of secrets managers: 7 missed.)
  {
    id: 'vault-approle-secret-id-file',
    provider: 'HashiCorp Vault',
    description: "Vault Agent's AppRole secret_id file (secret-id, secret_id): a UUID that logs in as the role",
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/auth/approle', how: 'Destroy the secret_id (by its accessor) and issue a new one, delivered by a trusted orchestrator; keep the file out of repositories and images.' },
    docs: 'https://developer.hashicorp.com/vault/docs/agent-and-proxy/autoauth/methods/approle',
    path: /(?:^|\/)(?:approle[-_.])?secret[-_]id(?:\.txt)?$/i,
    judge: oneLine((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id) && shannonEntropy(id) >= 3),
  },
  // Splunk encrypts the passwords of its .conf files ($7$…) with etc/auth/splunk.secret: 254
  // characters of crypt's alphabet on one line. With it, every stored password of the instance
  // decrypts. (From a blind grading of security operations: 4 of 4 missed.)
  {
    id: 'splunk-secret-file',
    provider: 'Splunk',
    description: "Splunk's splunk.secret (etc/auth/splunk.secret): the key that decrypts every password in the instance's .conf files",
    severity: 'critical',
    rotate: { url: 'https://docs.splunk.com/Documentation/Splunk/latest/Security/Deploysecurepasswordsacrossmultipleservers', how: 'Generate a new splunk.secret, re-enter the stored passwords so they are encrypted with it, and keep the file out of repositories and images.' },
    docs: 'https://docs.splunk.com/Documentation/Splunk/latest/Security/Deploysecurepasswordsacrossmultipleservers',
    path: /(?:^|\/)splunk\.secret$/,
    judge: oneLine((key) => /^[A-Za-z0-9./]{200,300}$/.test(key) && shannonEntropy(key) >= 5),
  },
  // WHM's remote access key (~/.accesshash, root's on a cPanel server): 32-character lines of an
  // older key whose whole text authenticates as root (from a blind grading of hosting tooling:
  // 12 of 12 missed). The text is the key, line breaks included.
  {
    id: 'whm-accesshash-file',
    provider: 'cPanel',
    description: "WHM remote access key file (.accesshash): root's API key on a cPanel server",
    severity: 'critical',
    rotate: { url: 'https://api.docs.cpanel.net/guides/guide-to-api-authentication/guide-to-api-authentication-access-hash-authentication', how: 'Delete the access hash (WHM → Remote Access Key → Generate New Key, or remove the file), move integrations to API tokens with limited ACLs, and keep the file out of backups.' },
    docs: 'https://api.docs.cpanel.net/guides/guide-to-api-authentication/guide-to-api-authentication-access-hash-authentication',
    path: /(?:^|\/)\.accesshash$/,
    judge: (text) => {
      const m = /^\s*((?:[A-Za-z0-9]{32}\r?\n){3,40}[A-Za-z0-9]{1,32})\s*$/d.exec(text);
      const span = m?.indices?.[1];
      return m !== null && span !== undefined && shannonEntropy((m[1] as string).replace(/\s/g, '')) >= 3.5 ? { start: span[0], end: span[1], confidence: 'high' } : undefined;
    },
  },
  // Develocity's (Gradle Enterprise's) access key store, ~/.gradle/develocity/keys.properties (or
  // enterprise/keys.properties): `<server host>=<key>` lines the plugin writes after provisioning
  // (from a blind grading of platform engineering: missed as a file of its own).
  {
    id: 'develocity-keys-properties-file',
    provider: 'Develocity',
    description: 'Develocity (Gradle Enterprise) access keys file (<server host>=<key> lines in develocity/keys.properties)',
    severity: 'high',
    rotate: { url: 'https://docs.gradle.com/develocity/gradle-plugin/current/#automated_access_key_provisioning', how: 'Revoke the keys in Develocity (My settings → Access keys), provision new ones and keep the Gradle user home out of repositories and images.' },
    docs: 'https://docs.gradle.com/develocity/gradle-plugin/current/#via_file',
    path: /(?:^|\/)(?:develocity|enterprise|gradle-enterprise)\/keys\.properties$/,
    judge: (text) => passwordLines(text, DEVELOCITY_KEY_LINE, (key) => shannonEntropy(key) >= 3.5),
  },
  // NXP's Code Signing Tool reads the passphrase of the HAB/AHAB signing keys from key_pass.txt:
  // the passphrase on a line, written twice (from a blind grading of embedded fleets: 22 of 22 missed).
  {
    id: 'nxp-cst-key-pass-file',
    provider: 'NXP',
    description: "NXP Code Signing Tool key_pass.txt: the passphrase of the secure-boot (HAB/AHAB) signing keys",
    severity: 'critical',
    rotate: { url: 'https://www.nxp.com/webapp/Download?colCode=IMX_CST_TOOL_NEW', how: 'Treat the signing keys as exposed: if their SRK fuses are not yet burned, generate new keys with a new passphrase; otherwise revoke the SRK where the part allows it, and keep key_pass.txt out of repositories.' },
    docs: 'https://www.nxp.com/docs/en/application-note/AN4581.pdf',
    path: /(?:^|\/)key_pass\.txt$/,
    judge: (text) => {
      const m = /^[ \t]*([^\r\n]{8,128}?)[ \t]*\r?\n[ \t]*\1[ \t]*(?:\r?\n)?$/d.exec(text) ?? /^[ \t]*([^\r\n]{8,128}?)[ \t]*(?:\r?\n)?$/d.exec(text);
      const span = m?.indices?.[1];
      return m !== null && span !== undefined && isPasswordValue(m[1] as string) ? { start: span[0], end: span[1], confidence: 'high' } : undefined;
    },
  },
  // Sparkle's EdDSA private key exported to a file (`generate_keys -x sparkle_private_key`): the
  // 32-byte seed in base64 on one line, which signs every update the app will accept (from a
  // blind grading of release tooling: missed as a file of its own).
  {
    id: 'sparkle-private-key-file',
    provider: 'Sparkle',
    description: "Sparkle EdDSA private key file (generate_keys -x): the key every update's signature is checked against",
    severity: 'critical',
    rotate: { url: 'https://sparkle-project.org/documentation/', how: 'Generate a new key pair, ship the new public key in an update signed with the old one, and keep the private key in the Keychain or a CI secret.' },
    docs: 'https://sparkle-project.org/documentation/#3-segue-for-security-concerns',
    path: /(?:^|\/)(?:sparkle[_-]?)(?:eddsa[_-]|ed25519[_-])?priv(?:ate)?[_-]?key(?:\.txt)?$/i,
    judge: oneLine((key) => /^[A-Za-z0-9+/]{43}=$/.test(key) && shannonEntropy(key) >= 4),
  },
  // Wazuh's client.keys (on the manager, one line per agent; on an agent, its own): `<id> <name>
  // <ip or any> <key>`, the key 64 hex digits that authenticates the agent to the manager. (From a
  // blind grading of security operations: 3 of 3 missed.)
  {
    id: 'wazuh-client-keys-file',
    provider: 'Wazuh',
    description: "Wazuh client.keys: each agent's authentication key (<id> <name> <ip> <64 hex>)",
    severity: 'critical',
    rotate: { url: 'https://documentation.wazuh.com/current/user-manual/agent/agent-enrollment/index.html', how: 'Remove and re-enroll the agents (manage_agents, or agent-auth with a new password), and keep client.keys out of backups and repositories.' },
    docs: 'https://documentation.wazuh.com/current/user-manual/reference/tools/manage-agents.html',
    path: /(?:^|\/)client\.keys(?:\.bak|\.old)?$/,
    maxLength: 4 * 1024 * 1024,
    judge: (text) => passwordLines(text, WAZUH_KEY_LINE, (key) => shannonEntropy(key) >= 3),
  },
  {
    id: 'erlang-cookie-file',
    provider: 'RabbitMQ',
    description: "Erlang distribution cookie file (.erlang.cookie): a RabbitMQ or Erlang cluster's node secret",
    severity: 'critical',
    rotate: { url: 'https://www.rabbitmq.com/docs/clustering#erlang-cookie', how: 'Write a new cookie on every node (and where CLI tools read it), restart the nodes, and keep the file out of images and repositories.' },
    docs: 'https://www.rabbitmq.com/docs/clustering#erlang-cookie',
    path: /(?:^|\/)\.erlang\.cookie$/,
    judge: oneLine((cookie) => /^[A-Za-z0-9+/=_.~!@#%^&*-]{16,255}$/.test(cookie) && new Set(cookie).size >= 9),
  },
  {
    id: 'backup-password-file',
    provider: 'Backup',
    description: 'Password file of a backup tool (restic\'s --password-file, .restic-pass; Zabbix agent PSK files): one line that opens the repository or the link',
    severity: 'critical',
    rotate: { url: 'https://restic.readthedocs.io/en/stable/070_encryption.html', how: 'Add a new key to the repository (restic key add, then key remove the old one), or a new PSK on both ends, and keep the file out of the repository.' },
    docs: 'https://restic.readthedocs.io/en/stable/030_preparing_a_new_repo.html',
    path: /(?:^|\/)(?:\.?restic[-_.]?pass(?:word)?(?:\.txt)?|restic\/password(?:\.txt)?|[^/]*\.psk)$/i,
    // A Zabbix PSK is 32 to 512 hex digits; a restic password is any password.
    judge: oneLine((value) => (/^[0-9a-fA-F]{32,512}$/.test(value) && shannonEntropy(value) >= 3) || isPasswordValue(value)),
  },
  {
    id: 'rsync-secrets-file',
    provider: 'rsync',
    description: "rsync daemon secrets file (rsyncd.secrets): user:password lines the daemon checks",
    severity: 'high',
    rotate: { url: 'https://download.samba.org/pub/rsync/rsyncd.conf.5', how: 'Change the passwords in the daemon\'s secrets file and on the clients (--password-file), and keep the file out of the repository (mode 600).' },
    docs: 'https://download.samba.org/pub/rsync/rsyncd.conf.5',
    path: /(?:^|\/)[^/]*rsync[^/]*\.secrets?$/i,
    judge: (text) => passwordLines(text, /^([A-Za-z0-9_.@-]{1,64}):(\S{6,128})\r?$/d),
  },
  {
    id: 'jmx-remote-password-file',
    provider: 'Java',
    description: 'JMX remote password file (jmxremote.password: a role and its password per line, read by the JVM for remote monitoring and control)',
    severity: 'high',
    rotate: { url: 'https://docs.oracle.com/en/java/javase/17/management/monitoring-and-management-using-jmx-technology.html', how: "Change the roles' passwords in jmxremote.password on the server (mode 600, owned by the JVM's user), and keep the file out of the repository." },
    docs: 'https://docs.oracle.com/en/java/javase/17/management/monitoring-and-management-using-jmx-technology.html',
    path: /(?:^|\/)jmxremote\.password$/,
    // `monitorRole  QED` (a comment starts with #); the JDK's template is all comments.
    judge: (text) => passwordLines(text, /^([A-Za-z][A-Za-z0-9_.-]{0,63})[ \t]+(\S{6,128})[ \t]*\r?$/d),
  },
  {
    id: 'postfix-sasl-passwd-file',
    provider: 'Postfix',
    description: "Postfix SASL password map (sasl_passwd, sasl_passwd_sender: a relay, domain or sender, then user:password, per line)",
    severity: 'high',
    rotate: { url: 'https://www.postfix.org/SASL_README.html#client_sasl_enable', how: 'Change the SMTP credentials at the relay (or revoke the provider key), write the new ones to the map on the host (mode 600, then postmap), and keep the file out of the repository.' },
    docs: 'https://www.postfix.org/SASL_README.html#client_sasl_sender',
    path: /(?:^|\/)sasl_passwd(?:[_-][A-Za-z0-9_-]*)?$/,
    // `[smtp.example.net]:587  user@example.net:password`, `@example.org  user:password`: the
    // password runs to the end of the line (a Gmail app password keeps its blanks).
    judge: (text) => passwordLines(text, relayLine('[^\\s#][^\\s]{0,255}[ \\t]+[^\\s:]{1,256}:'), isMailPassword),
  },
  {
    id: 'exim-passwd-client-file',
    provider: 'Exim',
    description: "Exim's client authentication file (Debian's /etc/exim4/passwd.client: relay host:user:password per line)",
    severity: 'high',
    rotate: { url: 'https://manpages.debian.org/stable/exim4-config/exim4-config_files.5.en.html', how: 'Change the SMTP credentials at the relay (or revoke the provider key), write the new ones to passwd.client on the host (mode 640, group Debian-exim), and keep the file out of the repository.' },
    docs: 'https://manpages.debian.org/stable/exim4-config/exim4-config_files.5.en.html',
    path: /(?:^|\/)passwd\.client$/,
    judge: (text) => passwordLines(text, relayLine('[^\\s#:][^\\s:]{0,255}:[^\\s:]{1,256}:'), isMailPassword),
  },
  {
    id: 'opensmtpd-secrets-file',
    provider: 'OpenSMTPD',
    description: "OpenSMTPD credentials table (/etc/mail/secrets, /etc/smtpd/secrets: a label, then user:password, for relaying with auth)",
    severity: 'high',
    rotate: { url: 'https://man.openbsd.org/table.5', how: 'Change the SMTP credentials at the relay, write the new ones to the table on the host (mode 640, owned by root:_smtpd), and keep the file out of the repository.' },
    docs: 'https://man.openbsd.org/table.5',
    path: /(?:^|\/)(?:smtpd|mail)\/secrets$/,
    judge: (text) => passwordLines(text, relayLine('[A-Za-z0-9_.-]{1,64}[ \\t]+[^\\s:]{1,256}:'), isMailPassword),
  },
  {
    id: 'dma-auth-file',
    provider: 'DragonFly Mail Agent',
    description: "dma's SMTP authentication file (/etc/dma/auth.conf: user|smarthost:password per line)",
    severity: 'high',
    rotate: { url: 'https://man.freebsd.org/cgi/man.cgi?query=dma&sektion=8', how: 'Change the SMTP credentials at the smarthost, write the new ones to auth.conf on the host (mode 640, group mail), and keep the file out of the repository.' },
    docs: 'https://man.freebsd.org/cgi/man.cgi?query=dma&sektion=8',
    path: /(?:^|\/)dma\/auth\.conf$/,
    judge: (text) => passwordLines(text, relayLine('[^\\s#|][^\\s|]{0,255}\\|[^\\s:]{1,256}:'), isMailPassword),
  },
  {
    id: 'haraka-auth-flat-file',
    provider: 'Haraka',
    description: "Haraka's flat-file SMTP AUTH users (config/auth_flat_file.ini: user=password under [users])",
    severity: 'high',
    rotate: { url: 'https://haraka.github.io/plugins/auth/flat_file/', how: "Change the users' passwords in auth_flat_file.ini on the server (or move to an auth plugin backed by a directory), tell the users, and keep the file out of the repository." },
    docs: 'https://haraka.github.io/plugins/auth/flat_file/',
    path: /(?:^|\/)auth_flat_file\.ini$/,
    judge: (text) => {
      // Only the [users] section: [core] holds the methods (`methods=PLAIN,LOGIN,CRAM-MD5`).
      const users = /^\[users\][ \t]*\r?$/m.exec(text);
      if (users === null) return undefined;
      const from = users.index + users[0].length;
      const next = text.slice(from).search(/^\[/m);
      const section = text.slice(from, next === -1 ? text.length : from + next);
      const found = passwordLines(section, /^[ \t]*([^\s=#;[][^=\r\n]{0,127}=[ \t]*)(\S{1,256})[ \t]*\r?$/d, isSlotSecret);
      return found?.map((f) => ({ ...f, start: from + f.start, end: from + f.end }));
    },
  },
  {
    id: 'wowza-password-file',
    provider: 'Wowza',
    description: "Wowza Streaming Engine's password files (conf/publish.password for RTMP publishers, conf/admin.password for the manager): a user and a password per line",
    severity: 'high',
    rotate: { url: 'https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing', how: "Change the users' passwords in the file on the server (or through Wowza Streaming Engine Manager), update the encoders, and keep the file out of the repository." },
    docs: 'https://www.wowza.com/docs/how-to-enable-username-password-authentication-for-rtmp-and-rtsp-publishing',
    path: /(?:^|\/)(?:publish|admin)\.password$/,
    judge: (text) => passwordLines(text, /^([A-Za-z0-9_.@-]{1,64})[ \t]+(\S{4,128})(?:[ \t]+\S{1,64})?[ \t]*\r?$/d),
  },
  {
    id: 'deluge-auth-file',
    provider: 'Deluge',
    description: "Deluge's auth file (user:password:level, one a line; localclient's random password lets any local process drive the daemon)",
    severity: 'high',
    rotate: { url: 'https://deluge-torrent.org/userguide/authentication/', how: "Change the users' passwords in the auth file (and restart deluged), and keep the config directory out of the repository." },
    docs: 'https://deluge-torrent.org/userguide/authentication/',
    path: /(?:^|\/)deluge\/auth$/,
    judge: (text) => passwordLines(text, /^([A-Za-z0-9_.@-]{1,64}):(\S{4,128}):\d{1,2}[ \t]*\r?$/d, (value) => isPasswordValue(value) || (/^[0-9a-f]{40}$/.test(value) && shannonEntropy(value) >= 3)),
  },
  {
    id: 'testingbot-credentials-file',
    provider: 'TestingBot',
    description: "TestingBot's credentials file (~/.testingbot: key:secret on one line, written by testingbot-tunnel and the clients)",
    severity: 'high',
    rotate: { url: 'https://testingbot.com/members/user/edit', how: 'Account → API credentials: regenerate the secret, then update ~/.testingbot and the CI variables.' },
    docs: 'https://testingbot.com/support/other/tunnel',
    path: /(?:^|\/)\.testingbot$/,
    judge: (text) => passwordLines(text, /^([A-Za-z0-9]{8,64}):([A-Za-z0-9]{8,64})[ \t]*\r?$/d, (value) => shannonEntropy(value) >= 3),
  },
  {
    id: 'oxidized-router-db',
    provider: 'Oxidized',
    description: "Oxidized's CSV source (router.db: name:model:username:password[:enable], the devices' logins and enable secrets)",
    severity: 'high',
    rotate: { url: 'https://github.com/ytti/oxidized/blob/master/docs/Sources.md', how: "Change the devices' passwords and enable secrets, and keep router.db out of the repository (or read the credentials from Oxidized's vars)." },
    docs: 'https://github.com/ytti/oxidized/blob/master/docs/Sources.md',
    // (Any name the source's `file:` gives: router.db, router-lab.db.)
    path: /(?:^|\/)router(?:[-_.][A-Za-z0-9]{1,16})?\.db$/,
    // The columns a `map:` names: name, model, username and password, then the enable secret.
    // (From a blind grading of network monitoring: 60 of 60 missed.)
    judge: (text) => passwordLines(text, OXIDIZED_ROW, isPasswordValue, [2, 3]),
  },
  {
    id: 'velocity-forwarding-secret-file',
    provider: 'Velocity',
    description: "Velocity proxy's forwarding secret file (forwarding.secret: the key that backend Minecraft servers trust for modern player forwarding)",
    severity: 'high',
    rotate: { url: 'https://docs.papermc.io/velocity/player-information-forwarding', how: 'Write a new random secret to forwarding.secret and to every backend server (paper-global.yml velocity.secret), and keep the file out of the repository.' },
    docs: 'https://docs.papermc.io/velocity/player-information-forwarding',
    path: /(?:^|\/)forwarding\.secret$/,
    // Velocity writes 12 random letters and digits; a person may choose any.
    judge: oneLine((secret) => /^\S{8,256}$/.test(secret) && (isPasswordValue(secret) || (/^[A-Za-z0-9]{12,64}$/.test(secret) && shannonEntropy(secret) >= 3))),
  },
  {
    id: 'itch-butler-credentials-file',
    provider: 'itch.io',
    description: "itch.io butler's credentials file (butler_creds: the account's API key, written by butler login)",
    severity: 'high',
    rotate: { url: 'https://itch.io/user/settings/api-keys', how: 'Revoke the key in the itch.io API keys settings, log butler in again, and keep butler_creds out of the repository (use BUTLER_API_KEY in CI).' },
    docs: 'https://itch.io/docs/butler/login.html',
    path: /(?:^|\/)butler_creds$/,
    judge: oneLine((key) => /^[A-Za-z0-9]{32,64}$/.test(key) && shannonEntropy(key) >= 3.5),
  },
  // Checkmk keeps an automation user's secret in var/check_mk/web/<user>/automation.secret: one
  // line, the secret the REST API and `cmk` remote calls send (`Authorization: Bearer <user>
  // <secret>`). (From a blind grading of network monitoring: 12 missed.)
  {
    id: 'checkmk-automation-secret-file',
    provider: 'Checkmk',
    description: "Checkmk automation user's secret file (var/check_mk/web/<user>/automation.secret)",
    severity: 'high',
    rotate: { url: 'https://docs.checkmk.com/latest/en/wato_user.html#automation', how: "Set a new automation secret for the user in Checkmk's user settings, update the scripts that use it, and keep the site's var/ directory out of repositories and backups others read." },
    docs: 'https://docs.checkmk.com/latest/en/rest_api.html',
    path: /(?:^|\/)automation(?:[-_.][A-Za-z0-9]{1,16})?\.secret$/,
    judge: oneLine((secret) => /^\S{8,128}$/.test(secret) && (isPasswordValue(secret) || (/^[A-Za-z0-9]{16,128}$/.test(secret) && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && shannonEntropy(secret) >= 3.5))),
  },
  // Varnish's CLI secret (varnishd -S /etc/varnish/secret): whoever reads it drives varnishadm. Its
  // text is whatever was written: a UUID, hex or base64. (From a blind grading of CDNs: 14 of 44
  // missed.)
  {
    id: 'varnish-secret-file',
    provider: 'Varnish',
    description: "Varnish CLI secret file (/etc/varnish/secret, varnishd -S): authenticates varnishadm",
    severity: 'high',
    rotate: { url: 'https://varnish-cache.org/docs/trunk/reference/varnishadm.html', how: 'Write a new random secret to the file, restart varnishd, and keep the file out of repositories and images.' },
    docs: 'https://varnish-cache.org/docs/trunk/reference/varnishd.html',
    path: /(?:^|\/)(?:varnish\/secret|varnish[_-]secret(?:\.txt)?)$/,
    judge: oneLine((secret) => /^\S{16,256}$/.test(secret) && (looksLikeSecretValue(secret, false) || (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret) && shannonEntropy(secret) >= 3))),
  },
  {
    id: 'ldap-secret-file',
    provider: 'LDAP',
    description: "LDAP root bind password file (/etc/ldap.secret, /etc/pam_ldap.secret, /etc/libnss-ldap.secret: pam_ldap's and libnss-ldap's rootbinddn password, the file's one line)",
    severity: 'high',
    rotate: { url: 'https://linux.die.net/man/5/pam_ldap', how: "Change the bind account's password in the directory, write the new one to the file on the hosts (mode 600), and keep the file out of the repository." },
    docs: 'https://linux.die.net/man/5/pam_ldap',
    path: /(?:^|\/)(?:ldap|pam_ldap|libnss-ldap)\.secret$/,
    punctuated: true,
    judge: oneLine(isPasswordValue),
  },
  {
    id: 'password-text-file',
    provider: 'Password file',
    description: "A file named for a password that holds one (password.txt, keystore_password.txt, .password): the one line a tool reads with --password-file",
    severity: 'high',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Change the password where it is used (re-encrypt the keystore or wallet it opens), and keep the file out of the repository.' },
    docs: 'https://geth.ethereum.org/docs/fundamentals/account-management',
    // (Or `<name>-pw.txt`: OpenVPN's management password file, mgmt-pw.txt; from a blind grading of VPNs.)
    path: /(?:^|\/)(?:\.password|[^/]*(?:password|passwd)[^/]*\.txt|(?:[^/]*[_.-])?pw\.txt)$/i,
    punctuated: true,
    judge: oneLine(isPasswordValue),
  },
  {
    id: 'chainlink-api-credentials-file',
    provider: 'Chainlink',
    description: "Chainlink node's .api file (the API user's e-mail on the first line, the password on the second), read with --api",
    severity: 'high',
    rotate: { url: 'https://docs.chain.link/chainlink-nodes/v1/running-a-chainlink-node', how: "Change the node's API password (chainlink admin chpass), and keep the .api file out of the repository." },
    docs: 'https://docs.chain.link/chainlink-nodes/v1/running-a-chainlink-node',
    path: /(?:^|\/)\.api$/,
    judge: (text) => {
      const m = /^[ \t]*[^\s@]{1,64}@[^\s@]{1,253}[ \t]*\r?\n[ \t]*(\S{6,256})[ \t]*(?:\r?\n)?$/d.exec(text);
      if (m === null || !isPasswordValue(m[1] as string)) return undefined;
      const [start, end] = m.indices?.[1] ?? [0, 0];
      return { start, end, confidence: 'high' };
    },
  },
  {
    id: 'mnemonic-file',
    provider: 'Crypto wallet',
    description: "A wallet's recovery phrase alone in a file (Truffle's .secret, .mnemonic, mnemonic.txt): 12 to 24 BIP-39 words with a valid checksum",
    severity: 'critical',
    rotate: { url: 'https://github.com/bitcoin/bips/blob/master/bip-0039.mediawiki', how: 'A recovery phrase cannot be rotated: create a new wallet, move the funds to it at once, and never use the leaked phrase again.' },
    docs: 'https://archive.trufflesuite.com/docs/truffle/how-to/deploy/',
    path: /(?:^|\/)(?:\.secret|\.mnemonic|mnemonic(?:\.txt)?|seed[-_]?phrase(?:\.txt)?)$/i,
    wordList: true,
    judge: oneLine(isWalletPhrase),
  },
  {
    id: 'sui-keystore-file',
    provider: 'Sui',
    description: "Sui CLI keystore (sui.keystore: a JSON list of private keys, each base64 of a scheme flag and 32 bytes: 44 characters, no padding)",
    severity: 'critical',
    rotate: { url: 'https://docs.sui.io/references/cli/keytool', how: 'Move the assets and objects of every address in the keystore to new keys (sui keytool generate), and keep sui_config out of the repository.' },
    docs: 'https://docs.sui.io/references/cli/keytool',
    path: /(?:^|\/)sui\.keystore$/,
    judge: (text) => {
      const found: FileSecret[] = [];
      const entry = /"(A[A-Za-z0-9+/]{43})"/g;
      for (let m = entry.exec(text); m !== null; m = entry.exec(text)) {
        // Flag 0 (ed25519), 1 (secp256k1) or 2 (secp256r1): base64 "A" then A-P, Q-f or g-v (the flag's
        // last two bits and the key's first four).
        if (!/^A[A-Za-v]/.test(m[1] as string)) continue;
        if (shannonEntropy(m[1] as string) < 4) continue;
        found.push({ start: m.index + 1, end: m.index + 1 + (m[1] as string).length, confidence: 'high' });
      }
      return found.length === 0 ? undefined : found;
    },
  },
  {
    id: 'solana-keypair-file',
    provider: 'Solana',
    description: "Solana key pair file (solana-keygen's id.json, a program's or deployer's keypair.json: the 64 bytes as a JSON list)",
    severity: 'critical',
    rotate: { url: 'https://docs.anza.xyz/cli/wallets/file-system', how: 'Move the funds and authorities to a new key pair (solana-keygen new) at once; a leaked key pair cannot be revoked.' },
    docs: 'https://docs.anza.xyz/cli/wallets/file-system',
    path: /(?:^|\/)(?:id|[^/]*(?:keypair|wallet|deployer|authority|payer|signer)[^/]*)\.json$/i,
    judge: (text) => {
      const m = /^\s*(\[\s*(?:\d{1,3}\s*,\s*){63}\d{1,3}\s*\])\s*$/.exec(text);
      if (m === null) return undefined;
      const bytes = (m[1] as string).slice(1, -1).split(',').map(Number);
      if (bytes.some((b) => b > 255) || new Set(bytes).size < 16) return undefined;
      const start = text.indexOf('[');
      return { start, end: start + (m[1] as string).length, confidence: 'high' };
    },
  },
  {
    id: 'chef-encrypted-data-bag-secret-file',
    provider: 'Chef',
    description: "Chef's encrypted data bag secret (encrypted_data_bag_secret: random bytes in base64, the key to every encrypted data bag item)",
    severity: 'critical',
    rotate: { url: 'https://docs.chef.io/data_bags/#encrypt-a-data-bag-item', how: 'Make a new secret (openssl rand -base64 512), re-encrypt the data bag items with it (knife data bag edit --secret-file), deliver it to the nodes out of band, and keep it out of the repository.' },
    docs: 'https://docs.chef.io/data_bags/#encrypt-a-data-bag-item',
    path: /(?:^|\/)encrypted_data_bag_secret$/,
    // `openssl rand -base64 512`: 684 characters, wrapped at 64 or on one line.
    judge: (text) => base64File(text, (key) => shannonEntropy(key) >= 4.5),
  },
  {
    id: 'zerotier-identity-secret',
    provider: 'ZeroTier',
    description: "ZeroTier node identity (identity.secret: address, public key and the node's private key)",
    severity: 'critical',
    rotate: { url: 'https://docs.zerotier.com/', how: 'Stop the node, delete identity.secret and identity.public so a new identity is made, and deauthorize the old node in its networks.' },
    docs: 'https://docs.zerotier.com/',
    path: /(?:^|\/)identity\.secret$/,
    judge: (text) => {
      const m = /^[0-9a-f]{10}:0:[0-9a-f]{128}:([0-9a-f]{128})\s*$/.exec(text);
      if (m === null) return undefined;
      const start = text.lastIndexOf(':') + 1;
      return { start, end: start + 128, confidence: 'high' };
    },
  },
  {
    id: 'zerotier-authtoken-file',
    provider: 'ZeroTier',
    description: "ZeroTier One's authtoken.secret (the local service's API token, 24 lowercase letters and digits): full control of the node's networks",
    severity: 'high',
    rotate: { url: 'https://docs.zerotier.com/api/service/ref-v1/', how: 'Stop zerotier-one, delete authtoken.secret so a new token is made at start, and keep the file out of the repository.' },
    docs: 'https://docs.zerotier.com/api/service/ref-v1/',
    path: /(?:^|\/)authtoken\.secret$/,
    // (From a blind grading of VPNs: the file's one line.)
    judge: oneLine((value) => /^[a-z0-9]{24}$/.test(value) && /[0-9]/.test(value) && shannonEntropy(value) >= 3.5),
  },
  {
    id: 'openvpn-auth-user-pass-file',
    provider: 'OpenVPN',
    description: "OpenVPN auth-user-pass file (a user name on the first line, the password on the second)",
    severity: 'high',
    rotate: { url: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/', how: 'Change the account\'s password at the VPN server, and keep the file out of the repository (the client reads it from a protected path).' },
    docs: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/',
    // (A provider's name may come first: ipvanish-auth.txt, pia-auth.txt; from a blind grading of VPNs.)
    path: /(?:^|\/)(?:openvpn\/(?:[^/]+\/)*(?:[^/.]*[_-])?(?:auth|credentials|creds|login|pass(?:word)?)[^/]*|[^/]*auth-user-pass[^/]*)(?:\.txt|\.conf)?$/i,
    judge: (text) => {
      const m = /^[ \t]*([^\s]{1,128})[ \t]*\r?\n[ \t]*([^\s]{6,256})[ \t]*(?:\r?\n)?$/.exec(text);
      if (m === null || !isPasswordValue(m[2] as string)) return undefined;
      const start = text.indexOf(m[2] as string, (m[1] as string).length);
      return { start, end: start + (m[2] as string).length, confidence: 'high' };
    },
  },
  {
    id: 'irods-password-file',
    provider: 'iRODS',
    description: "iRODS client password file (~/.irods/.irodsA, written by iinit): the user's password, scrambled reversibly",
    severity: 'high',
    rotate: { url: 'https://docs.irods.org/master/icommands/user/#iinit', how: 'Change the iRODS password (ipasswd), run iinit again on the machines that need it, and keep ~/.irods out of the repository.' },
    docs: 'https://docs.irods.org/master/icommands/user/#iinit',
    path: /(?:^|\/)\.irodsA$/,
    punctuated: true,
    judge: (text) => {
      const line = onlyLine(text);
      if (line === undefined || line[1] - line[0] < 6 || line[1] - line[0] > 256) return undefined;
      // Printable ASCII without blanks: the scrambled password.
      for (let i = line[0]; i < line[1]; i++) if (text.charCodeAt(i) <= 32 || text.charCodeAt(i) > 126) return undefined;
      return { start: line[0], end: line[1], confidence: 'high' };
    },
  },
  {
    id: 'recovery-codes-file',
    provider: 'Two-factor authentication',
    description: "Saved two-factor recovery codes (github-recovery-codes.txt and other recovery or backup code lists): each one signs in without the second factor",
    severity: 'high',
    rotate: { url: 'https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods', how: 'Generate new recovery codes in the account\'s security settings (the old ones stop working), and keep them in a password manager, not a repository.' },
    docs: 'https://docs.github.com/en/authentication/securing-your-account-with-two-factor-authentication-2fa/configuring-two-factor-authentication-recovery-methods',
    path: /(?:^|\/)[^/]*(?:recovery|backup)[-_ ]?codes?[^/]*\.txt$/i,
    judge: (text) => {
      let first = -1;
      let last = -1;
      let codes = 0;
      const distinct = new Set<string>();
      let at = 0;
      for (const line of text.split('\n')) {
        const m = RECOVERY_CODE.exec(line);
        if (m !== null) {
          const code = line.trim().replace(/^\d{1,2}[.)][ \t]*/, '');
          const start = at + line.indexOf(code);
          if (first === -1) first = start;
          last = start + code.length;
          codes++;
          distinct.add(code);
        }
        at += line.length + 1;
      }
      return codes >= 4 && distinct.size === codes ? { start: first, end: last, confidence: 'high' } : undefined;
    },
  },
  {
    id: 'realm-properties-password',
    provider: 'Jetty realm',
    description: "A password or API token of a Jetty-style realm or token file, `user: secret[, role…]` a line (Jetty's realm.properties, ActiveMQ's jetty-realm.properties, Rundeck's realm.properties and tokens.properties)",
    severity: 'high',
    rotate: { url: 'https://docs.rundeck.com/docs/administration/security/authentication.html', how: "Change the user's password or revoke the token, keep hashed forms (MD5:, CRYPT:) or an identity provider instead, and keep the file out of the repository." },
    docs: 'https://jetty.org/docs/jetty/12/operations-guide/security/index.html',
    // (From blind gradings of message brokers and workflow schedulers: 26 of 26 missed. `OBF:`,
    // `MD5:` and `CRYPT:` values are hashed or obfuscated forms, left to the other rules.)
    path: /(?:^|\/)(?:[^/]*realm|tokens)\.properties$/i,
    punctuated: true,
    judge: (text) => passwordLines(text, /^[ \t]*([A-Za-z0-9][A-Za-z0-9_.@-]{0,63}[ \t]*:[ \t]*)(?!(?:OBF|MD5|CRYPT|SHA|BCRYPT):)([^\s,#]{6,128})[ \t]*(?:,[^\r\n]{0,512})?\r?$/di),
  },
  {
    id: 'broker-users-properties-password',
    provider: 'ActiveMQ',
    description: "A user's password in ActiveMQ's users.properties or Artemis' artemis-users.properties (`user=password` a line), read by the broker's PropertiesLoginModule",
    severity: 'high',
    rotate: { url: 'https://activemq.apache.org/components/artemis/documentation/latest/security.html', how: "Change the user's password (artemis user reset), store it hashed (ENC(…)) or in an LDAP directory, and keep the file out of the repository." },
    docs: 'https://activemq.apache.org/components/artemis/documentation/latest/security.html',
    // (From a blind grading of message brokers: 18 of 18 missed. `ENC(…)` is Artemis' hashed form.)
    path: /(?:^|\/)(?:artemis-)?users\.properties$/i,
    punctuated: true,
    judge: (text) => passwordLines(text, /^[ \t]*([A-Za-z0-9][A-Za-z0-9_.@-]{0,63}[ \t]*=[ \t]*)(?!ENC\()([^\s#]{6,128})[ \t]*\r?$/d),
  },
  {
    id: 'powerdns-api-key-setting',
    provider: 'PowerDNS',
    description: "PowerDNS's API key or web server password in pdns.conf or recursor.conf (api-key=, webserver-password=): an admin's chosen string, sent as X-API-Key",
    severity: 'high',
    rotate: { url: 'https://doc.powerdns.com/authoritative/http-api/index.html', how: "Set a new api-key (a hashed one, from pdnsutil hash-password), restart the server and update the clients' X-API-Key; keep the file out of the repository." },
    docs: 'https://doc.powerdns.com/authoritative/settings.html#api-key',
    // (From a blind grading of DNS-challenge configs: passphrases chosen by an admin, `Harbor2024-cg`,
    // were missed under a name the generic rules hold to random keys. A `$scrypt$` value is hashed.)
    path: /(?:^|\/)(?:pdns|recursor)(?:\.d\/[^/]+)?\.conf$/,
    punctuated: true,
    judge: (text) => passwordLines(text, /^[ \t]*((?:api-key|webserver-password)[ \t]*=[ \t]*)(?!\$scrypt\$)(\S{6,256})[ \t]*\r?$/d),
  },
  {
    id: 'secret-named-file',
    provider: 'Secret file',
    description: "A file in a secrets folder named for the secret it holds (/run/secrets/db_password, secrets/authelia/JWT_SECRET): Docker and Compose secrets, and what the *_FILE settings read",
    severity: 'high',
    rotate: { url: 'https://docs.docker.com/engine/swarm/secrets/', how: 'Rotate the secret where it is issued, write the new value to the secret store (docker secret create, a mounted file outside the repository), and keep secret files out of the repository.' },
    docs: 'https://docs.docker.com/compose/how-tos/use-secrets/',
    // A folder named secrets (Docker's /run/secrets, a Compose project's ./secrets, up to two levels
    // under it) and a file name without an extension that names a password, key, token or cookie,
    // not an id, a user or a public key (written by a provisioning script's heredoc or printf too;
    // from a blind grading of single sign-on configs: Authelia's JWT_SECRET and LDAP_PASSWORD, 20 missed).
    path: /(?:^|\/)\.?secrets\/(?:[^/]+\/){0,2}(?![^/]*(?:public|[_-]id$|user))[A-Za-z0-9_-]*(?:secret|passw(?:or)?d|pass|token|key|cookie|credential)[A-Za-z0-9_-]*$/i,
    punctuated: true,
    judge: oneLine((value) => looksLikeSecretValue(value, true) || isPasswordValue(value)),
  },
  {
    id: 'api-key-file',
    provider: 'Key file',
    description: "A file that holds one API key or token and is named for it (secrets/deepgram.key, keys/assemblyai.txt, openai_api_key.txt, .token): the one line a tool or script reads",
    severity: 'high',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Revoke the key at its issuer, create a new one, and keep key files out of the repository (a secret store or the environment instead)." },
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    // In a folder for secrets or keys with a key's or token's extension, or named for an API key or
    // token (a PEM private key is many lines: the key rules read it).
    // (Or named for the key with no extension, as vast.ai's CLI keeps `~/.config/vastai/vast_api_key`.)
    // (Or a dot file named for a service's token, `~/.zenodo_token`, `.figshare_token`; from a blind
    // grading of research computing.)
    path: /(?:^|\/)(?:(?:\.?secrets?|keys|credentials|creds)\/[^/]+\.(?:key|txt|token|secret)|[^/]*(?:api[_-]?key|access[_-]?token|auth[_-]?token|secret[_-]?key)(?:[^/]*\.(?:txt|key))?|\.token|\.[a-z0-9]{2,32}[_-]token)$/i,
    judge: oneLine((value) => /^[A-Za-z0-9_.:+/=-]{20,256}$/.test(value) && ((/^[0-9a-f]+$/i.test(value) && value.length >= 32 && shannonEntropy(value) >= 3.3) || looksLikeSecretValue(value, true))),
  },
  {
    id: 'openshift-kubeadmin-password-file',
    provider: 'OpenShift',
    description: "OpenShift installer's auth/kubeadmin-password (the cluster's temporary cluster-admin password: four groups of five letters and digits)",
    severity: 'critical',
    rotate: { url: 'https://docs.openshift.com/container-platform/latest/authentication/remove-kubeadmin.html', how: 'Configure an identity provider, give a user cluster-admin, then remove the kubeadmin secret (oc delete secrets kubeadmin -n kube-system); keep the installer directory out of the repository.' },
    docs: 'https://docs.openshift.com/container-platform/latest/authentication/remove-kubeadmin.html',
    path: /(?:^|\/)auth\/kubeadmin-password$/,
    judge: oneLine((value) => /^[A-Za-z0-9]{5}(?:-[A-Za-z0-9]{5}){3}$/.test(value) && shannonEntropy(value) >= 3),
  },
  {
    id: 'davfs2-secrets-file',
    provider: 'davfs2',
    description: "davfs2's secrets file (/etc/davfs2/secrets, ~/.davfs2/secrets: a WebDAV URL or mount point, the user and the password, one a line)",
    severity: 'high',
    rotate: { url: 'https://manpages.debian.org/davfs2/davfs2.conf.5.en.html', how: "Change the WebDAV account's password (or revoke the app password, as Nextcloud's), and keep the secrets file out of the repository." },
    docs: 'https://manpages.debian.org/davfs2/mount.davfs.8.en.html',
    path: /(?:^|\/)(?:etc\/davfs2|\.davfs2)\/secrets$/,
    judge: (text) => passwordLines(text, /^[ \t]*([^\s#]\S{0,511})[ \t]+\S{1,128}[ \t]+"?([^\s"]{4,256})"?[ \t]*\r?$/d, (value) => isSlotPassword(value) || isPasswordValue(value)),
  },
  {
    id: 's3fs-passwd-file',
    provider: 's3fs',
    description: "s3fs-fuse's password file (passwd-s3fs, .passwd-s3fs: ACCESS_KEY:SECRET_KEY, or bucket:ACCESS_KEY:SECRET_KEY)",
    severity: 'critical',
    rotate: { url: 'https://github.com/s3fs-fuse/s3fs-fuse/wiki/Fuse-Over-Amazon', how: "Deactivate the access key at the storage provider, create a new one and write it to the password file on the host only (mode 600)." },
    docs: 'https://github.com/s3fs-fuse/s3fs-fuse#examples',
    path: /(?:^|\/)\.?passwd-s3fs$/,
    judge: (text) => passwordLines(text, /^[ \t]*((?:[^\s:#]{3,63}:)?[A-Za-z0-9]{16,128}):([A-Za-z0-9+/=]{16,128})[ \t]*\r?$/d, (value) => shannonEntropy(value) >= 3.5),
  },
  {
    id: 'credential-export-csv',
    provider: 'Password managers',
    description: "Passwords and TOTP seeds in a password manager's or connection manager's CSV export (Chrome, Firefox, Bitwarden, LastPass, 1Password, KeePass, NordPass, Dashlane, RoboForm, Royal TS, mRemoteNG, Termius): a password column beside a site, host or user column",
    severity: 'critical',
    rotate: { url: 'https://bitwarden.com/help/export-your-data/', how: "Change every password in the export at its site (and re-enrol its two-factor seed), delete the file, and use the manager's encrypted export for backups." },
    docs: 'https://support.google.com/chrome/answer/95606',
    maxLength: 1 << 20,
    path: /\.(?:csv|tsv)$/i,
    judge: credentialExport,
  },
  {
    id: 'hostapd-wpa-psk-file',
    provider: 'Wi-Fi',
    description: "hostapd's per-station passphrase file (wpa_psk_file: a MAC address, then a passphrase or a 64-hex PSK, per line)",
    severity: 'medium',
    rotate: { url: 'https://w1.fi/cgit/hostap/plain/hostapd/hostapd.wpa_psk', how: 'Change the passphrases in the file on the access point, rejoin the stations, and keep the file out of the repository.' },
    docs: 'https://w1.fi/cgit/hostap/plain/hostapd/hostapd.wpa_psk',
    path: /(?:^|\/)[^/]*\.wpa_psk$/,
    judge: (text) => passwordLines(text, /^[ \t]*((?:(?:keyid|vlanid|wps)=\S{1,64}[ \t]+){0,3}[0-9a-fA-F]{2}(?::[0-9a-fA-F]{2}){5}[ \t]+)(\S.{6,61}\S)[ \t]*\r?$/d, (value) => isKeptPassword(value, 8) || /^[0-9a-f]{64}$/i.test(value)),
  },
  {
    id: 'proxy-list-credentials',
    provider: 'Proxy providers',
    description: "Passwords in a proxy list file (proxies.txt, proxy_list.csv: host:port:user:password, user:password@host:port, or host, port, user and password in columns), as residential and datacenter proxy providers export them",
    severity: 'high',
    rotate: { url: 'https://owasp.org/www-project-web-security-testing-guide/', how: "Reset the proxy user's password in the provider's dashboard (or create a new sub-user), and load the list from outside the repository." },
    docs: 'https://docs.brightdata.com/proxy-networks/config-options',
    // A list of hundreds of proxies is read whole: one pass, each line tried against four anchored patterns.
    maxLength: 1 << 20,
    path: /(?:^|\/)[^/.]*prox(?:y|ies)[^/.]*(?:\.(?:txt|csv|tsv|list|lst|dat))?$/i,
    judge: (text) => {
      const found: FileSecret[] = [];
      let at = 0;
      for (const row of text.split('\n')) {
        const line = row.endsWith('\r') ? row.slice(0, -1) : row;
        const lead = line.length - line.trimStart().length;
        const entry = line.trim();
        if (entry.length > 0 && entry.length <= 1024 && !entry.startsWith('#')) {
          for (const pattern of PROXY_LINES) {
            const m = pattern.exec(entry);
            const pw = m?.groups?.['pw'];
            const span = m?.indices?.groups?.['pw'];
            if (pw === undefined || span === undefined) continue;
            if (!isDefaultWithDigits(pw) && isSlotSecret(pw)) found.push({ start: at + lead + span[0], end: at + lead + span[1], confidence: 'high' });
            break;
          }
        }
        at += row.length + 1;
      }
      return found.length === 0 ? undefined : found;
    },
  },
  {
    id: 'pgbouncer-userlist-file',
    provider: 'PgBouncer',
    description: 'PgBouncer auth_file (userlist.txt): "user" "password" lines, in clear (an md5… or SCRAM-SHA-256$… verifier is a hash)',
    severity: 'high',
    rotate: { url: 'https://www.pgbouncer.org/config.html#authentication-file-format', how: "Change the users' passwords in PostgreSQL, write their SCRAM verifiers (or use auth_query) instead of clear text, and keep the file out of the repository." },
    docs: 'https://www.pgbouncer.org/config.html#authentication-file-format',
    path: /(?:^|\/)userlist\.txt$/,
    judge: (text) => passwordLines(text, /^[ \t]*"([^"\r\n]{1,128})"[ \t]+"([^"\r\n]{1,256})"[ \t]*\r?$/d, isUsablePassword),
  },
  {
    id: 'ezproxy-user-file',
    provider: 'EZproxy',
    description: "EZproxy's user file (user.txt, ezproxy.usr): user:password[:Admin] lines of local accounts and the shared secret of a ::Ticket block (MD5, SHA1, SHA256 or SHA512 and the secret)",
    severity: 'high',
    rotate: { url: 'https://help.oclc.org/Library_Management/EZproxy/Authenticate_users/EZproxy_authentication_methods/Text_file_authentication', how: "Change the local accounts' passwords (or move them to LDAP or SSO) and the ticket secret on both sides, and keep user.txt out of the repository." },
    docs: 'https://help.oclc.org/Library_Management/EZproxy/Authenticate_users/EZproxy_authentication_methods/Text_file_authentication',
    path: /(?:^|\/)(?:user\.txt|ezproxy\.usr)$/i,
    maxLength: 1 << 20,
    judge: ezproxyUserFile,
  },
  {
    id: 'synapse-signing-key-file',
    provider: 'Matrix',
    description: "Synapse's signing key file (<server>.signing.key: ed25519, the key id and the unpadded base64 seed), with which the homeserver signs its events and federation requests",
    severity: 'critical',
    rotate: { url: 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path', how: 'Generate a new key (generate_signing_key), move the old one to old_signing_keys with an expiry, restart, and keep the key file out of the repository.' },
    docs: 'https://element-hq.github.io/synapse/latest/usage/configuration/config_documentation.html#signing_key_path',
    path: /(?:^|\/)[^/]*\.signing\.key$/,
    maxLength: 4096,
    judge: (text) => passwordLines(text, /^[ \t]*(ed25519[ \t]+[A-Za-z0-9_]{1,32}[ \t]+)([A-Za-z0-9+/]{43})[ \t]*\r?$/d, (seed) => looksLikeSecretValue(seed, true)),
  },
  {
    id: 'mastodon-py-credential-file',
    provider: 'Mastodon',
    description: "Mastodon.py's credential files (to_file of create_app and log_in): the app's client secret on the second line of *clientcred.secret, the user's access token on the first of *usercred.secret",
    severity: 'high',
    rotate: { url: 'https://docs.joinmastodon.org/client/token/', how: 'Revoke the access token (Preferences → Account → Authorized apps) or delete the application (Preferences → Development), create new credentials, and keep the .secret files out of the repository.' },
    docs: 'https://mastodonpy.readthedocs.io/en/stable/',
    path: /(?:^|\/)[^/]*(?:client|user)cred[^/]*\.secret$/,
    maxLength: 4096,
    judge: mastodonCredentialFile,
  },
  {
    id: 'deezer-arl-file',
    provider: 'Deezer',
    description: "deemix's .arl file: the Deezer arl session cookie (192 hex digits) on its own",
    severity: 'high',
    rotate: { url: 'https://www.deezer.com/account', how: 'Log out of Deezer everywhere (change the password), which ends the session the cookie belongs to; keep the config folder out of the repository.' },
    docs: 'https://gitlab.com/RemixDev/deemix-py',
    path: /(?:^|\/)\.arl$/,
    maxLength: 1024,
    judge: oneLine((value) => /^[0-9a-f]{192}$/.test(value) && looksLikeSecretValue(value, true)),
  },
  {
    id: 'xroad-autologin-file',
    provider: 'X-Road',
    description: "X-Road security server's autologin file (/etc/xroad/autologin): the software token PIN that unlocks the server's signing keys",
    severity: 'critical',
    rotate: { url: 'https://docs.x-road.global/Manuals/ug-ss_x-road_6_security_server_user_guide.html', how: "Change the software token PIN in the security server's UI (Keys and certificates → Change PIN), and keep the autologin file on the server only." },
    docs: 'https://github.com/nordic-institute/X-Road/blob/develop/doc/Manuals/ug-ss_x-road_6_security_server_user_guide.md',
    path: /(?:^|\/)xroad\/autologin$/,
    maxLength: 1024,
    judge: oneLine((pin) => isPasswordValue(pin) || /^[0-9]{6,}$/.test(pin)),
  },
  {
    id: 'mongodb-keyfile',
    provider: 'MongoDB',
    description: "MongoDB keyfile (security.keyFile): the shared secret replica set and sharded cluster members authenticate each other with, 6 to 1,024 base64 characters",
    severity: 'critical',
    rotate: { url: 'https://www.mongodb.com/docs/manual/tutorial/rotate-key-replica-set/', how: 'Rotate the keyfile on every member (both keys listed during the rotation), then remove the old one, and keep the file out of images and repositories.' },
    docs: 'https://www.mongodb.com/docs/manual/core/security-internal-authentication/#keyfiles',
    // A key file named for MongoDB anywhere, or a keyfile or *.key file in a mongo or replica set directory.
    path: /(?:^|\/)(?:mongo(?:db)?[-_.]?key(?:file)?|(?:mongo(?:db)?|replica[-_]?set)[^/]{0,32}\/(?:[^/]{1,64}\/){0,3}(?:keyfile|[^/.]{1,32}\.key))$/i,
    maxLength: 4096,
    judge: (text) => base64File(text, (key) => key.length <= 1024 && looksLikeSecretValue(key, true)),
  },
  {
    id: 'kraken-key-file',
    provider: 'Kraken',
    description: "krakenex's key file (kraken.key): the API key on the first line and its private key on the second",
    severity: 'critical',
    rotate: { url: 'https://support.kraken.com/articles/360000919966-how-to-create-an-api-key', how: 'Settings → API: delete the key pair, create a new one with the least permissions, and keep the key file out of the repository.' },
    docs: 'https://github.com/veox/python3-krakenex',
    path: /(?:^|\/)[^/]*kraken[^/]*\.key$/i,
    maxLength: 1024,
    judge: krakenKeyFile,
  },
  {
    id: 'emqx-api-key-bootstrap-file',
    provider: 'EMQX',
    description: "EMQX's API key bootstrap file (api_key.bootstrap_file): key:secret[:role] lines loaded as REST API credentials",
    severity: 'high',
    rotate: { url: 'https://docs.emqx.com/en/emqx/latest/admin/api.html', how: 'Delete the keys in the dashboard (System → API Keys), write new ones to the bootstrap file outside the repository, and restart the nodes.' },
    docs: 'https://docs.emqx.com/en/emqx/latest/admin/api.html',
    path: /(?:^|\/)(?:[^/]*api[_-]?keys?[^/]*\.(?:bootstrap|conf)|[^/]*\.bootstrap)$/i,
    maxLength: 1 << 20,
    judge: (text) => passwordLines(text, /^[ \t]*([A-Za-z0-9_-]{1,64}):([A-Za-z0-9_-]{20,128})(?::(?:administrator|viewer|publisher))?[ \t]*\r?$/d, (secret) => looksLikeSecretValue(secret, true)),
  },
] satisfies FileRule[]);
