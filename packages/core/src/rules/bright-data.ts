import { defineRule, LOWER_ALNUM } from './define.js';
import { isSlotPassword } from './passwords.js';

/** Bright Data (proxy networks) credentials. */
export const brightDataRules = [
  // A zone's proxy user is `brd-customer-<id>-zone-<zone>` (and targeting options); its password,
  // twelve lower-case letters and digits as Bright Data generates them, follows it after ":" or
  // stands in the password setting next to it. A password judge for free text wants more than
  // twelve such characters: beside a zone user, they are the zone's password. (From a blind
  // grading of scraping tools: 57 of 100 zone passwords were missed.)
  defineRule({
    id: 'brightdata-zone-password',
    provider: 'Bright Data',
    description: "Bright Data zone password after its brd-customer-…-zone-… user (user:password) or in the password setting beside it",
    keywords: ['brd-customer-'],
    pattern: /(?:(?<![A-Za-z0-9_-])brd-customer-[A-Za-z0-9_-]{1,200}:|["']?pass(?:word)?["']?[ \t]{0,4}[:=][ \t]{0,4}["'])([^\s"'`:@/\\]{6,64})(?=["'`@\s,)}]|$)/,
    secretGroup: 1,
    span: 'near',
    window: { before: 400, after: 400 },
    accept: (m) => isSlotPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.brightdata.com/proxy-networks/config-options', how: "Proxies → the zone → Access parameters: change the zone's password, then update the scrapers." },
    docs: 'https://docs.brightdata.com/proxy-networks/config-options',
    sample: (g) => `AUTH = "brd-customer-hl_${g.chars('0123456789abcdef', 8)}-zone-residential_proxy1:${g.chars(LOWER_ALNUM, 11)}7"`,
    negatives: ['AUTH = "brd-customer-hl_12345678-zone-residential:<password>"', 'proxy = { username: "brd-customer-hl_12345678-zone-isp", password: process.env.BRD_PASSWORD }', 'brd-customer-hl_12345678-zone-isp:password123'],
  }),
];
