import { ALNUM, defineRule, UPPER_ALNUM } from './define.js';

/** HestiaCP credentials. */
export const hestiacpRules = [
  // HestiaCP's API takes an access key as `hash=<access key id>:<secret key>` (20 upper-case
  // letters and digits, ":", 40 letters and digits) in a form body or a query string. (From a
  // blind grading of hosting panels: 14 of 23 missed in curl calls.)
  defineRule({
    id: 'hestiacp-access-key',
    provider: 'HestiaCP',
    description: 'HestiaCP API access key given as hash=<key id>:<secret key>',
    keywords: ['hash='],
    pattern: /(?<![A-Za-z0-9_-])hash=[A-Z0-9]{20}(?::|%3A)([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 80 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://hestiacp.com/docs/server-administration/rest-api', how: 'Delete the access key (v-delete-access-key), create a new one with the least permissions the integration needs, and keep it in a secret store.' },
    docs: 'https://hestiacp.com/docs/server-administration/rest-api',
    sample: (g) => `curl -s --data-urlencode "hash=${g.chars(UPPER_ALNUM, 20)}:${g.chars(ALNUM, 40)}" --data "cmd=v-list-users" https://panel.example.org:8083/api/`,
    sampleIsBlock: true,
    negatives: ['curl -s --data-urlencode "hash=$HESTIA_KEY_ID:$HESTIA_SECRET" https://panel.example.org:8083/api/'],
  }),
];
