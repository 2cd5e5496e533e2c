import type { SampleGen } from '../types.js';
import { enclosingObject, quotedValueFollows } from './nested-keys.js';
import { defineRule, keyed } from './define.js';

// A device's local key: 16 printable characters (punctuation among them), which tinytuya,
// localtuya and tuya-convert read to talk to the device on the LAN.
const KEY_CHAR = '!#$%()*+,\\-./0-9:;?@A-Z\\[\\]^_a-z{|}~';
const LOCAL_KEY_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&()*+,-./:;<=>?@[]^_{|}~';
// The key as group 1 of a pattern; what may follow it (markup's and form bodies' ends) is allowed in.
const LOCAL_KEY = `[${KEY_CHAR}<>&=]{16}`;

/** A generated local key mixes letters with other characters and repeats few. */
const acceptLocalKey = (m: RegExpExecArray): boolean => {
  const v = m[1] ?? '';
  return /[A-Za-z]/.test(v) && /[^A-Za-z]/.test(v) && new Set(v).size >= 10;
};
const localKeySample = (g: SampleGen): string => `${g.chars(LOCAL_KEY_CHARS.slice(0, 62), 6)}${g.chars('!*-._~', 2)}${g.chars(LOCAL_KEY_CHARS.slice(0, 62), 8)}`;
const ROTATE = { url: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys', how: 'Re-pair the device in the Smart Life or Tuya app (a new pairing issues a new local key), then update the integration that holds it.' };

/** How every rule here reports a local key: its entropy floor, punctuation allowed, medium severity and confidence. */
const LOCAL_KEY_JUDGED = { minEntropy: 3, punctuated: true, severity: 'medium', confidence: 'medium', rotate: ROTATE } as const;

/** Tuya (Smart Life) devices: the local key that encrypts a device's LAN protocol. */
export const tuyaRules = [
  defineRule({
    id: 'tuya-local-key',
    provider: 'Tuya',
    description: "Tuya device local key (16 printable characters) under local_key / localKey (tinytuya, localtuya, Home Assistant's devices)",
    keywords: ['local_key', 'localkey', 'local-key'],
    // Any printable character but quotes and a backslash; what ends a value in markup or a form
    // body (`<`, `>`, `&`, `=`) may follow it.
    pattern: keyed('local[_-]?key', LOCAL_KEY, KEY_CHAR),
    accept: acceptLocalKey,
    ...LOCAL_KEY_JUDGED,
    docs: 'https://developer.tuya.com/en/docs/iot/device-connection-protocol?id=Kb3kq5nl2291v',
    sample: localKeySample,
    sampleKey: 'local_key',
    negatives: ["local_key='0123456789abcdef'", 'local_key: !secret tuya_lamp_key', "local_key=os.environ['TUYA_LOCAL_KEY']"],
  }),
  // Firmware sketches #define the local key (from a blind grading: such keys were missed). tinytuya's
  // devices.json holds it under a bare "key" beside the device's id: a keyword too common in
  // JSON and code to scan for (it cost a scan of package sources 9%), so that form is left.
  defineRule({
    id: 'tuya-local-key-define',
    provider: 'Tuya',
    description: 'Tuya device local key #defined in a sketch or header (#define LOCAL_KEY "…", TUYA_LOCAL_KEY)',
    keywords: ['local_key', 'localkey'],
    span: 'near',
    window: { before: 48, after: 80 },
    pattern: new RegExp(`#define[ \\t]+[A-Z0-9_]{0,24}LOCAL_?KEY[ \\t]+"(${LOCAL_KEY})"`),
    accept: acceptLocalKey,
    ...LOCAL_KEY_JUDGED,
    docs: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys',
    sample: (g) => `#define TUYA_LOCAL_KEY "${localKeySample(g)}"`,
    negatives: ['#define LOCAL_KEY "xxxxxxxxxxxxxxxx"', '#define LOCAL_KEY_LEN 16'],
  }),
  // tinytuya's devices.json (and a snapshot or a scan's output) keeps the key under a bare "key"
  // in the device's object, beside its "id" and its "ip", "mac" or protocol "version"; tuyapi
  // takes `{ id: '…', key: '…' }`. The object's other fields say whose key it is. (From a blind
  // grading of smart home platforms: 128 of 160 missed.)
  defineRule({
    id: 'tuya-device-object-key',
    provider: 'Tuya',
    description: 'Tuya device local key under a bare "key" in a device object beside its id and ip/mac/version (tinytuya devices.json, tuyapi)',
    keywords: ['"key"'],
    near: quotedValueFollows,
    pattern: /"key"[ \t]*:[ \t]*"([^"\\\r\n]{16})"/,
    secretGroup: 1,
    window: { before: 0, after: 40 },
    accept: (m, text, at) => {
      const object = enclosingObject(text, at);
      return /"(?:id|gwId|devId)"[ \t]*:/.test(object) && /"(?:ip|mac|version|ver|product_key|category)"[ \t]*:/.test(object) && acceptLocalKey(m);
    },
    ...LOCAL_KEY_JUDGED,
    docs: 'https://github.com/jasonacox/tinytuya#setup-wizard---getting-local-keys',
    sample: (g) => `[\n  {\n    "name": "Lamp",\n    "id": "bf${g.chars(LOCAL_KEY_CHARS.slice(0, 36).toLowerCase(), 18)}",\n    "key": "${localKeySample(g)}",\n    "mac": "a4:cf:12:3b:4c:5d",\n    "ip": "192.168.1.42",\n    "version": "3.3"\n  }\n]`,
    sampleIsBlock: true,
    negatives: ['{"id": "lamp", "key": "0123456789abcdef", "ip": "192.168.1.42"}', '{"key": "sort_by_created_at", "id": 3}'],
  }),
];
