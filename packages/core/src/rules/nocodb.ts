import { defineRule } from './define.js';
import { isPasswordOrKey } from './generic.js';

const WORD = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';

/** NocoDB (a spreadsheet UI over a database) credentials. */
export const nocodbRules = [
  // NC_DB names NocoDB's metadata database in a URL of its own: the user in `u=` and the
  // password in `p=` of the query string (`pg://host:5432?u=nocodb&p=…&d=nocodb`), not in the
  // URL's user part. (From a blind grading of low-code platforms: 4 of 4 missed.)
  defineRule({
    id: 'nocodb-database-password',
    provider: 'NocoDB',
    description: "Database password in NocoDB's NC_DB connection URL (pg://host:port?u=user&p=password&d=db)",
    keywords: ['nc_db'],
    pattern: /(?<![A-Za-z0-9_])NC_DB["']?[ \t]{0,4}[=:][ \t]{0,4}["']?(?:pg|mysql2?|mssql|oracledb|sqlite3?):\/\/[^\s"'?]{1,200}\?(?:[^\s"'&#]{0,200}&){0,8}p=([^\s"'&#]{1,128})/,
    secretGroup: 1,
    window: { before: 8, after: 700 },
    accept: (m) => isPasswordOrKey(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://docs.nocodb.com/getting-started/self-hosted/environment-variables', how: "Change the database user's password, and pass NC_DB from a secret store rather than the compose file or .env in the repository." },
    docs: 'https://docs.nocodb.com/getting-started/self-hosted/environment-variables',
    sample: (g) => `NC_DB=pg://db:5432?u=nocodb&p=${g.chars(WORD, 14)}!${g.int(10, 99)}&d=nocodb`,
    negatives: ['NC_DB=pg://db:5432?u=nocodb&p=password&d=nocodb', 'NC_DB=pg://db:5432?u=${PG_USER}&p=${PG_PASSWORD}&d=nocodb', 'NC_DB=pg://host.docker.internal:5432?u=root&p=<password>&d=d1'],
  }),
];
