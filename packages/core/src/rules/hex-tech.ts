import { ALNUM, prefixed } from './define.js';

/** Hex (hex.tech): personal and workspace API tokens. */
export const hexTechRules = [
  // hxtp_ (personal) and hxtw_ (workspace) tokens call a workspace's API. From a blind grading of
  // BI and office documents: found only under secret-named keys, not in cells.
  prefixed({
    id: 'hex-api-token',
    provider: 'Hex',
    description: 'Hex API token (hxtp_ personal, hxtw_ workspace)',
    prefix: ['hxtp_', 'hxtw_'],
    body: '[A-Za-z0-9]{32,128}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.2,
    severity: 'high',
    sample: (g) => g.chars(ALNUM, 64),
    sampleKey: 'HEX_API_TOKEN',
    rotate: { url: 'https://learn.hex.tech/docs/api/api-overview', how: 'User or workspace settings → API keys: revoke the token, create another and update where it is stored.' },
    docs: 'https://learn.hex.tech/docs/api/api-overview',
  }),
];
