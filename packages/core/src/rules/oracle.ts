import { inUse } from './passwords.js';
import { ALNUM, defineRule, LOWER } from './define.js';

/** Oracle Database connection strings. */
export const oracleRules = [
  defineRule({
    id: 'oracle-jdbc-credentials',
    provider: 'Oracle Database',
    description: 'Password in an Oracle JDBC URL (jdbc:oracle:thin:user/password@host)',
    // Oracle's drivers take the credentials before the "@": `user/password@`, the password in
    // double quotes when it holds special characters. The url-credentials rule (`//user:pass@`)
    // never sees this form.
    keywords: ['jdbc:oracle:'],
    pattern: /jdbc:oracle:(?:thin|oci8?|kprb):[A-Za-z0-9_$#.]{1,64}\/(?:"([^"\r\n]{4,128})"|([^@/\s"'`<>;]{4,128}))@/i,
    minEntropy: 2.5,
    accept: (m) => inUse(m[1] ?? m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqlrf/ALTER-USER.html', how: 'Change the database user’s password (ALTER USER … IDENTIFIED BY …), then read the URL’s credentials from the environment or a wallet.' },
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/21/jajdb/oracle/jdbc/OracleDriver.html',
    sample: (g) => {
      const password = `${g.chars(ALNUM, 12)}${g.pick(['#', '$', '9'])}${g.chars(ALNUM, 3)}`;
      const quoted = g.pick([false, true]);
      return `jdbc:oracle:thin:${g.pick(['app', 'svc_batch', 'report'])}/${quoted ? `"${password}"` : password}@${g.pick(['//', ''])}db.${g.chars(LOWER, 6)}.internal:1521${g.pick(['/ORCLPDB1', ':orcl'])}`;
    },
    negatives: ['jdbc:oracle:thin:@//db.internal:1521/ORCLPDB1', 'jdbc:oracle:thin:scott/tiger@localhost:1521:orcl', 'jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@db:1521/orcl', 'jdbc:oracle:thin:app/<password>@db:1521/orcl'],
  }),
];
