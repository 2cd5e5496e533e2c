import { ALNUM, defineRule } from './define.js';

/** CurseForge (mod hosting): the Core API key. */
export const curseforgeRules = [
  // CurseForge for Studios issues API keys shaped like bcrypt hashes ($2a$10$ and 53 characters):
  // a bcrypt hash is no secret anywhere else, so only with CurseForge named nearby (a mod
  // manager's `"curseforge": { "apiKey": … }`, CF_API_KEY beside the API host).
  defineRule({
    id: 'curseforge-api-key',
    provider: 'CurseForge',
    description: 'CurseForge Core API key ($2a$10$…) with CurseForge named nearby',
    keywords: ['curseforge', 'cf_api_key', 'forgecdn'],
    window: { before: 400, after: 400 },
    span: 'near',
    // (Compose files escape each "$" as "$$": `- CF_API_KEY=$$2a$$10$$…`; from a blind grading of
    // game servers.)
    pattern: /(?<![A-Za-z0-9$./])(\$\$?2a\$\$?10\$\$?[./A-Za-z0-9]{53})(?![./A-Za-z0-9])/,
    secretGroup: 1,
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://console.curseforge.com/', how: 'CurseForge for Studios console → API keys: regenerate the key and update the tools that use it.' },
    docs: 'https://docs.curseforge.com/rest-api/',
    sample: (g) => `{\n  "curseforge": { "apiKey": "$2a$10$${g.chars(`${ALNUM}./`, 53)}" }\n}\n`,
    negatives: ['{ "curseforge": { "apiKey": "${CF_API_KEY}" } }'],
  }),
];
