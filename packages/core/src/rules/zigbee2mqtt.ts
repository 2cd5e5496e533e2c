import type { SampleGen } from '../types.js';
import { defineRule } from './define.js';

// The example in Zigbee2MQTT's documentation (and its sample configuration): no network's key.
const DOCUMENTED = '1,3,5,7,9,11,13,15,0,2,4,6,8,10,12,13';

const bytes = (g: SampleGen): number[] => Array.from({ length: 16 }, () => Number.parseInt(g.chars('0123456789abcdef', 2), 16));

/** Zigbee2MQTT: the Zigbee network key. */
export const zigbee2mqttRules = [
  defineRule({
    id: 'zigbee2mqtt-network-key',
    provider: 'Zigbee2MQTT',
    description: "Zigbee network key in Zigbee2MQTT's configuration (advanced.network_key: sixteen numbers, as a list on one line or one per line)",
    keywords: ['network_key', 'networkkey', 'network-key'],
    span: 'near',
    window: { before: 16, after: 400 },
    // `network_key: [a, b, …]` or a block list of 16 `- n` items (`GENERATE` asks for one); the
    // list as a string under a network key's name elsewhere (`Z2M_NETWORK_KEY = "[…]"`,
    // `z2mNetworkKey: "[…]"`, a log line's `z2m_network_key=[…]`).
    pattern: /(?<![A-Za-z0-9])(?:z2m[_-]?|zigbee[_-]?)?network[_-]?key["'`]?[ \t]{0,4}(?::=|=>|[:=])[ \t]{0,4}(?:["'`][ \t]{0,4})?((?:\[[ \t]*(?:(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3})[ \t]*,[ \t]*){15}(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3})[ \t]*\])|(?:\r?\n[ \t]+-[ \t]*(?:0[xX][0-9A-Fa-f]{1,2}|\d{1,3})[ \t]*){16})(?![ \t]*\r?\n[ \t]+-)/i,
    accept: (m) => {
      // (Or in hex, `[0xEB, 0xA3, …]`; from a blind grading of smart home platforms.)
      const values = ((m[1] ?? '').match(/0[xX][0-9A-Fa-f]{1,2}|\d{1,3}/g) ?? []).map((v) => String(Number(v)));
      return values.join(',') !== DOCUMENTED && values.every((v) => Number(v) <= 255) && new Set(values).size >= 8;
    },
    minEntropy: 0,
    severity: 'high',
    rotate: { url: 'https://www.zigbee2mqtt.io/guide/configuration/zigbee-network.html#network-config', how: 'Set network_key: GENERATE (a new key) and re-pair every device: the key cannot be changed under a running network.' },
    docs: 'https://www.zigbee2mqtt.io/guide/configuration/zigbee-network.html#network-config',
    sample: (g) => `advanced:\n  pan_id: 6754\n  network_key: [${bytes(g).join(', ')}]\n`,
    negatives: ['advanced:\n  network_key: GENERATE\n', 'advanced:\n  network_key: [1, 3, 5, 7, 9, 11, 13, 15, 0, 2, 4, 6, 8, 10, 12, 13]\n', 'advanced:\n  network_key: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]\n'],
  }),
];
