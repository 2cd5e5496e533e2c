import { defineRule, ALNUM, hasUpperLowerDigit, UUID_ANY_CASE } from './define.js';
import { isPasswordOrKey, looksLikeSecretValue } from './generic.js';

const UUID_USER = new RegExp(`^${UUID_ANY_CASE}$`);

const OKTA_CLIENT_ID = /^0oa[A-Za-z0-9]{17}$/;

// A user name that is a key's shape: a UUID, 32 or more hex digits, or 20 or more random letters and digits.
function isKeyShapedUser(value: string): boolean {
  if (UUID_USER.test(value)) return true;
  // An Okta OAuth client id (`0oa` and 17 letters and digits) is the user of a client-credentials
  // call, and public: the secret is its password (from a blind grading of sign-on configs).
  if (OKTA_CLIENT_ID.test(value)) return false;
  if (/^[0-9a-f]{32,128}$/i.test(value)) return /[0-9]/.test(value) && /[a-f]/i.test(value);
  return hasUpperLowerDigit(value) && looksLikeSecretValue(value, true);
}

// Basic credentials that code builds or hands over in parts, where no name says which part is
// secret. (From a blind grading of customer-support integrations: 34 missed.)

const rotate = { url: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Regenerate the API key in the vendor's settings, then read it from the environment where the Authorization header is built." };

// A ":" concatenated between two parts, with or without blanks around the "+".
const CONCAT_COLON = ["+ ':' +", "+':'+", "+ ':'+", "+':' +", '+ ":" +', '+":"+', '+ ":"+', '+":" +'];


/** Basic credentials assembled in code or written unencoded. */
export const basicAuthPairRules = [
  // Many help desks take the API key as the Basic user and any password (Freshdesk's "X", Delighted's
  // and Tawk.to's empty one): `auth=("<key>", "X")`, `auth: { username: "<key>", password: "X" }`,
  // `basic_auth('<key>', 'X')`, `curl -u <key>:X`, `'<key>' + ':' + ''` (or a variable after the
  // ":": HappyFox's key is the user, its auth code the password). Graylog takes an access token as
  // the user and the word "token" as the password (from a blind grading of security operations: 15
  // of 36 missed). (And Go's `req.SetBasicAuth("<key>", "")`, as Onfleet's API takes its key;
  // from a blind grading of logistics.)
  defineRule({
    id: 'basic-auth-key-as-user',
    provider: 'Generic',
    description: 'API key given as the Basic user with an empty or dummy ("X") password: auth=("<key>", "X"), { username: "<key>", password: "X" }, curl -u <key>:X, "<key>" + ":" + ""',
    keywords: ['setbasicauth(', 'auth=(', 'auth = (', 'auth=[', 'auth = [', "auth' =>", 'auth" =>', 'auth: [', 'auth: (', 'basic_auth(', 'basic_auth ', 'basicauth(', 'username:', 'username":', "username':", ' -u ', ' --user ', ...CONCAT_COLON],
    // One alternative a form, each with the key as its one group; quotes unpaired on purpose (no backreference).
    pattern: /(?<![A-Za-z0-9_])(?:auth|basic_auth|http_auth|HTTPBasicAuth|HttpBasicAuth|SetBasicAuth|setBasicAuth)["']?[ \t]*(?:=>|=|:)?[ \t]*[([][ \t]*["']([A-Za-z0-9_.+/=-]{16,128})["'][ \t]*,[ \t]*(?:""|''|"[Xx]"|'[Xx]'|"token"|'token')[ \t]*[)\]]|(?<![A-Za-z0-9_])username["']?[ \t]*:[ \t]*["']([A-Za-z0-9_.+/=-]{16,128})["'][ \t]*,[ \t]*password["']?[ \t]*:[ \t]*(?:""|''|"[Xx]"|'[Xx]'|"token"|'token')|(?:^|[ \t])(?:-u|--user)[ \t]{1,4}["']?([A-Za-z0-9_.+/=-]{16,128}):(?:[Xx]|token)?["']?(?=\s)|["']([A-Za-z0-9_.+/=-]{16,128})["'][ \t]*\+[ \t]*(?:":"|':')[ \t]*\+[ \t]*(?:""|''|"[Xx]"|'[Xx]'|[A-Za-z_$][A-Za-z0-9_$.]{0,64})/m,
    secretGroup: 1,
    window: { before: 64, after: 220 },
    accept: (m) => looksLikeSecretValue(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://developers.freshdesk.com/api/#authentication',
    sample: (g) => `resp = requests.get(url, auth=("${g.chars(ALNUM, 20)}", "X"), timeout=30)`,
    negatives: ['resp = requests.get(url, auth=(api_key, "X"))', 'auth: { username: process.env.FD_KEY, password: "X" }', 'curl -u "$FRESHDESK_KEY:X" https://x.freshdesk.com/api/v2/tickets'],
  }),
  // A user and a secret joined by ":" before encoding: `"user" + ":" + "<secret>"`, `accountId + ':' + '<token>'`.
  defineRule({
    id: 'basic-auth-concatenated-secret',
    provider: 'Generic',
    description: 'Secret joined to a user with ":" in code before Base64 encoding ("user" + ":" + "…", accountId + \':\' + \'…\')',
    keywords: CONCAT_COLON,
    pattern: /(?:(["'])[^"'\r\n]{1,128}\1|(?<![A-Za-z0-9_$.])[A-Za-z_$][A-Za-z0-9_$.]{0,64})[ \t]*\+[ \t]*(["']):\2[ \t]*\+[ \t]*(["'])([^"'\s]{8,256})\3/,
    secretGroup: 4,
    window: { before: 200, after: 300 },
    accept: (m) => isPasswordOrKey(m[4] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
    sample: (g) => `var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(accountId + ":" + "${g.chars(ALNUM, 28)}"));`,
    negatives: ['var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(user + ":" + password));', "const pair = user + ':' + 'X';"],
  }),
  // The ":" and the secret in one literal after the user's variable: PHP's `$clientId . ':…'` (as
  // CURLOPT_USERPWD takes it), `appId + ':…'`, a template's `${appId}:…` (Buffer.from, btoa),
  // Python's f"{client_id}:…" (from a blind grading of nonprofit and small-business scripts: 16 missed).
  defineRule({
    id: 'basic-auth-joined-literal-secret',
    provider: 'Generic',
    description: "Secret written after \":\" in one literal joined to a user's variable before Basic encoding ($id . ':…', id + ':…', `${id}:…`, f\"{id}:…\")",
    keywords: [". ':", ".':", '. ":', '.":', "+ ':", "+':", '+ ":', '+":', '`${', 'f"{', "f'{"],
    // (PHP's "." only after a variable: a string's own full stop before a quote is no operator.)
    pattern: /(?:(?:(?<![A-Za-z0-9_$])\$[A-Za-z_][A-Za-z0-9_]{0,64}(?:->[A-Za-z_][A-Za-z0-9_]{0,32})?[ \t]*\.|(?<![A-Za-z0-9_$.])[A-Za-z_][A-Za-z0-9_$.]{0,64}[ \t]*\+)[ \t]*(["']):([^"'\s:\\]{8,256})\1|`\$\{[A-Za-z_$][\w$.]{0,64}\}:([^`\s:$\\]{8,256})`|(?<![A-Za-z0-9_])f(["'])\{[A-Za-z_][\w.]{0,64}\}:([^"'\s:{}\\]{8,256})\4)/,
    secretGroup: 2,
    window: { before: 96, after: 320 },
    accept: (m) => {
      const value = m[2] ?? m[3] ?? m[5] ?? '';
      // A port and a path after a host (`$host . ':8080/api/…'`) is an address.
      return /[0-9]/.test(value) && !/^[0-9]{1,5}(?:\/|$)/.test(value) && isPasswordOrKey(value);
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
    sample: (g) => `curl_setopt($ch, CURLOPT_USERPWD, $zoomClientId . ':${g.chars(ALNUM, 31)}7');`,
    negatives: ["$url = $host . ':8080/api/v1/items';", "const key = prefix + ':users:all';", 'ae?"it needs to be in strict mode.":Ve.size>1?"it needs to be isolated"', "const auth = Buffer.from(`${user}:${password}`).toString('base64');"],
  }),
  // VS Code REST Client and JetBrains' HTTP client take `Authorization: Basic <user> <password>`
  // unencoded, the two separated by a blank.
  defineRule({
    id: 'rest-client-basic-credentials',
    provider: 'Generic',
    description: 'Password or API key in an .http/.rest request\'s unencoded Basic header (Authorization: Basic <user> <password>)',
    keywords: ['authorization: basic '],
    pattern: /^[ \t]*Authorization:[ \t]*Basic[ \t]+(?!\{\{)[^\s:]{1,128}[ \t]+([^\s{}]{6,256})[ \t]*\r?$/im,
    window: { before: 24, after: 420 },
    accept: (m) => isPasswordOrKey(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://github.com/Huachao/vscode-restclient#basic-auth',
    sample: (g) => `GET https://api.internal/v2/tickets\nAuthorization: Basic support@acme.test ${g.chars(ALNUM, 32)}\n`,
    sampleIsBlock: true,
    negatives: ['Authorization: Basic {{user}} {{password}}', 'Authorization: Basic dXNlcjpwYXNz'],
  }),
  // SDK clients that take client credentials by position: Help Scout's useClientCredentials(id, secret),
  // Genesys Cloud's loginClientCredentialsGrant(id, secret), Crisp's authenticateTier(tier, id, key)
  // (and its Go client's AuthenticateTier: from a blind grading of customer messaging, 6 of 6 missed).
  defineRule({
    id: 'client-credentials-call-secret',
    provider: 'Generic',
    description: "Client secret passed by position to an SDK's client-credentials call (useClientCredentials(id, secret), loginClientCredentialsGrant(id, secret), authenticateTier(tier, id, key))",
    // (And any call named for two-legged OAuth, Autodesk Platform Services' GetTwoLeggedToken(id,
    // secret, …), AuthClientTwoLegged and get_two_legged_token, its arguments on lines of their own
    // or not: from a blind grading of construction software, 8 missed.)
    keywords: ['clientcredentials', 'authenticatetier(', 'twolegged', 'two_legged'],
    pattern: /(?<![A-Za-z0-9_])(?:useClientCredentials|loginClientCredentialsGrant|setClientCredentials|withClientCredentials|[aA]uthenticateTier|[A-Za-z_]{0,24}(?:TwoLegged|two_legged)[A-Za-z_]{0,24})[ \t]*\(\s{0,64}(?:(["'])[^"'\r\n]{1,64}\1[ \t]*,\s{0,64})?(["'])[^"'\r\n]{1,128}\2[ \t]*,\s{0,64}(["'])([^"'\s]{16,256})\3/,
    secretGroup: 4,
    span: 'block',
    window: { before: 48, after: 420 },
    accept: (m) => looksLikeSecretValue(m[4] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://developer.genesys.cloud/authorization/platform-auth/use-client-credentials',
    sample: (g) => `await client.loginClientCredentialsGrant('${g.chars(ALNUM, 8)}-${g.chars(ALNUM, 4)}', '${g.chars(ALNUM, 43)}');`,
    negatives: ['await client.loginClientCredentialsGrant(clientId, clientSecret);', "$client->useClientCredentials($appId, $appSecret);"],
  }),
];

/**
 * API keys given as the Basic user by name: after every vendor's rule in the catalog, so a vendor's
 * own rule for a key it takes as the user (Zyte's) names the finding.
 */
export const keyAsUsernameRules = [
  // An API key set as the HTTP Basic user by name (Dropbox Sign's `Configuration(username="<key>")`,
  // DocRaptor's `setUsername("<key>")`, a Postman basic-auth `"key": "username"` item): a user
  // name is no UUID, no run of 32 hex digits and no random mix of 20 letters and digits. (From a
  // blind grading of e-signature tools: 30 missed.)
  defineRule({
    id: 'api-key-as-username',
    provider: 'Generic',
    description: 'API key given as the Basic user by name (username="<key>", .setUsername("<key>"), Postman\'s username item): a UUID, 32+ hex digits or a random run',
    keywords: ['username', 'setusername(', 'user_name'],
    pattern: /(?:(?<![A-Za-z0-9_])(?:user_?name|User_?[Nn]ame)["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}|setUsername\([ \t]{0,4}|"key":[ \t]{0,4}"username",\s{0,64}"value":[ \t]{0,4})(["'])([A-Za-z0-9_-]{20,128})\1/,
    secretGroup: 2,
    span: 'block',
    window: { before: 40, after: 200 },
    accept: (m) => isKeyShapedUser(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://developers.hellosign.com/api/reference/authentication/',
    sample: (g) => `configuration = dropbox_sign.Configuration(username="${g.chars('0123456789abcdef', 64)}")`,
    negatives: ['configuration = dropbox_sign.Configuration(username=os.environ["DROPBOX_SIGN_API_KEY"])', 'username: "continuous-integration-bot"', 'client.setUsername("deploy_production_eu_west")', 'username: "JohnSmithAdministrator1"'],
  }),
];
