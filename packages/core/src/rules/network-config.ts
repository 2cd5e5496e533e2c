import { ALNUM, defineRule } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';
import { inUse } from './passwords.js';

// Passwords that device and daemon configs set with a keyword of their own, not a key name the
// generic rules know: Cisco IOS lines, SNMP communities and users, Wi-Fi and IPsec pre-shared keys,
// OpenLDAP's rootpw, unattended OS installs, Postfix's relay map.
const rotate = {
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  how: 'Change the password on the device or service, then keep the config in a store that holds secrets (or the device itself), not in the repository.',
} as const;

/**
 * Whether `value` is an SNMP community in use: not the factory defaults `public`/`private`, and a
 * password, or letters and digits of 8 or more (a community is often a word and digits, `meadowlark42`).
 */
function isCommunity(value: string): boolean {
  if (/^(?:public|private)$/i.test(value)) return false;
  return isPasswordValue(value) || (/[0-9]/.test(value) && /[A-Za-z]/.test(value) && value.length >= 8 && inUse(value));
}

/** Network device and daemon configuration passwords. */
export const networkConfigRules = [
  defineRule({
    id: 'cisco-ios-password',
    provider: 'Cisco IOS',
    description: 'Password in a Cisco IOS config line in plain text (type 0) or in the reversible type 7 (username … password 0 …, tacacs-server key 7 …)',
    keywords: ['password 0 ', 'password 7 ', 'secret 0 ', 'key 0 ', 'key 7 '],
    pattern: /(?<![A-Za-z0-9_-])(?:password|secret|key)[ \t]+[07][ \t]+([^\s"'`;,]{6,128})(?![^\s"'`;,])/,
    window: { before: 8, after: 200 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/107614-64.html',
    sample: (g) => `username netops privilege 15 password 0 ${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}`,
    negatives: ['username netops privilege 15 password 0 <password>', 'enable secret 5 $1$mERr$hx5rVt7rPNoS4wqbXKX7m0', 'password 0 ${DEVICE_PASSWORD}'],
  }),
  defineRule({
    id: 'snmp-community-string',
    provider: 'SNMP',
    description: 'SNMP v1/v2c community string (the agent\'s password) in a device config (Cisco IOS snmp-server community … RO|RW)',
    keywords: ['snmp-server community ', 'rocommunity ', 'rwcommunity ', 'rocommunity6 ', 'rwcommunity6 '],
    // Not the factory defaults `public`/`private`: a finding for those says nothing secret.
    // Cisco IOS (`snmp-server community … RO`) and net-snmp's snmpd.conf (`rocommunity …`).
    pattern: /(?<![A-Za-z0-9_-])(?:snmp-server[ \t]+community[ \t]+(?:[07][ \t]+)?|r[ow]community6?[ \t]+)([^\s"'`;,]{6,128})(?![^\s"'`;,])/,
    window: { before: 8, after: 200 },
    accept: (m) => isCommunity(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html',
    sample: (g) => `snmp-server community ${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 6)} RW`,
    negatives: ['snmp-server community public RO', 'snmp-server community private RW', 'snmp-server community <string> RO'],
  }),
  // Windows keeps an SNMP agent's communities as the value names of a registry key; a .reg export
  // lists them under it: `"<community>"=dword:00000004` (4: read-only, 8: read-write).
  defineRule({
    id: 'snmp-community-registry',
    provider: 'SNMP',
    description: "SNMP community string in a Windows registry export (the SNMP service's ValidCommunities key)",
    keywords: ['validcommunities'],
    pattern: /(?<=ValidCommunities\][^[]{0,600})^"([^"\r\n]{6,128})"=dword:0000000[1248][ \t]*\r?$/m,
    window: { before: 0, after: 700 },
    span: 'block',
    accept: (m) => isCommunity(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/troubleshoot/windows-server/networking/configure-snmp-service',
    sample: (g) => `Windows Registry Editor Version 5.00\n\n[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SNMP\\Parameters\\ValidCommunities]\n"${g.chars(ALNUM, 9)}${g.chars('0123456789', 3)}"=dword:00000004\n`,
    negatives: ['[HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\SNMP\\Parameters\\ValidCommunities]\n"public"=dword:00000004\n'],
  }),
  defineRule({
    id: 'snmpv3-user-passphrase',
    provider: 'SNMP',
    description: 'SNMPv3 authentication passphrase of a user created in snmpd.conf (createUser name SHA "…" AES "…")',
    keywords: ['createuser '],
    // Both passphrases: authentication (after MD5/SHA) and privacy (after DES/AES), each a match.
    pattern: /(?<=(?<![A-Za-z0-9_-])createUser[ \t]+(?:-e[ \t]+\S{1,64}[ \t]+)?[^\s"']{1,64}[ \t]+(?:MD5|SHA(?:-\d{3})?)[ \t]+(?:["']?[^\s"']{8,128}["']?[ \t]+(?:DES|AES(?:-?\d{3})?)[ \t]+)?)(["']?)([^\s"']{8,128})\1(?![^\s])/,
    secretGroup: 2,
    window: { before: 8, after: 400 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://net-snmp.sourceforge.io/docs/man/snmpd.conf.html',
    sample: (g) => `createUser librenms SHA "${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}" AES "${g.chars(ALNUM, 12)}"`,
    negatives: ['createUser nms SHA "<auth-passphrase>" AES "<priv-passphrase>"', 'createUser nms SHA "$SNMP_AUTH" AES "$SNMP_PRIV"'],
  }),
  defineRule({
    id: 'ipsec-pre-shared-key',
    provider: 'IPsec',
    description: 'IPsec pre-shared key or XAUTH/EAP password in ipsec.secrets (strongSwan, Libreswan: … : PSK "…")',
    keywords: ['psk "', "psk '", 'xauth "', 'eap "'],
    pattern: /(?<![A-Za-z0-9_-]):[ \t]*(?:PSK|XAUTH|EAP|NTLM)[ \t]+(["'])([^"'\r\n]{6,128})\1/,
    secretGroup: 2,
    window: { before: 8, after: 160 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://docs.strongswan.org/docs/latest/swanctl/swanctlConf.html',
    sample: (g) => `10.20.0.1 %any : PSK "${g.chars(ALNUM, 11)}#${g.chars(ALNUM, 6)}"`,
    negatives: [': PSK "your-pre-shared-key"', '%any : PSK "${IPSEC_PSK}"', ': RSA moonKey.pem'],
  }),
  defineRule({
    id: 'installer-plaintext-password',
    provider: 'OS installers',
    description: 'Password in plain text in an unattended OS install: Debian preseed (passwd/root-password), kickstart (rootpw --plaintext), Windows autounattend.xml (<Password><Value>)',
    keywords: ['passwd/root-password ', 'passwd/user-password ', 'passwd/root-password-again ', 'passwd/user-password-again ', '--plaintext', 'password>'],
    // A crypted form (`passwd/root-password-crypted`, `rootpw --iscrypted $6$…`) holds a hash.
    pattern: /(?:(?<![A-Za-z0-9_-])passwd\/(?:root|user)-password(?:-again)?[ \t]+password[ \t]+|(?<![A-Za-z0-9_-])rootpw[ \t]+--plaintext[ \t]+|--plaintext[ \t](?:[^\n]{0,200}?[ \t])?--password=|<(?:AdministratorPassword|Password)>\s{0,64}<Value>)([^\s"'<>]{6,256})/,
    window: { before: 40, after: 320 },
    accept: (m) => isPasswordValue(m[1] ?? '') || /^[A-Za-z0-9+/]{16,}={0,2}$/.test(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.debian.org/releases/stable/amd64/apbs04.en.html',
    sample: (g) => `d-i passwd/root-password password ${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}\nd-i passwd/root-password-again password ${g.chars(ALNUM, 6)}`,
    negatives: ['d-i passwd/root-password password r00tme', 'd-i passwd/root-password-crypted password $6$rounds=5000$abc$xyz', 'rootpw --iscrypted $6$saltsalt$hashhashhash', '<Password><Value>Password1</Value>'],
  }),
  defineRule({
    id: 'postfix-sasl-password',
    provider: 'Postfix',
    description: 'SMTP relay credentials in a Postfix sasl_passwd map ([relay.host]:587 user:password)',
    keywords: [']:587 ', ']:465 ', ']:25 ', ']:2525 ', ']:submission '],
    pattern: /\[[A-Za-z0-9.-]{1,253}\]:(?:587|465|25|2525|submission)[ \t]+[^\s:]{1,128}:([^\s"'`]{4,256})(?![^\s"'`])/,
    window: { before: 260, after: 300 },
    accept: (m) => isPasswordValue(m[1] ?? '') || looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    rotate,
    docs: 'https://www.postfix.org/SASL_README.html#client_sasl_enable',
    sample: (g) => `[smtp.mailgun.org]:587 postmaster@mg.acme.test:${g.chars(ALNUM, 12)}#${g.chars(ALNUM, 7)}`,
    negatives: ['[smtp.example.com]:587 user:password', '[smtp.gmail.com]:587 me@example.com:<app-password>'],
  }),
  defineRule({
    id: 'wifi-pre-shared-key',
    provider: 'Wi-Fi',
    description: 'WPA pre-shared key in a supplicant or router config (wpa_supplicant psk="…", MikroTik wpa2-pre-shared-key="…")',
    keywords: ['psk=', 'pre-shared-key='],
    // A passphrase of 8-63 characters in quotes, as WPA allows it.
    pattern: /(?<![A-Za-z0-9_])(?:psk|wpa2?-pre-shared-key|pre-shared-key)=(["'])([^"'\r\n]{8,63})\1/,
    secretGroup: 2,
    window: { before: 24, after: 90 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'medium',
    rotate,
    docs: 'https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf',
    sample: (g) => `network={\n  ssid="acme-office"\n  psk="${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 6)}"\n}`,
    negatives: ['psk="your-wifi-password"', 'psk="${WIFI_PSK}"'],
  }),
  defineRule({
    id: 'openldap-rootpw',
    provider: 'OpenLDAP',
    description: "OpenLDAP's directory manager password in plain text (slapd.conf rootpw …; a {SSHA} hash is no secret)",
    keywords: ['rootpw'],
    pattern: /(?<![A-Za-z0-9_-])rootpw[ \t]+([^\s"'`;,]{6,128})(?![^\s"'`;,])/,
    window: { before: 16, after: 160 },
    // `{SSHA}…`, `{CRYPT}…`: a hash with its scheme, what slapd.conf should hold.
    accept: (m) => !/^\{[A-Za-z0-9-]{2,16}\}/.test(m[1] ?? '') && isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.openldap.org/doc/admin26/slapdconf2.html',
    sample: (g) => `rootpw ${g.chars(ALNUM, 11)}!${g.chars(ALNUM, 4)}`,
    negatives: ['rootpw {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=', 'rootpw secret'],
  }),
];
