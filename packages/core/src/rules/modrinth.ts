import { ALNUM, chars, prefixed } from './define.js';

/** Modrinth credentials. */
export const modrinthRules = [
  // A personal access token: mrp_ and 60 letters and digits, sent as the Authorization header and
  // set in Minotaur's Gradle task (`token.set("mrp_…")`). (From a blind grading of game development.)
  prefixed({
    id: 'modrinth-personal-access-token',
    provider: 'Modrinth',
    description: 'Modrinth personal access token (mrp_ + 60 alnum)',
    prefix: 'mrp_',
    body: '[A-Za-z0-9]{60}',
    sample: chars(ALNUM, 60),
    rotate: { url: 'https://modrinth.com/settings/pats', how: 'Revoke the token in Modrinth’s settings (Personal access tokens), create a new one with only the scopes the task needs, and pass it from the environment (MODRINTH_TOKEN).' },
    docs: 'https://docs.modrinth.com/api/',
  }),
];
