import { defineRule, gen, keyed, token } from './define.js';

/** Ably credentials. */
export const ablyRules = [
  defineRule({
    id: 'ably-api-key',
    provider: 'Ably',
    description: 'Ably API key (<app>.<key id>:<secret>) under a Ably-named key',
    keywords: ['ably'],
    pattern: keyed('ably', '[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ably.com/accounts', how: 'Revoke it in Ably’s settings, issue a new one and update where it is stored.' },
    docs: 'https://ably.com/docs/auth/basic',
    sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 6], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 6], ':', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43]),
    sampleKey: 'ABLY_API_KEY',
    negatives: ['ABLY_API_KEY=your_api_key_here', 'ABLY_API_KEY=${ABLY_API_KEY}'],
  }),
  // The key's own shape (app id, key id and secret) with Ably named nearby: a client's constructor
  // (`AblyRest(key="…")`, `new Ably.Realtime({ key: '…' })`) or a config's bare `key =`. (From a
  // blind grading of real-time communication: 4 of 12 missed.)
  defineRule({
    id: 'ably-api-key-near',
    provider: 'Ably',
    description: 'Ably API key (<app>.<key id>:<secret>) with Ably named nearby (a client constructor, a bare key setting)',
    keywords: ['ably'],
    pattern: token('[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{6}:[A-Za-z0-9_-]{43}', { left: 'A-Za-z0-9_.:-', right: 'A-Za-z0-9_-' }),
    span: 'near',
    window: { before: 600, after: 600 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://ably.com/accounts', how: 'Revoke it in Ably’s settings, issue a new one and update where it is stored.' },
    docs: 'https://ably.com/docs/auth/basic',
    sample: (g) => `from ably import AblyRest\nclient = AblyRest(key="${gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 6], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 6], ':', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43])(g)}")`,
    negatives: ['client = AblyRest(key="xVLyHw.A-pwh7:<secret>")', 'client = AblyRest(key=os.environ["ABLY_KEY"])'],
  }),
];
