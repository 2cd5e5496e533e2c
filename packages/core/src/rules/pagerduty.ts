import { ALNUM, chars, defineRule, keyed } from './define.js';

/** PagerDuty credentials. */
export const pagerdutyRules = [
  defineRule({
    id: 'pagerduty-api-key',
    provider: 'PagerDuty',
    description: 'PagerDuty API key, or Events API integration (routing) key, under a PagerDuty-named key',
    keywords: ['pagerduty'],
    // An API key has 20 characters (u+ and 18 for a user's); an integration or routing key 32.
    pattern: keyed(`pagerduty[_.-]?(?:(?:api|routing|integration|service|events?)[_.-]?)?(?:key|token)`, `u\\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9]{32}|[A-Za-z0-9_+-]{20}`, 'A-Za-z0-9_+-'),
    // A routing key is hex after its R0 (a fifth of random ones measure under 3.5 bits a character).
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://support.pagerduty.com/main/docs/api-access-keys', how: 'Integrations → API access keys → delete.' },
    sample: chars(ALNUM, 20),
    sampleKey: 'PAGERDUTY_API_KEY',
    negatives: ['PAGERDUTY_API_KEY=your_pagerduty_key'],
  }),
  // An Events API v2 integration's routing key under its own bare name (`routing_key` in the
  // event's JSON, `routingKey` in a client's config): AMQP and Kafka use the name too, so only
  // with PagerDuty named near it (its events endpoint, its SDK).
  defineRule({
    id: 'pagerduty-routing-key',
    provider: 'PagerDuty',
    description: 'PagerDuty Events API v2 routing key (32 hex, or R0 and 30) under routing_key / routingKey / integrationKey with PagerDuty named nearby',
    // The integration's page calls it the integration key (`INTEGRATION_KEY`, Grafana's contact
    // point `integrationKey`; from a blind grading of observability configs).
    keywords: ['routing_key', 'routingkey', 'routing-key', 'integration_key', 'integrationkey', 'integration-key'],
    pattern: keyed('(?:pagerduty[_.-]?)?(?:routing|integration)[_.-]?key', '[0-9a-f]{32}|R0[0-9A-Z]{30}'),
    context: ['pagerduty'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://support.pagerduty.com/main/docs/services-and-integrations', how: 'Delete the Events API v2 integration on the service and add a new one, then update where the key is stored.' },
    docs: 'https://developer.pagerduty.com/docs/events-api-v2/trigger-events/',
    sample: (g) => `R0${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 30)}`,
    sampleKey: 'pagerduty_routing_key',
    negatives: ['routing_key = "orders.created"'],
  }),
  // The REST API's own scheme: `Authorization: Token token=<key>` (20 characters, a user's key
  // starts "u+"), in curl lines and clients' headers, with or without PagerDuty named.
  defineRule({
    id: 'pagerduty-rest-api-token-header',
    provider: 'PagerDuty',
    description: "PagerDuty REST API key in PagerDuty's Authorization scheme (Token token=…)",
    keywords: ['token token='],
    pattern: /(?<![A-Za-z0-9_])Token[ \t]{1,4}token=(u\+[A-Za-z0-9_+-]{18}|[A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+-])/,
    secretGroup: 1,
    window: { before: 8, after: 48 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://support.pagerduty.com/main/docs/api-access-keys', how: 'Integrations → API access keys (or the user\'s API access) → delete the key, create a new one and update the scripts.' },
    docs: 'https://developer.pagerduty.com/docs/authentication',
    sample: (g) => `curl -H 'Accept: application/json' -H 'Authorization: Token token=u+${g.chars(ALNUM, 18)}' https://api.pagerduty.com/oncalls`,
    negatives: ["-H 'Authorization: Token token=${PAGERDUTY_TOKEN}'", "-H 'Authorization: Token token=<api-key>'"],
  }),
];
