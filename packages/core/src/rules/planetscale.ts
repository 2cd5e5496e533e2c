import { ALNUM, defineRule, token } from './define.js';

/** PlanetScale credentials. */
export const planetscaleRules = [
  defineRule({
    id: 'planetscale-token',
    provider: 'PlanetScale',
    description: 'PlanetScale password, service token or OAuth token (pscale_)',
    keywords: ['pscale_'],
    pattern: token(`pscale_(?:pw|tkn|oauth)_[A-Za-z0-9_.-]{32,64}`, { right: 'A-Za-z0-9_.-' }),
    prefixes: ['pscale_pw_', 'pscale_tkn_', 'pscale_oauth_'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://app.planetscale.com/', how: 'Database → Settings → Passwords (or Service tokens) → delete and recreate.' },
    sample: (g) => `pscale_${g.pick(['pw', 'tkn', 'oauth'])}_${g.chars(ALNUM, 43)}`,
    negatives: ['pscale_pw_your_password_here'],
  }),
];
