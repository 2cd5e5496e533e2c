import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

// Passwords that device and daemon configs set with a keyword of their own, not a key name the
// generic rules know: Cisco IOS lines, SNMP communities, Wi-Fi pre-shared keys, OpenLDAP's rootpw.
const rotate = {
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  how: 'Change the password on the device or service, then keep the config in a store that holds secrets (or the device itself), not in the repository.',
} as const;

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
    keywords: ['snmp-server community '],
    // Not the factory defaults `public`/`private`: a finding for those says nothing secret.
    pattern: /(?<![A-Za-z0-9_-])snmp-server[ \t]+community[ \t]+(?:[07][ \t]+)?([^\s"'`;,]{6,128})(?![^\s"'`;,])/,
    window: { before: 8, after: 200 },
    accept: (m) => !/^(?:public|private)$/i.test(m[1] ?? '') && isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html',
    sample: (g) => `snmp-server community ${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 6)} RW`,
    negatives: ['snmp-server community public RO', 'snmp-server community private RW', 'snmp-server community <string> RO'],
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
