import { ALNUM, defineRule, gen, HEX, keyed } from './define.js';

/** Webex credentials. */
export const webexRules = [
  defineRule({
    id: 'webex-bot-token',
    provider: 'Webex',
    description: 'Webex bot/access token (<64>_<4>_<UUID>) under a Webex-named key',
    keywords: ['webex'],
    pattern: keyed('webex', '[A-Za-z0-9]{64}_[A-Za-z0-9]{4}_[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.webex.com/my-apps', how: 'Revoke it in Webex’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.webex.com/docs/bots',
    sample: gen([ALNUM, 64], '_', [ALNUM, 4], '_', [HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]),
    sampleKey: 'WEBEX_TOKEN',
    negatives: ['WEBEX_TOKEN=your_token_here', 'WEBEX_TOKEN=${WEBEX_TOKEN}'],
  }),
];
