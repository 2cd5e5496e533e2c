import { ALNUM, defineRule, token } from './define.js';

/** Pushbullet: access tokens (o. and 32 letters and digits). */
export const pushbulletRules = [
  // Account access tokens start "o." (Settings → Account); as Apprise's pbul:// URL, an
  // Access-Token header, a bot's config.
  defineRule({
    id: 'pushbullet-access-token',
    provider: 'Pushbullet',
    description: 'Pushbullet access token (o. and 32 letters and digits)',
    keywords: ['o.'],
    pattern: token('o\\.[A-Za-z0-9]{32}', { left: 'A-Za-z0-9_.-' }),
    prefixes: ['o.'],
    context: ['pushbullet', 'pbul://', 'access-token'],
    minEntropy: 3.8,
    severity: 'high',
    rotate: { url: 'https://www.pushbullet.com/#settings/account', how: 'Settings → Account: reset the access token, then update the apps that push with it.' },
    docs: 'https://docs.pushbullet.com/#api-quick-start',
    sample: (g) => `o.${g.chars(ALNUM, 32)}`,
    sampleKey: 'PUSHBULLET_ACCESS_TOKEN',
    negatives: ['PUSHBULLET_ACCESS_TOKEN=o.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
