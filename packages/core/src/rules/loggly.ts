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
];
