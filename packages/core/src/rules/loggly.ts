import { defineRule, UUID, uuidSample } from './define.js';

/** Loggly (SolarWinds): the customer token in its HTTP/S input URLs. */
export const logglyRules = [
  defineRule({
    id: 'loggly-customer-token',
    provider: 'Loggly',
    description: 'Loggly customer token (a UUID) in an input URL (logs-01.loggly.com/inputs/<token>/tag/…)',
    keywords: ['loggly.com/inputs/', 'loggly.com/bulk/'],
    pattern: new RegExp(`loggly\\.com\\/(?:inputs|bulk)\\/(${UUID})(?![0-9a-f-])`),
    secretGroup: 1,
    window: { before: 24, after: 80 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm', how: 'Source Setup → Customer Tokens: add a new token, move the senders to it, then delete the old one.' },
    docs: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/http-endpoint.htm',
    sample: (g) => `curl -H "content-type:text/plain" -d 'hello' https://logs-01.loggly.com/inputs/${uuidSample(g)}/tag/http/`,
    negatives: ['https://logs-01.loggly.com/inputs/TOKEN/tag/http/', 'https://logs-01.loggly.com/inputs/00000000-0000-0000-0000-000000000000/tag/http/'],
  }),
  // rsyslog's and syslog-ng's Loggly setup puts the token in the syslog structured data, with
  // Loggly's enterprise number: `[<token>@41058 tag="…"]`.
  defineRule({
    id: 'loggly-customer-token-syslog',
    provider: 'Loggly',
    description: 'Loggly customer token in syslog structured data ([<token>@41058 …], rsyslog and syslog-ng templates)',
    keywords: ['@41058'],
    pattern: new RegExp(`\\[(${UUID})@41058(?![0-9])`),
    secretGroup: 1,
    window: { before: 48, after: 16 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/customer-token-authentication-token.htm', how: 'Source Setup → Customer Tokens: add a new token, move the senders to it, then delete the old one.' },
    docs: 'https://documentation.solarwinds.com/en/success_center/loggly/content/admin/rsyslog-manual-configuration.htm',
    sample: (g) => `template(name="LogglyFormat" type="string" string="<%pri%>%protocol-version% %timestamp:::date-rfc3339% %HOSTNAME% %app-name% %procid% %msgid% [${uuidSample(g)}@41058 tag=\\"web\\"] %msg%\\n")`,
    negatives: ['string="<%pri%> [TOKEN@41058 tag=\\"web\\"] %msg%"', '[00000000-0000-0000-0000-000000000000@41058 tag="x"]'],
  }),
];
