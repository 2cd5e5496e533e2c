import { chars, defineRule, HEX, keyed, token } from './define.js';

/** Twilio credentials. */
export const twilioRules = [
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
];
