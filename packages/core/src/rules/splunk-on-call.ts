import { ALNUM, chars, defineRule, HEX } from './define.js';

/** Splunk On-Call (VictorOps) credentials. */
export const splunkOnCallRules = [
  defineRule({
    id: 'splunk-on-call-rest-endpoint',
    provider: 'Splunk On-Call',
    description: 'Splunk On-Call (VictorOps) REST integration URL with its API key (alert.victorops.com/integrations/generic/20131114/alert/<key>/<routing key>)',
    keywords: ['alert.victorops.com/integrations/'],
    pattern: /alert\.victorops\.com\/integrations\/generic\/[0-9]{8}\/alert\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/', how: 'Integrations → REST Generic → revoke the key and enable a new one; update the alert URLs that hold it.' },
    docs: 'https://help.victorops.com/knowledge-base/rest-endpoint-integration-guide/',
    sample: (g) => `https://alert.victorops.com/integrations/generic/20131114/alert/${[8, 4, 4, 4, 12].map((n) => chars(HEX, n)(g)).join('-')}/${chars(ALNUM, 10)(g).toLowerCase()}`,
    negatives: ['https://alert.victorops.com/integrations/generic/20131114/alert/$API_KEY/$ROUTING_KEY', 'https://alert.victorops.com/integrations/generic/20131114/alert/<api-key>/<routing-key>'],
  }),
];
