import { BASE64URL, chars, defineRule } from './define.js';

/** IFTTT credentials. */
export const iftttRules = [
  defineRule({
    id: 'ifttt-webhooks-key',
    provider: 'IFTTT',
    description: 'IFTTT Webhooks service key in a trigger URL (maker.ifttt.com/trigger/<event>/with/key/<key>)',
    // (A device's firmware names the host apart and builds the path: `"/trigger/" + event + …` or `"/trigger/low_battery/with/key/<key>"`.)
    keywords: ['maker.ifttt.com/', '/with/key/'],
    pattern: /(?:maker\.ifttt\.com\/(?:trigger\/[A-Za-z0-9_.~%-]{1,64}\/(?:json\/)?with\/key|use)|(?<![A-Za-z0-9_.-])\/?trigger\/[A-Za-z0-9_.~%-]{1,64}\/(?:json\/)?with\/key)\/([A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/,
    window: { before: 96, after: 160 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ifttt.com/maker_webhooks/settings', how: 'Webhooks → Settings → Edit connection: a new key replaces the old one; update the URLs that hold it.' },
    docs: 'https://help.ifttt.com/hc/en-us/articles/115010230347',
    sample: (g) => `https://maker.ifttt.com/trigger/deploy_done/with/key/${chars(BASE64URL, 22)(g)}`,
    negatives: ['https://maker.ifttt.com/trigger/{event}/with/key/{your_key}', 'https://maker.ifttt.com/trigger/event/with/key/YOUR_IFTTT_KEY_HERE'],
  }),
];
