import { ALNUM, defineRule, token } from './define.js';

/** Plex Media Server: claim tokens. */
export const plexRules = [
  // A claim token (`claim-` and 20 characters, from plex.tv/claim) links a new server to the
  // account: PLEX_CLAIM in the official image's environment. Short-lived, but a leaked one claims
  // the server for whoever uses it first.
  defineRule({
    id: 'plex-claim-token',
    provider: 'Plex',
    description: 'Plex claim token (claim- and 20 characters) as PLEX_CLAIM gives it to a new server',
    keywords: ['claim-'],
    pattern: token('claim-[A-Za-z0-9_-]{20}', { left: 'A-Za-z0-9_' }),
    prefixes: ['claim-'],
    context: ['plex'],
    minEntropy: 3.5,
    severity: 'medium',
    rotate: { url: 'https://www.plex.tv/claim/', how: 'Claim tokens expire within minutes; check Settings → Authorized Devices for servers you do not own and remove them.' },
    docs: 'https://github.com/plexinc/pms-docker#parameters',
    sample: (g) => `claim-${g.chars(ALNUM, 20)}`,
    sampleKey: 'PLEX_CLAIM',
    negatives: ['PLEX_CLAIM=claim-xxxxxxxxxxxxxxxxxxxx'],
  }),
];
