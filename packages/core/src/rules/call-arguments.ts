import type { Rule } from '../types.js';
import { ALNUM, BASE64URL, defineRule } from './define.js';
import { isUsablePassword, looksLikeSecretValue } from './generic.js';
import { isAppPassword } from './gmail.js';

// Passwords passed as a call's positional arguments, where no key names them: the call does.

const rotate = {
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  how: 'Change the password at the service it unlocks, then pass it from your config module (which reads the environment) instead of a literal.',
} as const;

// The user argument: a string literal or a name (`$user`, `config.user`).
const USER = `(?:"[^"\\r\\n]{1,128}"|'[^'\\r\\n]{1,128}'|[A-Za-z_$][\\w$.]{0,64})`;
// Any one argument before the user: a string literal (an LDAP path holds commas), or no comma,
// parenthesis or line break in it.
const ARGUMENT = `(?:"[^"\\r\\n]{0,200}"|'[^'\\r\\n]{0,200}'|[^,()\\r\\n]{1,200})`;
// The password: a string literal (group 2; group 1 its quote), then the argument's end.
// (Java's PasswordAuthentication takes a char[]: `"…".toCharArray()`.)
const PASSWORD = `(["'])([^"'\\r\\n\\\\]{8,128})\\1(?:\\.toCharArray\\(\\))?[ \\t]*(?=[,)\\r\\n]|$)`;
const COMMA = '[ \\t]*,\\s{0,64}';
// A password as PASSWORD reads it, or as a list's last item (Guzzle's `'auth' => ['user', '…']`).
const PASSWORD_OR_LAST_ITEM = `(["'])([^"'\\r\\n\\\\]{8,128})\\1(?:\\.toCharArray\\(\\))?[ \\t]*(?=[,)\\]\\r\\n]|$)`;
// PASSWORD that may also end a list's first item (`cookieParser(['…', '…'])`).
const PASSWORD_IN_LIST = `(["'])([^"'\\r\\n\\\\]{8,128})\\1[ \\t]*(?=[,)\\]\\r\\n]|$)`;

const accept = (m: RegExpExecArray): boolean => isUsablePassword(m[2] ?? '');

// The top-level domains an address in code most often ends with, and the keywords they give:
// the domain's end, its closing quote and the comma (`.com", "`, `.io',`).
const EMAIL_TLDS = ['com', 'net', 'org', 'io', 'dev', 'co', 'app', 'ai', 'me', 'de', 'uk', 'fr', 'nl', 'au', 'ca', 'edu', 'gov', 'test', 'example', 'local', 'email', 'tech', 'cloud'];
const EMAIL_ADDRESS = `[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\\.[A-Za-z0-9-]{1,63}){0,4}\\.(?:${EMAIL_TLDS.join('|')})`;
// Users that are an administrator's or a service account's by their name alone.
// (Not "root" or "operator": words a bundle's source map lists among its names, `"operator","observable$$1"`.)
const ADMIN_USER = '(?:admin|administrator|sa|svc_[A-Za-z0-9_.-]{1,32}|svc-[A-Za-z0-9_.-]{1,32})';
const ADMIN_USER_KEYWORDS = ['"admin",', "'admin',", '"administrator",', "'administrator',", '"sa",', "'sa',", '"svc_', "'svc_", '"svc-', "'svc-"];
const EMAIL_END_KEYWORDS = EMAIL_TLDS.flatMap((tld) => [`.${tld}",`, `.${tld}" ,`, `.${tld}',`, `.${tld}' ,`]);

/** Fields every rule here shares; a rule gives the rest (its calls, window and examples). */
type CallSpec = Pick<Rule, 'id' | 'description' | 'keywords' | 'pattern' | 'window' | 'docs' | 'sample' | 'negatives'>;

/** A password passed to a call: group 2 of the pattern, judged as any password (isPasswordValue). */
function callRule(spec: CallSpec): Rule {
  return defineRule({ provider: 'Source code', span: 'block', secretGroup: 2, accept, severity: 'high', confidence: 'medium', rotate, ...spec });
}

// A form field that takes a password, by its selector or locator (`input[name=password]`,
// `#passwd`, `By.NAME, "password"`): a string literal holding "pass" or "pwd".
const FIELD_WORD = '(?:[Pp]ass|PASS|[Pp]wd|PWD)';
const PASSWORD_FIELD = `(?:"[^"\\r\\n]{0,120}?${FIELD_WORD}[^"\\r\\n]{0,120}"|'[^'\\r\\n]{0,120}?${FIELD_WORD}[^'\\r\\n]{0,120}'|\`[^\`\\r\\n]{0,120}?${FIELD_WORD}[^\`\\r\\n]{0,120}\`)`;

/** Passwords given as the argument after a user name to a credentials constructor or a connection call. */
export const callArgumentRules = [
  // A call given an e-mail address and then a password, in that order, whatever the call
  // (`authenticate_email_async("qa@…", "…")`, `$smtp->auth('deploy@…', '…')`,
  // `OAuth2.request_token("ops@…", "…", …)`, a car maker's `Vehicle(email, password, vin)`): an
  // account's login. Keyed on the address's domain ending before the comma. (From blind gradings
  // of game backends, e-signature tools, languages and connected cars: 19 missed.)
  // A Redis client's AUTH with the password alone: lua-resty-redis's `red:auth("…")` in OpenResty's
  // nginx.conf, node-redis's and redis-py's `client.auth("…")` (from a blind grading of less
  // common languages: 13 of 13 missed).
  defineRule({
    id: 'redis-client-auth-call',
    provider: 'Redis',
    description: 'Redis password passed to a client\'s auth call (OpenResty red:auth("…"), client.auth("…"))',
    keywords: [':auth(', 'red.auth(', 'redis.auth(', 'client.auth(', 'rds.auth('],
    pattern: /(?<![A-Za-z0-9_$])(?:red|redis|rds|client|redisClient|cache)[:.]auth\([ \t]{0,4}(["'])([^"'\r\n\\]{6,128})\1[ \t]{0,4}\)/,
    secretGroup: 2,
    window: { before: 24, after: 160 },
    accept,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://github.com/openresty/lua-resty-redis#auth',
    sample: (g) => `local res, err = red:auth("${g.chars(ALNUM, 10)}^${g.chars(ALNUM, 6)}")`,
    negatives: ['local res, err = red:auth(os.getenv("REDIS_PASSWORD"))', 'local res, err = red:auth("password")', 'firebase.auth()'],
  }),
  // OmniAuth's and Devise's provider line, `provider :github, "<client id>", "<client secret>"` (or
  // the id from ENV): the third argument is the OAuth app's secret. (From a blind grading of creator
  // platforms: 10 Patreon secrets missed.)
  defineRule({
    id: 'omniauth-provider-secret',
    provider: 'Source code',
    description: "OAuth client secret as OmniAuth's or Devise's provider line's third argument (provider :github, id, \"<secret>\")",
    keywords: ['provider :', 'config.omniauth :'],
    pattern: /(?<![A-Za-z0-9_.])(?:provider|config\.omniauth)[ \t]{1,4}:[a-z][a-z0-9_]{1,40},[ \t]{0,4}(?:ENV(?:\.fetch\([^()\r\n]{1,80}\)|\[[^\]\r\n]{1,80}\])|"[^"\r\n]{1,128}"|'[^'\r\n]{1,128}'|[A-Za-z_][\w.:]{0,64})[ \t]{0,4},[ \t]{0,4}(["'])([^"'\s\\]{16,128})\1/,
    secretGroup: 2,
    window: { before: 4, after: 400 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://github.com/omniauth/omniauth#getting-started',
    sample: (g) => `Rails.application.config.middleware.use OmniAuth::Builder do\n  provider :patreon, ENV["PATREON_CLIENT_ID"], "${g.chars(BASE64URL, 64)}"\nend\n`,
    negatives: ['provider :github, ENV["GITHUB_KEY"], ENV["GITHUB_SECRET"]', 'provider :developer unless Rails.env.production?', "config.omniauth :google_oauth2, Rails.application.credentials.google[:id], Rails.application.credentials.google[:secret]"],
  }),
  // An administrator's or a service account's user literal, then a password literal, in any call
  // or tuple (`("10.0.0.5", "admin", "…")` in a device list, ONVIFCamera(ip, 80, 'admin', '…'),
  // Genetec's LogOnAsync(dir, "svc_integration", "…")): the pair is a login whatever the call.
  // (From a blind grading of physical security: 41 missed.)
  callRule({
    id: 'admin-user-password-arguments',
    description: 'Password literal right after an admin or service-account user literal in a call or a tuple ("admin", "…"; "svc_…", "…")',
    keywords: ADMIN_USER_KEYWORDS,
    pattern: new RegExp(`[(,[][ \\t]{0,4}(?:"${ADMIN_USER}"|'${ADMIN_USER}')${COMMA}${PASSWORD}`),
    window: { before: 24, after: 160 },
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    sample: (g) => `    ("172.22.17.212", "admin", "${g.chars(ALNUM, 8)}=${g.chars(ALNUM, 4)}83"),`,
    negatives: ['("10.0.0.5", "admin", password)', 'roles = ("admin", "Administrator")', 'ONVIFCamera(ip, 80, "admin", os.environ["CAM_PW"])'],
  }),
  callRule({
    id: 'email-password-call-arguments',
    description: "Password passed right after a literal e-mail address in a call's arguments (login(\"user@…\", \"…\"), authenticate_email_async(…), Vehicle(email, password, …))",
    keywords: EMAIL_END_KEYWORDS,
    pattern: new RegExp(`[(,][ \\t]{0,4}(?:"${EMAIL_ADDRESS}"|'${EMAIL_ADDRESS}')${COMMA}${PASSWORD}`),
    window: { before: 140, after: 160 },
    docs: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
    sample: (g) => `var err = await client.authenticate_email_async("qa+9@studio.example", "${g.chars(ALNUM, 9)}%${g.chars(ALNUM, 5)}")`,
    negatives: ['client.authenticate_email_async("qa@studio.example", password)', 'sendMail("ops@acme.com", "Weekly report")', 'setHeader("from", "noreply@acme.com", "Reply-To")', 'login("user@example.com", "password123")'],
  }),
  // A password set through a client library's property constant: SAP JCo's
  // `setProperty(DestinationDataProvider.JCO_PASSWD, "…")`, IBM MQ's
  // `setStringProperty(WMQConstants.PASSWORD, "…")`, a Properties or Map `put(Context.PASSWORD…, "…")`.
  // (From a blind grading of enterprise integration: 0 of 25 found.)
  callRule({
    id: 'password-property-setter',
    description: 'Password set through a library property constant (setProperty(DestinationDataProvider.JCO_PASSWD, "…"), setStringProperty(WMQConstants.PASSWORD, "…"), put(…PASSWORD…, "…"))',
    // (The constants' names, not every "password": that word is in most code.)
    keywords: ['jco_passwd', 'constants.password', 'constants.passwd', '.password_property', 'provider.password'],
    pattern: new RegExp(`(?<![A-Za-z0-9_$])(?:set(?:String)?Property|put|setAttribute|set)\\([ \\t]{0,4}(?:[A-Za-z_$][A-Za-z0-9_$]{0,40}\\.){1,3}[A-Z0-9_]*PASS(?:WD|WORD)[A-Z0-9_]*${COMMA}${PASSWORD}`),
    window: { before: 80, after: 200 },
    docs: 'https://help.sap.com/docs/SAP_NETWEAVER_AS_JAVA/',
    sample: (g) => `connectProperties.setProperty(DestinationDataProvider.JCO_PASSWD, "${g.chars(ALNUM, 9)}!${g.chars(ALNUM, 5)}");`,
    negatives: ['connectProperties.setProperty(DestinationDataProvider.JCO_PASSWD, password);', 'cf.setStringProperty(WMQConstants.PASSWORD, System.getenv("MQ_PASSWORD"));', 'props.put(Context.SECURITY_CREDENTIALS, "changeme");'],
  }),
  // Browser automation typing a password into a login form: Playwright's and Puppeteer's
  // page.fill/type(selector, password), Codecept's fillField, or a located element's
  // send_keys/sendKeys/type/setValue/fill(password) (Selenium, Cypress, WebdriverIO, Playwright
  // locators). (From a blind grading of scraping tools: 37 of 45 such passwords were missed.)
  callRule({
    id: 'form-fill-password',
    description: "Password typed into a login form's password field by browser automation (page.fill('#password', …), find_element(By.NAME, 'password').send_keys(…), cy.get('#password').type(…))",
    keywords: ['.fill(', '.type(', 'fillfield(', 'send_keys(', 'sendkeys(', 'setvalue('],
    pattern: new RegExp(`(?:\\.(?:fill|type|fillField)\\([ \\t]{0,4}${PASSWORD_FIELD}${COMMA}|${PASSWORD_FIELD}[ \\t]{0,4}\\)(?:\\s{0,64}\\.(?:first|last|clear)\\(\\))?\\s{0,64}\\.(?:send_keys|sendKeys|type|setValue|fill)\\([ \\t]{0,4})${PASSWORD}`),
    window: { before: 300, after: 300 },
    docs: 'https://playwright.dev/docs/input#text-input',
    sample: (g) => `await page.fill('input[name="password"]', '${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 5)}');`,
    negatives: ["await page.fill('input[name=password]', process.env.SITE_PASSWORD);", "driver.find_element(By.NAME, 'password').send_keys(password)", "cy.get('#password').type('password')", "await page.fill('#password', '<password>')"],
  }),
  // pylast hashes a Last.fm password in the call that logs in: `password_hash=pylast.md5("…")`
  // (from a blind grading of personal automation: 5 of 5 missed).
  callRule({
    id: 'pylast-md5-password',
    description: 'Last.fm password hashed by pylast.md5("…") in a script',
    keywords: ['pylast.md5('],
    pattern: new RegExp(`(?<![A-Za-z0-9_])pylast\\.md5\\([ \\t]*${PASSWORD}`),
    window: { before: 8, after: 200 },
    docs: 'https://github.com/pylast/pylast#example',
    sample: (g) => `network = pylast.LastFMNetwork(api_key=API_KEY, api_secret=API_SECRET, username="me", password_hash=pylast.md5("${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 4)}"))`,
    negatives: ['password_hash = pylast.md5(os.environ["LASTFM_PASSWORD"])', 'password_hash = pylast.md5("your_password")'],
  }),
  callRule({
    id: 'basic-auth-call-password',
    description: 'Password passed after a user name to a Basic-auth or credentials call (requests HTTPBasicAuth, Scrapy basic_auth_header, auth=(…), Elasticsearch basic_auth=(…) and http_auth=(…), Go SetBasicAuth, Faraday :basic, Spring setBasicAuth, .NET NetworkCredential, Apache HttpClient UsernamePasswordCredentials, JGit UsernamePasswordCredentialsProvider, OkHttp Credentials.basic)',
    // (And Guzzle's request option, `'auth' => ['user', 'password']`, and ShipStation's clients,
    // `ShipStation("<key>", "<secret>")`: from a blind grading of shipping carriers, ShipStation's
    // key and secret passed so.)
    keywords: ['basicauth', 'basic_auth', 'http_auth', 'digestauth', ':basic', 'auth=(', 'auth = (', 'usernamepasswordcredentials', 'passwordauthentication', 'networkcredential', 'credentials.basic', "'auth' =>", '"auth" =>', "'auth'=>", '"auth"=>', 'shipstation(', 'shipstation::client.new('],
    // (Scrapy's w3lib basic_auth_header(user, password) builds a Proxy-Authorization header.)
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:basic_auth_header|(?:(?:[Ss]et|[Ww]ith)_?)?[Bb]asic_?[Aa]uth|Credentials\\.basic|HTTP(?:Basic|Digest)Auth|HttpBasicAuth|UsernamePasswordCredentials(?:Provider)?|PasswordAuthentication|NetworkCredential(?:\\]::new)?|:basic|(?:(?:basic|http)_)?auth[ \\t]?=[ \\t]?|[A-Z][A-Z0-9]{0,31}_AUTH[ \\t]{0,4}=[ \\t]{0,4}|(?:'auth'|"auth")[ \\t]{0,4}=>[ \\t]{0,4}|ShipStation(?:::Client\\.new)?)[ \\t]*[(,[][ \\t]*${USER}${COMMA}${PASSWORD_OR_LAST_ITEM}`),
    window: { before: 32, after: 420 },
    docs: 'https://requests.readthedocs.io/en/latest/user/authentication/#basic-authentication',
    sample: (g) => `resp = requests.get(url, auth=HTTPBasicAuth("reporting", "${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 5)}"))`,
    negatives: ["requests.get(url, auth=HTTPBasicAuth('user', 'pass'))", 'req.SetBasicAuth(cfg.User, cfg.Password)', "auth=('admin', os.environ['ADMIN_PASSWORD'])", 'conn.request :authorization, :basic, ENV["SHOP_USER"], ENV["SHOP_PASSWORD"]', 'new NetworkCredential("user", "<password>")', "HTTPBasicAuth('user', 'my-password-123')"],
  }),
  // Hosting panels' and routers' PHP clients take a login by position: DirectAdmin's HTTPSocket
  // `$sock->set_login('admin', '<login key>')`, Plesk's `$client->setCredentials('admin', '…')`,
  // the RouterOS API class `$API->connect($ip, 'admin', '…')`, Splynx's `new SplynxApi($url, $key,
  // '<secret>')` (from a blind grading of hosting and ISP tooling: 35 such missed).
  callRule({
    id: 'panel-client-login-password',
    description: "Password or API secret passed by position to a hosting panel's or router's PHP client (DirectAdmin set_login, Plesk setCredentials, RouterOS API connect, SplynxApi) or to Medidata's rwslib RWSConnection(domain, user, password)",
    keywords: ['set_login(', 'setcredentials(', '->connect(', 'splynxapi(', 'rwsconnection('],
    pattern: new RegExp(`(?:(?:->|\\.)(?:set_login|setCredentials)[ \\t]*\\([ \\t]*|\\$[Aa][Pp][Ii]->connect[ \\t]*\\([ \\t]*${ARGUMENT}${COMMA}|new[ \\t]+SplynxApi[ \\t]*\\([ \\t]*${ARGUMENT}${COMMA}|(?<![A-Za-z0-9_])RWSConnection[ \\t]*\\([ \\t]*${ARGUMENT}${COMMA})${USER}${COMMA}${PASSWORD}`),
    window: { before: 32, after: 480 },
    docs: 'https://www.directadmin.com/api.php',
    sample: (g) => `$sock->set_login('admin', '${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 5)}');`,
    negatives: ["$sock->set_login('admin', $loginKey);", "$client->setCredentials($login, $password);", "$API->connect($ip, 'admin', getenv('ROS_PASSWORD'));"],
  }),
  callRule({
    id: 'database-connect-password',
    description: 'Password passed as the third argument of a database or directory connection call (PHP new PDO($dsn, user, password), mysqli, Java DriverManager.getConnection(url, user, password), .NET DirectoryEntry(path, user, password), Mirth Connect DatabaseConnectionFactory.createDatabaseConnection(driver, url, user, password))',
    // (Mirth Connect's transformers reach a database with the driver first: from a blind grading of
    // telehealth integrations, 8 of 9 missed.)
    keywords: ['pdo', 'mysqli', 'mysql_connect', 'getconnection', 'directoryentry', 'createdatabaseconnection'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:(?:new[ \\t]+(?:\\\\?PDO|mysqli)|mysqli_connect|mysql_connect|DriverManager[ \\t]*\\.[ \\t]*getConnection|DirectoryEntry)[ \\t]*\\(\\s{0,64}|(?:DatabaseConnectionFactory[ \\t]*\\.[ \\t]*)?createDatabaseConnection[ \\t]*\\(\\s{0,64}${ARGUMENT}${COMMA})${ARGUMENT}${COMMA}${USER}${COMMA}${PASSWORD}`),
    window: { before: 32, after: 640 },
    docs: 'https://www.php.net/manual/en/pdo.construct.php',
    sample: (g) => `$pdo = new PDO($dsn, 'app', '${g.chars(ALNUM, 12)}:${g.chars(ALNUM, 6)}');`,
    negatives: ["$pdo = new PDO($dsn, $user, $password);", "new PDO('sqlite::memory:', null, null)", "$db = new mysqli('localhost', 'root', '', 'app');", 'DriverManager.getConnection(url, props)', 'DriverManager.getConnection(url, "sa", "")', "new PDO($dsn, 'user', getenv('DB_PASSWORD'))"],
  }),
  // Ruby's Faraday sets the Authorization header from a scheme and a token given by position:
  // `conn.request :authorization, "Bearer", "<token>"` (Faraday 2), `conn.authorization :Token,
  // "<token>"` (Faraday 0.x/1). (From a blind grading of real-estate and insurance integrations: 9
  // of 9 missed.)
  defineRule({
    id: 'faraday-authorization-token',
    provider: 'Source code',
    description: 'Token given to Ruby Faraday\'s authorization middleware by position (conn.request :authorization, "Bearer", "…"; conn.authorization :Token, "…")',
    // Keywords with what follows the name: `.authorization` alone is in every HTTP handler (`req.headers.authorization`).
    keywords: [':authorization,', ':authorization ,', '.authorization :', '.authorization(:', ".authorization '", '.authorization "', ".authorization('", '.authorization("'],
    pattern: /(?:(?<![A-Za-z0-9_])request[ \t(]{1,4}:authorization[ \t]*,|\.authorization[ \t(]{1,4})[ \t]*(?::?["']?|["'])(?:Bearer|Token|OAuth)["']?[ \t]*,[ \t]*(["'])([A-Za-z0-9._~+/=-]{16,512})\1/,
    secretGroup: 2,
    window: { before: 16, after: 600 },
    accept: (m) => /[0-9]/.test(m[2] ?? '') && looksLikeSecretValue(m[2] ?? '', false),
    minEntropy: 3.2,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://lostisland.github.io/faraday/#/middleware/included/authentication',
    sample: (g) => `conn = Faraday.new(url: base) do |f|\n  f.request :authorization, "Bearer", "${g.chars(ALNUM, 40)}"\nend`,
    negatives: ['f.request :authorization, "Bearer", ENV["API_TOKEN"]', 'f.request :authorization, "Bearer", -> { token_store.fetch }', "conn.request :authorization, :basic, 'user', 'pass'"],
  }),
  // A mail or file-transfer client's login: Python's smtplib, imaplib, poplib and ftplib
  // `.login(user, password)`, yagmail.SMTP(user, password), MailKit's Authenticate(Async)(user,
  // password), Go's gomail/mail NewDialer(host, port, user, password) and net/smtp PlainAuth(identity,
  // user, password, host). An app password (16 letters) counts here. (From a blind grading of
  // email infrastructure: scripts and services that send alerts.) And an SDK's log_in(user,
  // password): pythorhead's `lemmy.log_in("bot", "…")`, from a blind grading of community bots;
  // and pylotoncycle's PylotonCycle(user, password), from one of fitness tools.
  defineRule({
    id: 'mail-login-call-password',
    provider: 'Source code',
    description: "Password passed to a mail or FTP client's login call (smtplib/imaplib/ftplib .login(user, password), yagmail.SMTP, MailKit Authenticate, gomail NewDialer, net/smtp PlainAuth), or to a client built from a login (garminconnect's Garmin(email, password))",
    keywords: ['.login(', '.login (', '.log_in(', 'yagmail.smtp', '.authenticate(', '.authenticateasync(', 'newdialer(', 'plainauth(', 'garmin(', 'pylotoncycle('],
    pattern: new RegExp(`(?:(?:\\.(?:[Ll]og_?in|Authenticate(?:Async)?)|(?<![A-Za-z0-9_$])(?:yagmail\\.SMTP|Garmin|PylotonCycle))[ \\t]*\\(\\s{0,64}|(?<![A-Za-z0-9_$])(?:gomail|mail)\\.NewDialer[ \\t]*\\(\\s{0,64}${ARGUMENT}${COMMA}${ARGUMENT}${COMMA}|(?<![A-Za-z0-9_$])smtp\\.PlainAuth[ \\t]*\\(\\s{0,64}${ARGUMENT}${COMMA})${USER}${COMMA}${PASSWORD}`),
    secretGroup: 2,
    span: 'block',
    window: { before: 32, after: 640 },
    accept: (m) => isUsablePassword(m[2] ?? '') || isAppPassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.login',
    sample: (g) => `server = smtplib.SMTP_SSL("smtp.example.org", 465)\nserver.login("alerts@example.org", "${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 4)}")`,
    negatives: ['server.login(user, password)', 'server.login("alerts@example.org", os.environ["SMTP_PASSWORD"])', 'client.login("admin", "admin")', "s.login('user@gmail.com', 'your-app-password')", 'd := gomail.NewDialer("smtp.example.com", 587, "user", "<password>")'],
  }),
  // A wallet keystore's password written into the call that decrypts it: ethers'
  // Wallet.fromEncryptedJson(json, password), eth-account's Account.decrypt(keystore, password),
  // web3.js's accounts.decrypt, decryptKeystore. (From a blind grading of web3 development.)
  callRule({
    id: 'keystore-decrypt-password',
    description: "Password passed to a wallet keystore's decrypt call (ethers Wallet.fromEncryptedJson, eth-account Account.decrypt, web3.js accounts.decrypt, decryptKeystore)",
    keywords: ['fromencryptedjson', 'account.decrypt(', 'accounts.decrypt(', 'decryptkeystore', 'keystore.decrypt('],
    pattern: new RegExp(`(?<![A-Za-z0-9_$])(?:(?:ethers\\.)?Wallet\\.fromEncryptedJson(?:Sync)?|[Aa]ccounts?\\.decrypt|decryptKeystore(?:Sync|Json)?|[Kk]eystore\\.decrypt)[ \\t]*\\(\\s{0,64}${ARGUMENT}${COMMA}${PASSWORD}`),
    window: { before: 32, after: 640 },
    docs: 'https://docs.ethers.org/v6/api/wallet/#Wallet_fromEncryptedJson',
    sample: (g) => `const wallet = await ethers.Wallet.fromEncryptedJson(json, "${g.chars(ALNUM, 10)}!${g.chars(ALNUM, 4)}");`,
    negatives: ['const wallet = await ethers.Wallet.fromEncryptedJson(json, process.env.KEYSTORE_PASSWORD);', 'key = Account.decrypt(encrypted, password)', "Account.decrypt(keystore, 'password123')"],
  }),
  // SDK clients built from the key alone, positionally, with no name for it: Keepa's
  // `keepa.Keepa('<key>')`, Tenable's `TenableIO('<access key>', '<secret key>')`, Meraki's
  // `meraki.DashboardAPI('<key>')`. (From blind gradings of affiliate tools and compliance
  // automation: 15 and 11 missed.)
  defineRule({
    id: 'sdk-constructor-key',
    provider: 'Source code',
    description: "API key given positionally to an SDK's client constructor (keepa.Keepa('…'), TenableIO('…', '…'), meraki.DashboardAPI('…'))",
    // (And after the server's URL: BioBlend's `GalaxyInstance("https://…", "<key>")`, the R
    // sevenbridges package's `sbg_set_env("https://…", "<token>")`; from a blind grading of
    // genomics pipelines, 9 missed.)
    // (And Onfleet's `new Onfleet('<key>')`, Route4Me's `Route4Me("<key>")`, Lever's `new Lever('<key>')`,
    // moodle-rest's `MoodleREST("https://…", "<token>")`; from blind gradings of logistics, HR and
    // education platforms: 17 missed.)
    // (And ShipEngine's `new ShipEngine("<key>")` (base64, or TEST_ and base64 in its sandbox) and the
    // key ShipStation's clients take first; from a blind grading of shipping carriers, 12 and 37 missed.)
    keywords: ['keepa(', 'tenableio(', 'tenablesc(', 'dashboardapi(', 'galaxyinstance(', 'sbg_set_env(', 'onfleet(', 'route4me(', 'lever(', 'moodlerest(', 'shipengine(', 'shipstation(', 'shipstation::client.new('],
    pattern: /(?<![A-Za-z0-9_$])(?:(?:keepa\.)?(?:Keepa|TenableIO|TenableSC|DashboardAPI|Onfleet|Route4Me|Lever)\([ \t]{0,4}(?:api_key[ \t]{0,2}=[ \t]{0,2}|access_key[ \t]{0,2}=[ \t]{0,2})?\\?(["'])([A-Za-z0-9_-]{24,128})\\?\1|(?:GalaxyInstance|sbg_set_env|MoodleREST)\([ \t]{0,4}(?:url[ \t]{0,2}=[ \t]{0,2})?\\?["']https?:\/\/[^"'\s]{1,200}\\?["'][ \t]{0,4},[ \t]{0,4}(?:key[ \t]{0,2}=[ \t]{0,2}|token[ \t]{0,2}=[ \t]{0,2})?\\?["']([A-Za-z0-9_-]{24,128})\\?["']|(?:ShipEngine|ShipStation(?:::Client\.new)?)[ \t]{0,2}\([ \t]{0,4}\\?["']((?:TEST_)?[A-Za-z0-9+/_-]{24,128}={0,2})\\?["'])/,
    secretGroup: 2,
    window: { before: 24, after: 220 },
    accept: (m) => looksLikeSecretValue((m[2] ?? m[3] ?? m[4] ?? '').replace(/^TEST_/, ''), true) || /^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$/.test(m[2] ?? m[3] ?? m[4] ?? ''),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://keepaapi.readthedocs.io/en/latest/api_methods.html',
    sample: (g) => `api = keepa.Keepa('${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 63)}1')`,
    negatives: ["api = keepa.Keepa(os.environ['KEEPA_KEY'])", "tio = TenableIO(ACCESS_KEY, SECRET_KEY)", "dashboard = meraki.DashboardAPI('YOUR_API_KEY_GOES_HERE_1234567890')", 'const onfleet = new Onfleet(process.env.ONFLEET_API_KEY);', "r4m = Route4Me('11111111111111111111111111111111')"],
  }),
  // Real-time SDKs built from a key and its secret, positional: Twilio's and LiveKit's
  // AccessToken([account sid,] key, secret), Pusher's PHP client `new Pusher\\Pusher(key, secret, app id)`,
  // PJSUA's AuthCredInfo(scheme, realm, user, type, password). (From a blind grading of real-time
  // communication: 11 such secrets missed.)
  callRule({
    id: 'rtc-sdk-secret-call',
    description: "Secret passed with its key to a real-time SDK's constructor (Twilio/LiveKit AccessToken, Pusher PHP, PJSUA AuthCredInfo)",
    keywords: ['accesstoken(', 'accesstoken (', 'pusher(', 'authcredinfo('],
    pattern: new RegExp(`(?<![A-Za-z0-9_$])(?:(?:new[ \\t]{1,4})?(?:[A-Za-z_$][\\w$]{0,32}\\.){0,3}AccessToken[ \\t]*\\(\\s{0,64}(?:${ARGUMENT}${COMMA})?${USER}${COMMA}|new[ \\t]{1,4}(?:\\\\?Pusher\\\\)?Pusher[ \\t]*\\(\\s{0,64}${USER}${COMMA}|AuthCredInfo[ \\t]*\\(\\s{0,64}(?:${ARGUMENT}${COMMA}){4})${PASSWORD}`),
    window: { before: 40, after: 720 },
    docs: 'https://www.twilio.com/docs/iam/access-tokens',
    sample: (g) => `const token = new AccessToken(process.env.TWILIO_ACCOUNT_SID, 'SK${g.chars('0123456789abcdef', 32)}', '${g.chars(ALNUM, 32)}', { identity });`,
    negatives: ['const token = new AccessToken(accountSid, apiKey, apiSecret, { identity });', 'new Pusher\\Pusher($key, $secret, $appId)', "new AccessToken('SKxxx', '<api-secret>')"],
  }),
  // A signing secret written into the call that signs or checks with it: a JWT library's
  // sign/verify (jsonwebtoken, PyJWT, ruby-jwt, php-jwt) after the payload or token, and
  // cookie-parser's secret (or the first of a list). From a blind grading of identity code:
  // 11 of 45 inline HMAC secrets and 24 of 42 cookie secrets were missed.
  callRule({
    id: 'signing-secret-call',
    description: "Literal secret passed to a JWT library's sign/verify/encode/decode after the payload, or to cookie-parser (jwt.sign(payload, '…'), jwt.encode(payload, \"…\", algorithm=…), JWT.encode(payload, '…', 'HS256'), cookieParser('…'))",
    keywords: ['jwt.sign', 'jwt.verify', 'jwt.encode', 'jwt.decode', 'jwt::encode', 'jwt::decode', 'cookieparser('],
    pattern: new RegExp(`(?<![A-Za-z0-9_$])(?:(?:[Jj][Ww][Tt](?:\\.|::)(?:sign|verify|encode|decode))[ \\t]*\\(\\s{0,64}(?:\\{[^{}\\r\\n]{0,200}\\}|\\[[^\\[\\]\\r\\n]{0,200}\\]|[^,()\\r\\n{}]{1,200})${COMMA}|cookieParser[ \\t]*\\([ \\t]*\\[?[ \\t]*)${PASSWORD_IN_LIST}`),
    window: { before: 16, after: 480 },
    docs: 'https://github.com/auth0/node-jsonwebtoken#jwtsignpayload-secretorprivatekey-options-callback',
    sample: (g) => `const token = jwt.sign({ sub: user.id }, '${g.chars(ALNUM, 20)}${g.chars(BASE64URL, 12)}', { algorithm: 'HS256', expiresIn: '1h' });`,
    negatives: ["jwt.sign(payload, process.env.JWT_SECRET, { expiresIn: '1h' })", "jwt.encode(payload, settings.SECRET_KEY, algorithm='HS256')", "app.use(cookieParser(config.cookieSecret))", "jwt.sign(payload, 'secret')", "jwt.verify(token, 'your-256-bit-secret')"],
  }),
];
