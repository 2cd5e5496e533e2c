import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** Neo4j: the initial user and password its Docker image reads. */
export const neo4jRules = [
  // NEO4J_AUTH=<user>/<password> (or `none`): the image sets the password of the user on first
  // start, so the value is the database's admin password.
  defineRule({
    id: 'neo4j-auth-password',
    provider: 'Neo4j',
    description: "Password in Neo4j's NEO4J_AUTH=<user>/<password> (Docker image, compose, Helm, .env)",
    keywords: ['neo4j_auth', 'neo4jauth'],
    // Also a formatter's wrap: the value on the next line (`neo4j_auth = (⏎    "…"`).
    pattern: /NEO4J_?AUTH["']?\]?[ \t]{0,4}(?:\|\||\?\?|[:=])(?:[ \t]{0,4}\(?[ \t]{0,4}\r?\n)?[ \t]{0,64}["'`]?[A-Za-z0-9_.@-]{1,64}\/([^\s"'`]{6,256}?)["'`]?[ \t]*(?:[,;)}\]]|\r?$)/im,
    accept: (m) => isPasswordValue(m[1] ?? '') || /^[0-9a-f]{32,}$/.test(m[1] ?? ''),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://neo4j.com/docs/operations-manual/current/docker/introduction/', how: "Change the user's password (ALTER USER … SET PASSWORD, or neo4j-admin dbms set-initial-password on a new store), then pass it from a secret rather than the file." },
    docs: 'https://neo4j.com/docs/operations-manual/current/docker/configuration/',
    sample: (g) => `neo4j/${g.chars(ALNUM, 8)}#${g.chars(ALNUM, 6)}`,
    sampleKey: 'NEO4J_AUTH',
    negatives: ['NEO4J_AUTH=none', 'NEO4J_AUTH=neo4j/${NEO4J_PASSWORD}', 'NEO4J_AUTH=neo4j/password', 'NEO4J_AUTH: neo4j/your_password'],
  }),
];
