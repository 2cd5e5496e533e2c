import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-hardcoded-tokens.js';
import { token } from '../tokens.js';

const ruleTester = new RuleTester({ languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } });
const notion = token();
const github = token('github-pat-classic');
const stripe = token('stripe-secret-key');
const legacy = token('notion-legacy-token');
// Random key material for the secret-name checks, built at run time like the tokens.
const random = (n: number): string => token('github-pat-classic').slice(4, 4 + n);
const value1 = random(20);
const value2 = `${random(6)}-${random(6)}-${random(6)}`;
const value3 = `${random(8)}&${random(8)}`;

ruleTester.run('no-hardcoded-tokens', rule, {
  valid: [
    { code: `export const ALGOLIA = { indexName: 'docs', appId: 'APP1D', apiKey: '${value1}' };`, name: 'an Algolia search config: the key beside indexName is public (create-t3-app, five-codebase bench)' },
    'const token = process.env.NOTION_TOKEN;',
    "const token = 'ntn_your_token_here';",
    "const apiKey = '<your api key>';",
    "const maxTokens = 'abcdefghijklmnop';",
    "const secretName = 'prod/db/password';",
    'const url = `https://api.notion.com/v1/pages/${id}`;',
    { code: `// ${notion}`, name: 'comments are skipped unless checkComments' },
    { code: `const t = "${notion}";`, options: [{ allowlist: { regexes: ['^ntn_'] } }], name: 'allowlisted by regex' },
    "const password = 'password';",
    { code: `const clave = '${value1}';`, name: "a key's word in another language alone names any map's key (clave: Spanish for key)" },
    "const sha = 'da39a3ee5e6b4b0d3255bfef95601890afd80709';",
    { code: `const t = "${notion}"; // keyward-ignore`, name: 'keyward-ignore on the line, as the CLI honours it (from a bug: ignored in ESLint)' },
    { code: `// keyward-ignore-next-line\nconst t = "${notion}";`, name: 'keyward-ignore-next-line above' },
  ],
  invalid: [
    {
      code: `// keyward-ignore-next-line\nconst fixture = \`id\\tname\nuser\\t42\nkey\\t${github}\n\`;`,
      name: 'keyward-ignore-next-line above a multi-line literal with escapes does not hide a token on a later line (from an adversarial review)',
      errors: [{ messageId: 'hardcodedToken' }],
    },
    { code: `export const SEARCH = { appId: 'APP1D', apiKey: '${value1}' };`, errors: [{ messageId: 'secretNamedValue' }], name: 'without indexName the key is judged as any other' },
    {
      code: `const notion = new Client({ auth: "${legacy}" });`,
      name: "the Notion SDK's own call with a legacy secret_ token (from a bug: the CLI found it, ESLint did not)",
      errors: [{ messageId: 'hardcodedToken', data: { description: 'Notion legacy integration token (secret_)', redacted: 'secret_****' } }],
    },
    {
      code: `const t = "${notion}";`,
      errors: [{ messageId: 'hardcodedToken', data: { provider: 'Notion', description: 'Notion integration token (ntn_)', redacted: 'ntn_****' }, line: 1, column: 12, endColumn: 12 + notion.length }],
    },
    {
      code: `const config = {\n  github: '${github}',\n};`,
      errors: [{ messageId: 'hardcodedToken', line: 2, column: 12 }],
    },
    {
      code: `const header = \`Bearer ${stripe}\`;`,
      errors: [{ messageId: 'hardcodedToken', data: { provider: 'Stripe', description: 'Stripe live secret key (sk_live_)', redacted: 'sk_live_****' }, line: 1, column: 24 }],
    },
    {
      code: `fetch(url, { headers: { authorization: \`Bearer \${x} ${notion}\` } });`,
      errors: [{ messageId: 'hardcodedToken', line: 1 }],
      name: 'a token in a template part after an expression',
    },
    {
      code: `const t = "${notion.slice(0, 20)}" + "${notion.slice(20)}";`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 11 }],
      name: 'a token split across concatenated literals',
    },
    {
      code: `const el = <Provider apiKey="${github}" />;`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 30 }],
    },
    {
      code: `const el = <p>Use ${notion} to sign in</p>;`,
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 19 }],
    },
    {
      code: `const notionToken = '${value1}';`,
      errors: [{ messageId: 'secretNamedValue', data: { name: 'notionToken', redacted: '****' }, line: 1, column: 21 }],
    },
    {
      code: `class Client { clientSecret = '${value2}'; }`,
      errors: [{ messageId: 'secretNamedValue', data: { name: 'clientSecret', redacted: '****' }, line: 1, column: 31 }],
    },
    {
      code: `settings.password = '${value3}';`,
      errors: [{ messageId: 'secretNamedValue', line: 1, column: 21 }],
    },
    // A name in another language, judged by core as the CLI's text scan judges it.
    {
      code: `const mot_de_passe = '${value3}';`,
      errors: [{ messageId: 'secretNamedValue', data: { name: 'mot_de_passe', redacted: '****' }, line: 1, column: 22 }],
    },
    {
      code: `const QINIU_GEHEIMNIS = '${random(40)}';`,
      errors: [{ messageId: 'secretNamedValue', line: 1, column: 25 }],
    },
    {
      code: `// ${notion}\nconst a = 1;`,
      options: [{ checkComments: true }],
      errors: [{ messageId: 'hardcodedToken', line: 1, column: 4 }],
    },
  ],
});
