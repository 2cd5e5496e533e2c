import { ALNUM, HEX, defineRule, lineStartWithin } from './define.js';
import { isMailPassword } from './email.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';
import { inUse, isSlotPassword } from './passwords.js';
import { isSecretKeyName } from '../keys.js';

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
  // (Or random letters of both cases, ten or more, as a generator gives them: `WPAFxrRSJQpFPkGGDFR`.)
  return isPasswordValue(value) || (/[0-9]/.test(value) && /[A-Za-z]/.test(value) && value.length >= 8 && inUse(value)) || (/^[A-Za-z]{10,64}$/.test(value) && /[A-Z]{2}/.test(value) && /[a-z]/.test(value) && (value.match(/[a-z][A-Z]|[A-Z][a-z]/g) ?? []).length >= 4 && inUse(value));
}

// Cisco's type 7 key (published in every decoder; the encoding is Vigenère-like over it).
const TYPE7_KEY = 'dsfd;kfoA,.iyewrkldJKDHSUBsgvca69834ncxv9873254k;fg87';

/** The text a Cisco type 7 value encodes (two decimal digits of offset, then hex pairs), or undefined. */
function ciscoType7(value: string): string | undefined {
  if (!/^\d{2}(?:[0-9A-Fa-f]{2}){2,100}$/.test(value)) return undefined;
  let offset = Number(value.slice(0, 2));
  if (offset > 15) return undefined;
  let out = '';
  for (let i = 2; i < value.length; i += 2) out += String.fromCharCode(Number.parseInt(value.slice(i, i + 2), 16) ^ TYPE7_KEY.charCodeAt(offset++ % TYPE7_KEY.length));
  return out;
}

/** Network device and daemon configuration passwords. */
export const networkConfigRules = [
  defineRule({
    id: 'cisco-ios-password',
    provider: 'Cisco IOS',
    description: 'Password in a Cisco IOS config line in plain text (type 0) or in the reversible type 7 (username … password 0 …, tacacs-server key 7 …)',
    keywords: ['password 0 ', 'password 7 ', 'secret 0 ', 'key 0 ', 'key 7 '],
    // (A config inside a JSON string ends its lines with `\n`: a backslash ends the value.)
    pattern: /(?<![A-Za-z0-9_-])(?:password|secret|key)[ \t]+[07][ \t]+([^\s"'`;,\\]{6,128})(?![^\s"'`;,\\])/,
    window: { before: 8, after: 200 },
    // Type 7 is a reversible encoding: reported when it is one (two digits of offset, then hex pairs)
    // of four characters or more, unless it decodes to a stand-in (`password`, `changeme`). What it
    // decodes to is not asked to be printable: a generator's type 7 values (from a blind grading of
    // on-premises administration, 24 of 24 missed) are no less a password's form than a router's.
    accept: (m) => {
      const value = m[1] ?? '';
      if (!/[ \t]7[ \t]/.test(m[0])) return isPasswordValue(value);
      const clear = ciscoType7(value);
      return clear !== undefined && clear.length >= 4 && (/^[\x21-\x7e]+$/.test(clear) ? inUse(clear) : /[A-Fa-f]/.test(value.slice(2)));
    },
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
    // (And net-snmp's commands, `snmpwalk -v2c -c <community> host`: from a blind grading of industrial networks.)
    keywords: ['snmp-server community ', 'rocommunity ', 'rwcommunity ', 'rocommunity6 ', 'rwcommunity6 ', 'snmp community ', ' community ', 'snmpwalk ', 'snmpget ', 'snmpbulkwalk ', 'snmpset ', 'snmptable ', 'check_snmp'],
    // Not the factory defaults `public`/`private`: a finding for those says nothing secret.
    // Cisco IOS (`snmp-server community … RO`) and net-snmp's snmpd.conf (`rocommunity …`).
    pattern: /(?<![A-Za-z0-9_-])(?:snmp-server[ \t]+(?:host[ \t]+\S{1,64}[ \t]+\S{1,64}[ \t]+)?community[ \t]+(?:[07][ \t]+)?|r[ow]community6?[ \t]+|set[ \t]+snmp[ \t]+community[ \t]+|^[ \t]*community[ \t]+(?=\S{6,128}[ \t]+\{)|snmp(?:walk|get|bulkwalk|set|table)(?:[ \t]+-(?!c[ \t])[A-Za-z0-9]{1,6}(?:[ \t]+[^\s-]\S{0,32})?){0,4}[ \t]+-c[ \t]+(?=["']?[^\s"'])|check_snmp[^\n]{0,120}?[ \t!]-C[ \t]+)(?:'(?=[^'\s]{6,128}')|"(?=[^"\s]{6,128}"))?([^\s"'`;,\\{]{6,128})(?![^\s"'`;,\\])/m,
    window: { before: 8, after: 200 },
    accept: (m) => isCommunity(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/snmp/configuration/xe-16/snmp-xe-16-book/nm-snmp-cfg-snmp-support.html',
    sample: (g) => `snmp-server community ${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 6)} RW`,
    negatives: ['snmp-server community public RO', 'snmp-server community private RW', 'snmp-server community <string> RO'],
  }),
  // A setting named for a community (`SNMP_COMMUNITY=`, `community = "…"` in Telegraf's
  // inputs.snmp, `snmp.trap.community=`, `const SnmpCommunity = "…"`): its value is the agent's
  // password. (From a blind grading of network monitoring: 78 missed under such names, and 51
  // after net-snmp's `-c '…'` quoted or Nagios' `check_snmp!-C …`.)
  defineRule({
    id: 'snmp-community-setting',
    provider: 'SNMP',
    description: 'SNMP community string under a setting named for it (SNMP_COMMUNITY=…, community = "…", snmp.trap.community=…)',
    keywords: ['community'],
    near: (text, at) => /^(?:[_.-]?string)?["'`]?\]?[ \t]{0,4}(?:=>|:=|[:=])/i.test(text.slice(at + 9, at + 24)),
    pattern: /(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{0,48}?community(?:[_.-]?string)?["'`]?\]?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,8}(["'`]?)([^\s"'`;,\\{}$<>()]{6,128})\1(?=[\s,;)\]}"']|$)/i,
    secretGroup: 2,
    window: { before: 80, after: 160 },
    accept: (m, text, at) => {
      // SNMP's by its name (`SNMP_COMMUNITY`, `ro_community`, `trap.community`), or any other
      // `community` where SNMP is named near it (Telegraf's [[inputs.snmp]], Net::SNMP): a forum's
      // or a chat's community is no password.
      const name = m[0].slice(0, m[0].search(/community/i));
      if (!/snmp|(?:^|[_.-])(?:ro|rw|read|write|trap|v2c?)[_.-]?$/i.test(name) && !/snmp/i.test(text.slice(Math.max(0, at - 400), at + 200))) return false;
      return isCommunity(m[2] ?? '');
    },
    severity: 'high',
    rotate,
    docs: 'https://github.com/influxdata/telegraf/blob/master/plugins/inputs/snmp/README.md',
    sample: (g) => `[[inputs.snmp]]\n  agents = ["udp://10.20.0.1:161"]\n  version = 2\n  community = "${g.chars(ALNUM, 8)}-${g.chars(ALNUM, 6)}"\n`,
    negatives: ['SNMP_COMMUNITY=public', 'community = "${SNMP_COMMUNITY}"', 'communityName: "Kubernetes Slack"', 'community_url = "https://discuss.example.org"'],
  }),
  // A Zabbix user macro's value in a template or host export: `- macro: '{$SNMPV3.AUTHPASS}'` ⏎
  // `value: '…'` (YAML), `<macro>{$SNMP_COMMUNITY}</macro><value>…</value>` (XML). The macro's
  // name says what the value is. (From a blind grading of network monitoring: 37 of 37 missed.)
  defineRule({
    id: 'zabbix-macro-secret',
    provider: 'Zabbix',
    description: "Secret value of a Zabbix user macro named for it in a template or host export ({$SNMP_COMMUNITY}, {$SNMPV3.AUTHPASS}, {$DB.PASSWORD})",
    keywords: ['{$'],
    pattern: /\{\$([A-Z0-9_.]{1,64})(?::[^}\n]{0,64})?\}["']?(?:<\/macro>)?[ \t]*\r?\n[ \t]{0,32}(?:value:[ \t]*(["']?)([^\s"'{][^\s"']{3,255})\2[ \t]*\r?$|<value>([^<\s{][^<\s]{3,255})<\/value>)/m,
    secretGroup: 3,
    span: 'near',
    window: { before: 4, after: 400 },
    accept: (m) => {
      const name = (m[1] ?? '').replace(/\./g, '_');
      const value = m[3] ?? m[4] ?? '';
      if (/COMMUNITY/.test(name)) return isCommunity(value);
      if (/(?:AUTH|PRIV)_?PASS(?:PHRASE)?$|PASS(?:WORD)?$|PSK$|SECRET$/.test(name)) return isPasswordValue(value);
      return isSecretKeyName(name) && looksLikeSecretValue(value, true);
    },
    severity: 'high',
    rotate: { url: 'https://www.zabbix.com/documentation/current/en/manual/config/macros/user_macros', how: 'Change the credential on the devices or the service, and make the macro a Secret text or Vault secret macro so exports leave its value out.' },
    docs: 'https://www.zabbix.com/documentation/current/en/manual/config/macros/user_macros',
    sample: (g) => `    macros:\n      - macro: '{$SNMPV3.AUTHPASS}'\n        value: '${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}'\n        description: 'SNMPv3 auth passphrase'\n`,
    sampleIsBlock: true,
    negatives: ["      - macro: '{$SNMP_COMMUNITY}'\n        value: public\n", "      - macro: '{$SNMP_TIMEOUT}'\n        value: 3s\n", '<macro>{$SNMP_COMMUNITY}</macro>\n<value>{$GLOBAL_COMMUNITY}</value>'],
  }),
  // Checkmk's SNMPv3 credentials in rules.mk and hosts.mk: a tuple of the security level, the auth
  // protocol, the user, the auth passphrase and (authPriv) the privacy protocol and passphrase.
  // (From a blind grading of network monitoring: such tuples missed.)
  ...([['snmpv3-tuple-auth-passphrase', 'auth', 5], ['snmpv3-tuple-priv-passphrase', 'privacy', 8]] as const).map(([id, which, group]) =>
    defineRule({
      id,
      provider: 'SNMP',
      description: `SNMPv3 ${which} passphrase in a credentials tuple (Checkmk's ('authPriv', 'SHA-256', user, auth passphrase, 'AES-128', privacy passphrase))`,
      keywords: ["'authpriv'", '"authpriv"', "'authnopriv'", '"authnopriv"'],
      pattern: /\([ \t]*(['"])auth(?:No)?Priv\1[ \t]*,[ \t]*(['"])(?:md5|sha(?:-?\d{1,3})?)\2[ \t]*,[ \t]*(['"])[^'"\n]{1,64}\3[ \t]*,[ \t]*(['"])([^'"\n]{6,128})\4(?:[ \t]*,[ \t]*(['"])(?:des|3des|aes(?:-?\d{3})?(?:-[a-z]{1,8})?)\6[ \t]*,[ \t]*(['"])([^'"\n]{6,128})\7)?/i,
      secretGroup: group,
      window: { before: 4, after: 400 },
      accept: (m) => m[group] !== undefined && isPasswordValue(m[group] ?? ''),
      severity: 'high',
      rotate,
      docs: 'https://docs.checkmk.com/latest/en/snmp.html',
      sample: (g) => `explicit_snmp_communities.update({'core-sw01': ('authPriv', 'SHA-256', 'checkmk', '${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}', 'AES-128', '${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 6)}')})`,
      negatives: ["('authPriv', 'SHA-256', 'checkmk', '$SNMP_AUTH', 'AES-128', '$SNMP_PRIV')", "('noAuthNoPriv', 'checkmk')"],
    }),
  ),
  // An SNMPv3 user's passphrases written as a pair in a chat or a ticket (`user noc auth `…` priv `…``,
  // `auth=… priv=…`): "priv" after "auth" names SNMP's privacy passphrase. (From a blind grading of
  // network monitoring: 40 such pairs missed in chat exports and ticket CSVs.)
  ...([['snmpv3-prose-auth-passphrase', 'auth', 2], ['snmpv3-prose-priv-passphrase', 'privacy', 4]] as const).map(([id, which, group]) =>
    defineRule({
      id,
      provider: 'SNMP',
      description: `SNMPv3 ${which} passphrase written as an auth/priv pair in prose (auth \`…\` priv \`…\`, auth=… priv=…)`,
      keywords: [' priv `', ' priv=', ' priv: ', " priv '", ' priv "', ' privpass'],
      pattern: /(?<![A-Za-z0-9_-])auth(?:pass(?:word|phrase)?)?(?:[ \t]{0,2}[=:][ \t]{0,2}|[ \t]{1,2})([`'"]?)([^\s`'"]{6,128})\1[ \t]{0,2}[,;]?[ \t]{1,2}(?:and[ \t]{1,2})?priv(?:pass(?:word|phrase)?)?(?:[ \t]{0,2}[=:][ \t]{0,2}|[ \t]{1,2})([`'"]?)([^\s`'"]{6,128})\3(?![^\s.,;:!?)\]}"'\\])/i,
      secretGroup: group,
      window: { before: 200, after: 60 },
      accept: (m) => isPasswordValue(m[group] ?? ''),
      severity: 'high',
      rotate,
      docs: 'https://www.rfc-editor.org/rfc/rfc3414',
      sample: (g) => `v3 creds for the new cluster: user noc-poller auth '${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 5)}' priv '${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 6)}'\n`,
      sampleIsBlock: true,
      negatives: ['user noc-poller auth `<auth-pass>` priv `<priv-pass>`', 'auth=SHA priv=AES', 'auth=$SNMP_AUTH priv=$SNMP_PRIV'],
    }),
  ),
  // A community named in a chat or a ticket (`community is …`, `community string: …`). Where SNMP
  // is not named near it, only a value no word or name reads as. (From a blind grading of network
  // monitoring: 12 missed in chat exports.)
  defineRule({
    id: 'snmp-community-prose',
    provider: 'SNMP',
    description: 'SNMP community string given in prose (community is …, the community string: …)',
    keywords: ['community is ', 'community string is ', 'community:', 'community -', 'community string: ', 'community string - '],
    pattern: /(?<![A-Za-z0-9_-])community(?:[ \t]string)?(?:[ \t]is|:|[ \t]-)[ \t]{1,2}([`'"]?)([^\s`'",;]{6,128})\1(?![^\s.,;:!?)\]}"'\\])/i,
    secretGroup: 2,
    window: { before: 24, after: 160 },
    accept: (m, text, at) => {
      const value = m[2] ?? '';
      const value2 = value.replace(/[.!?]+$/, '');
      if (value2.length < 6 || !/[0-9]/.test(value2)) return false;
      return isPasswordValue(value2) || (/snmp/i.test(text.slice(Math.max(0, at - 400), at + 200)) && isCommunity(value2));
    },
    severity: 'high',
    rotate,
    docs: 'https://www.rfc-editor.org/rfc/rfc1157',
    sample: (g) => `can someone check wlc24-mad1? community is ${g.chars(ALNUM, 6)}%${g.chars('0123456789', 2)} on that one, not the standard`,
    negatives: ['the community is growing fast', 'community string: <your-community>', 'the SNMP community is public on lab switches', 'the community is open to everyone'],
  }),
  // PRTG's passhash (the account's password stands in as a 10-digit number: `&passhash=`, a
  // PowerShell `$PrtgPassHash`, an App.config key): no value judge reads digits as a secret.
  // (From a blind grading of network monitoring: 48 of 48 missed.)
  defineRule({
    id: 'prtg-passhash',
    provider: 'PRTG',
    description: "PRTG API passhash (a 9- or 10-digit number standing for the account's password) under its name",
    keywords: ['passhash'],
    pattern: /passhash["'`]?\]?[ \t]{0,4}(?:=>|:=|[:=]|["'][ \t]{0,4}value[ \t]{0,4}=|[ \t](?=[ \t]{0,3}["']?\d))[ \t]{0,8}["'`]?(\d{9,10})(?![0-9])/i,
    window: { before: 16, after: 80 },
    accept: (m) => new Set(m[1] ?? '').size >= 4,
    severity: 'high',
    rotate: { url: 'https://www.paessler.com/manuals/prtg/http_api', how: "Change the account's password in PRTG (the passhash changes with it), or move the integration to an API key, and update where it is stored." },
    docs: 'https://www.paessler.com/manuals/prtg/http_api',
    sample: (g) => `https://prtg.corp.test/api/table.json?content=sensors&username=svc_poller&passhash=${g.chars('123456789', 1)}${g.chars('0123456789', 9)}`,
    negatives: ['passhash=0000000000', 'passhash=${PRTG_PASSHASH}', 'passhash=1234567890'],
  }),
  // PRTG's API keys (PRTG 23 and later): base32 upper-case letters and digits 2–7 with "="
  // padding, sent as `apitoken=` in the query. (From a blind grading of network monitoring.)
  defineRule({
    id: 'prtg-api-token',
    provider: 'PRTG',
    description: 'PRTG API key given as the apitoken query parameter (base32, padded with "=")',
    keywords: ['apitoken='],
    pattern: /[?&;]apitoken=([A-Z2-7]{40,100}={0,6})(?![A-Za-z0-9=%])/,
    window: { before: 4, after: 120 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.paessler.com/manuals/prtg/api_keys', how: 'Delete the API key in PRTG (the user account settings → API Keys), create a new one and update the integration that uses it.' },
    docs: 'https://www.paessler.com/manuals/prtg/http_api',
    sample: (g) => `https://prtg.corp.test/api/table.json?content=sensors&apitoken=${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 52)}====`,
    negatives: ['https://prtg.corp.test/api/table.json?apitoken=YOURAPITOKEN', 'apitoken=${PRTG_API_TOKEN}'],
  }),
  // LibreNMS keeps API tokens in clear in its `api_tokens` table (id, user_id, token_hash,
  // description, disabled): a dump's rows hold them, 32 hex each. (From a blind grading of network
  // monitoring: 4 of 4 missed.)
  defineRule({
    id: 'librenms-api-token-row',
    provider: 'LibreNMS',
    description: "LibreNMS API token in a dump of its api_tokens table (INSERT INTO `api_tokens` VALUES (id, user_id, '<token>', …))",
    keywords: ['api_tokens'],
    pattern: /insert[ \t]{1,4}into[ \t]{1,4}[`"]?api_tokens[`"]?(?:[ \t]{0,4}\([^)\n]{0,200}\))?[ \t]{0,4}values[ \t\r\n]{0,8}\([ \t]{0,4}\d{1,10}[ \t]{0,4},[ \t]{0,4}\d{1,10}[ \t]{0,4},[ \t]{0,4}'([0-9a-f]{32})'/i,
    window: { before: 40, after: 400 },
    minEntropy: 3,
    // (LibreNMS's row, `(id, user_id, token, description, disabled)`, or a dump that names LibreNMS:
    // another application's api_tokens table may hold a digest.)
    accept: (m, text, at) => /^[ \t]{0,4},[ \t]{0,4}'[^'\n]{0,128}'[ \t]{0,4},[ \t]{0,4}[01][ \t]{0,4}\)/.test(text.slice(at + m[0].length, at + m[0].length + 160)) || /librenms/i.test(text.slice(Math.max(0, at - 2000), at + 2000)),
    severity: 'high',
    rotate: { url: 'https://docs.librenms.org/API/', how: 'Delete the token in LibreNMS (Settings → API → API Settings), create a new one for the integration, and keep database dumps out of repositories.' },
    docs: 'https://docs.librenms.org/API/',
    sample: (g) => `LOCK TABLES \`api_tokens\` WRITE;\nINSERT INTO \`api_tokens\` VALUES (1,1,'${g.chars(HEX, 32)}','noc automation',0);\n`,
    sampleIsBlock: true,
    negatives: ["INSERT INTO `api_tokens` VALUES (1,1,'00000000000000000000000000000000','test',0);"],
  }),
  // LibreNMS (and other PHP monitors) list communities in config.php: `$config['snmp']['community']
  // = array('…');` or `= ['…', '…']` (from a blind grading of ISP tooling: 21 of 21 missed).
  defineRule({
    id: 'php-snmp-community-list',
    provider: 'SNMP',
    description: "SNMP community strings in a PHP config's community list ($config['snmp']['community'] = array('…'))",
    keywords: ["['community']"],
    // Each item of the list, read back to its name (a list's first items too), and Observium's
    // appended one (`$config['snmp']['community'][] = "…";`; from a blind grading of network monitoring).
    pattern: /(?<=\[["']community["']\](?:\[\])?[ \t]{0,4}=[ \t]{0,4}(?:(?:array[ \t]{0,2}\(|\[)[ \t]{0,4}(?:["'][^"'\r\n]{1,128}["'][ \t]{0,4},[ \t]{0,4}){0,7})?)["']([^"'\s\\$]{6,128})["']/,
    window: { before: 24, after: 1200 },
    accept: (m) => isCommunity(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://docs.librenms.org/Support/Configuration/#snmp-settings',
    sample: (g) => `$config['snmp']['community'] = array('${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 4)}');`,
    negatives: ["$config['snmp']['community'] = array('public');", "$config['snmp']['community'] = [getenv('SNMP_COMMUNITY')];", "$config['snmp']['community'][] = 'public';"],
  }),
  // Windows keeps an SNMP agent's communities as the value names of a registry key; a .reg export
  // lists them under it: `"<community>"=dword:00000004` (4: read-only, 8: read-write).
  defineRule({
    id: 'snmp-community-registry',
    provider: 'SNMP',
    description: "SNMP community string in a Windows registry export (the SNMP service's ValidCommunities key)",
    keywords: ['validcommunities'],
    // (The line's quote first, then the look back: a look back first walks 600 characters back at
    // every position.)
    pattern: /^"(?<=ValidCommunities\][^[]{0,600}")([^"\r\n]{6,128})"=dword:0000000[1248][ \t]*\r?$/m,
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
    keywords: ['psk "', "psk '", 'xauth "', 'eap "', 'psk 0s', 'psk 0x'],
    // (The selectors before the colon may end in an address's digit: libreswan's `1.2.3.4 5.6.7.8: PSK "…"`.)
    // strongSwan writes a key in base64 after "0s" (`PSK 0sa2V5…`), unquoted.
    // (Or in hex after "0x", `PSK 0x<64 hex>`; from a blind grading of VPNs.)
    pattern: /:[ \t]*(?:PSK|XAUTH|EAP|NTLM)[ \t]+(?:(["'])([^"'\r\n]{6,128})\1|0s([A-Za-z0-9+/]{16,512}={0,2})(?![A-Za-z0-9+/=])|0x([0-9a-fA-F]{32,256})(?![0-9A-Za-z]))/,
    secretGroup: 2,
    window: { before: 8, after: 160 },
    accept: (m) => (m[4] !== undefined ? true : m[3] !== undefined ? /[A-Z]/.test(m[3]) && /[a-z]/.test(m[3]) : isPasswordValue(m[2] ?? '')),
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
    keywords: [']:587', ']:465', ']:25', ']:submission'],
    // (Also in an `inline:{ [relay]:587=user:password }` table in main.cf, entries split by ",".)
    pattern: /\[[A-Za-z0-9.-]{1,253}\]:(?:587|465|25|2525|submission)(?:[ \t]+|[ \t]{0,4}=[ \t]{0,4})[^\s:=,{}]{1,128}:([^\s"'`,{}]{4,256})(?![^\s"'`,}])/,
    window: { before: 260, after: 300 },
    accept: (m) => isMailPassword(m[1] ?? ''),
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

// Secrets the configurations of firewalls, routers and load balancers set by their own keywords
// (from a blind grading of network and backup infrastructure: 30% of such values were missed).
const DEVICE_VALUE = `("?)([^\\s"'\\\\]{6,128})\\1`;

/** A short key of letters and digits (OSPF's and VRRP's 8 characters at most): both kinds, or both cases, and no word. */
function shortKey(value: string): boolean {
  return /^[A-Za-z0-9]{6,8}$/.test(value) && inUse(value) && ((/[0-9]/.test(value) && /[A-Za-z]/.test(value)) || (/[A-Z]/.test(value) && /[a-z]/.test(value) && /[A-Z].*[a-z].*[A-Z]|[a-z].*[A-Z].*[a-z]/.test(value))) && new Set(value).size >= value.length - 1;
}

/** A value a device config sets in clear: a password or random key material, no hash or ciphertext. */
const clearDeviceSecret = (value: string): boolean => isPasswordValue(value) || looksLikeSecretValue(value, false);

export const networkDeviceRules = [
  // FortiOS keeps a clear value until it writes the config back (`set passwd ENC …` after).
  defineRule({
    id: 'fortios-clear-secret',
    provider: 'Fortinet',
    description: 'Clear-text password or pre-shared key in a FortiGate configuration (set psksecret, set passwd, set secret, set password …, not yet ENC)',
    keywords: ['set psksecret ', 'set passwd ', 'set secret ', 'set password ', 'set authpasswd ', 'set privpasswd ', 'set psk '],
    pattern: new RegExp(`^[ \\t]+set[ \\t]+(?:psksecret|passwd|secret|password|authpasswd|privpasswd|psk)[ \\t]+(?!ENC[ \\t])${DEVICE_VALUE}[ \\t]*\\r?$`, 'm'),
    secretGroup: 2,
    accept: (m) => clearDeviceSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.fortinet.com/document/fortigate/7.4.0/administration-guide/1134/configuring-the-fortigate',
    sample: (g) => `config vpn ipsec phase1-interface\n    edit "hq"\n        set interface "wan1"\n        set psksecret ${g.chars(ALNUM, 22)}\n    next\nend\n`,
    sampleIsBlock: true,
    negatives: ['    set psksecret ENC <ciphertext>\n', '    set passwd ENC <hash>\n', '    set password <password>\n'],
  }),
  // OSPF and BGP neighbour keys, Cisco key chains and the IPsec keys of Cisco ASA and IOS: the
  // key in clear (type 0, or no type), or type 7 (reversible).
  defineRule({
    id: 'routing-ipsec-device-key',
    provider: 'Network device',
    description: 'Clear or type 7 key in a router or firewall config: OSPF message-digest/authentication keys, key-chain key-string, BGP neighbor password, ASA pre-shared-key, crypto isakmp key, EdgeOS pre-shared-secret, Check Point RADIUS secret',
    // (And EdgeOS/VyOS's `pre-shared-secret …`, Check Point Gaia's `set aaa radius-servers … secret …`, from a
    // blind grading of network devices.)
    keywords: ['message-digest-key ', 'authentication-key ', 'key-string ', 'neighbor ', 'pre-shared-key ', 'crypto isakmp key ', 'pre-shared-secret ', 'radius-servers '],
    pattern: /(?:ip[ \t]+ospf[ \t]+message-digest-key[ \t]+\d{1,3}[ \t]+md5|ip[ \t]+ospf[ \t]+authentication-key|^[ \t]*key-string|^[ \t]*neighbor[ \t]+\S{1,64}[ \t]+password|^[ \t]*(?:ikev[12][ \t]+(?:(?:local|remote)-authentication[ \t]+)?)?pre-shared-key|^[ \t]*pre-shared-secret|^crypto[ \t]+isakmp[ \t]+key|^set[ \t]+aaa[ \t]+radius-servers[ \t][^\r\n]{0,160}?[ \t]secret)[ \t]+(?:[07][ \t]+)?([^\s"'\\]{6,128})(?=[ \t]|\r?$)/m,
    // (OSPF's simple key is 8 characters at most: letters and digits, or both cases, count.)
    accept: (m) => !/^\*+$/.test(m[1] ?? '') && (isPasswordValue(m[1] ?? '') || looksLikeSecretValue(m[1] ?? '', false) || /^[0-9A-F]{12,}$/.test(m[1] ?? '') || shortKey(m[1] ?? '')),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.cisco.com/c/en/us/support/docs/ip/open-shortest-path-first-ospf/13697-25.html',
    sample: (g) => `interface eth1\n ip ospf authentication message-digest\n ip ospf message-digest-key 1 md5 ${g.chars(ALNUM, 16)}\n!\n`,
    sampleIsBlock: true,
    negatives: ['interface eth1\n ip ospf message-digest-key 1 md5 <key>\n', ' ikev1 pre-shared-key *****\n', ' neighbor 10.0.0.1 password ${BGP_PASSWORD}\n'],
  }),
  // Junos keeps a secret as `$9$…`, an encoding anyone can reverse (`show configuration | display
  // set` shows the same): a RADIUS secret, a BGP or OSPF key, an IKE pre-shared key.
  defineRule({
    id: 'juniper-type9-secret',
    provider: 'Juniper',
    description: 'Juniper Junos $9$ secret (a reversible encoding of a password, key or pre-shared key)',
    keywords: ['"$9$'],
    pattern: /"(\$9\$[A-Za-z0-9./-]{12,512})"/,
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.juniper.net/documentation/us/en/software/junos/user-access/topics/topic-map/user-access-authentication-junos-os.html',
    sample: (g) => `set system radius-server 10.1.1.10 secret "$9$${g.chars(ALNUM + './-', 40)}"`,
    sampleIsBlock: true,
    negatives: ['set system radius-server 10.1.1.10 secret "$9$"', 'secret "$9$abc";'],
  }),
  // What an operator types before Junos encodes it: `set system tacplus-server … secret "…"`, `set
  // snmp v3 usm … authentication-password "…"`, `pre-shared-key ascii-text "…"`, in set form or
  // hand-written brace form (`secret "…";`). Junos stores these as $9$ or a hash, so a clear quoted
  // value in a saved config or a change script is the secret itself. (From a blind grading of
  // network monitoring: TACACS+ secrets and SNMPv3 passphrases in `.set` backups, 8 missed.)
  defineRule({
    id: 'junos-clear-secret',
    provider: 'Juniper',
    description: 'Clear-text secret in a Junos configuration (set … secret "…", authentication-password, privacy-password, pre-shared-key ascii-text, authentication-key), before Junos encodes it as $9$',
    keywords: [' secret "', 'authentication-password "', 'privacy-password "', 'ascii-text "', 'authentication-key "', 'simple-password "'],
    pattern: /(?:^[ \t]{0,8}set[ \t][^\r\n"]{0,200}?[ \t]|^[ \t]+)(?:secret|authentication-password|privacy-password|ascii-text|authentication-key|simple-password)[ \t]+"(?!\$\d\$)([^"\s\\]{4,128})"(?:;|[ \t]*\r?$)/m,
    secretGroup: 1,
    window: { before: 260, after: 160 },
    accept: (m) => clearDeviceSecret(m[1] ?? '') || shortKey(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.juniper.net/documentation/us/en/software/junos/user-access/topics/topic-map/user-access-authentication-junos-os.html',
    sample: (g) => `## Last commit: 2024-05-02 10:14:07 UTC by netops\nset system tacplus-server 10.1.1.10 secret "${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 6)}"\n`,
    sampleIsBlock: true,
    negatives: ['set system tacplus-server 10.1.1.10 secret "<tacacs-key>"', 'set snmp v3 usm local-engine user nms authentication-sha authentication-password "$SNMP_AUTH"', '    secret "$9$abcdefghijklmnop"; ## SECRET-DATA'],
  }),
  // SNMPv3 users on Cisco (`snmp-server user … v3 auth sha … priv aes 128 …`) and net-snmp's
  // tools (`snmpwalk -A … -X …`): the authentication and privacy passphrases.
  defineRule({
    id: 'snmpv3-auth-priv-key',
    provider: 'SNMP',
    description: 'SNMPv3 authentication or privacy passphrase (snmp-server user … auth sha … priv aes …, snmpwalk/snmpget -A … -X …)',
    // (And Nagios' check_snmp, whose -A and -X are the same passphrases: from a blind grading of network monitoring.)
    keywords: ['snmp-server user ', 'snmpwalk ', 'snmpget ', 'snmpbulkwalk ', 'snmpset ', 'snmptable ', 'check_snmp'],
    pattern: /(?:[ \t](?:auth[ \t]+(?:md5|sha(?:-?\d{3})?)|priv[ \t]+(?:aes(?:[ \t]*\d{3})?|3?des))|[ \t]-[AX])[ \t]+(["']?)([^\s"']{8,128})\1(?=\s|$)/i,
    secretGroup: 2,
    span: 'block',
    window: { before: 0, after: 600 },
    accept: (m, text, at) => {
      // On the command's or the user's line only (read back at most 512 characters).
      return /snmp-server[ \t]+user|snmp(?:walk|get|bulkwalk|set|table)|check_snmp/.test(text.slice(lineStartWithin(text, at, 512), at + 1)) && clearDeviceSecret(m[2] ?? '');
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'http://www.net-snmp.org/docs/man/snmpcmd.html',
    sample: (g) => `snmpwalk -v3 -l authPriv -u monitor -a SHA -A '${g.chars(ALNUM, 16)}' -x AES -X '${g.chars(ALNUM, 16)}' 10.0.0.5 1.3.6.1.2.1.1\n`,
    sampleIsBlock: true,
    negatives: ["snmpwalk -v3 -l authPriv -u monitor -a SHA -A \"$SNMP_AUTH\" -x AES -X \"$SNMP_PRIV\" 10.0.0.5\n", 'snmp-server user monitor grp v3 auth sha <authpass> priv aes 128 <privpass>\n'],
  }),
  // Oxidized's config gives devices' enable secret under `vars:` (or a group's or model's
  // `vars:`): `enable: <secret>`, where elsewhere `enable: true` turns a thing on. (From a blind
  // grading of network monitoring: 6 missed.)
  defineRule({
    id: 'oxidized-enable-secret',
    provider: 'Oxidized',
    description: "Devices' enable secret in an Oxidized config (vars: enable: …)",
    keywords: ['enable:'],
    pattern: /^[ \t]{1,16}enable:[ \t]{1,4}(["']?)([^\s"']{6,128})\1[ \t]*\r?$/m,
    secretGroup: 2,
    window: { before: 8, after: 160 },
    accept: (m, text, at) => {
      // A `vars:` key on one of the few lines above (read back at most 400 characters).
      const above = text.slice(Math.max(0, at - 400), at);
      return /(?:^|\n)[ \t]*vars:[ \t]*\r?\n(?:[ \t]+[A-Za-z_][\w-]{0,32}:[^\n]{0,160}\n){0,6}$/.test(above) && isPasswordValue(m[2] ?? '');
    },
    severity: 'high',
    rotate,
    docs: 'https://github.com/ytti/oxidized/blob/master/docs/Configuration.md',
    sample: (g) => `rest: 127.0.0.1:8888\nvars:\n  enable: ${g.chars(ALNUM, 10)}_${g.chars(ALNUM, 6)}\ngroups:\n  juniper:\n    username: oxidized\n`,
    sampleIsBlock: true,
    negatives: ['vars:\n  enable: true\n', 'vars:\n  enable: <%= ENV["ENABLE_SECRET"] %>\n', 'features:\n  enable: something_enabled\n'],
  }),
  // HAProxy's stats page, Squid's parent proxy login, keepalived's VRRP password.
  defineRule({
    id: 'proxy-daemon-password',
    provider: 'Network device',
    description: "Password in a proxy or HA daemon's config: HAProxy stats auth user:password, Squid cache_peer login=user:password, keepalived auth_pass",
    keywords: ['stats auth ', 'login=', 'auth_pass '],
    pattern: /(?:^[ \t]*stats[ \t]+auth[ \t]+[^\s:]{1,64}:|^[ \t]*cache_peer[^\n]{0,256}?[ \t]login=[^\s:]{1,64}:|^[ \t]*auth_pass[ \t]+)([^\s"'\\]{6,128})(?=[ \t]|\r?$)/m,
    // (Squid's login= holds a proxy service's password: generated lower-case letters and digits
    // count there, from a blind grading of scraping tools.)
    accept: (m) => clearDeviceSecret(m[1] ?? '') || shortKey(m[1] ?? '') || (m[0].includes('login=') && isSlotPassword(m[1] ?? '')),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.haproxy.org/2.8/configuration.html#4.2-stats%20auth',
    sample: (g) => `listen stats\n    bind :8404\n    stats enable\n    stats auth admin:${g.chars(ALNUM, 18)}\n`,
    sampleIsBlock: true,
    negatives: ['    stats auth admin:${STATS_PASSWORD}\n', '    auth_pass 1111\n', 'cache_peer parent.example.org parent 3128 0 login=PASSTHRU\n'],
  }),
  // A cellular modem's APN login, given in AT commands (3GPP TS 27.007's `AT+CGAUTH=<cid>,<auth>,
  // "<user>","<password>"`, Quectel's `AT+QICSGP=<ctx>,<type>,"<apn>","<user>","<password>",<auth>`,
  // SIMCom's `AT+CSTT="<apn>","<user>","<password>"`), or to NetworkManager's nmcli as a
  // connection's password property (`gsm.password '…'`, `802-1x.password …`). From a blind grading
  // of IoT connectivity: 64 APN passwords missed outside key=value lines.
  defineRule({
    id: 'modem-apn-password',
    provider: 'Cellular modem',
    description: 'APN password in a modem AT command (AT+CGAUTH, AT+QICSGP, AT+CSTT) or a NetworkManager connection property for it (gsm, cdma, 802-1x or pppoe)',
    keywords: ['at+cgauth=', 'at+qicsgp=', 'at+cstt=', 'gsm.password', 'cdma.password', '802-1x.password', 'pppoe.password', 'vpn.secrets'],
    pattern: /(?:AT\+CGAUTH=\d{1,2},\d,"[^"\r\n]{0,64}"|AT\+QICSGP=\d{1,2},\d,"[^"\r\n]{0,100}","[^"\r\n]{0,64}"|AT\+CSTT="[^"\r\n]{0,100}","[^"\r\n]{0,64}"),"([^"\r\n]{4,64})"|(?<![A-Za-z0-9_.-])(?:gsm|cdma|802-1x|pppoe)\.password[ \t]{1,4}(?:'([^\s']{4,128})'|"([^\s"]{4,128})"|([^\s"']{4,128}))(?=\s|$)/i,
    secretGroup: 1,
    window: { before: 140, after: 200 },
    accept: (m) => isSlotPassword(m[1] ?? m[2] ?? m[3] ?? m[4] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.3gpp.org/DynaReport/27007.htm', how: "Change the APN account's password with the carrier or the private APN's RADIUS, and keep it in the device's secure storage, not in firmware sources or scripts." },
    docs: 'https://www.3gpp.org/DynaReport/27007.htm',
    sample: (g) => `AT+CGAUTH=1,2,"apn_fleet","${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}"`,
    negatives: ['AT+CGAUTH=1,0,"",""', 'AT+QICSGP=1,1,"internet","",""', 'nmcli con add type gsm ifname "*" apn internet gsm.password "$APN_PASSWORD"'],
  }),
  // OPNsense's config.xml keeps an IPsec pre-shared key as `<Key>…</Key>` with `<keyType>PSK</keyType>`
  // beside it. (From a blind grading of VPNs: 10 missed.)
  defineRule({
    id: 'opnsense-ipsec-psk',
    provider: 'IPsec',
    description: "IPsec pre-shared key in OPNsense's config.xml (<Key>…</Key> beside <keyType>PSK</keyType>)",
    keywords: ['<keytype>psk</keytype>'],
    pattern: /<Key>([^<\s]{6,128})<\/Key>[ \t\r\n]{0,80}<keyType>PSK<\/keyType>/,
    secretGroup: 1,
    span: 'near',
    window: { before: 220, after: 40 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://docs.opnsense.org/manual/vpnet.html',
    sample: (g) => `<preSharedKey>\n  <ident>203.0.113.107</ident>\n  <Key>${g.chars(ALNUM, 12)}~${g.chars(ALNUM, 14)}</Key>\n  <keyType>PSK</keyType>\n</preSharedKey>`,
    sampleIsBlock: true,
    negatives: ['<Key>changeme</Key>\n<keyType>PSK</keyType>', '<Key></Key>\n<keyType>PSK</keyType>'],
  }),
  // SoftEther's vpncmd takes the server's admin password and a user's password as `/PASSWORD:…`
  // and an IPsec PSK as `/PSK:…` (in scripts and shell history). (From a blind grading of VPNs: 17 missed.)
  defineRule({
    id: 'softether-vpncmd-password',
    provider: 'SoftEther VPN',
    description: 'Password or IPsec pre-shared key given to SoftEther vpncmd as /PASSWORD: or /PSK:',
    keywords: ['/password:', '/psk:'],
    pattern: /(?<![A-Za-z0-9])\/(?:PASSWORD|PSK):(["']?)([^\s"']{6,128})\1(?=[\s;]|$)/i,
    secretGroup: 2,
    window: { before: 0, after: 160 },
    accept: (m) => isPasswordValue(m[2] ?? '') && !/^[/$%]/.test(m[2] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://www.softether.org/4-docs/1-manual/6._Command_Line_Management_Utility_Manual',
    sample: (g) => `vpncmd localhost /SERVER /PASSWORD:${g.chars(ALNUM, 10)}--${g.chars(ALNUM, 8)}= /CMD UserList`,
    negatives: ['vpncmd localhost /SERVER /PASSWORD:%VPN_ADMIN_PW% /CMD UserList', 'vpncmd /SERVER /PASSWORD:$ADMIN_PASSWORD', 'IPsecEnable /L2TP:yes /PSK:vpn'],
  }),
];
