import { ALNUM, BASE64, defineRule, hasUpperLowerDigit, HEX, LOWER } from './define.js';
import { ATOB_ELLIPSIS, isHashOrCipher, isPasswordValue, isPublishableKey, looksLikePassword, looksLikeSecretValue } from './generic.js';
import { DEFAULT_PASSWORDS, inUse, isStandInPassword } from './passwords.js';
import { isPlaceholder, percentDecoded } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { isKeyLikeName, isSecretKeyName } from '../keys.js';

const rotate = {
  url: 'https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password',
  how: 'Change the password or token at the service it unlocks, then load it from the environment instead.',
} as const;

const DOC_HOSTS = /(?:^|\.)(?:example\.(?:com|org|net)|[a-z0-9-]+\.(?:test|example|invalid))(?::|$|\/)/i;

/** Whether a URL password on a documentation host is a real one: two percent-encoded characters or more, or random. */
function maskedHostPassword(password: string): boolean {
  // (Printable ASCII and no backslash: a URL parser's tests on example.com write `pa\uD7FFss`.)
  if (!/^[\x21-\x5b\x5d-\x7e]{8,}$/.test(password)) return false;
  if ((password.match(/%[0-9A-Fa-f]{2}/g) ?? []).length >= 2 || /%[0-9A-Fa-f]{2}.*[0-9]/.test(password)) return isPasswordValue(percentDecoded(password));
  return looksLikeSecretValue(password, false);
}

/**
 * Whether `scheme://` at `at` is followed by `user:password@`: a user of 1-128 and a password of
 * 3-256 characters, neither holding whitespace, "@", "/", double quotes, backticks or angle brackets
 * (nor the user ":" or "'"; a password may hold an apostrophe). One
 * forward look that stops at the first "/" or space, so the many plain URLs in source code
 * ("https://host/path") never reach the regex. It stops only at characters the pattern excludes
 * too (ASCII whitespace, not control characters; non-ASCII spaces do not stop it), so it only
 * ever admits more than the pattern does and cannot hide a match.
 */
function userinfoFollows(text: string, at: number): boolean {
  const start = at + 3;
  const end = Math.min(text.length, start + 128 + 1 + 256 + 1);
  let colon = -1;
  let userAt = false;
  // An SMB URL may name the user's domain first (`smb://CORP/user:password@server/share`, as CUPS'
  // DeviceURI writes it): one "/" before the user's ":".
  let domainSlash = /(?:smb|cifs)$/i.test(text.slice(Math.max(0, at - 4), at));
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 47 && domainSlash && colon === -1 && i > start) {
      domainSlash = false;
      continue;
    }
    if (c === 64) {
      // "@" (the user may be empty: redis://:password@host). One "@" may stand inside the user,
      // before the first ":": Azure's `app@server` login, an SMTP login `postmaster@mg.acme.io`.
      if (colon === -1 && !userAt && i > start) {
        userAt = true;
        continue;
      }
      return colon >= start && i - colon > 3;
    }
    if (c === 58) {
      // The first ":" ends the user; the password may hold more (a Telegram bot token, id:secret).
      if (colon === -1) {
        if (i - start > 128) return false;
        colon = i;
      }
    } else if (c === 32 || (c >= 9 && c <= 13) || c === 47 || c === 34 || (c === 39 && colon === -1) || c === 96 || c === 60 || c === 62) return false;
  }
  return false;
}

function base64HasColon(value: string): boolean {
  try {
    return atob(value).includes(':');
  } catch {
    return false;
  }
}

/** No control characters but tab, line feed and carriage return: decoded text, not binary. */
function isText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return false;
  }
  return true;
}

/** Base64 of `user:password` decoded to text and split at its first colon, or undefined. */
function base64Login(value: string): { user: string; password: string } | undefined {
  let decoded: string;
  try {
    // atob gives bytes; a masked password's ellipsis (`deploy:IfgC…iOP5`) is read back from UTF-8.
    decoded = atob(value).replaceAll(ATOB_ELLIPSIS, '\u2026');
  } catch {
    return undefined;
  }
  const colon = decoded.indexOf(':');
  return colon < 0 || !isText(decoded) ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Whether `value` is base64 of text (valid UTF-8, no control characters). */
function base64Text(value: string): boolean {
  try {
    return isText(UTF8.decode(Uint8Array.from(atob(value), (c) => c.charCodeAt(0))));
  } catch {
    return false;
  }
}

/** A key sent raw where Basic's base64 goes: 32+ letters and digits (hex, or all three classes), random. */
function rawBasicKey(value: string): boolean {
  if (value.length < 32 || !/^[A-Za-z0-9]+$/.test(value)) return false;
  return (/^[0-9a-fA-F]+$/.test(value) ? shannonEntropy(value) >= 3.2 : hasUpperLowerDigit(value)) && looksLikeSecretValue(value, true);
}

/** Base64 of `user:password` with a user and a password in use (not empty, a default, a reference or a stand-in). */
function base64UserPassword(value: string): boolean {
  const login = base64Login(value);
  return login !== undefined && login.user.length > 0 && login.password.length >= 4 && !isStandInPassword(login.password);
}

/** Base64 of `user:password` whose password is a stand-in or a reference (`:<TOKEN>`): no credential. */
function base64StandIn(value: string): boolean {
  const login = base64Login(value);
  // (Or a key sent as the user with no password whose name stands in for it: Close's docs'
  // `yourapikey:`; from a blind grading of CRMs, 7 false positives.)
  return login !== undefined && (isStandInPassword(login.password) || (login.password === '' && isPlaceholder(login.user)));
}

// After a "basic" hit: the rest of a variable's name, then an assignment and a quote.
const BASIC_VARIABLE = `basic(?:_?(?:auth|token|credentials?|creds|header|value))?["']?[ \\t]{0,4}(?::=|=>|[:=])[ \\t]{0,4}["']`;
const BASIC_VARIABLE_AFTER = new RegExp(`${BASIC_VARIABLE}[A-Za-z0-9+/]{24}`, 'iy');

/** The password of a `user:password` setting: not a hash, not a stand-in, a machine's or a person's. */
function isUserPasswordValue(password: string): boolean {
  return !isHashOrCipher(password) && !isStandInPassword(password) && (looksLikeSecretValue(password, false) || looksLikePassword(password));
}

/** Credentials in generic carriers: URLs, HTTP headers, .npmrc. Run after provider rules. */
export const credentialRules = [
  defineRule({
    id: 'url-credentials',
    provider: 'URL credentials',
    description: 'Password embedded in a URL (scheme://user:password@host), e.g. database URLs',
    keywords: ['://'],
    near: userinfoFollows,
    // The scheme (≤ 21 characters) with room for its fence before the keyword; userinfo and host after.
    window: { before: 64, after: 3 + 128 + 1 + 256 + 1 + 253 },
    // The user may be empty: Redis' AUTH-only form (redis://:password@host) has none.
    // The password may hold ":" (RFC 3986 splits userinfo at the first one): `x-access-token:<id>:<secret>@`.
    // (A Java .properties file escapes ":" as "\\:", `postgresql\\://app\\:…@db`: the user keeps its backslash.)
    // The user may hold one raw "@", as clients take it unencoded: Azure Database's `app@server`,
    // Mailgun's SMTP login `postmaster@mg.example.org` (a blind grading: all six such URLs missed).
    // (An SMB URL's user may follow its domain and "/": `smb://CORP/user:…@printsrv01/Legal`; from a
    // blind grading of print and fax setups, 16 missed.)
    // The host may be empty before a path: Airflow's connection URIs for services reached by account,
    // not host (`snowflake://user:…@/DB/SCHEMA?account=…`; from a blind grading of FinOps tools, 6 missed).
    // (Or as a compose default's value, `${DATABASE_URL:-postgresql://…}`: from a blind grading of LLM tooling.)
    pattern: /(?:(?<![A-Za-z0-9+.-])|(?<=:-))([A-Za-z][A-Za-z0-9+.-]{1,20})\\?:\/\/((?:(?<=(?:smb|cifs|SMB|CIFS):\/\/)[A-Za-z0-9_.-]{1,64}\/)?(?:[^\s:@/"'`<>]{1,64}@)?[^\s:@/"'`<>]{0,128}):([^\s@/"`<>]{3,256})@([A-Za-z0-9.-]{1,253}|(?=\/[A-Za-z0-9_]))/,
    secretGroup: 3,
    // A person's password in a URL (`C0ff332013`, `Raven!9775`) measures ~2.3–2.5 bits a character.
    minEntropy: 2.2,
    accept: (m) => {
      const user = m[2] ?? '';
      const password = m[3] ?? '';
      if (password === user || !inUse(password)) return false;
      // Symfony Mailer's API transports take `KEY:DOMAIN@default` (mailgun+api://key:mg.example.com@default):
      // the password's place holds the sending domain, and the key is the user's.
      if (/\+(?:api|https)$/i.test(m[1] ?? '') && /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i.test(password)) return false;
      // A template in the user part (`https://${env:DSN}@host`): its ":" is the template's, not the password's.
      if (/\$\{|\{\{|\$\(/.test(user)) return false;
      // With no user (redis://:password@host) the shape alone says less: a word and a few digits
      // is a documentation example (dotenv's `dotenv://:key_1234@dotenv.org/…`).
      // (One word: words joined in camel case are a generated passphrase, `rediss://:LumenPylon…7055@`.)
      if (user === '' && /^[A-Za-z][a-z]{0,11}[_-]?\d{1,6}$/.test(password)) return false;
      // A reference or a template slot: $VAR, %VAR%, {password}, [password] (not a password that
      // starts with a percent-encoded character, `%23Chelsea…`).
      if (/^(?:[${[]|%(?![0-9A-Fa-f]{2}))/.test(password)) return false;
      // The same slot percent-encoded: `<DB_PASSWORD>` as %3CDB_PASSWORD%3E, `{password}` as %7B…%7D.
      if (/^(?:%3C[^%]*%3E|%7B[^%]*%7D)$/i.test(password)) return false;
      // An encrypted value, percent-encoded in the URL: Jasypt's ENC(…), SOPS' ENC[AES256_GCM,…].
      if (/^ENC(?:\(|\[|%28|%5B)/i.test(password)) return false;
      // A placeholder's words (`x-access-token:enter-client-secret@`), or only the words for a
      // password, as a URL parser's tests write them ("pass", a blank or "#", "pass").
      if (/^(?:enter|your|insert|replace|put)[-_]/i.test(password)) return false;
      if (/^(?:pass(?:word)?|secret|test|user)(?:(?:%[0-9A-Fa-f]{2}|[ _.#-])*(?:pass(?:word)?|secret|test|user))*$/i.test(password)) return false;
      // String concatenation around a variable (`'redis://:' + pw + '@h'`, `':'+pw+'@'`).
      if (/^'|'$/.test(password)) return false;
      // A port and a host list (`https://foo.com:123,foo:bar@bar.com`): multi-host URLs, not a password.
      if (/^\d{1,5},/.test(password)) return false;
      // A port, then a JDBC parameter list (`jdbc:sqlserver://host:1433;user=…;password=a%40b`,
      // decoded to "@"): the connection-string rule reads its password.
      if (/^\d{1,5};/.test(password)) return false;
      // A documentation host (example.com, *.test) holds a documentation password, unless the
      // password is plainly a real one: percent-encoded punctuation or random characters, as a
      // ticket or a config writes a live URL whose host was masked (from blind gradings of
      // observability and of secrets managers: 18 such passwords missed).
      return !DOC_HOSTS.test(m[4] ?? '') || maskedHostPassword(password);
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    sample: (g) => `${g.pick(['postgres', 'mysql', 'mongodb+srv', 'redis', 'amqp', 'https'])}://${g.pick(['app_user', 'default', ''])}:${g.chars(ALNUM, 20)}@db.internal.${g.chars(LOWER, 6)}.net:5432/app`,
    negatives: ['postgres://postgres:postgres@localhost:5432/db', 'https://user:password@example.com/', 'mysql://root:${DB_PASSWORD}@db/app', 'redis://:****@cache:6379'],
  }),
  defineRule({
    id: 'go-mysql-dsn-password',
    provider: 'MySQL',
    description: 'Password in a Go MySQL driver DSN (user:password@tcp(host:3306)/db, as sql.Open takes it)',
    keywords: ['@tcp(', '@unix('],
    // The DSN has no scheme: user and password stand right before the protocol and its address.
    window: { before: 200, after: 8 },
    pattern: /(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]{1,64}):([^\s@/"'`<>]{3,128})@(?:tcp|unix)\(/,
    secretGroup: 2,
    minEntropy: 2.2,
    accept: (m) => {
      const user = m[1] ?? '';
      const password = m[2] ?? '';
      return password !== user && inUse(password) && !/^(?:[${[]|%(?![0-9A-Fa-f]{2}))/.test(password);
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://github.com/go-sql-driver/mysql#dsn-data-source-name',
    sample: (g) => `webapp:${g.chars(ALNUM, 20)}@tcp(db-prod-3.internal.${g.chars(LOWER, 6)}.net:3306)/billing?parseTime=true`,
    negatives: ['root:${MYSQL_PASSWORD}@tcp(localhost:3306)/app', 'user:password@tcp(127.0.0.1:3306)/test', 'root:root@tcp(localhost:3306)/db'],
  }),
  defineRule({
    id: 'url-token-userinfo',
    provider: 'URL credentials',
    description: 'Token given as the user of a URL (https://<token>@host, as Gemfury, GitHub Packages and private git hosts take it)',
    keywords: ['://'],
    near: (text, at) => text.slice(at, at + 136).includes('@'),
    window: { before: 32, after: 3 + 128 + 1 + 253 },
    // (With an empty password or BambooHR's conventional `x`: `https://<key>:@api.hellosign.com`,
    // `https://<key>:x@api.bamboohr.com`, as those APIs take a key for Basic auth's user; from
    // blind gradings of legal tech and HR integrations.)
    pattern: /(?<![A-Za-z0-9+.-])(?:https?|git\+https?|git\+ssh|ssh|tls):\/\/([A-Za-z0-9_~.-]{20,128})(?::[xX]?)?@([A-Za-z0-9.-]{1,253})/,
    // A user name is a word or two (git, deploy, first.last); a token is random. Not a Sentry DSN:
    // its key (32 hex) is public by design, sent by every page.
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true) && !DOC_HOSTS.test(m[2] ?? '') && !/^[0-9a-f]{32}$/.test(m[1] ?? '') && !/(?:^|\.)sentry\.io$|(?:^|\.)ingest\./i.test(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://gemfury.com/help/bundler/',
    sample: (g) => `source "https://${g.chars(ALNUM, 24)}@gem.fury.io/acme/"`,
    negatives: ['git clone ssh://git@github.com/acme/app.git', 'https://first.last.name.here@git.acme.test/app.git', 'Sentry.init({ dsn: "https://0f3a9c2b7d1e4f5a8b6c9d0e1f2a3b4c@o270269.ingest.us.sentry.io/2599778" })', 'https://token@example.com/repo', 'https://YOUR_FURY_TOKEN_HERE@gem.fury.io/acme/'],
  }),
  defineRule({
    id: 'connection-string-password',
    provider: 'Connection string',
    description: 'Password given as a parameter of a connection string or URL (JDBC ;password= or ?password=, ADO.NET Password=, ODBC PWD=, libpq password=, a --password= option)',
    keywords: ['password=', 'pwd=', 'password]='],
    // Only after a parameter separator: `PASSWORD=…` starting a line is the generic rules' (an
    // assignment), `?password=` and `;Password=` are parameters of a connection string. Also a
    // command's `--password=` (mysql, psql, docker login) and libpq's space-separated
    // `host=db user=app password=…`, where a key=value word comes before it.
    near: (text, at) => {
      let i = at - 1;
      while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) && at - i <= 4) i--;
      const c = text.charCodeAt(i);
      if (c === 59 || c === 63 || c === 38) return true; // ; ? &
      // A form field named in brackets (`&user[password]=`, as Rails and Enphase's login take it).
      if (c === 91 && i === at - 1) return /[?&][A-Za-z_]{1,24}$/.test(text.slice(Math.max(0, i - 26), i));
      if (i === at - 1) return c === 45 && /(?:^|\s)--[A-Za-z0-9-]{0,40}$/.test(text.slice(Math.max(0, at - 48), at)); // --password=, --db-password=
      if (i < 0 || at - i > 4) return false;
      // The word before the blanks: a libpq parameter (`user=app`), a name, "=" and a plain value;
      // not code (`user=user,` or `username='x'` are a call's keyword arguments).
      let j = i;
      while (j >= 0 && i - j < 128 && !/[\s,()'"[\]{}]/.test(text.charAt(j))) j--;
      return j >= 0 && /\s/.test(text.charAt(j)) && /^[A-Za-z_]+=[^=]+$/.test(text.slice(j + 1, i + 1));
    },
    window: { before: 64, after: 160 },
    // SQL Server's JDBC and ODBC drivers take a value with special characters in braces: {…}.
    // After ";" (ADO.NET, ODBC, SQL Server's JDBC) an "&" is the password's: only a URL's query
    // separates parameters with it (from a blind grading of open banking: `Password=_wa5&2e@@…`).
    // (An XML or HTML entity's ";" is no separator: `?user=bob&amp;password=…&amp;next=1`.)
    pattern: /(?:(?<!&(?:amp|quot|apos|lt|gt|#\d{1,6}|#x[0-9A-Fa-f]{1,6}));[ \t]{0,4}(?:password|pwd)[ \t]{0,4}=[ \t]{0,4}(?:\{([^{}\r\n]{4,128})\}|([^;\s"'`<>{}]{4,128}))|(?:[?&]|--(?:[A-Za-z0-9]{1,20}-){0,3}|[ \t])[ \t]{0,4}(?:password|pwd|(?<=[?&])[A-Za-z_]{1,24}\[password\])[ \t]{0,4}=[ \t]{0,4}(?:\{([^{}\r\n]{4,128})\}|([^;&\s"'`<>{}]{4,128})))/i,
    minEntropy: 2.5,
    // A command option or a libpq word has its value right after "=" (`--password= x` holds none).
    accept: (m) => {
      const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? '';
      // A crypt hash (kickstart's `--iscrypted --password=$6$…`) protects a password it does not hold.
      if (!inUse(value) || isHashOrCipher(value)) return false;
      // A URL's parameter is percent-encoded: `%3Cpassword%3E` is the placeholder `<password>`.
      if (value.includes('%')) {
        const decoded = percentDecoded(value);
        if (decoded !== value && isStandInPassword(decoded)) return false;
      }
      if (!/^(?:--|[ \t])/.test(m[0])) return true;
      // A command option or a libpq word: the value comes right after "=" (`--password= x` has
      // none), holds no code punctuation, and is not a documentation example (digits only, or
      // spelling out what it is: `--password=123Abpassword`).
      // Help text's placeholders (--password=STRING), a file reference, a word and a few digits (bar123).
      return !/=[ \t]/.test(m[0]) && !/[(),]/.test(value) && !/^\d+$/.test(value) && !/pass|secret|example|changeme/i.test(value) && !/^[A-Z_]+$/.test(value) && !/^file:/i.test(value) && !/^[A-Za-z]+[_-]?\d{1,6}$/.test(value) && !DEFAULT_PASSWORDS.has(value.toLowerCase());
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/sql/connect/jdbc/setting-the-connection-properties',
    sample: (g) => `${g.pick(['jdbc:sqlserver://db.internal:1433;databaseName=app;user=svc;password=', 'jdbc:postgresql://db.internal:5432/app?sslmode=require&password=', 'Server=db.internal;Database=app;User Id=svc;Password=', 'DRIVER={ODBC Driver 18};SERVER=db.internal;UID=svc;PWD=', 'host=db.internal port=5432 user=svc password=', 'mysql -h db.internal -u svc --password='])}${g.chars(ALNUM, 14)}${g.pick(['#', '!', '$', '^', '*'])}${g.chars(ALNUM, 3)}`,
    negatives: ['jdbc:sqlserver://db:1433;user=svc;password=${DB_PASSWORD}', 'jdbc:postgresql://db/app?password=****&user=svc', 'Server=db;User Id=sa;Password=<password>;', 'jdbc:mysql://db/app?user=root&password=root', 'mysql -u svc --password=$MYSQL_PASSWORD db', 'echo the password=', 'mysql --password= --host db', 'host=db user=svc password=<password>'],
  }),
  defineRule({
    id: 'xml-config-password',
    provider: 'XML configuration',
    description: 'Password in an XML <add key="Password" value="…"/> entry (NuGet.config package source credentials, .NET appSettings)',
    keywords: ['<add key='],
    pattern: /<add[ \t]+key="(?:ClearText)?Password"[ \t]+value="([^"<>\s]{8,256})"[ \t]*\/?>/i,
    minEntropy: 2.5,
    // %NUGET_PASSWORD% and $(Password) are references, resolved when the file is read.
    // Not a variable (`%PW%`, `$(PW)`, Octopus' `#{PW}`) or an escaped placeholder (`&lt;password&gt;`).
    // Nor a hash or a ciphertext (SOPS' `ENC[AES256_GCM,…]`, bcrypt's `$2a$…`): what it protects is not in the file.
    accept: (m) => !/^(?:%[^%]+%|\$\(.*\)|#\{.*\}|&lt;.*&gt;)$/.test(m[1] ?? '') && !DEFAULT_PASSWORDS.has((m[1] ?? '').toLowerCase()) && !isHashOrCipher(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials',
    sample: (g) => `<packageSourceCredentials><Contoso><add key="Username" value="ci" /><add key="ClearTextPassword" value="${g.chars(ALNUM, 16)}!${g.chars(ALNUM, 3)}" /></Contoso></packageSourceCredentials>`,
    negatives: ['<add key="ClearTextPassword" value="%NUGET_PASSWORD%" />', '<add key="Password" value="$(FeedPassword)" />', '<add key="ClearTextPassword" value="password" />', '<add key="ClearTextPassword" value="ENC[AES256_GCM,data:Tr7o1gQ9mVbK,iv:q1Rm2Zs8Yw0=,tag:Pz4Lk9Xc7Vb2Nm1Qw3Er5g==,type:str]" />', '<add key="Password" value="$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy" />'],
  }),
  defineRule({
    id: 'docker-registry-auth',
    provider: 'Docker registry',
    description: 'Registry credentials (base64 user:password) in a Docker config.json "auths" entry, including one escaped inside DOCKER_AUTH_CONFIG',
    keywords: ['auth"', 'auth\\"'],
    pattern: /"auth\\?"[ \t]{0,4}:[ \t]{0,4}\\?"([A-Za-z0-9+/]{8,1024}={0,2})\\?"/,
    minEntropy: 2.5,
    accept: (m) => base64UserPassword(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://docs.docker.com/reference/cli/docker/login/', how: 'Change the password or revoke the access token at the registry, then log in again (keep it in a credential store, not config.json).' },
    docs: 'https://docs.docker.com/reference/cli/docker/login/#credential-stores',
    sample: (g) => `{"auths":{"registry.internal.${g.chars(LOWER, 5)}:5000":{"auth":"${btoa(`deploy:${g.chars(ALNUM, 18)}`)}"}}}`,
    negatives: ['{"auths":{"registry.internal:5000":{"auth":""}}}', `{"auths":{"r":{"auth":"${btoa('user:${REGISTRY_PASSWORD}')}"}}}`, `{"auths":{"r":{"auth":"${btoa('admin:admin')}"}}}`],
  }),
  defineRule({
    id: 'authorization-basic',
    provider: 'HTTP Basic auth',
    description: 'HTTP Basic credentials in an Authorization header value',
    keywords: ['basic ', 'basic%20', 'authenticationheadervalue('],
    // nginx sets the header with blanks alone: `proxy_set_header Authorization "Basic …";`.
    // OpenTelemetry's OTEL_EXPORTER_OTLP_HEADERS percent-encodes the blank (`Authorization=Basic%20…`,
    // as Grafana Cloud's setup gives it).
    // (And a log's `Authorization header: Basic …`, .NET's `new AuthenticationHeaderValue("Basic",
    // "…")`: from a blind grading of connected-car and charging back ends, 14 missed.)
    // (And a header map written as XML elements, Mirth Connect's HTTP Sender: `<string>Authorization
    // </string><list><string>Basic …</string>`; from a blind grading of telehealth integrations.)
    pattern: /(?:authorization(?:[ \t]{1,4}header)?|auth(?:[_-]?header)?|api[_-]?(?:token|key))["']?\]?(?:[ \t]{0,4}[:=,]|[ \t])[ \t]{0,4}(?:[bBuU]?["'`])?Basic(?:[ \t]{1,4}|%20)([A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])|AuthenticationHeaderValue\([ \t]{0,4}"Basic"[ \t]{0,4},[ \t]{0,4}"([A-Za-z0-9+/]{8,512}={0,2})"|authorization<\/[A-Za-z]{1,16}>(?:[ \t]*<[A-Za-z][^<>]{0,40}>){1,3}[ \t]*Basic[ \t]{1,4}([A-Za-z0-9+/]{8,512}={0,2})(?![A-Za-z0-9+/=])/i,
    minEntropy: 2.5,
    validate: base64HasColon,
    // Base64 of text: a `user:password` not standing in, or a key sent whole (OneSignal's legacy
    // REST key). A header already decoded by a view (`Basic username:password`) reads its first
    // word as base64 of bytes: no credential.
    // (Or a raw key after "Basic" that is no base64 of text at all, as Documo's and Unity Cloud
    // Build's docs write it: 32 or more random letters and digits; from blind gradings of fax APIs
    // and game backends, 12 missed.)
    accept: (m) => {
      const value = m[1] ?? m[2] ?? m[3] ?? '';
      return !base64StandIn(value) && (base64Text(value) || rawBasicKey(value));
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    sample: (g) => `Authorization: Basic ${btoa(`svc-${g.chars(LOWER, 6)}:${g.chars(ALNUM, 24)}`)}`,
    negatives: ['Authorization: Basic <credentials>', 'Authorization: Basic ${btoa(user + ":" + pass)}', 'authorization: Basic base64(user:pass)'],
  }),
  // A Basic header's credentials kept ready in a variable named for it, then sent: `BASIC =
  // "<base64>"`, `$basic = "…"`, `basicToken: '…'` (SignNow's basic token, base64 of client id and
  // secret; NetDocuments' `clientid|repository:secret`). (From a blind grading of legal tech: 14 missed.)
  defineRule({
    id: 'basic-credentials-variable',
    provider: 'HTTP Basic auth',
    description: 'Base64 of user:password kept in a variable named for Basic auth (BASIC = "…", $basic = "…", basicToken: "…")',
    keywords: ['basic'],
    near: (text, at) => {
      BASIC_VARIABLE_AFTER.lastIndex = at;
      return BASIC_VARIABLE_AFTER.test(text);
    },
    pattern: new RegExp(`(?<![A-Za-z0-9_])\\$?(?:[A-Za-z0-9]{1,24}_?)?${BASIC_VARIABLE}([A-Za-z0-9+/]{24,512}={0,2})["']`, 'i'),
    window: { before: 40, after: 600 },
    minEntropy: 3,
    validate: base64HasColon,
    accept: (m) => base64UserPassword(m[1] ?? '') && !base64StandIn(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
    sample: (g) => `BASIC = "${btoa(`${g.chars(HEX, 32)}:${g.chars(HEX, 32)}`)}"`,
    negatives: [`BASIC = "${btoa('user:password')}"`, 'basic = "Basic realm=api"'],
  }),
  // Mirth Connect's HTTP Sender keeps its headers as XStream XML, one element a line in an exported
  // channel: `<string>Authorization</string>` then `<list>` then `<string>Basic …</string>`. (The
  // one-line form is authorization-basic's; from a review of session 44.)
  defineRule({
    id: 'mirth-header-map-basic',
    provider: 'HTTP Basic auth',
    description: "HTTP Basic credentials in a Mirth Connect channel's header map (<string>Authorization</string> … <string>Basic …</string>)",
    keywords: ['<string>authorization</string>'],
    pattern: /<string>Authorization<\/string>\s{0,64}<list>\s{0,64}<string>Basic[ \t]{1,4}([A-Za-z0-9+/]{8,512}={0,2})<\/string>/i,
    span: 'block',
    window: { before: 0, after: 800 },
    minEntropy: 2.5,
    validate: base64HasColon,
    accept: (m) => !base64StandIn(m[1] ?? '') && base64Text(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://github.com/nextgenhealthcare/connect',
    sample: (g) => `<headersMap class="linked-hash-map">\n  <entry>\n    <string>Authorization</string>\n    <list>\n      <string>Basic ${btoa(`mirth:${g.chars(ALNUM, 12)}*${g.int(10, 99)}`)}</string>\n    </list>\n  </entry>\n</headersMap>\n`,
    sampleIsBlock: true,
    negatives: ['<string>Authorization</string>\n<list>\n<string>Basic ${auth}</string>'],
  }),
  // The same header map with a bare key or token (`<string>Authorization</string>` then
  // `<string><key></string>`, `<string>X-Api-Key</string>` …): Stedi's key, sent as the whole
  // Authorization header. (From a blind grading of healthcare clearinghouses: 22 of 22 missed.)
  defineRule({
    id: 'mirth-header-map-secret',
    provider: 'Generic',
    description: "API key or token as a secret-named header's value in a Mirth Connect channel's header map",
    keywords: ['</string>'],
    pattern: /<string>([A-Za-z][A-Za-z0-9-]{2,63})<\/string>\s{0,64}<list>\s{0,64}<string>(?:(?:Bearer|Key|Token)[ \t]{1,4})?([A-Za-z0-9._~+/=-]{16,512})<\/string>/,
    secretGroup: 2,
    span: 'block',
    window: { before: 120, after: 400 },
    accept: (m) => {
      const name = m[1] ?? '';
      const value = m[2] ?? '';
      return (isSecretKeyName(name) || /^authorization$/i.test(name)) && !/^Basic$/i.test(value) && looksLikeSecretValue(value, false);
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://github.com/nextgenhealthcare/connect',
    sample: (g) => `<headersMap class="linked-hash-map">\n  <entry>\n    <string>Authorization</string>\n    <list>\n      <string>${g.chars(ALNUM, 7)}.${g.chars(ALNUM, 12)}4${g.chars(ALNUM, 11)}</string>\n    </list>\n  </entry>\n</headersMap>\n`,
    sampleIsBlock: true,
    negatives: ['<string>Authorization</string>\n<list>\n<string>${stediKey}</string>', '<string>Content-Type</string>\n<list>\n<string>application/x12-edi-transaction</string>'],
  }),
  // A header value written as a string before the header's name, or with no name at all: Swift's
  // `request.setValue("Basic …", forHTTPHeaderField: "Authorization")`, a headers array's value.
  // The string is the whole value, and its base64 must read as `user:password` with a password in
  // use: that, not the place, makes it a credential.
  defineRule({
    id: 'authorization-basic-literal',
    provider: 'HTTP Basic auth',
    description: 'HTTP Basic credentials as a whole string literal ("Basic <base64 of user:password>"), e.g. set with setValue(_:forHTTPHeaderField:)',
    keywords: ['basic '],
    // (Or the whole value of a YAML list item or an OpenAPI example: a VCR cassette's `- Basic …`.)
    pattern: /(?:(?<![A-Za-z0-9_\\])(["'`])|(?<=^[ \t]{0,16}-[ \t]{1,4}|example:[ \t]{1,4}))Basic[ \t]{1,4}([A-Za-z0-9+/]{12,512}={0,2})(?:\1(?<=["'`])|(?=[ \t]*\r?$))/m,
    window: { before: 8, after: 540 },
    secretGroup: 2,
    accept: (m) => base64UserPassword(m[2] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    sample: (g) => `request.setValue("Basic ${btoa(`svc-${g.chars(LOWER, 6)}:${g.chars(ALNUM, 24)}`)}", forHTTPHeaderField: "Authorization")`,
    negatives: ['request.setValue("Basic \\(token)", forHTTPHeaderField: "Authorization")', `request.setValue("Basic ${btoa('user:<password>')}", forHTTPHeaderField: "Authorization")`, `let header = "Basic ${btoa('admin:')}"`],
  }),
  // A Basic-auth setting that holds `user:password` in one value, as webhook and proxy settings
  // take it (Postmark's `webhook_basic_auth: "hooks:…"`, `BASIC_AUTH=admin:…`, `basicAuth: 'ops:…'`).
  // (From a blind grading of email infrastructure.) A hashed entry (Traefik's `user:$apr1$…`) is no password.
  defineRule({
    id: 'basic-auth-user-password',
    provider: 'HTTP Basic auth',
    description: 'Password in a Basic-auth setting that holds user:password in one value (webhook_basic_auth, BASIC_AUTH, basicAuth)',
    keywords: ['basic_auth', 'basicauth', 'basic-auth', 'basic_auth_credentials'],
    pattern: /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,32}[_.-]){0,4}basic[_-]?auth(?:[_-]?(?:credentials|creds|user(?:_?pass(?:word)?)?))?["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?(["'`]?)([^\s:"'`@/\\]{1,64}):([^\s"'`\\]{4,128})\\?\1(?![^\s,;&})\]"'`])/i,
    secretGroup: 3,
    window: { before: 96, after: 220 },
    accept: (m) => isUserPasswordValue(m[3] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://postmarkapp.com/developer/webhooks/webhooks-overview#protecting-your-webhook',
    sample: (g) => `webhook_basic_auth: "hooks:${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 4)}"`,
    negatives: ['BASIC_AUTH=admin:admin', 'basic_auth: "user:${BASIC_AUTH_PASSWORD}"', 'basicAuth: "admin:$apr1$H6uskkkW$IgXLP6ewTrSuBkTrqE8wj/"', 'basic_auth: "user:<password>"'],
  }),
  defineRule({
    id: 'authorization-token',
    provider: 'HTTP token auth',
    description: "Token in an Authorization header with a scheme of its own: Token, Api-Token, SSWS (Django REST framework, Dynatrace, Okta) or a vendor's (GenieKey, Klaviyo-API-Key, …)",
    // The header name is the keyword ("token " alone is in every other comment of a codebase).
    keywords: ['authorization'],
    // Any one-word scheme but those with rules of their own (Basic, Bearer) and those whose
    // credential is a one-time proof (Digest's response, AWS's signature, Kerberos and NTLM
    // handshakes, SCRAM).
    // (Julia's and Ruby's pairs: `"Authorization" => "token …"`.)
    // (Frappe's and ERPNext's `token <api_key>:<api_secret>`: 15 hex digits each.)
    // (A Python bytes pair in an httpx log: `(b'authorization', b'Token …')`. fal's key is an id and
    // its secret joined by ":": `Key <uuid>:<hex>`; listmonk's a user and its token: `token api:<token>`.)
    // (And a name/value pair's value, n8n's and HAR's `{"name": "authorization", "value": "token …"}`.)
    // (And a web server's directive, the value quoted after a blank: nginx's `proxy_set_header
    // Authorization "Token …";`; from a blind grading of data labeling platforms, 7 missed.)
    pattern: /authorization["']?\]?[ \t]{0,4}(?:=>|,[ \t\r\n]{0,40}"value"[ \t]{0,4}:|[:=,]|(?<=[ \t])(?=["']))[ \t]{0,4}(?:[bBuUfFrR]{0,2}["'`])?(?!(?:Basic|Bearer|Digest|Negotiate|NTLM|HOBA|Mutual|AWS4-HMAC-SHA256|SCRAM-SHA-\d+)[ \t])[A-Za-z][A-Za-z0-9]{1,23}(?:-[A-Za-z0-9]{1,16}){0,4}[ \t]{1,4}([A-Za-z0-9._~+/-]{16,512}={0,2}(?::[A-Za-z0-9_~+/-]{16,256})?|[A-Za-z0-9._@-]{1,64}:[A-Za-z0-9_~+/-]{15,256})(?!\.?[A-Za-z0-9_~+/=:-])/i,
    window: { before: 0, after: 600 },
    // (The pair's value may stand on the line after its name.)
    span: 'block',
    // Issued tokens hold digits (40 hex, dt0c01.…, 00…) and look random: "Token
    // obtained-from-the-admin-page", "Token settings.API_TOKEN_V2" or a file path are prose and
    // references.
    accept: (m) => {
      const token = m[1] ?? '';
      // An id and its secret: the secret is judged.
      const secret = token.slice(token.indexOf(':') + 1);
      // (Or 24 letters or more in both cases, no digit among them: a random key may have none;
      // from a blind grading of moderation APIs, Hive's `token <key>`.)
      const lettersOnly = secret.length >= 24 && /^[A-Za-z]+$/.test(secret) && /[A-Z]/.test(secret) && /[a-z]/.test(secret);
      if (lettersOnly) return looksLikeSecretValue(secret, false);
      return /[0-9]/.test(secret) && !/^[A-Za-z]+(?:[_-][A-Za-z]+)*[_-]?\d{0,3}$/.test(secret) && looksLikeSecretValue(secret, false);
    },
    minEntropy: 3.2,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.django-rest-framework.org/api-guide/authentication/#tokenauthentication',
    // (A sentence's full stop may follow base64's padding: `… is Authorization: ApiKey <base64>==.`, Elastic's scheme.)
    sample: (g) => `Authorization: Token ${g.chars(HEX, 40)}`,
    negatives: ['Authorization: Digest username="Mufasa", realm="http-auth@example.org", response="6629fae49393a05397450978507c4ef1"', 'Authorization: Token ${token}', 'Authorization: Token <YOUR_API_TOKEN>', "headers['Authorization'] = 'Token ' + apiToken", 'Authorization: Token obtained-from-the-admin-page', 'Authorization: Token settings.REST_FRAMEWORK_TOKEN', 'Authorization: Token settings.API_TOKEN_V2', 'Authorization: Token /path/to/token/file1', 'Authorization: Token token_from_step_2'],
  }),
  defineRule({
    id: 'curl-user-credentials',
    provider: 'curl',
    description: 'user:password given to curl with -u/--user (or -U/--proxy-user): Basic auth on the command line',
    keywords: ['curl'],
    // From `curl` to its option, within one command: lines joined by a trailing backslash, and no
    // "|", ";", "&" or other curl command between (`curl … | sh && docker run --user a:b` gives
    // docker the option; an "&" before a name or "%" joins a URL's query, `?strict=1&project_id=`). Stopping where the next match could start keeps one attempt per
    // command (linear); "curl/8.4.0" or "curl-ca-bundle.crt" inside the command does not stop it,
    // and each "c" can be taken only one way (from a review: two ways ran for minutes).
    pattern: /(?<![A-Za-z0-9_.-])curl(?=[ \t\\])(?:[^\n|;&\\c]|&(?=[A-Za-z0-9_%])|(?<![A-Za-z0-9_.-])c(?!url[ \t\\])|(?<=[A-Za-z0-9_.-])c|\\\r?\n|\\(?!\r?\n))*?[ \t](?:-[A-Za-z]{0,5}[uU]|--user|--proxy-user)(?:[ \t]{1,4}|=)["'`]?([^\s:"'`$-][^\s:"'`$]{0,63}:(?:[^\s"'`]{6,128}?|'[^\s'`]{6,128}'|"[^\s"`$]{6,128}"))["'`]?(?=\s|$|[.,;)](?=\s|$)|[|&])/,
    span: 'block',
    // A few characters before the keyword, for the left fence to see (`mycurl` is not curl).
    window: { before: 8, after: 1600 },
    accept: (m) => {
      const creds = m[1] ?? '';
      const colon = creds.indexOf(':');
      // (The password alone may be quoted: `-u admin:'…'`, from a blind grading of dealer tools.)
      const password = creds.slice(colon + 1).replace(/^(['"])(.*)\1$/, '$2');
      // jenkins:jenkins, admin:admin: a default, not a secret. A URL (`-u http://app` of the next
      // command on the line, az login's service principal) is no user:password.
      return inUse(password) && password !== creds.slice(0, colon) && !password.startsWith('//');
    },
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://curl.se/docs/manpage.html#-u',
    // (Short options go together: `curl -su ops:…`; from a blind grading of message brokers.)
    sample: (g) => `curl -sS -u deploy:${g.chars(ALNUM, 14)}!${g.chars(ALNUM, 3)} https://nexus.internal/repository/releases/`,
    negatives: ['curl -u "$USER:$PASSWORD" https://api.internal', 'curl -u admin:admin http://localhost:9200', 'curl -u elastic https://localhost:9200', 'sort -u names.txt', 'Pass them as `curl -u user:password`.', 'curl -fsSL https://get.docker.com | sh && docker run --user jenkins:s3cretPassw0rd img'],
  }),
  // Symfony Mailer's and Notifier's DSNs give an API transport its key as the URL's user, with the
  // host `default` (`postmark+api://<token>@default`, `sendgrid+api://<key>@default`, `brevo+api://…`,
  // Mailgun's `mailgun+api://<key>:<domain>@default`): no password for url-credentials to read. (From
  // a blind grading of email sending: 7 of 7 Postmark DSNs missed.)
  defineRule({
    id: 'symfony-dsn-api-key',
    provider: 'Symfony',
    description: "API key as the user of a Symfony Mailer or Notifier DSN (<provider>+api://<key>@default)",
    keywords: ['+api://', '+https://'],
    pattern: /(?<![A-Za-z0-9+.-])[a-z][a-z0-9-]{1,24}\+(?:api|https):\/\/([A-Za-z0-9_.~%-]{16,200})(?::[^\s@/"'`<>]{1,200})?@default(?![A-Za-z0-9.-])/,
    window: { before: 32, after: 480 },
    accept: (m) => looksLikeSecretValue(decodeURIComponent((m[1] ?? '').replace(/%(?![0-9A-Fa-f]{2})/g, '%25')), false),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://symfony.com/doc/current/mailer.html#using-a-3rd-party-transport',
    sample: (g) => `MAILER_DSN=postmark+api://${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}@default`,
    negatives: ['MAILER_DSN=postmark+api://ID@default', 'MAILER_DSN=sendgrid+api://${SENDGRID_KEY}@default', 'MAILER_DSN=mailgun+api://${MAILGUN_KEY}:mg.example.com@default'],
  }),
  // HTTPie's request items: a header `X-Api-Key:<key>` and a query parameter `api_key==<key>`
  // (xh takes the same). From a blind grading of fleet telematics: 6 of 6 in shell histories missed.
  defineRule({
    id: 'httpie-key-request-item',
    provider: 'HTTPie',
    description: 'API key or token given to HTTPie or xh as a header item (X-Api-Key:…) or a query item (api_key==…)',
    keywords: [' x-api-key:', ' api-key:', ' apikey:', ' x-apikey:', ' api_key:', ' x-auth-token:', ' x-access-token:', ' x-api-token:', ' api-token:', ' x-token:', ' api_key==', ' apikey==', ' api-key==', ' key==', ' token==', ' access_token==', ' auth_token==', ' api_token=='],
    pattern: /(?<![A-Za-z0-9_./-])(?:https?|xh|xhs)[ \t]{1,4}(?:[^\n|;&]{1,300}?[ \t])?(["']?)((?:x-)?(?:api[-_]?key|auth[-_]token|access[-_]token|api[-_]token|token|key))(:|==)([^\s"'$:=<{][^\s"'`]{7,255})\1(?=[\s;)"'`]|$)/i,
    secretGroup: 4,
    window: { before: 320, after: 280 },
    accept: (m) => {
      const name = m[2] ?? '';
      const value = m[4] ?? '';
      // A header item (`:`) names a header; a bare `key:`/`token:` is too vague for one.
      if (m[3] === ':' && /^(?:token|key)$/i.test(name)) return false;
      return looksLikeSecretValue(value, true, true) || (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value) && /key|token/i.test(name));
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://httpie.io/docs/cli/request-items',
    sample: (g) => `http GET https://api.fleet.test/v1/vehicles X-Api-Key:${g.chars(ALNUM, 12)}${g.chars(ALNUM, 20)}`,
    sampleIsBlock: true,
    negatives: ['http GET https://api.fleet.test/v1/vehicles X-Api-Key:$MOTIVE_KEY', 'http GET https://api.fleet.test/v1/vehicles X-Api-Key:<your-key>', 'http GET https://api.test/items api_key==${API_KEY}', 'http POST https://api.test/items key:=3f2a9c0d1e'],
  }),
  // HTTPie's `-a user:password` / `--auth user:password` (HackerOne's docs give the API identifier
  // and token so): from a blind grading of security tooling, 15 of 15 missed.
  defineRule({
    id: 'httpie-auth-credentials',
    provider: 'HTTPie',
    description: 'user:password or identifier:token given to HTTPie with -a/--auth',
    keywords: [' -a ', '--auth ', '--auth='],
    // (Or an API key as the user with no password, `-a <key>:`, as Checkr, Greenhouse and Lever
    // take it; from a blind grading of HR integrations.)
    pattern: /(?<![A-Za-z0-9_./-])(?:https?|httpie)[ \t]{1,4}(?:[^\n|;&]{1,300}?[ \t])?(?:-a|--auth)(?:[ \t]{1,4}|=)(["']?)(?:[^\s:"'$-][^\s:"'$]{0,63}:([^\s"'$]{6,128})|([A-Za-z0-9_-]{20,128}):)\1(?=[\s"'`;)]|$)/,
    secretGroup: 2,
    window: { before: 320, after: 240 },
    accept: (m) => (m[3] !== undefined ? looksLikeSecretValue(m[3], true) : inUse(m[2] ?? '') && !(m[2] ?? '').startsWith('//')),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://httpie.io/docs/cli/basic-auth',
    sample: (g) => `http GET https://api.hackerone.com/v1/me -a jdoe:${g.chars(ALNUM, 30)}=`,
    negatives: ['http GET https://api.hackerone.com/v1/me -a "$H1_USER:$H1_TOKEN"', 'http -a user:password example.org', 'ls -a /tmp'],
  }),
  // A key as a URL's path segment after a segment that names it: Awin's product feeds
  // (`…/datafeed/download/apikey/<key>/language/en/…`), feeds and webhooks built the same way.
  // (From a blind grading of affiliate networks: 9 missed where no name stood outside the URL.)
  defineRule({
    id: 'url-path-api-key',
    provider: 'URL credentials',
    description: 'API key as a URL path segment after /apikey/, /api_key/ or /access_token/',
    keywords: ['/apikey/', '/api_key/', '/api-key/', '/apitoken/', '/api_token/', '/access_token/', '/accesstoken/'],
    pattern: /\/(?:api[_-]?key|api[_-]?token|access[_-]?token)\/([A-Za-z0-9_-]{16,128})(?=[/?#&"'`\s<>)]|$)/i,
    secretGroup: 1,
    window: { before: 0, after: 160 },
    accept: (m) => /^[0-9a-f]{32,128}$/i.test(m[1] ?? '') || looksLikeSecretValue(m[1] ?? '', true),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://wiki.awin.com/index.php/Product_Feeds_for_Publishers',
    sample: (g) => `wget -q -O feed.csv.gz "https://productdata.awin.com/datafeed/download/apikey/${g.chars(HEX, 32)}/language/en/fid/2231/columns/aw_deep_link/format/csv/"`,
    negatives: ['https://productdata.awin.com/datafeed/download/apikey/<your-api-key>/language/en/', 'https://api.example.test/v1/apikey/rotate_all_keys_now/', 'app.get("/api_key/:id", handler)'],
  }),
  // Any command's `--auth <user>:<password>` (cvat-cli's, a load tester's, a sync tool's): a login
  // in one argument, the password quoted alone or with the user. (From a blind grading of data
  // labeling platforms: 14 of 14 missed.)
  defineRule({
    id: 'cli-auth-user-password',
    provider: 'Command line',
    description: 'user:password given to a command as --auth (cvat-cli --auth user:password)',
    // (And `--basic-auth`: ngrok's `http 8080 --basic-auth "user:…"`; from a blind grading of VPNs.)
    keywords: ['--auth ', '--auth=', '--basic-auth ', '--basic-auth='],
    pattern: /(?<![A-Za-z0-9_-])--(?:basic-)?auth(?:[ \t]{1,4}|=)(["']?)([A-Za-z][A-Za-z0-9._@-]{0,63}):(["']?)([^\s"'$:`]{6,128})\3\1(?=[\s;)|&]|$)/,
    secretGroup: 4,
    window: { before: 0, after: 240 },
    accept: (m) => isPasswordValue(m[4] ?? '') && inUse(m[4] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.cvat.ai/docs/api_sdk/cli/',
    sample: (g) => `cvat-cli --server-host cvat.lab.internal --auth qa-lead:${g.chars(ALNUM, 10)}.${g.chars(ALNUM, 6)}52 ls`,
    negatives: ['cvat-cli --auth "$CVAT_USER:$CVAT_PASSWORD" ls', 'cvat-cli --auth user:password ls', 'tool --auth token:${TOKEN}'],
  }),
  // Many APIs take the key as Basic auth's user with no password (`-u "<key>:"`: Stripe, Dropbox
  // Sign, Harvest) or a dummy one (`-u "<key>:x"`: BambooHR, Freshdesk, Recurly; `<token>:token`:
  // Graylog); from a blind
  // grading of HR and e-signature APIs, where curl-user-credentials saw no password to judge.
  defineRule({
    id: 'curl-user-api-key',
    provider: 'curl',
    description: 'API key given to curl as the Basic-auth user with no password or a dummy one (-u "<key>:", -u "<key>:x")',
    keywords: ['curl'],
    // (Or an empty user and the key as the password: Column's `-u :live_…`.)
    pattern: /(?<![A-Za-z0-9_.-])curl(?=[ \t\\])(?:[^\n|;&\\c]|(?<![A-Za-z0-9_.-])c(?!url[ \t\\])|(?<=[A-Za-z0-9_.-])c|\\\r?\n|\\(?!\r?\n))*?[ \t](?:-u|--user)(?:[ \t]{1,4}|=)(["'`]?)(?:([A-Za-z0-9_-]{24,128}):(?:[xX]|token|)|:([A-Za-z0-9_-]{24,128}))\1(?=\s|$)/,
    secretGroup: 2,
    span: 'block',
    window: { before: 8, after: 1600 },
    accept: (m) => /[0-9]/.test(m[2] ?? m[3] ?? '') && looksLikeSecretValue(m[2] ?? m[3] ?? '', false),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://curl.se/docs/manpage.html#-u',
    sample: (g) => `curl -s -u "${g.chars(HEX, 40)}:x" "https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"`,
    negatives: ['curl -u "$BAMBOO_API_KEY:x" https://api.bamboohr.com/', 'curl -u your_api_key_here: https://api.example.com', 'curl -u admin: http://localhost:8080'],
  }),
  defineRule({
    id: 'authorization-bearer',
    provider: 'HTTP Bearer token',
    description: 'Bearer token in an Authorization header or client call',
    keywords: ['bearer '],
    // (An id and a secret joined by ":" are one credential: Descope's management calls send
    // `Bearer <project id>:<management key>`; from a blind grading of sign-on configs. A Rails
    // signed message, base64 then `--` and its digest, is one too: Basecamp's OAuth tokens; from
    // one of project-management tools, 12 missed.)
    pattern: /(?<![A-Za-z0-9])Bearer[ \t]{1,4}([A-Za-z0-9._~+/-]{20,2048}={0,2}(?:--[0-9a-f]{40,64}|:[A-Za-z0-9._~+/-]{16,2048}={0,2})?)(?![A-Za-z0-9._~+/=-])/i,
    window: { after: 2100 },
    // Stripe.js sends the publishable key as a bearer token: published in every page, no secret. A
    // media type after the word (`Bearer application/json…` in a bundle's run of strings) is none.
    // (Nor a JWT's header alone, `eyJ….` before `<redacted>`: a masked token in notes.)
    accept: (m) => !isPublishableKey(m[1] ?? '') && !/^(?:application|text|image|audio|video|multipart)\//.test(m[1] ?? '') && !/^eyJ[A-Za-z0-9_-]*\.?$/.test(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    sample: (g) => `Authorization: Bearer ${g.chars(ALNUM, 40)}`,
    negatives: ['Authorization: Bearer ${token}', 'Authorization: Bearer <YOUR_ACCESS_TOKEN>', 'Bearer YOUR_API_TOKEN_GOES_HERE', "'Bearer ' + accessToken"],
  }),
  defineRule({
    id: 'npmrc-auth-token',
    provider: 'npm',
    description: 'Registry credential in .npmrc (_authToken, _auth, _password)',
    keywords: ['_authtoken', '_auth=', '_password='],
    // In .npmrc the key starts a line or follows the registry's ":"; that fence also keeps a long
    // run of key-like text from starting a match at every key. The value is taken atomically.
    pattern: /(?<=^|[\s:"'])(?:_authToken|_auth|_password)[ \t]{0,4}=[ \t]{0,4}["']?(?=([A-Za-z0-9._~+/=-]{16,1024}))\1(?![A-Za-z0-9._~+/=([-])/m,
    // (Not a call: C#'s `var _authToken = Environment.GetEnvironmentVariable(…)`.)
    window: { after: 1100 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.npmjs.com/revoking-access-tokens', how: 'Revoke the token at the registry; reference ${NPM_TOKEN} in .npmrc instead.' },
    sample: (g) => `//registry.example.org/:_authToken=${g.chars(BASE64, 40)}`,
    negatives: ['//registry.npmjs.org/:_authToken=${NPM_TOKEN}', '_authToken=your-token-here'],
  }),
];

/**
 * A password field that holds a token with its scheme: Victron VRM's MQTT bridge and Venus' JSON
 * take a personal access token as the password, written `Token <64 hex>` (from a blind grading of
 * EV charging and solar: 13 missed).
 */
const PASS_THEN_SCHEME = `pass(?:word|wd)?["']?(?:[ \\t]{0,4}[:=][ \\t]{0,4}|[ \\t]{1,4})["']?(?:Token|Bearer)[ \\t]`;
const SCHEMED_PASSWORD = new RegExp(`(?<![A-Za-z0-9])(?:[A-Za-z0-9_.-]{0,40}[_.-])?${PASS_THEN_SCHEME}[ \\t]{0,3}([A-Za-z0-9._~+/-]{20,512}={0,2})(?![A-Za-z0-9._~+/=-])`, 'i');
const SCHEME_AFTER = new RegExp(`[_.]?${PASS_THEN_SCHEME}`, 'iy');
export const schemedPasswordRules = [
  defineRule({
    id: 'password-scheme-token',
    provider: 'Generic',
    description: 'Token with its scheme (Token …, Bearer …) as the value of a password setting (a VRM MQTT bridge, a JSON config)',
    keywords: ['password', 'passwd', '_pass', '.pass'],
    // A sticky test at the hit first: "password" is in every other line of code, a scheme after it is not.
    near: (text, at) => {
      SCHEME_AFTER.lastIndex = at;
      return SCHEME_AFTER.test(text);
    },
    pattern: SCHEMED_PASSWORD,
    window: { before: 64, after: 600 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Revoke the token where it was issued, create a new one and read it from a secret store or the environment.' },
    docs: 'https://mosquitto.org/man/mosquitto-conf-5.html',
    sample: (g) => `remote_username vrm-bridge\nremote_password Token ${g.chars(HEX, 64)}\n`,
    sampleIsBlock: true,
    negatives: ['"password": "Token ${VRM_TOKEN}"', 'remote_password Token <your token>'],
  }),
];

/**
 * A login in a setting named only "auth": after the provider rules in the catalog, which read
 * their own users' passwords first (Bright Data's `AUTH = "brd-customer-…:…"`).
 */
export const authSettingRules = [
  // A script's `AUTH="user:…"` or `GERRIT_AUTH=…` handed to `curl --user "$AUTH"`: a name that
  // is only "auth" says nothing alone (`auth: true`, `AUTH=ldap`), but a user and a password after
  // it are a login. (From a blind grading of self-hosted forges: Gerrit's HTTP passwords.)
  defineRule({
    id: 'auth-setting-user-password',
    provider: 'HTTP Basic auth',
    description: 'Password in a setting named auth that holds user:password in one value (AUTH="user:…", GERRIT_AUTH=…)',
    keywords: ['auth="', "auth='", 'auth=', 'auth: "', "auth: '", 'auth:"', 'auth = "'],
    pattern: /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,32}[_.-]){0,4}auth["']?[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,4}\\?(["'`]?)([^\s:"'`@/\\$]{1,64}):([^\s"'`\\$]{4,128})\\?\1(?![^\s,;&})\]"'`])/i,
    secretGroup: 3,
    window: { before: 96, after: 220 },
    // A machine's password (random), and not a mechanism pair (`PLAIN:SCRAM-SHA-256`), a digest
    // (`sha256:<hex>`) or a provider and its realm (`keycloak:Engineering-Realm-2024`).
    accept: (m) => {
      const password = m[3] ?? '';
      return !/^(?:sha\d{0,3}|md5|plain|scram|oauth\d?|bearer|basic|digest|ntlm|kerberos)$/i.test(m[2] ?? '') && !/^[0-9a-f]{32,}$/i.test(password) && !/^[A-Za-z]+(?:[-_.][A-Za-z0-9]+){1,5}$/.test(password) && isUserPasswordValue(password) && looksLikeSecretValue(password, false);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Change the account's password where it is issued and read the login from a secret store or the environment." },
    docs: 'https://gerrit-review.googlesource.com/Documentation/user-upload.html#http',
    sample: (g) => `AUTH="${g.pick(['hschmidt', 'ci-bot', 'svc-gerrit'])}:${g.chars(ALNUM, 30)}/${g.chars(ALNUM, 10)}"\ncurl -s --user "$AUTH" "$GERRIT_URL/a/changes/"`,
    negatives: ['AUTH="$GERRIT_USER:$GERRIT_PASS"', 'auth: "oauth2:client_credentials"', 'AUTH=admin:admin'],
  }),
];

/** A web server comparing a request header with the shared secret it expects. */
export const headerCheckRules = [
  // nginx checks a webhook's or a proxy's shared secret in a condition: `if ($http_verification_token
  // != "…") { return 403; }`, `if ($http_x_api_key = "…")`. The header's name says what the value
  // is. (From a blind grading of telehealth integrations: Redox's verification tokens, 8 missed.)
  defineRule({
    id: 'nginx-header-secret-check',
    provider: 'nginx',
    description: 'Shared secret an nginx condition compares a request header with (if ($http_x_api_key != "…"))',
    // (And VCL's `if (req.http.X-Purge-Token != "…")`, a purge or origin key, named for a key: from a
    // blind grading of CDNs, 11 missed.)
    keywords: ['$http_', 'req.http.'],
    pattern: /(?:\$http_([A-Za-z0-9_]{1,64})[ \t]{0,4}!?=|req\.http\.([A-Za-z0-9_-]{1,64})[ \t]{0,4}[!=]=)[ \t]{0,4}(["']?)([^\s"';{}()$]{12,128})\3[ \t]{0,4}\)/,
    secretGroup: 4,
    window: { before: 12, after: 240 },
    accept: (m) => {
      const name = m[1] ?? m[2] ?? '';
      return (isSecretKeyName(name) || isKeyLikeName(name)) && looksLikeSecretValue(m[4] ?? '', false);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if', how: 'Set a new shared secret where the sender is configured and in the server block, and read it from an included file kept out of the repository.' },
    docs: 'https://nginx.org/en/docs/http/ngx_http_rewrite_module.html#if',
    sample: (g) => `location /redox {\n  if ($http_verification_token != "${g.chars(ALNUM, 30)}") { return 403; }\n  proxy_pass http://ingest:8080;\n}\n`,
    sampleIsBlock: true,
    negatives: ['if ($http_verification_token != $expected_token) { return 403; }', 'if ($http_x_api_key = "") { return 401; }', 'if ($http_user_agent ~* "Googlebot-Image-2024") { return 403; }'],
  }),
  // nginx's secure_link_md5 hashes an expression with a secret word in it (`secure_link_md5
  // "$secure_link_expires$uri$remote_addr <secret>";`): the word that is not a variable. (From a blind
  // grading of CDNs: 6 of 6 missed.)
  defineRule({
    id: 'nginx-secure-link-secret',
    provider: 'nginx',
    description: 'Secret word in an nginx secure_link_md5 expression',
    keywords: ['secure_link_md5'],
    pattern: /secure_link_md5[ \t]{1,8}(["']?)(?:[^"'\s;]{0,200}[ \t]){0,4}?([^\s"'$;]{8,128})(?=[ \t"';]|$)/,
    secretGroup: 2,
    window: { before: 4, after: 400 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false) || isPasswordValue(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://nginx.org/en/docs/http/ngx_http_secure_link_module.html', how: "Change the secret word in the nginx config and in the application that signs links, and keep it in an included file out of the repository." },
    docs: 'https://nginx.org/en/docs/http/ngx_http_secure_link_module.html#secure_link_md5',
    sample: (g) => `location /p/ {\n    secure_link $arg_md5,$arg_expires;\n    secure_link_md5 "$secure_link_expires$uri$remote_addr ${g.chars(ALNUM, 21)}";\n}\n`,
    sampleIsBlock: true,
    negatives: ['secure_link_md5 "$secure_link_expires$uri$remote_addr secret";', 'secure_link_md5 "$secure_link_expires$uri$remote_addr $link_secret";'],
  }),
];
