import { ALNUM, BASE64URL, chars, defineRule, DIGITS, HEX, keyed, prefixed, token } from './define.js';

const isHex = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Email, SMS and voice APIs. */
export const messagingRules = [
  defineRule({
    id: 'twilio-api-key',
    provider: 'Twilio',
    description: 'Twilio API key SID (SK + 32 hex) near a Twilio mention',
    keywords: ['twilio'],
    pattern: token(`SK[0-9a-fA-F]{32}`),
    prefixes: ['SK'],
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://console.twilio.com/us1/account/keys-credentials/api-keys', how: 'Console → API keys & tokens → delete the key and create a new one.' },
    sample: (g) => 'SK' + g.chars(HEX, 32),
    sampleKey: 'TWILIO_API_KEY',
    negatives: ['TWILIO_API_KEY=SKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  defineRule({
    id: 'twilio-auth-token',
    provider: 'Twilio',
    description: 'Twilio auth token or API secret under a Twilio-named key',
    keywords: ['twilio'],
    pattern: keyed(`twilio[_.-]?(?:auth[_.-]?token|api[_.-]?secret|secret)`, `[a-f0-9]{32}`),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://console.twilio.com/', how: 'Console → Account → API keys & tokens → request a secondary auth token, promote it.' },
    sample: chars(HEX, 32),
    sampleKey: 'TWILIO_AUTH_TOKEN',
    negatives: ['TWILIO_AUTH_TOKEN=your_auth_token'],
  }),
  prefixed({ id: 'sendgrid-api-key', provider: 'SendGrid', description: 'SendGrid API key (SG.)', prefix: 'SG.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: (g) => `${g.chars(BASE64URL, 22)}.${g.chars(BASE64URL, 43)}`, rotate: { url: 'https://app.sendgrid.com/settings/api_keys', how: 'Settings → API Keys → delete the key and create a new one.' } }),
  prefixed({ id: 'mailgun-api-key', provider: 'Mailgun', description: 'Mailgun API key (key-)', prefix: 'key-', body: '[a-f0-9]{32}', sample: chars(HEX, 32), rotate: { url: 'https://app.mailgun.com/settings/api_security', how: 'API security → delete the key and create a new one.' } }),
  defineRule({
    id: 'mailchimp-api-key',
    provider: 'Mailchimp',
    description: 'Mailchimp API key (32 hex + data centre, -us…)',
    keywords: ['-us'],
    // "-us" is common text (en-US); run only where hex precedes it and a digit follows.
    near: (text, at) => isHex(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(at + 3)),
    pattern: token(`[a-f0-9]{32}-us[0-9]{1,2}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://us1.admin.mailchimp.com/account/api/', how: 'Account → Extras → API keys → disable and delete the key.' },
    sample: (g) => `${g.chars(HEX, 32)}-us${g.chars(DIGITS, 2)}`,
    negatives: ['00000000000000000000000000000000-us1', 'your_api_key-us6'],
  }),
  prefixed({ id: 'resend-api-key', provider: 'Resend', description: 'Resend API key (re_)', prefix: 're_', body: '[A-Za-z0-9]{8}_[A-Za-z0-9]{24}', sample: (g) => `${g.chars(ALNUM, 8)}_${g.chars(ALNUM, 24)}`, rotate: { url: 'https://resend.com/api-keys', how: 'API Keys → delete the key and create a new one.' } }),
  defineRule({
    id: 'postmark-server-token',
    provider: 'Postmark',
    description: 'Postmark server or account token (UUID) under a Postmark-named key',
    keywords: ['postmark'],
    pattern: keyed(`postmark[_.-]?(?:server|account|api)?[_.-]?(?:token|key)`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://account.postmarkapp.com/servers', how: 'The server → API Tokens → reset the token.' },
    sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`,
    sampleKey: 'POSTMARK_SERVER_TOKEN',
    negatives: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000'],
  }),
];
