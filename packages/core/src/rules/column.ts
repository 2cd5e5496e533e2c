import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Column credentials. */
export const columnRules = [
  defineRule({
    id: 'column-api-key',
    provider: 'Column',
    description: 'Column banking API key (live_/test_ + 27) under a Column-named key',
    keywords: ['column'],
    pattern: keyed('column', '(?:live|test)_[A-Za-z0-9]{27}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://column.com/docs/api/#section/Authentication', how: 'Revoke it in Column’s settings, issue a new one and update where it is stored.' },
    docs: 'https://column.com/docs/api/#section/Authentication',
    sample: gen('live_', [ALNUM, 27]),
    sampleKey: 'COLUMN_API_KEY',
    negatives: ['COLUMN_API_KEY=your_api_key_here', 'COLUMN_API_KEY=${COLUMN_API_KEY}'],
  }),
];
