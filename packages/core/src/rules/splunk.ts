import { HEX, prefixed } from './define.js';

const UUID = '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}';

/** Splunk credentials. */
export const splunkRules = [
  // HTTP Event Collector clients send the token under Splunk's own scheme, `Authorization: Splunk
  // <token>`: the scheme names it in a HAR file's header value, a curl line or code, whatever the
  // header's name is written as.
  prefixed({
    id: 'splunk-hec-token',
    provider: 'Splunk',
    description: 'Splunk HTTP Event Collector token (a UUID) after Splunk\'s own Authorization scheme ("Splunk <token>")',
    prefix: 'Splunk ',
    body: UUID,
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector', how: 'Settings → Data inputs → HTTP Event Collector: delete the token, create a new one and update the senders.' },
    docs: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/FormateventsforHTTPEventCollector',
    sample: (g) => [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-'),
    negatives: ['Authorization: Splunk <hec_token>', 'Authorization: Splunk ${HEC_TOKEN}', 'Splunk 00000000-0000-0000-0000-000000000000', 'see the Splunk docs for details'],
  }),
];
