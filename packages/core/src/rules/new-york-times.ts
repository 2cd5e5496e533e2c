import { chars, defineRule, keyed } from './define.js';

/** New York Times credentials. */
export const newYorkTimesRules = [
  defineRule({
    id: 'nytimes-api-key',
    provider: 'New York Times',
    description: 'New York Times developer API key (32 chars) under a New York Times-named key',
    keywords: ['nytimes', 'newyorktimes', 'new-york-times'],
    pattern: keyed('nytimes|newyorktimes|new-york-times', '[A-Za-z0-9=_-]{32}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.nytimes.com/my-apps', how: 'Revoke it in New York Times’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.nytimes.com/get-started',
    sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 32),
    sampleKey: 'NYTIMES_API_KEY',
    negatives: ['NYTIMES_API_KEY=your_api_key_here', 'NYTIMES_API_KEY=${NYTIMES_API_KEY}'],
  }),
];
