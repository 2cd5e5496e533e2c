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
    // datadog-api-client's `authMethods: { appKeyAuth: … }` too.
    keywords: ['datadog', 'dd_app', 'dd-app', 'ddapp', 'appkeyauth'],
    pattern: keyed(`(?:datadog|dd)[_.-]?app(?:lication)?[_.-]?key|appKeyAuth`, `[a-f0-9]{40}`),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://app.datadoghq.com/organization-settings/application-keys', how: 'Organization settings → Application keys → revoke the key.' },
    sample: chars(HEX, 40),
    sampleKey: 'DD_APP_KEY',
    negatives: ['DD_APP_KEY=your_app_key'],
  }),
  // The Agent's dual shipping: `additional_endpoints:` maps each intake URL to a list of API
  // keys (datadog.yaml's `"https://app.datadoghq.eu":` ⏎ `- <key>`), under no key name.
  defineRule({
    id: 'datadog-additional-endpoint-api-key',
    provider: 'Datadog',
    description: "Datadog API key listed under an intake URL in the Agent's additional_endpoints (datadog.yaml dual shipping)",
    keywords: ['datadoghq.', 'ddog-gov.'],
    window: { before: 0, after: 400 },
    span: 'block',
    pattern: /(?:datadoghq|ddog-gov)\.[a-z.]{2,16}\/?["']?[ \t]*:[ \t]*(?:\r?\n[ \t]*-[ \t]{1,4}["']?[a-f0-9]{32}["']?[ \t]*){0,7}\r?\n[ \t]*-[ \t]{1,4}["']?([a-f0-9]{32})["']?(?=[ \t]*(?:\r?\n|$))/,
    secretGroup: 1,
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://app.datadoghq.com/organization-settings/api-keys', how: 'Organization settings → API keys → revoke the key, then update the Agent configuration.' },
    docs: 'https://docs.datadoghq.com/agent/configuration/dual-shipping/',
    sample: (g) => `additional_endpoints:\n  "https://app.datadoghq.eu":\n  - ${g.chars(HEX, 32)}\n`,
    negatives: ['additional_endpoints:\n  "https://app.datadoghq.eu":\n  - ${DD_API_KEY_EU}\n'],
  }),
];
