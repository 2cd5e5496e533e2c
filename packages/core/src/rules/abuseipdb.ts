import { chars, defineRule, keyed, LOWER_ALNUM } from './define.js';

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
];
