import { defineRule, gen, keyed } from './define.js';

const UPPER_HEX = '0123456789ABCDEF';

/** Z-Wave network security keys (Z-Wave JS and Z-Wave JS UI). */
export const zWaveRules = [
  defineRule({
    id: 'z-wave-security-key',
    provider: 'Z-Wave',
    description: 'Z-Wave network security key (S0 legacy, S2 unauthenticated, authenticated, access control, Long Range): 16 bytes as 32 hex under its class name (Z-Wave JS UI settings, KEY_S2_* variables, zwave-js securityKeys)',
    keywords: ['s0_legacy', 's0legacy', 's2_unauthenticated', 's2unauthenticated', 's2_authenticated', 's2authenticated', 's2_accesscontrol', 's2accesscontrol', 's2_access_control'],
    // Z-Wave JS UI's settings.json (`"S2_Authenticated": "…"`), its container's KEY_S2_* variables,
    // Home Assistant's add-on options (`s2_access_control_key`), a driver's `securityKeys`.
    // (Also in camel case after "key": zwave-js examples' `const keyS2Authenticated = '…'`.)
    pattern: keyed('(?:key_?)?(?:s0_?legacy|s2_?(?:un)?authenticated|s2_?access_?control)', '[0-9A-Fa-f]{32}'),
    accept: (m) => {
      const hex = (m[1] ?? '').toUpperCase();
      // Documentation's keys count up (01 02 03 …) or repeat one byte.
      const bytes = hex.match(/../g) ?? [];
      const counting = bytes.every((b, i) => i === 0 || Number.parseInt(b, 16) === Number.parseInt(bytes[i - 1] ?? '', 16) + 1);
      return !counting && new Set(hex).size >= 8;
    },
    minEntropy: 2.8,
    severity: 'high',
    rotate: { url: 'https://zwave-js.github.io/node-zwave-js/#/getting-started/security-s2', how: 'Generate new keys (Z-Wave JS UI: Settings → Z-Wave → Security Keys) and re-include the devices that used them; devices keep the key they were included with.' },
    docs: 'https://zwave-js.github.io/node-zwave-js/#/getting-started/security-s2',
    sample: gen([UPPER_HEX, 32]),
    sampleKey: 'S2_Authenticated',
    negatives: ['"S2_Authenticated": ""', 'KEY_S2_Authenticated=${S2_AUTH_KEY}', 'S0_Legacy: 0102030405060708090A0B0C0D0E0F10'],
  }),
];
