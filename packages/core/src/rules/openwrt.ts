import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** OpenWrt's UCI configuration: a wireless interface's passphrase (`option key`) and other passwords, in /etc/config files and backups. */
export const openwrtRules = [
  defineRule({
    id: 'openwrt-uci-password',
    provider: 'OpenWrt',
    description: "Passphrase or password in an OpenWrt UCI config (option key '…' of a wifi-iface, option password, sae_password, auth_secret)",
    keywords: ['option key', 'option password', 'option sae_password', 'option auth_secret', 'option psk'],
    pattern: /^[ \t]*option[ \t]+(?:key|password|sae_password|auth_secret|psk)[ \t]+(['"]?)([^\s'"]{8,128})\1[ \t]*\r?$/m,
    secretGroup: 2,
    window: { before: 32, after: 200 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://openwrt.org/docs/guide-user/network/wifi/basic', how: 'Change the passphrase on the router (uci set, or LuCI), then on every client; keep backups that hold it out of the repository.' },
    docs: 'https://openwrt.org/docs/guide-user/network/wifi/basic#wpa_modes',
    sample: (g) => `config wifi-iface 'default_radio0'\n\toption device 'radio0'\n\toption mode 'ap'\n\toption ssid 'HomeNet'\n\toption encryption 'psk2'\n\toption key '${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 5)}'\n`,
    negatives: ["\toption key 'YOUR_WIFI_KEY'", "\toption key '12345678'", "\toption password ''"],
  }),
];
