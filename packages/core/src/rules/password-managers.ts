import { isPlaceholder } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { ALNUM, DIGITS, defineRule, UPPER } from './define.js';
import { isHashOrCipher, isSlotSecret } from './generic.js';
import { inUse } from './passwords.js';
import { isOtpSeed } from './totp.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const rotate = { url: 'https://owasp.org/www-community/password-special-characters', how: "Change the password at every site it opens (a password manager's export holds them all), delete the export, and keep the vault's own encrypted export instead." };

/**
 * A value a password manager or a Wi-Fi profile keeps where only a password goes: any a person
 * chose (words, a phrase with blanks, a PIN of four digits or more in a protected field), not a
 * stand-in, a placeholder, a hash or a ciphertext.
 */
export function isKeptPassword(value: string, min = 6): boolean {
  const v = value.trim();
  if (v.length < min || v.length > 256 || v !== value) return false;
  if (!inUse(v) || isPlaceholder(v) || isHashOrCipher(v) || /^(.)\1*$/.test(v)) return false;
  // A template's stand-in in brackets, XML-escaped or not (`[hidden]`, `&lt;PASSWORD&gt;`).
  if (/^(?:\[[A-Za-z _-]{1,40}\]|(?:<|&lt;)[A-Za-z _-]{1,40}(?:>|&gt;)|\{[A-Za-z _-]{1,40}\})$/.test(v)) return false;
  return isSlotSecret(v) || /^[0-9]{4,12}$/.test(v) || /[A-Za-z]{3}/.test(v);
}

/** A base32 OTP seed as exports write it: upper or lower case, maybe in groups of four. */
export function isSpacedSeed(value: string): boolean {
  return isOtpSeed(value.replace(/ /g, '').toUpperCase());
}

const seedSample = (g: { chars(a: string, n: number): string }): string => g.chars(BASE32, 32);

/** Password managers' exports and saved Wi-Fi profiles: the passwords, PINs and OTP seeds they hold in the clear. */
export const passwordManagerRules = [
  // KeePass's XML export (and KeePassXC's) writes each protected field, the password and any
  // custom field marked protected (a PIN, a TOTP seed), as `<Value ProtectInMemory="True">…</Value>`.
  defineRule({
    id: 'keepass-protected-value',
    provider: 'KeePass',
    description: 'Protected field (password, PIN, TOTP seed) of a KeePass or KeePassXC XML export: <Value ProtectInMemory="True">…</Value>',
    keywords: ['protectinmemory="true"'],
    pattern: /<Value[ \t]{1,4}ProtectInMemory="True">([^<\r\n]{4,256})<\/Value>/,
    window: { before: 40, after: 300 },
    accept: (m) => isKeptPassword(m[1] ?? '', 4),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://keepass.info/help/base/importexport.html#xml',
    sample: (g) => `<String><Key>Password</Key><Value ProtectInMemory="True">${g.chars(ALNUM, 10)}#${g.int(10, 99)}</Value></String>`,
    negatives: ['<Value ProtectInMemory="True"></Value>', '<Value ProtectInMemory="True">changeme</Value>', '<Value ProtectInMemory="True">********</Value>'],
  }),
  // 1Password's 1PUX export (export.data, JSON): a login's fields with the password marked by its
  // designation (`{"value": "…", "id": "", "name": "password", "fieldType": "P", "designation": "password"}`).
  defineRule({
    id: 'onepassword-1pux-password',
    provider: '1Password',
    description: "Login password in a 1Password 1PUX export (export.data: a loginFields entry designated \"password\")",
    keywords: ['"designation"'],
    span: 'near',
    pattern: /"value"[ \t]{0,4}:[ \t]{0,4}"((?:[^"\\\r\n]|\\.){4,256})"[ \t]{0,4},(?:[ \t\r\n]{0,64}"(?:id|name|fieldType|type)"[ \t]{0,4}:[ \t]{0,4}"[^"\r\n]{0,64}"[ \t]{0,4},){0,4}[ \t\r\n]{0,64}"designation"[ \t]{0,4}:[ \t]{0,4}"password"/,
    window: { before: 600, after: 80 },
    accept: (m) => isKeptPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://support.1password.com/1pux-format/',
    sample: (g) => `{"value": "${g.chars(ALNUM, 10)}#${g.int(10, 99)}", "id": "", "name": "password", "fieldType": "P", "designation": "password"}`,
    negatives: ['{"value": "", "id": "", "name": "password", "fieldType": "P", "designation": "password"}', '{"value": "admin", "name": "username", "fieldType": "T", "designation": "username"}'],
  }),
  // A saved form's or a recorded request's password field as JSON objects list them (a browser
  // extension's autofill store, a HAR's postData.params): `{"name": "passwd", "type": "password",
  // "value": "…"}`, the name or the type saying what the value is.
  defineRule({
    id: 'form-field-password',
    provider: 'Browsers',
    description: 'Password in a JSON list of form fields (autofill data, a HAR\'s postData.params): {"name": "password", "value": "…"} or {"type": "password", …, "value": "…"}',
    keywords: ['"password"', '"passwd"', '"pwd"'],
    span: 'near',
    pattern: /"(?:name|type)"[ \t]{0,4}:[ \t]{0,4}"(?:password|passwd|pwd|user_?password|login_?password|current-password)"[ \t]{0,4},(?:[ \t\r\n]{0,64}"(?:name|type|id|autocomplete)"[ \t]{0,4}:[ \t]{0,4}"[^"\r\n]{0,64}"[ \t]{0,4},){0,3}[ \t\r\n]{0,64}"value"[ \t]{0,4}:[ \t]{0,4}"((?:[^"\\\r\n]|\\.){4,256})"/,
    window: { before: 40, after: 600 },
    accept: (m) => isKeptPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'http://www.softwareishard.com/blog/har-12-spec/#params',
    sample: (g) => `{"name": "password", "type": "password", "value": "${g.chars(ALNUM, 10)}#${g.int(10, 99)}"}`,
    negatives: ['{"name": "password", "value": ""}', '{"name": "password", "value": "{{password}}"}', '{"name": "password", "type": "password", "value": "********"}'],
  }),
  // A TOTP seed under the name exports give it: Bitwarden's and 1Password's `"totp"`, Dashlane's
  // `otpSecret`, KeePass's `TimeOtp-Secret-Base32`, an app's `otp_secret`.
  defineRule({
    id: 'otp-seed-field',
    provider: 'Two-factor authentication',
    description: 'TOTP seed (base32) under the name password managers and apps give it ("totp", otpSecret, otp_secret, TimeOtp-Secret-Base32)',
    keywords: ['totp', 'otpsecret', 'otp_secret', 'otp-secret', 'timeotp-secret'],
    pattern: /(?<![A-Za-z0-9_])(?:totp|login_totp|otpSecret|otp_secret|otp-secret|OTP_SECRET|TimeOtp-Secret-Base32)(["']?)[ \t]{0,4}[:=][ \t]{0,4}(["']?)((?:[A-Za-z2-7]{4}[ ]?){3,31}[A-Za-z2-7]{1,4}={0,6})\2(?![A-Za-z0-9+/=])/,
    secretGroup: 3,
    window: { before: 32, after: 200 },
    accept: (m) => isSpacedSeed(m[3] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.rfc-editor.org/rfc/rfc6238', how: 'Turn two-factor authentication off and on again at the site (a new seed), enrol the authenticator anew, and delete the export.' },
    docs: 'https://bitwarden.com/help/condition-bitwarden-import/',
    sample: (g) => `"totp": "${seedSample(g)}"`,
    negatives: ['"totp": null', '"totp": "JBSWY3DPEHPK3PXP"', 'totp: "AAAAAAAAAAAAAAAAAAAA"'],
  }),
  // Google Authenticator's transfer QR code: `otpauth-migration://offline?data=` and a base64
  // protobuf holding every account's seed.
  defineRule({
    id: 'otpauth-migration-data',
    provider: 'Google Authenticator',
    description: "Google Authenticator export (otpauth-migration://offline?data=…: every account's TOTP seed, base64 protobuf)",
    keywords: ['otpauth-migration'],
    pattern: /otpauth-migration:\/\/offline\?data=((?:[A-Za-z0-9+/_-]|%2[BbFf]){16,4096}(?:=|%3[Dd]){0,2})/,
    window: { before: 24, after: 4200 },
    accept: (m) => shannonEntropy(m[1] ?? '') >= 4,
    severity: 'high',
    rotate: { url: 'https://support.google.com/accounts/answer/1066447', how: 'Re-enrol two-factor authentication at each account in the export (new seeds), and delete the QR code and its text.' },
    docs: 'https://github.com/google/google-authenticator-android/blob/master/docs/protocol.md',
    sample: (g) => `otpauth-migration://offline?data=CjAKFD${g.chars(ALNUM, 60)}`,
    negatives: ['otpauth-migration://offline?data=<payload>', 'otpauth-migration://offline?data=AAAAAAAAAAAAAAAAAAAAAAAAAA'],
  }),
  // A Wi-Fi network as a QR code's text: `WIFI:T:WPA;S:<ssid>;P:<password>;;`.
  defineRule({
    id: 'wifi-qr-password',
    provider: 'Wi-Fi',
    description: 'Wi-Fi password in a network QR code payload (WIFI:T:WPA;S:…;P:…;;)',
    keywords: ['wifi:'],
    pattern: /WIFI:(?:[TSHIR]:(?:[^;\\\r\n]|\\.){0,64};){0,4}P:((?:[^;\\\r\n]|\\.){8,63});/,
    window: { before: 8, after: 360 },
    accept: (m) => isKeptPassword(m[1] ?? '', 8),
    severity: 'medium',
    rotate: { url: 'https://www.wi-fi.org/discover-wi-fi/security', how: "Change the network's passphrase on the access point, rejoin the devices, and print a new QR code." },
    docs: 'https://github.com/zxing/zxing/wiki/Barcode-Contents#wi-fi-network-config-android-ios-11',
    sample: (g) => `WIFI:T:WPA;S:office-5G;P:${g.chars(ALNUM, 12)}#${g.int(10, 99)};;`,
    negatives: ['WIFI:T:WPA;S:office;P:<password>;;', 'WIFI:T:WPA;S:office;P:password;;'],
  }),
  // A Windows WLAN profile (netsh wlan export profile key=clear) holds the passphrase in the clear
  // under <keyMaterial> when <protected> is false (protected, it is a DPAPI blob in hex).
  defineRule({
    id: 'windows-wlan-key-material',
    provider: 'Wi-Fi',
    description: 'Wi-Fi passphrase in a Windows WLAN profile exported with key=clear (<keyMaterial>…</keyMaterial>, <protected>false</protected>)',
    keywords: ['<keymaterial>'],
    pattern: /<keyMaterial>([^<\r\n]{8,63})<\/keyMaterial>/,
    window: { before: 200, after: 40 },
    accept: (m) => isKeptPassword(m[1] ?? '', 8),
    severity: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-keymaterial-sharedkey-element', how: "Change the network's passphrase on the access point, and export profiles without key=clear." },
    docs: 'https://learn.microsoft.com/en-us/windows/win32/nativewifi/wlan-profileschema-keymaterial-sharedkey-element',
    sample: (g) => `<sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>${g.chars(ALNUM, 12)}#${g.int(10, 99)}</keyMaterial></sharedKey>`,
    negatives: ['<keyMaterial>changeme</keyMaterial>', '<keyMaterial>{{ wifi_psk }}</keyMaterial>'],
  }),
  // `netsh wlan show profile name=… key=clear` prints the passphrase as "Key Content : …".
  defineRule({
    id: 'netsh-wlan-key-content',
    provider: 'Wi-Fi',
    description: 'Wi-Fi passphrase as netsh wlan show profile … key=clear prints it (Key Content : …)',
    keywords: ['key content'],
    pattern: /(?<![A-Za-z])Key Content[ \t]{1,40}:[ \t]{1,4}([^\r\n]{8,63}?)[ \t]*(?=\r?\n|$)/,
    window: { before: 8, after: 140 },
    accept: (m) => isKeptPassword(m[1] ?? '', 8),
    severity: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-wlan', how: "Change the network's passphrase on the access point, and remove the output from wherever it was shared." },
    docs: 'https://learn.microsoft.com/en-us/windows-server/networking/technologies/netsh/netsh-wlan',
    sample: (g) => `    Key Content            : ${g.chars(ALNUM, 12)}#${g.int(10, 99)}\n`,
    negatives: ['    Key Content            : Absent', '    Key Content            : <hidden>'],
  }),
  // Joining a Wi-Fi network from a shell: `nmcli dev wifi connect <ssid> password <pw>`,
  // `nmcli con modify <name> wifi-sec.psk <pw>`, macOS `networksetup -setairportnetwork en0 <ssid> <pw>`,
  // `raspi-config nonint do_wifi_ssid_passphrase <ssid> <pw>`, `wpa_passphrase <ssid> <pw>`.
  defineRule({
    id: 'wifi-join-command-password',
    provider: 'Wi-Fi',
    description: 'Wi-Fi passphrase given to a command that joins or configures a network (nmcli … password / wifi-sec.psk, networksetup -setairportnetwork, raspi-config do_wifi_ssid_passphrase, wpa_passphrase)',
    keywords: ['nmcli', 'networksetup', 'do_wifi_ssid_passphrase', 'wpa_passphrase'],
    pattern: /(?<![A-Za-z0-9_.-])(?:nmcli[^\n|;&]{0,200}?[ \t](?:password|wifi-sec\.psk|802-11-wireless-security\.psk)|(?:networksetup[ \t]{1,4}-setairportnetwork[ \t]{1,4}[A-Za-z0-9]{1,16}|raspi-config[ \t]{1,4}nonint[ \t]{1,4}do_wifi_ssid_passphrase|wpa_passphrase)[ \t]{1,4}(?:"[^"\r\n]{1,64}"|'[^'\r\n]{1,64}'|[^\s"']{1,64}))[ \t]{1,4}(?:"([^"\r\n]{8,63})"|'([^'\r\n]{8,63})'|([^\s"'|;&]{8,63}))/,
    window: { before: 320, after: 200 },
    accept: (m) => isKeptPassword(m[1] ?? m[2] ?? m[3] ?? '', 8),
    severity: 'medium',
    rotate: { url: 'https://networkmanager.dev/docs/api/latest/nmcli.html', how: "Change the network's passphrase on the access point, and give it to the command from a prompt (nmcli --ask) instead of its arguments." },
    docs: 'https://networkmanager.dev/docs/api/latest/nmcli.html',
    sample: (g) => `nmcli dev wifi connect "office-5G" password '${g.chars(ALNUM, 12)}#${g.int(10, 99)}'`,
    negatives: ['nmcli dev wifi connect "office" password "$WIFI_PSK"', 'nmcli --ask dev wifi connect office', 'wpa_passphrase office < psk.txt'],
  }),
  // A FileVault personal recovery key (fdesetup, an MDM escrow report: six groups of four) or an
  // Apple Account recovery key (seven groups), with recovery or FileVault named nearby.
  defineRule({
    id: 'apple-recovery-key',
    provider: 'Apple',
    description: 'FileVault personal recovery key or Apple Account recovery key (groups of four letters and digits joined by "-") with recovery, FileVault or fdesetup nearby',
    keywords: ['recovery', 'filevault', 'fdesetup'],
    pattern: /(?<![A-Za-z0-9-])([A-Z0-9]{4}(?:-[A-Z0-9]{4}){5,6})(?![A-Za-z0-9-])/,
    span: 'near',
    window: { before: 3000, after: 3000 },
    accept: (m) => {
      const key = m[1] ?? '';
      return /[0-9]/.test(key) && /[A-Z]/.test(key) && new Set(key.replace(/-/g, '')).size >= 12 && !isPlaceholder(key);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://support.apple.com/guide/deployment/manage-filevault-with-mdm-dep0a2cb7686/web', how: 'Rotate the recovery key (fdesetup changerecovery -personal, or the MDM\'s rotation), and keep it in the MDM escrow, not in documents.' },
    docs: 'https://support.apple.com/guide/deployment/manage-filevault-with-mdm-dep0a2cb7686/web',
    sample: (g) => `Recovery key = '${Array.from({ length: 6 }, () => g.chars(UPPER.replace(/[IO]/g, '') + DIGITS, 4)).join('-')}'`,
    negatives: ['Recovery key = XXXX-XXXX-XXXX-XXXX-XXXX-XXXX', 'recovery key: ABCD-EFGH-IJKL-MNOP-QRST-UVWX'],
  }),
];
