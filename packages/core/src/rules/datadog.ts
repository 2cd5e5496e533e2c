import { chars, defineRule, HEX, keyed } from './define.js';

/** Datadog credentials. */
export const datadogRules = [
  defineRule({
    id: 'datadog-api-key',
    provider: 'Datadog',
    description: 'Datadog API key (32 hex) under a Datadog-named key',
    keywords: ['datadog', 'dd_api', 'dd-api', 'ddapi'],
    pattern: keyed(`(?:datadog|dd)[_.-]?api[_.-]?key`, `[a-f0-9]{32}`),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://app.datadoghq.com/organization-settings/api-keys', how: 'Organization settings → API keys → revoke the key.' },
    sample: chars(HEX, 32),
    sampleKey: 'DD_API_KEY',
    negatives: ['DD_API_KEY=<DATADOG_API_KEY>', 'DD_API_KEY=${DD_API_KEY}'],
  }),
  defineRule({
    id: 'datadog-app-key',
    provider: 'Datadog',
    description: 'Datadog application key (40 hex) under a Datadog-named key',
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp'],
    pattern: keyed(`(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key`, `[a-f0-9]{40}`),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://app.datadoghq.com/organization-settings/application-keys', how: 'Organization settings → Application keys → revoke the key.' },
    sample: chars(HEX, 40),
    sampleKey: 'DD_APP_KEY',
    negatives: ['DD_APP_KEY=your_app_key'],
  }),
];
