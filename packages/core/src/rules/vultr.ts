import { chars, defineRule, keyed, UPPER_ALNUM } from './define.js';

/** Vultr credentials. */
export const vultrRules = [
  defineRule({
    id: 'vultr-api-key',
    provider: 'Vultr',
    description: 'Vultr API key (36 uppercase alnum) under a Vultr-named key',
    keywords: ['vultr'],
    pattern: keyed('vultr', '[A-Z0-9]{36}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://my.vultr.com/settings/#settingsapi', how: 'Revoke it in Vultr’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.vultr.com/api/#section/Authentication',
    sample: chars(UPPER_ALNUM, 36),
    sampleKey: 'VULTR_API_KEY',
    negatives: ['VULTR_API_KEY=your_api_key_here', 'VULTR_API_KEY=${VULTR_API_KEY}'],
  }),
];
