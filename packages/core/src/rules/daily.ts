import { chars, defineRule, HEX, keyed } from './define.js';

/** Daily credentials. */
export const dailyRules = [
  defineRule({
    id: 'daily-api-key',
    provider: 'Daily',
    description: 'Daily.co REST API key (64 hex) under a Daily-named key',
    keywords: ['daily'],
    pattern: keyed('daily', '[a-f0-9]{64}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://dashboard.daily.co/developers', how: 'Revoke it in Daily’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.daily.co/reference/rest-api',
    sample: chars(HEX, 64),
    sampleKey: 'DAILY_API_KEY',
    negatives: ['DAILY_API_KEY=your_api_key_here', 'DAILY_API_KEY=${DAILY_API_KEY}'],
  }),
];
