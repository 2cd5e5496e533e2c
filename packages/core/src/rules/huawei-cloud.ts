import { defineRule, UPPER_ALNUM, ALNUM } from './define.js';

/** Huawei Cloud (and SDKs that name a key pair the same way): an access key and its secret. */
export const huaweiCloudRules = [
  // OBS and the Huawei Cloud SDKs name the pair by its short names in YAML and JSON (`ak:` then
  // `sk:`): the access key id is 20 capitals and digits, the secret 40 letters and digits. A bare
  // `sk:` is too short a name to stand alone; after an `ak:` line of that shape it is the secret.
  defineRule({
    id: 'huawei-cloud-sk-pair',
    provider: 'Huawei Cloud',
    description: 'Huawei Cloud secret access key (40 letters and digits) under sk right after an ak of 20 capitals and digits (OBS configs, SDK settings)',
    keywords: ['sk:', 'sk =', 'sk=', 'sk":', "sk':"],
    near: (text, at) => {
      const c = at === 0 ? 10 : text.charCodeAt(at - 1);
      return c === 10 || c === 13 || c === 32 || c === 9 || c === 34 || c === 39 || c === 44 || c === 123;
    },
    span: 'near',
    window: { before: 120, after: 80 },
    pattern: /(?<![A-Za-z0-9_])ak["']?[ \t]*[:=][ \t]*["']?[A-Z0-9]{20}["']?[ \t]*,?[ \t]*\r?\n?[ \t]*["']?sk["']?[ \t]*[:=][ \t]*["']?([A-Za-z0-9]{40})(?![A-Za-z0-9])/,
    minEntropy: 4,
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html', how: 'Delete the access key in My Credentials → Access Keys, create a new one, and update where it is used.' },
    docs: 'https://support.huaweicloud.com/intl/en-us/usermanual-ca/ca_01_0003.html',
    sample: (g) => `obs:\n  endpoint: obs.ap-southeast-1.myhuaweicloud.com\n  ak: ${g.chars(UPPER_ALNUM, 20)}\n  sk: ${g.chars(ALNUM, 40)}\n`,
    sampleIsBlock: true,
    negatives: ['ak: ${HUAWEI_AK}\nsk: ${HUAWEI_SK}', 'task: build\ndisk: 40'],
  }),
];
