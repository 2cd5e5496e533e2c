import { ALNUM, BASE64, defineRule, gen, uuidSample } from './define.js';

const ROTATE_DNS = { url: 'https://letsencrypt.org/docs/challenge-types/#dns-01-challenge', how: 'Revoke the token at the DNS provider, create one scoped to the zone, and give it to the ACME client from an environment variable or a secret store.' };

/** DNS and ACME automation: dynamic-DNS update URLs, Caddy's DNS challenge, Traefik's ACME store. */
export const dnsAutomationRules = [
  defineRule({
    id: 'freedns-update-token',
    provider: 'FreeDNS',
    description: 'FreeDNS (afraid.org) dynamic update token in its update URL (sync.afraid.org/u/<token>/, dynamic/update.php?<token>)',
    keywords: ['afraid.org'],
    pattern: /(?:sync\.afraid\.org\/u\/|afraid\.org\/dynamic\/update\.php\?)([A-Za-z0-9_=-]{16,120})(?![A-Za-z0-9_=-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://freedns.afraid.org/dynamic/v2/', how: 'Regenerate the host’s update token in FreeDNS’s Dynamic DNS page and update the cron job or client.' },
    docs: 'https://freedns.afraid.org/dynamic/v2/',
    sample: gen('*/5 * * * * curl -s "https://sync.afraid.org/u/', [ALNUM, 24], '/" >/dev/null'),
    negatives: ['curl -s "https://sync.afraid.org/u/$FREEDNS_TOKEN/"', 'https://freedns.afraid.org/dynamic/update.php?YOUR_UPDATE_TOKEN'],
  }),
  defineRule({
    id: 'duckdns-update-path-token',
    provider: 'DuckDNS',
    description: 'DuckDNS token in the path form of its update URL (duckdns.org/update/<domain>/<token>)',
    keywords: ['duckdns.org/update/'],
    pattern: /duckdns\.org\/update\/[A-Za-z0-9,-]{1,200}\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.duckdns.org/', how: 'Recreate the account token on duckdns.org and update the clients that use it.' },
    docs: 'https://www.duckdns.org/spec.jsp',
    sample: (g) => `curl -s "https://www.duckdns.org/update/myhomelab/${uuidSample(g)}"`,
    negatives: ['curl -s "https://www.duckdns.org/update/myhomelab/${DUCKDNS_TOKEN}"'],
  }),
  defineRule({
    id: 'caddy-acme-dns-token',
    provider: 'Caddy',
    description: "DNS provider token written into a Caddyfile's acme_dns global option (acme_dns cloudflare <token>)",
    keywords: ['acme_dns'],
    pattern: /(?<![A-Za-z0-9_])acme_dns[ \t]{1,8}[a-z0-9_]{2,32}[ \t]{1,8}([A-Za-z0-9_-]{24,200})[ \t]*\r?(?=\n|$|\})/,
    minEntropy: 3.5,
    severity: 'high',
    rotate: ROTATE_DNS,
    docs: 'https://caddyserver.com/docs/caddyfile/options#acme-dns',
    sample: gen('{\n\temail ops@corp-example.io\n\tacme_dns cloudflare ', [ALNUM, 40], '\n}\n'),
    sampleIsBlock: true,
    negatives: ['{\n\tacme_dns cloudflare {env.CF_API_TOKEN}\n}\n'],
  }),
  defineRule({
    id: 'traefik-acme-account-key',
    provider: 'Traefik',
    description: "ACME account private key in Traefik's acme.json (\"PrivateKey\": base64 DER), which controls the Let's Encrypt account",
    keywords: ['"privatekey"'],
    // A DER private key (PKCS#1 RSA or SEC 1 EC) in base64 starts with a SEQUENCE: MII… or MHc….
    pattern: /"PrivateKey"[ \t]*:[ \t]*"((?:MII|MHc)[A-Za-z0-9+/]{100,8000}={0,2})"/,
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://doc.traefik.io/traefik/https/acme/#storage', how: 'Delete acme.json (Traefik registers a new account and issues new certificates), revoke the old certificates, and keep acme.json out of the repository.' },
    docs: 'https://doc.traefik.io/traefik/https/acme/#storage',
    sample: (g) => `{\n  "letsencrypt": {\n    "Account": {\n      "Email": "ops@corp-example.io",\n      "PrivateKey": "MIIJKQIBAAKCAgEA${g.chars(BASE64, 600)}",\n      "KeyType": "4096"\n    }\n  }\n}\n`,
    sampleIsBlock: true,
    negatives: ['"PrivateKey": ""', '"PrivateKey": "<base64 key>"'],
  }),
];
