import { ALNUM, chars, defineRule, gen, HEX, keyed, prefixed } from './define.js';

/** Cloudflare credentials. */
export const cloudflareRules = [
  defineRule({
    id: 'cloudflare-api-token',
    provider: 'Cloudflare',
    description: 'Cloudflare API token under a Cloudflare-named key',
    keywords: ['cloudflare', 'cf_api', 'cf-api'],
    pattern: keyed(`cloudflare[_.-]?(?:api[_.-]?)?token|cf[_.-]api[_.-]token`, `[A-Za-z0-9_-]{40}`, 'A-Za-z0-9_-'),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://dash.cloudflare.com/profile/api-tokens', how: 'My Profile → API Tokens → Roll or delete the token.' },
    sample: chars(ALNUM, 40),
    sampleKey: 'CLOUDFLARE_API_TOKEN',
    negatives: ['CLOUDFLARE_API_TOKEN=your-cloudflare-token'],
  }),
  defineRule({
    id: 'cloudflare-global-api-key',
    provider: 'Cloudflare',
    description: 'Cloudflare global API key (37 hex) under a Cloudflare-named key',
    // Or as the X-Auth-Key header, which the API takes beside X-Auth-Email.
    keywords: ['cloudflare', 'cf_api', 'cf-api', 'x-auth-key'],
    pattern: keyed(`cloudflare[_.-]?(?:global[_.-]?)?(?:api[_.-]?)?key|cf[_.-]api[_.-]key|x-auth-key`, `[a-f0-9]{37}`),
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://dash.cloudflare.com/profile/api-tokens', how: 'My Profile → API Tokens → Global API Key → Change.' },
    sample: chars(HEX, 37),
    sampleKey: 'CLOUDFLARE_API_KEY',
    negatives: ['CLOUDFLARE_API_KEY=<global api key>'],
  }),
  // The same key given to a client with the account's e-mail (`require('cloudflare')({ email, key:
  // '…' })`, python-cloudflare's `CloudFlare(email=…, key='…')`, `apiKey:`), where no setting names it.
  // (From a blind grading of DNS-challenge configs: 6 missed.)
  defineRule({
    id: 'cloudflare-global-api-key-client',
    provider: 'Cloudflare',
    description: 'Cloudflare global API key (37 hex) given as a client\'s key or apiKey, Cloudflare named nearby',
    keywords: ['cloudflare'],
    pattern: /(?<![A-Za-z0-9_])(?:api_?)?key["']?[ \t]{0,4}[:=][ \t]{0,4}["']([a-f0-9]{37})["']/i,
    span: 'near',
    window: { before: 300, after: 300 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://dash.cloudflare.com/profile/api-tokens', how: 'My Profile → API Tokens → Global API Key → Change, then move the client to a scoped API token.' },
    docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/',
    sample: (g) => `const cf = require('cloudflare')({ email: 'dns@corp-example.io', key: '${g.chars(HEX, 37)}' });`,
    sampleIsBlock: true,
    negatives: ["const cf = require('cloudflare')({ email: process.env.CF_EMAIL, key: process.env.CF_KEY });"],
  }),
  prefixed({ id: 'cloudflare-origin-ca-key', provider: 'Cloudflare', description: 'Cloudflare Origin CA key (v1.0-)', prefix: 'v1.0-', body: '[a-f0-9]{24}-[a-f0-9]{146}', sample: (g) => `${g.chars(HEX, 24)}-${g.chars(HEX, 146)}`, rotate: { url: 'https://dash.cloudflare.com/profile/api-tokens', how: 'My Profile → API Tokens → Origin CA Key → Change.' } }),
  prefixed({ id: 'cloudflare-user-api-token-v2', provider: 'Cloudflare', description: 'Cloudflare scannable user API token (cfut_ + 40 + 8-hex CRC32)', prefix: 'cfut_', body: '[A-Za-z0-9]{40}[a-f0-9]{8}', sample: gen([ALNUM, 40], [HEX, 8]), rotate: { url: 'https://dash.cloudflare.com/profile/api-tokens', how: 'Revoke it in Cloudflare’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/' }),
  prefixed({ id: 'cloudflare-account-api-token-v2', provider: 'Cloudflare', description: 'Cloudflare scannable account API token (cfat_)', prefix: 'cfat_', body: '[A-Za-z0-9]{40}[a-f0-9]{8}', sample: gen([ALNUM, 40], [HEX, 8]), rotate: { url: 'https://dash.cloudflare.com/?to=/:account/api-tokens', how: 'Revoke it in Cloudflare’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/' }),
  prefixed({ id: 'cloudflare-global-api-key-v2', provider: 'Cloudflare', description: 'Cloudflare scannable Global API Key (cfk_)', prefix: 'cfk_', body: '[A-Za-z0-9]{40}[a-f0-9]{8}', sample: gen([ALNUM, 40], [HEX, 8]), rotate: { url: 'https://dash.cloudflare.com/profile/api-tokens', how: 'Revoke it in Cloudflare’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/' }),
  // A tunnel token (cloudflared's --token, TUNNEL_TOKEN): base64 of {"a":<account tag>,"t":<tunnel
  // id>,"s":<secret>}, so it starts eyJhIjoi. Checked by decoding: the three fields must be there.
  prefixed({
    id: 'cloudflare-tunnel-token',
    provider: 'Cloudflare',
    description: 'Cloudflare Tunnel token (base64 of {"a":…,"t":…,"s":…}, eyJhIjoi…)',
    prefix: 'eyJhIjoi',
    body: '[A-Za-z0-9+/]{100,400}={0,2}',
    right: 'A-Za-z0-9+/=',
    accept: (m) => {
      try {
        const fields = JSON.parse(atob(m[1] ?? '')) as Record<string, unknown>;
        return typeof fields['a'] === 'string' && typeof fields['t'] === 'string' && typeof fields['s'] === 'string';
      } catch {
        return false;
      }
    },
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => btoa(JSON.stringify({ a: g.chars(HEX, 32), t: [8, 4, 4, 4, 12].map((n) => g.chars(HEX, n)).join('-'), s: btoa(g.chars(ALNUM, 32)) })).slice(8),
    rotate: { url: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/', how: 'Refresh the tunnel token (rotate the tunnel secret) in Zero Trust → Networks → Tunnels and update where it is stored.' },
    docs: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/configure-tunnels/remote-tunnel-permissions/',
  }),
];
