import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

// The section a line of an INI file belongs to: the nearest "[…]" header before it (ending its
// line; a decoded view puts the name a file was stored under before it: `local.ini: [admins]`).
const SECTION = /\[([^\]\r\n]{1,64})\][ \t]*\r?$/gm;

/** The name of the INI section that holds offset `at` of `text`, or undefined before any. */
function sectionAt(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 4096);
  SECTION.lastIndex = from;
  let name: string | undefined;
  for (let m = SECTION.exec(text); m !== null && m.index < at; m = SECTION.exec(text)) name = m[1];
  return name;
}

/** Apache CouchDB: server admins written in clear text in local.ini. */
export const couchdbRules = [
  // CouchDB replaces a clear-text admin password in [admins] with its PBKDF2 hash
  // (`-pbkdf2-…`) when it starts; until then, and in every copy of the file made before, the
  // password stands in clear.
  defineRule({
    id: 'couchdb-admin-password',
    provider: 'Apache CouchDB',
    description: "Clear-text server admin password in CouchDB's [admins] section (local.ini, local.d/*.ini), not yet hashed to -pbkdf2-",
    keywords: ['[admins]'],
    span: 'block',
    window: { before: 0, after: 2048 },
    pattern: /^[ \t]*([A-Za-z0-9_.@-]{1,64})[ \t]*=[ \t]*(?!-pbkdf2-|-hashed-)([^\s;]{6,256})[ \t]*\r?$/m,
    secretGroup: 2,
    accept: (m, text, at) => sectionAt(text, at) === 'admins' && isPasswordValue(m[2] ?? ''),
    severity: 'critical',
    confidence: 'medium',
    rotate: { url: 'https://docs.couchdb.org/en/stable/config/auth.html#config-admins', how: "Change the admin's password (PUT /_node/_local/_config/admins/<name>), and keep only the hashed value in the file." },
    docs: 'https://docs.couchdb.org/en/stable/config/auth.html#config-admins',
    sample: (g) => `[admins]\nadmin = ${g.chars(ALNUM, 10)}%${g.chars(ALNUM, 7)}\n`,
    sampleIsBlock: true,
    negatives: ['[admins]\nadmin = -pbkdf2-e0f0c3e6b7a8d9c1b2a3f4e5d6c7b8a9f0e1d2c3,a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6,10\n', '[admins]\n;admin = mysecretpassword\n', '[couchdb]\nuuid = 2f1ad3b6e7c84d0f9a1b2c3d4e5f6a7b\n'],
  }),
];
