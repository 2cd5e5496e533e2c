import { defineRule, gen, HEX, keyed } from './define.js';

/** Opsgenie credentials. */
export const opsgenieRules = [
  defineRule({
    id: 'opsgenie-api-key',
    provider: 'Opsgenie',
    description: 'Opsgenie API key (UUID) under a Opsgenie-named key',
    // The key's own names (OPSGENIE_API_KEY, opsgenieKey, the GenieKey header's GENIE_KEY), not
    // any Opsgenie-named UUID (a log line's `opsgenie_request=<id>`).
    keywords: ['opsgenie', 'geniekey', 'genie_key', 'genie-key'],
    pattern: keyed('opsgenie[_.-]?(?:(?:api|integration|heartbeat)[_.-]?)?(?:key|token)|genie[_.-]?key', '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://support.atlassian.com/opsgenie/docs/api-key-management/', how: 'Revoke it in Opsgenie’s settings, issue a new one and update where it is stored.' },
    docs: 'https://support.atlassian.com/opsgenie/docs/api-key-management/',
    sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'OPSGENIE_API_KEY',
    negatives: ['OPSGENIE_API_KEY=your_api_key_here', 'OPSGENIE_API_KEY=${OPSGENIE_API_KEY}'],
  }),
];
