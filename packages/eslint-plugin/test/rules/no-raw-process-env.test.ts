import { RuleTester } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-raw-process-env.js';
import { token } from '../tokens.js';

const ruleTester = new RuleTester();
const error = (access: string, line = 1, column = 1) => ({ messageId: 'rawEnv' as const, data: { access, configFiles: '**/config.*, **/config/**, **/env.*, **/env/**, **/*.config.*' }, line, column });

ruleTester.run('no-raw-process-env', rule, {
  valid: [
    { code: 'export const token = process.env.NOTION_TOKEN;', filename: 'src/config.ts' },
    { code: 'export const env = process.env;', filename: 'src/config/index.ts' },
    { code: 'const { env } = process;', filename: 'packages/app/env.ts' },
    "if (process.env.NODE_ENV === 'production') {}",
    "if (process.env['NODE_ENV'] === 'test') {}",
    'const { NODE_ENV } = process.env;',
    { code: 'const debug = process.env.DEBUG;', options: [{ allowedVariables: ['DEBUG'] }] },
    { code: 'const mode = process.env.NODE_ENV;', options: [{ allowedVariables: ['CI'] }], name: 'options add to the defaults (from a bug: allowedVariables replaced NODE_ENV)' },
    { code: 'const t = process.env.DATABASE_URL;', filename: 'src/env/server.mjs', name: "t3's src/env/ folder is a config module (from a bug: 34 false positives on create-t3-app)" },
    { code: 'const t = process.env.BUILD_TARGET;', filename: 'tsup.config.ts', name: 'a *.config.* file is configuration' },
    { code: 'const t = process.env.TOKEN;', filename: 'src/settings.ts', options: [{ configFiles: ['**/settings.ts'] }] },
    { code: 'function f(process) { return process.env; }', name: 'a parameter named process is not the global' },
    'const env = getEnv(); env.TOKEN;',
    'import { argv } from "node:process";',
  ],
  invalid: [
    { code: "export { env } from 'node:process';", name: 'a re-export of env (from an adversarial review)', errors: [error("export { env } from 'node:process'", 1, 10)] },
    {
      code: `const t = globalThis[/* ${token()} */ "process"].env.X;`,
      name: 'a comment in the quoted access that holds a token is left out (from an adversarial review)',
      errors: [error('globalThis[/*…*/ "process"].env', 1, 11)],
    },
    // From bugs: five access forms the rule missed.
    { code: 'const t = process[`env`].TOKEN;', name: 'a template-literal key', errors: [error('process.env', 1, 11)] },
    { code: 'let env; ({ env } = process);', name: 'destructuring assignment', errors: [error('({ env } = process)', 1, 13)] },
    { code: 'const t = (process as NodeJS.Process).env.TOKEN;', name: 'a type assertion', errors: [error('process.env', 1, 11)] },
    { code: 'const p = process;\nconst t = p.env.TOKEN;', name: 'an alias of process', errors: [error('p.env', 2, 11)] },
    { code: "const env = Reflect.get(process, 'env');", name: 'Reflect.get', errors: [error("Reflect.get(process, 'env')", 1, 13)] },
    { code: "const e = Reflect.get(process, 'en' + 'v');", name: "a name built from pieces: the file's no-'env' shortcut must not skip it (from a review)", errors: [error("Reflect.get(process, 'env')", 1, 11)] },
    { code: 'const token = process.env.NOTION_TOKEN;', filename: 'src/client.ts', errors: [error('process.env', 1, 15)] },
    { code: "const token = process['env'].TOKEN;", errors: [error('process.env', 1, 15)] },
    { code: 'const { env } = process;', errors: [error('const { env } = process', 1, 9)] },
    { code: 'const { TOKEN } = process.env;', errors: [error('process.env', 1, 19)] },
    { code: "const t = require('process').env.TOKEN;", errors: [error("require('process').env", 1, 11)] },
    { code: "import { env } from 'node:process';", errors: [error("import { env } from 'node:process'", 1, 10)] },
    { code: "import proc from 'process';\nconst t = proc.env.T;", errors: [error('proc.env', 2, 11)] },
    { code: 'const t = globalThis.process.env.TOKEN;', errors: [error('globalThis.process.env', 1, 11)] },
    { code: 'const t = import.meta.env.VITE_TOKEN;', errors: [error('import.meta.env', 1, 11)] },
    { code: 'const t = Bun.env.TOKEN;', errors: [error('Bun.env', 1, 11)] },
    { code: "const t = Deno.env.get('TOKEN');", errors: [error('Deno.env', 1, 11)] },
    { code: 'const all = { ...process.env };', errors: [error('process.env', 1, 18)] },
  ],
});
