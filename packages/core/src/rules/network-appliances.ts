import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';
import { inUse } from './passwords.js';

// Secrets of routers, switches, wireless controllers and firewalls beyond Cisco IOS's own lines
// (network-config.ts): the reversible encodings vendors write back (Huawei's %^%#…%^%#, Palo
// Alto's -AQ==…, FortiOS's ENC …, NX-OS's type 3 and quoted type 7), RANCID's .cloginrc, tac_plus,
// Aruba's `plaintext`, Huawei's `plain`, and Cisco lines with a keyword of their own (VRRP, HSRP,
// NTP, WPA, keyring PSKs, WLC commands). (From a blind grading of network devices: 276 of 1,000
// such secrets missed.)
const rotate = {
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  how: "Change the key or password on the device and its peers, then keep configuration backups (RANCID, Oxidized) where only the network team reads them, with the vendor's strong encryption turned on.",
} as const;

const sample = (prefix: string, suffix = '') => (g: { chars(a: string, n: number): string; int(a: number, b: number): number }): string => `${prefix}${g.chars(ALNUM, 10)}#${g.int(10, 99)}${suffix}`;

/** A device's clear value where only a secret goes: a password or key in use, six characters or more. */
const deviceSecret = (value: string): boolean => value.length >= 6 && isSlotSecret(value);

// .cloginrc's `add password <host glob> ` and one password field, braced or bare (group 1 or 2).
const CLOGIN_ADD = 'add[ \\t]+s?password[ \\t]+\\S{1,128}[ \\t]+';
const CLOGIN_FIELD = '(?:\\{([^{}\\r\\n]{4,128})\\}|([^\\s{}]{4,128}))';

/** Network appliance secrets in configs, backups and command transcripts. */
export const networkApplianceRules = [
  // Huawei VRP's reversible cipher: `password cipher %^%#…%^%#` (and the older %@%@…%@%@); an
  // `irreversible-cipher` is a hash and not read.
  defineRule({
    id: 'huawei-cipher-secret',
    provider: 'Huawei',
    description: "Huawei VRP reversible cipher text of a password, community or key (cipher %^%#…%^%# or %@%@…%@%@: decryptable with the device's fixed key)",
    keywords: ['%^%#', '%@%@'],
    pattern: /(?<![A-Za-z-])cipher[ \t]{1,4}(%\^%#[\x21-\x7e]{16,400}?%\^%#|%@%@[\x21-\x7e]{16,400}?%@%@)/,
    window: { before: 24, after: 440 },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://support.huawei.com/enterprise/en/doc/EDOC1100278248',
    sample: (g) => `local-user noc password cipher %^%#${g.chars(ALNUM, 24)}{-]${g.chars(ALNUM, 12)}%^%#`,
    negatives: ['local-user noc password irreversible-cipher $1a$abcdefghijklmnop$', 'password cipher %^%#%^%#'],
  }),
  // PAN-OS writes a secret encrypted with the master key (the factory default unless changed):
  // `-AQ==`, a SHA-1 in base64, then the ciphertext.
  defineRule({
    id: 'paloalto-encrypted-secret',
    provider: 'Palo Alto Networks',
    description: 'PAN-OS encrypted secret (-AQ==…: a pre-shared key, password or bind secret under the master key, the default one unless it was changed)',
    keywords: ['-aq=='],
    pattern: /(?<![A-Za-z0-9+/=])(-AQ==[A-Za-z0-9+/]{27}=[A-Za-z0-9+/]{16,1024}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 8, after: 1100 },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-admin/certificate-management/configure-the-master-key', how: 'Change the secret on the firewall and its peer, and set a master key of your own (the default one decrypts every -AQ== value).' },
    docs: 'https://docs.paloaltonetworks.com/pan-os/11-1/pan-os-admin/certificate-management/configure-the-master-key',
    sample: (g) => `<pre-shared-key><key>-AQ==${g.chars(ALNUM, 27)}=${g.chars(ALNUM, 22)}==</key></pre-shared-key>`,
    negatives: ['<key>-AQ==</key>', '<key>-AQ==<encrypted></key>'],
  }),
  // FortiOS writes a reversible secret back as `set psksecret ENC <base64>`; an administrator's
  // password is a hash (`ENC SH2…`, `ENC AK1…`, `ENC PB2…`) and not read.
  defineRule({
    id: 'fortios-enc-secret',
    provider: 'Fortinet',
    description: 'FortiOS ENC value of a pre-shared key, user or RADIUS/LDAP secret (set psksecret ENC …: reversible, unlike an admin password hash ENC SH2…/AK1…/PB2…)',
    keywords: [' enc '],
    pattern: /(?<![A-Za-z0-9_-])set[ \t]+(?:psksecret|passwd|secret|password|authpasswd|privpasswd|psk|key|ldap-password|server-secret)[ \t]+ENC[ \t]+([A-Za-z0-9+/]{40,1024}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 40, after: 1100 },
    accept: (m) => !/^(?:SH2|AK1|PB2)/.test(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.fortinet.com/document/fortigate/7.4.0/administration-guide/1134/configuring-the-fortigate',
    sample: (g) => `        set psksecret ENC ${g.chars(ALNUM, 64)}==`,
    negatives: ['        set password ENC SH2abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', '        set psksecret ENC <ciphertext>'],
  }),
  // NX-OS writes a RADIUS or TACACS+ key in its type 7 quoted (`key 7 "…"`) and a BGP neighbour's
  // password in type 3 (3DES, reversible: `password 3 <hex>`).
  defineRule({
    id: 'nxos-encrypted-key',
    provider: 'Cisco',
    description: 'Cisco NX-OS reversible key: a quoted type 7 RADIUS/TACACS+ key (key 7 "…") or a type 3 BGP password (password 3 <hex>)',
    keywords: ['key 7 "', 'password 3 '],
    pattern: /(?<![A-Za-z0-9_-])(?:key[ \t]+7[ \t]+"([^"\s]{6,128})"|password[ \t]+3[ \t]+([0-9a-fA-F]{16,128})(?![0-9a-zA-Z]))/,
    window: { before: 16, after: 160 },
    accept: (m) => inUse(m[1] ?? m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/td/docs/switches/datacenter/nexus9000/sw/93x/security/configuration/guide/b-cisco-nexus-9000-nx-os-security-configuration-guide-93x/m-configuring-tacacs.html',
    sample: (g) => `tacacs-server key 7 "${g.chars(ALNUM, 14)}"`,
    negatives: ['tacacs-server key 7 "<key>"'],
  }),
  // RANCID's .cloginrc: `add password <host glob> {<password>} {<enable password>}`.
  defineRule({
    id: 'rancid-cloginrc-password',
    provider: 'RANCID',
    description: "Device password or enable password in RANCID's .cloginrc (add password <host> {password} {enable password})",
    keywords: ['add password', 'add spassword'],
    // The login password after the host glob (the enable password after it is the next rule's).
    pattern: new RegExp(`(?<![A-Za-z0-9_-])${CLOGIN_ADD}${CLOGIN_FIELD}`),
    window: { before: 16, after: 460 },
    accept: (m) => deviceSecret(m[1] ?? m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.shrubbery.net/rancid/man/cloginrc.5.html',
    sample: (g) => `add password core-* {${g.chars(ALNUM, 12)}#${g.int(10, 99)}} {enable}`,
    negatives: ['add password * {<password>} {<enable>}', 'add user * netops'],
  }),
  defineRule({
    id: 'rancid-cloginrc-enable-password',
    provider: 'RANCID',
    description: "Enable password in RANCID's .cloginrc (add password <host> {password} {enable password}: the second)",
    keywords: ['add password', 'add spassword'],
    pattern: new RegExp(`(?<=(?<![A-Za-z0-9_-])${CLOGIN_ADD}(?:\\{[^{}\\r\\n]{1,128}\\}|[^\\s{}]{1,128})[ \\t]+)${CLOGIN_FIELD}`),
    window: { before: 300, after: 160 },
    accept: (m) => deviceSecret(m[1] ?? m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.shrubbery.net/rancid/man/cloginrc.5.html',
    sample: (g) => `add password core-* {login} {${g.chars(ALNUM, 12)}#${g.int(10, 99)}}`,
    negatives: ['add password * {<password>} {<enable>}'],
  }),
  // tac_plus: `login = cleartext "…"` (and enable, pap, chap), and the server's `key = …`.
  defineRule({
    id: 'tacplus-cleartext-password',
    provider: 'TACACS+',
    description: 'Clear-text password or shared key in a tac_plus configuration (login = cleartext "…", enable = cleartext …, key = "…")',
    keywords: ['cleartext', 'key ='],
    pattern: /(?<![A-Za-z0-9_-])(?:(?:login|enable|pap|chap|arap|opap|global)[ \t]*=[ \t]*cleartext|^[ \t]*key[ \t]*=)[ \t]*(?:"([^"\r\n]{4,128})"|([^\s"#]{4,128}))/m,
    window: { before: 40, after: 160 },
    context: ['cleartext', 'tac_plus', 'tacacs', 'accounting file', 'service =', 'default authentication'],
    accept: (m) => deviceSecret(m[1] ?? m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.shrubbery.net/tac_plus/',
    sample: sample('user = netops {\n    login = cleartext "', '"\n}'),
    negatives: ['    login = cleartext "<password>"', '    login = des a9sdf8a7sdf'],
  }),
  // Aruba AOS-CX and AOS-S: `… key plaintext …`, `auth-pass plaintext …`, `priv-pass plaintext …`.
  defineRule({
    id: 'aruba-plaintext-secret',
    provider: 'Aruba',
    description: 'Aruba AOS-CX/AOS-S secret given as plaintext (radius-server host … key plaintext …, snmpv3 user … auth-pass plaintext … priv-pass plaintext …)',
    keywords: ['plaintext '],
    pattern: /(?<![A-Za-z0-9_-])(?:key|auth-pass|priv-pass|password|secret|passphrase|psk|ciphertext-key)[ \t]{1,4}plaintext[ \t]{1,4}(?:"([^"\r\n]{4,128})"|([^\s"]{4,128}))/,
    window: { before: 24, after: 160 },
    accept: (m) => deviceSecret(m[1] ?? m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.arubanetworks.com/techdocs/AOS-CX/10.12/HTML/security_6200-6300-6400/Content/Chp_RADIUS_srv_grp/RADIUS_srv_grp_cmds/rad-ser-hos-10.htm',
    sample: sample('radius-server host 10.0.0.5 key plaintext '),
    negatives: ['radius-server host 10.0.0.5 key plaintext <key>', 'radius-server host 10.0.0.5 key ciphertext AQBapabcdef'],
  }),
  // Huawei's routing keys in clear: `authentication-mode md5 1 plain …`, `… simple plain …`.
  defineRule({
    id: 'huawei-plain-key',
    provider: 'Huawei',
    description: 'Huawei VRP routing authentication key in plain text (ospf/isis authentication-mode md5|hmac-sha256|simple … plain …)',
    keywords: [' plain '],
    pattern: /(?<![A-Za-z0-9_-])authentication-mode[ \t]{1,4}(?:md5|hmac-md5|hmac-sha256|simple|keychain)[ \t]{1,4}(?:\d{1,5}[ \t]{1,4})?plain[ \t]{1,4}([^\s"]{4,128})/,
    window: { before: 80, after: 160 },
    accept: (m) => deviceSecret(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://support.huawei.com/enterprise/en/doc/EDOC1100278248',
    sample: sample(' ospf authentication-mode md5 1 plain '),
    negatives: [' ospf authentication-mode md5 1 cipher %^%#abc%^%#', ' ospf authentication-mode md5 1 plain <key>'],
  }),
  // Cisco lines that set a secret after a keyword of their own: VRRP text, HSRP key-string, NTP
  // keys, WPA PSKs (IOS wpa-psk, the C9800's and AireOS's set-key), keyring and local PSKs, enable
  // password, a PKI import's password, AireOS RADIUS secrets and management users.
  defineRule({
    id: 'cisco-device-line-secret',
    provider: 'Cisco',
    description: 'Secret on a Cisco device line with a keyword of its own: vrrp … authentication text, standby/hsrp authentication md5 key-string, ntp authentication-key … md5, wpa-psk ascii, set-key ascii, pre-shared-key local|remote|address … key, enable password, crypto pki import … password, AireOS config radius … ascii and config mgmtuser add',
    keywords: ['vrrp', 'key-string', 'authentication text', 'authentication-key', 'wpa-psk', 'set-key', 'pre-shared-key', 'enable password', 'pki import', 'config radius', 'mgmtuser'],
    pattern: /(?<![A-Za-z0-9_-])(?:vrrp[ \t]+\d{1,3}[ \t]+authentication[ \t]+text|(?:standby[ \t]+\d{1,4}[ \t]+)?authentication[ \t]+(?:md5[ \t]+key-string|text)|ntp[ \t]+authentication-key[ \t]+\d{1,5}[ \t]+md5|wpa-psk[ \t]+ascii|set-key[ \t]+ascii|pre-shared-key[ \t]+(?:local|remote|address[ \t]+\S{1,64}[ \t]+key)|enable[ \t]+password(?:[ \t]+level[ \t]+\d{1,2})?|crypto[ \t]+pki[ \t]+import[ \t][^\r\n]{1,128}?[ \t]password|config[ \t]+radius[ \t]+(?:auth|acct)[ \t]+add[ \t]+\d{1,3}[ \t]+\S{1,64}[ \t]+\d{1,5}[ \t]+ascii|config[ \t]+mgmtuser[ \t]+add[ \t]+\S{1,64})[ \t]+(?:[07][ \t]+)?(?!(?:sha\d{3}|md5|pbkdf2|scrypt|hashed|encrypted)[ \t])([^\s"'`\\]{4,128})(?=[ \t"'`,;]|\r?$|\\[nr])(?![ \t]{1,4}(?:encrypted|pbkdf2)(?![A-Za-z0-9]))/,
    window: { before: 200, after: 200 },
    // A type 7 value (`… md5 132A05… 7`) is read as the hex it is; a clear one as a password. (An
    // ASA's `enable password … encrypted` is a hash.)
    accept: (m) => deviceSecret(m[1] ?? '') || /^\d{2}(?:[0-9A-F]{2}){4,}$/.test(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/ipapp_fhrp/configuration/xe-16/fhp-xe-16-book/fhp-vrrp.html',
    sample: sample(' vrrp 21 authentication text '),
    negatives: [' vrrp 21 authentication text <key>', 'enable password <password>', 'enable password 8Ry2YjIyt7RRXU24 encrypted', 'enable password sha512 $6$abc$def', ' standby 1 authentication md5 key-chain HSRP'],
  }),
];
