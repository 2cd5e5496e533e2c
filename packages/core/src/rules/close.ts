import { defineRule, gen, keyed } from './define.js';

/** Close credentials. */
export const closeRules = [
  defineRule({
    id: 'close-crm-api-key',
    provider: 'Close',
    description: 'Close CRM API key (api_ + 45) under a Close-named key',
    keywords: ['close', 'closecrm'],
    pattern: keyed('close|closecrm', 'api_[A-Za-z0-9.]{45}', 'A-Za-z0-9_.'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.close.com/settings/developer/api-keys/', how: 'Revoke it in Close’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.close.com/topics/authentication/',
    sample: gen('api_', ['.0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 45]),
    sampleKey: 'CLOSE_API_KEY',
    negatives: ['CLOSE_API_KEY=your_api_key_here', 'CLOSE_API_KEY=${CLOSE_API_KEY}'],
  }),
];
