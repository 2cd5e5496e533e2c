import { prefixed } from './define.js';

// Base58 (Bitcoin's alphabet): no 0, O, I or l.
const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

/** Mercury (banking) API tokens. */
export const mercuryRules = [
  prefixed({
    id: 'mercury-api-token',
    provider: 'Mercury',
    description: 'Mercury API token (secret-token:mercury_production_… or _sandbox_…, ending in _yrucrem)',
    prefix: 'secret-token:mercury_',
    body: '(?:production|sandbox)_[a-z]{2,4}_[1-9A-HJ-NP-Za-km-z]{30,64}_yrucrem',
    right: 'A-Za-z0-9_-',
    // The documented example is a run of X: isPlaceholder turns it down.
    sample: (g) => `${g.pick(['production', 'sandbox'])}_${g.pick(['wma', 'rma'])}_${g.chars(BASE58, 43)}_yrucrem`,
    severity: 'critical',
    rotate: { url: 'https://docs.mercury.com/reference/getting-started-with-your-api', how: 'Revoke the token in Mercury (Settings → API Tokens), create a new one with the access it needs, and update where it is stored.' },
    docs: 'https://docs.mercury.com/reference/getting-started-with-your-api',
    negatives: ['secret-token:mercury_production_rma_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX_yrucrem', 'secret-token:mercury_production_<token>', 'Authorization: Bearer secret-token:${MERCURY_API_TOKEN}'],
  }),
];
