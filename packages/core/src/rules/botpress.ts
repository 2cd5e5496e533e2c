import { ALNUM, chars, prefixed } from './define.js';

/** Botpress personal access tokens. */
export const botpressRules = [
  // Botpress Cloud's personal access tokens start `bp_pat_` (its API docs), sent as a Bearer token.
  // (From a blind grading of conversational AI: missed in chat and ticket exports.)
  prefixed({
    id: 'botpress-personal-access-token',
    provider: 'Botpress',
    description: 'Botpress personal access token (bp_pat_ and its key)',
    prefix: 'bp_pat_',
    body: '[A-Za-z0-9]{30,64}',
    sample: chars(ALNUM, 40),
    rotate: { url: 'https://botpress.com/docs/api-reference', how: 'Delete the token in Botpress (Profile → Personal Access Tokens), create a new one and update where it is stored.' },
    docs: 'https://botpress.com/docs/api-reference',
  }),
];
