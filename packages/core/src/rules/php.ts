import { ALNUM, defineRule } from './define.js';
import { acceptGeneric, isPasswordValue, looksLikeSecretValue } from './generic.js';

// PHP's serialize() format, as WordPress stores a plugin's settings in wp_options and a SQL dump
// prints them: `s:<bytes>:"<name>";s:<bytes>:"<value>";`, every quote escaped `\"` inside a
// mysqldump string. A setting's name and its value are neighbours, as in an assignment.
const SERIALIZED_QUOTE = '\\\\?"';
const SERIALIZED_PAIR = new RegExp(`s:\\d{1,3}:${SERIALIZED_QUOTE}([A-Za-z_][A-Za-z0-9_.-]{0,63})${SERIALIZED_QUOTE};s:\\d{1,4}:${SERIALIZED_QUOTE}([^"\\\\\\s]{8,512})${SERIALIZED_QUOTE};`);

// var_dump() and Xdebug's dump of an array print each string on the line after its key:
// `'password' =>⏎  string(17) "…"` (Xdebug on the command line), `["password"]=>⏎  string(17) "…"`.
const DUMPED_STRING = /(?:\[["']|')([A-Za-z_][A-Za-z0-9_.-]{0,63})["']\]?[ \t]?=>\r?\n[ \t]{0,32}string\(\d{1,4}\)[ \t]"([^"\r\n]{8,256})"/;

/** Shapes of the PHP language and its runtime: serialized settings, dumped arrays, cURL's credentials option. */
export const phpRules = [
  defineRule({
    id: 'php-serialized-secret',
    provider: 'PHP',
    description: "Secret-named value in PHP's serialize() format (a WordPress plugin's settings in wp_options, a SQL dump): s:N:\"client_secret\";s:N:\"…\";",
    keywords: ['";s:'],
    pattern: SERIALIZED_PAIR,
    secretGroup: 2,
    window: { before: 80, after: 560 },
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://developer.wordpress.org/reference/functions/update_option/', how: "Rotate the credential at its provider, save the new one in the plugin's settings, and keep database dumps out of the repository." },
    docs: 'https://www.php.net/manual/en/function.serialize.php',
    sample: (g) => `INSERT INTO \`wp_options\` VALUES (412,'woocommerce_gateway_settings','a:3:{s:7:\\"enabled\\";s:3:\\"yes\\";s:13:\\"client_secret\\";s:40:\\"${g.chars(ALNUM, 40)}\\";s:8:\\"testmode\\";s:2:\\"no\\";}','yes');`,
    negatives: ['a:2:{s:7:"enabled";s:3:"yes";s:13:"client_secret";s:0:"";}', 's:13:"client_secret";s:21:"your-client-secret-01";', 's:8:"site_key";s:40:"6LcXAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";'],
  }),
  defineRule({
    id: 'php-dumped-secret',
    provider: 'PHP',
    description: "Secret-named string in var_dump() or Xdebug output ('password' =>⏎  string(17) \"…\")",
    // The arrow after a quoted key: Xdebug's `' =>`, var_dump's `"]=>`.
    keywords: ["' =>", '"]=>'],
    pattern: DUMPED_STRING,
    secretGroup: 2,
    span: 'block',
    window: { before: 80, after: 320 },
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://xdebug.org/docs/develop#display', how: 'Rotate the credential, and keep debug output and error pages that print configuration out of the repository and off production.' },
    docs: 'https://www.php.net/manual/en/function.var-dump.php',
    sample: (g) => `array(4) {\n  'host' =>\n  string(9) "127.0.0.1"\n  'password' =>\n  string(16) "${g.chars(ALNUM, 8)}#${g.chars(ALNUM, 7)}"\n}\n`,
    negatives: ["  'password' =>\n  string(0) \"\"", "  'password' =>\n  string(8) \"********\"", "  'token_type' =>\n  string(6) \"Bearer\""],
  }),
  defineRule({
    id: 'php-curl-userpwd',
    provider: 'PHP',
    description: 'User and password given to cURL in PHP (curl_setopt($ch, CURLOPT_USERPWD, "user:password"))',
    keywords: ['curlopt_userpwd', 'curlopt_proxyuserpwd'],
    pattern: /CURLOPT_(?:PROXY)?USERPWD[ \t]{0,4},[ \t]{0,4}(["'])[^"'\s:$]{1,128}:([^"'\s$]{6,256})\1/,
    secretGroup: 2,
    window: { before: 24, after: 400 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.php.net/manual/en/function.curl-setopt.php', how: 'Rotate the password at the service, then read it from the environment (getenv) instead of the source.' },
    docs: 'https://www.php.net/manual/en/function.curl-setopt.php',
    sample: (g) => `curl_setopt($ch, CURLOPT_HTTPAUTH, CURLAUTH_BASIC);\ncurl_setopt($ch, CURLOPT_USERPWD, "api_user:${g.chars(ALNUM, 9)}=${g.chars(ALNUM, 6)}");\n`,
    negatives: ['curl_setopt($ch, CURLOPT_USERPWD, "$user:$pass");', 'curl_setopt($ch, CURLOPT_USERPWD, $username . ":" . $password);', 'curl_setopt($ch, CURLOPT_USERPWD, "user:password");'],
  }),
  // Many APIs take the key as Basic auth's user with no password or a dummy one (Follow Up Boss,
  // Stripe, BambooHR, Freshdesk): `CURLOPT_USERPWD, '<key>:'` (from a blind grading of real-estate
  // CRMs: 4 of 4 missed, where php-curl-userpwd saw no password to judge).
  defineRule({
    id: 'php-curl-userpwd-api-key',
    provider: 'PHP',
    description: "API key given to cURL in PHP as the Basic-auth user with no password or a dummy one (curl_setopt($ch, CURLOPT_USERPWD, '<key>:'))",
    keywords: ['curlopt_userpwd'],
    pattern: /CURLOPT_USERPWD[ \t]{0,4},[ \t]{0,4}(["'])([A-Za-z0-9_-]{20,128}):(?:[xX]|X{1,8})?\1/,
    secretGroup: 2,
    window: { before: 24, after: 300 },
    accept: (m) => /[0-9]/.test(m[2] ?? '') && looksLikeSecretValue(m[2] ?? '', false),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.php.net/manual/en/function.curl-setopt.php', how: 'Rotate the key at the service, then read it from the environment (getenv) instead of the source.' },
    docs: 'https://www.php.net/manual/en/function.curl-setopt.php',
    sample: (g) => `curl_setopt($ch, CURLOPT_USERPWD, '${g.chars(ALNUM, 36)}:');`,
    negatives: ['curl_setopt($ch, CURLOPT_USERPWD, $apiKey . ":");', "curl_setopt($ch, CURLOPT_USERPWD, 'your_api_key_here:');", "curl_setopt($ch, CURLOPT_USERPWD, \"$key:\");"],
  }),
];
