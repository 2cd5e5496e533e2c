import { isPasswordKeyName, isSecretKeyName } from '../keys.js';
import { ALNUM, BASE64, defineRule, HEX } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** Web frameworks' own keys written where the app configures them. (From a blind grading of web frameworks and headless CMS.) */
export const frameworkRules = [
  // gorilla/sessions' stores and gorilla/securecookie take their authentication and encryption
  // keys as byte slices: `sessions.NewCookieStore([]byte("…"))`, `securecookie.New([]byte("…"), []byte("…"))`.
  defineRule({
    id: 'go-session-key-literal',
    provider: 'gorilla/sessions',
    description: "Cookie-signing or encryption key written into gorilla/sessions' NewCookieStore/NewFilesystemStore or gorilla/securecookie's New ([]byte(\"…\"))",
    keywords: ['newcookiestore(', 'newfilesystemstore(', 'securecookie.new('],
    pattern: /(?<=(?:New(?:Cookie|Filesystem)Store|securecookie\.New)\((?:[ \t]{0,4}(?:"[^"\n]{0,256}"|[A-Za-z_][\w.]{0,64}|\[\]byte\([ \t]{0,4}"[^"\n]{1,256}"[ \t]{0,4}\))[ \t]{0,4},){0,2}[ \t]{0,4}\[\]byte\([ \t]{0,4}")([^"\\\n]{16,256})(?="[ \t]{0,4}\))/,
    window: { before: 320, after: 480 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://github.com/gorilla/sessions#example', how: 'Generate new keys (securecookie.GenerateRandomKey), read them from the environment, and expect every session signed with the old ones to end.' },
    docs: 'https://pkg.go.dev/github.com/gorilla/sessions#NewCookieStore',
    sample: (g) => `var store = sessions.NewCookieStore([]byte("${g.chars(ALNUM, 32)}"))`,
    sampleIsBlock: true,
    negatives: ['var store = sessions.NewCookieStore([]byte(os.Getenv("SESSION_KEY")))', 'var store = sessions.NewCookieStore(securecookie.GenerateRandomKey(32))'],
  }),
  // Strapi's `config/server.js` reads its app keys as a list, with defaults in the code:
  // `keys: env.array('APP_KEYS', ['…', '…'])`; each default is a key.
  defineRule({
    id: 'env-array-default-secret',
    provider: 'Generic',
    description: "Secret written as a default of an environment list (Strapi's env.array('APP_KEYS', ['…', '…']))",
    keywords: ['env.array('],
    pattern: /(?<=env\.array\([ \t]{0,4}["']([A-Za-z_][A-Za-z0-9_]{0,63})["'][ \t]{0,4},[ \t]{0,4}\[(?:[ \t\r\n]{0,16}["'][^"'\n]{1,256}["'][ \t]{0,4},){0,7}[ \t\r\n]{0,16}["'])([^"'\\\s]{8,256})(?=["'])/,
    secretGroup: 2,
    span: 'block',
    window: { before: 480, after: 640 },
    accept: (m) => (isSecretKeyName(m[1] ?? '') || /keys$|salts?$/i.test(m[1] ?? '')) && looksLikeSecretValue(m[2] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.strapi.io/cms/configurations/server', how: 'Generate new app keys, set APP_KEYS in the environment, and drop the defaults from the config file.' },
    docs: 'https://docs.strapi.io/cms/configurations/environment',
    sample: (g) => `module.exports = ({ env }) => ({\n  app: {\n    keys: env.array('APP_KEYS', ['${g.chars(BASE64, 22)}==', '${g.chars(BASE64, 22)}==']),\n  },\n});`,
    sampleIsBlock: true,
    negatives: ["keys: env.array('APP_KEYS')", "keys: env.array('APP_KEYS', ['toBeModified1', 'toBeModified2'])", "hosts: env.array('ALLOWED_HOSTS', ['localhost', 'example.test'])"],
  }),
  // .NET's Secret Manager: `dotnet user-secrets set "<name>" "<value>"` (a setup step in a README
  // or a script), the name a secret's (`JwtSettings:Secret`, `Stripe:ApiKey`).
  defineRule({
    id: 'dotnet-user-secrets-set',
    provider: '.NET',
    description: 'Secret stored with the .NET Secret Manager on a command line (dotnet user-secrets set "JwtSettings:Secret" "…")',
    keywords: ['user-secrets set'],
    pattern: /(?<![A-Za-z0-9_.-])user-secrets[ \t]{1,4}set[ \t]{1,4}(["']?)([A-Za-z_][A-Za-z0-9_.:-]{0,127})\1[ \t]{1,4}(["']?)([^"'\s]{8,512})\3(?=[ \t;"'`)]|$)/m,
    secretGroup: 4,
    window: { before: 16, after: 640 },
    accept: (m) => isSecretKeyName((m[2] ?? '').split(':').pop() ?? '') && looksLikeSecretValue(m[4] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets', how: 'Rotate the secret at its service, set it again with user-secrets on each machine, and keep the command out of scripts and docs.' },
    docs: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets',
    sample: (g) => `dotnet user-secrets set JwtSettings:Secret ${g.chars(ALNUM, 40)}`,
    sampleIsBlock: true,
    negatives: ['dotnet user-secrets set "JwtSettings:Secret" "<your-secret>"', 'dotnet user-secrets set "ConnectionStrings:Default" "Server=localhost"', 'dotnet user-secrets set "JwtSettings:Issuer" "https://auth.example.test"'],
  }),
  // A key variable made from a literal's bytes, as JWT setups in ASP.NET write it:
  // `var key = Encoding.ASCII.GetBytes("…");` then `new SymmetricSecurityKey(key)`.
  defineRule({
    id: 'dotnet-key-bytes-literal',
    provider: '.NET',
    description: 'Signing key made from a literal\'s bytes into a key variable (var key = Encoding.ASCII.GetBytes("…"))',
    keywords: ['getbytes('],
    pattern: /(?<![A-Za-z0-9_])(?:var|byte\[\])[ \t]{1,4}(?:[A-Za-z_][A-Za-z0-9_]{0,48})?(?:[Kk]ey|[Ss]ecret)(?:Bytes)?[ \t]{0,4}=[ \t]{0,4}Encoding\.(?:UTF8|ASCII|Unicode|Default)\.GetBytes\([ \t]{0,4}@?"([^"\\\r\n]{16,512})"[ \t]{0,4}\)/,
    window: { before: 96, after: 560 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets', how: 'Generate a new signing key, read it from configuration (user secrets, a key vault), and expect tokens signed with the old one to fail.' },
    docs: 'https://learn.microsoft.com/en-us/dotnet/api/microsoft.identitymodel.tokens.symmetricsecuritykey',
    sample: (g) => `var key = Encoding.ASCII.GetBytes("${g.chars(ALNUM, 40)}");`,
    negatives: ['var key = Encoding.ASCII.GetBytes(_settings.Secret);', 'var key = Encoding.ASCII.GetBytes("your-256-bit-secret-goes-here");'],
  }),
  // A JWT verifier's config with its HMAC key inline: Hasura's HASURA_GRAPHQL_JWT_SECRET
  // `{"type":"HS256","key":"…"}` (also escaped inside a string), Nhost's the same (from a blind
  // grading of backend-as-a-service platforms).
  defineRule({
    id: 'jwt-hmac-config-key',
    provider: 'Generic',
    description: 'HMAC key of a JWT verification config ({"type":"HS256","key":"…"}: Hasura, Nhost)',
    keywords: ['hs256', 'hs384', 'hs512'],
    pattern: /"type"[ \t]{0,4}:[ \t]{0,4}"HS(?:256|384|512)"[ \t]{0,4},[ \t]{0,4}"key"[ \t]{0,4}:[ \t]{0,4}"([^"\\\s]{16,512})"|"key"[ \t]{0,4}:[ \t]{0,4}"([^"\\\s]{16,512})"[ \t]{0,4},[ \t]{0,4}"type"[ \t]{0,4}:[ \t]{0,4}"HS(?:256|384|512)"/,
    secretGroup: 1,
    window: { before: 640, after: 640 },
    accept: (m) => looksLikeSecretValue(m[1] ?? m[2] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://hasura.io/docs/latest/auth/authentication/jwt/', how: 'Generate a new signing key for the issuer and the verifier, read it from the environment, and expect tokens signed with the old one to fail.' },
    docs: 'https://hasura.io/docs/latest/auth/authentication/jwt/',
    sample: (g) => `HASURA_GRAPHQL_JWT_SECRET: '{"type":"HS256","key":"${g.chars(HEX, 64)}"}'`,
    negatives: ['HASURA_GRAPHQL_JWT_SECRET: \'{"type":"RS256","jwk_url":"https://auth.example.test/.well-known/jwks.json"}\'', 'HASURA_GRAPHQL_JWT_SECRET: \'{"type":"HS256","key":"${JWT_KEY}"}\''],
  }),
  // Parse's JavaScript SDK initialised in server code with the master key as the third argument
  // (`Parse.initialize(appId, javascriptKey, masterKey)`): the key that bypasses every ACL.
  defineRule({
    id: 'parse-master-key-initialize',
    provider: 'Parse',
    description: 'Parse Server master key given to Parse.initialize as its third argument',
    keywords: ['parse.initialize('],
    pattern: /(?<![A-Za-z0-9_$])Parse\.initialize\([ \t]{0,4}(["'])[^"'\n]{1,128}\1[ \t]{0,4},[ \t]{0,4}(?:(["'])[^"'\n]{0,128}\2|null|undefined)[ \t]{0,4},[ \t]{0,4}(["'])([^"'\\\s]{8,256})\3/,
    secretGroup: 4,
    window: { before: 24, after: 560 },
    accept: (m) => looksLikeSecretValue(m[4] ?? '', false),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://docs.parseplatform.org/js/guide/#security', how: 'Set a new masterKey on the server (and in Back4App\'s dashboard), read it from the environment, and never ship it to clients.' },
    docs: 'https://docs.parseplatform.org/js/guide/#initialization',
    sample: (g) => `Parse.initialize("${g.chars(ALNUM, 40)}", "${g.chars(ALNUM, 40)}", "${g.chars(ALNUM, 40)}");`,
    negatives: ['Parse.initialize("myAppId", "jsKey", process.env.PARSE_MASTER_KEY);', 'Parse.initialize("APPLICATION_ID", "JAVASCRIPT_KEY");'],
  }),
  // A terminal capture: a prompt, `echo $NAME` of a secret's variable, and the value the shell
  // printed on the next line (`$ echo $CLOUDFLARE_API_TOKEN` ⏎ `…`; from a blind grading of CLI
  // credential stores: every such value missed).
  defineRule({
    id: 'echoed-secret-variable-output',
    provider: 'Generic',
    description: "A secret variable's value printed by `echo $NAME` in a terminal capture (the prompt and command, then the value on the next line)",
    keywords: ['echo $', 'echo "$', 'echo ${'],
    pattern: /(?:^|(?<=[`"'=:]))[ \t]{0,16}(?:[A-Za-z0-9_.@-]{0,64}(?::[~/][^\s$#>]{0,128})?[$#%]|PS [^>\n]{0,128}>|>)[ \t]{1,4}echo[ \t]{1,4}"?\$\{?([A-Za-z_][A-Za-z0-9_]{0,127})\}?"?[ \t]*\r?\n[ \t]{0,8}([^\s$]{12,1024})[ \t]*\r?$/m,
    secretGroup: 2,
    span: 'block',
    window: { before: 160, after: 1200 },
    accept: (m) => isSecretKeyName(m[1] ?? '') && looksLikeSecretValue(m[2] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Rotate the secret at its issuer and remove the capture (a terminal log, a pasted transcript) from where it was shared.' },
    sample: (g) => `$ echo $CLOUDFLARE_API_TOKEN\n${g.chars(ALNUM, 40)}\n$ wrangler whoami\n`,
    sampleIsBlock: true,
    negatives: ['$ echo $CLOUDFLARE_API_TOKEN\n\n$ wrangler login', '$ echo $HOME\n/home/build-agent-runner', '$ echo $API_TOKEN\n<redacted>'],
  }),
  // Canvas LMS access tokens: the issuing shard's number, "~" and 64 letters and digits, given to
  // canvasapi's client (`Canvas("https://….instructure.com", "…")`) or an integration's settings.
  defineRule({
    id: 'canvas-lms-access-token',
    provider: 'Instructure Canvas',
    description: 'Canvas LMS access token (a number, "~" and 64 letters and digits) with Canvas or Instructure nearby',
    keywords: ['canvas', 'instructure'],
    pattern: /(?<![A-Za-z0-9~])([0-9]{1,5}~[A-Za-z0-9]{64})(?![A-Za-z0-9])/,
    span: 'near',
    window: { before: 600, after: 600 },
    accept: (m) => looksLikeSecretValue((m[1] ?? '').slice((m[1] ?? '').indexOf('~') + 1), true),
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://community.canvaslms.com/t5/Student-Guide/How-do-I-manage-API-access-tokens-as-a-student/ta-p/273', how: 'Account → Settings → Approved Integrations: delete the token, generate a new one and read it from the environment.' },
    docs: 'https://canvas.instructure.com/doc/api/file.oauth.html#manual-token-generation',
    sample: (g) => `canvas = Canvas("https://district.instructure.com", "${g.chars('0123456789', 4)}~${g.chars(ALNUM, 64)}")`,
    negatives: ['canvas = Canvas("https://district.instructure.com", os.environ["CANVAS_TOKEN"])'],
  }),
  // A literal fallback when the environment has no value: PowerShell's `$X = if ($env:X) { $env:X }
  // else { "…" }` and Java's `Optional.ofNullable(System.getenv("X")).orElse("…")` (from blind
  // gradings of HR integrations and MSP tooling: 20 and 5 missed). The variable's or the
  // environment name says what the value is.
  defineRule({
    id: 'env-fallback-literal',
    provider: 'Generic',
    description: "Secret written as the fallback of an environment lookup (PowerShell's if ($env:X) { … } else { \"…\" }, Java's Optional.ofNullable(System.getenv(\"X\")).orElse(\"…\"))",
    keywords: ['$env:', '.orelse('],
    pattern: /\$([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]{0,4}=[ \t]{0,4}if[ \t]{0,4}\([ \t]{0,4}\$env:([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]{0,4}\)[ \t]{0,4}\{[ \t]{0,4}\$env:[A-Za-z_][A-Za-z0-9_]{0,63}[ \t]{0,4}\}[ \t]{0,4}else[ \t]{0,4}\{[ \t]{0,4}(["'])([^"'\s]{6,256})\3[ \t]{0,4}\}|System\.get(?:env|Property)\([ \t]{0,4}"[A-Za-z_][A-Za-z0-9_.]{0,63}"[ \t]{0,4}\)[ \t]{0,4}\)?[ \t]{0,4}\.orElse\([ \t]{0,4}"([^"\s\\]{6,256})"[ \t]{0,4}\)/,
    secretGroup: 4,
    window: { before: 200, after: 320 },
    accept: (m) => {
      // (Java's variable name is read from the match: a group before the value would be the finding.)
      const java = /System\.get(?:env|Property)\([ \t]{0,4}"([A-Za-z_][A-Za-z0-9_.]{0,63})"/.exec(m[0])?.[1] ?? '';
      const names = [m[1] ?? '', m[2] ?? '', java].filter((n) => n !== '');
      const value = m[4] ?? m[5] ?? '';
      if (names.some((n) => isPasswordKeyName(n))) return isPasswordValue(value);
      return names.some((n) => isSecretKeyName(n)) && looksLikeSecretValue(value, false);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Rotate the secret at its issuer and drop the fallback: fail when the environment has no value.' },
    sample: (g) => `$ServiceApiKey = if ($env:SERVICE_API_KEY) { $env:SERVICE_API_KEY } else { "${g.chars(ALNUM, 30)}7Q" }`,
    negatives: ['$Region = if ($env:AWS_REGION) { $env:AWS_REGION } else { "eu-west-1" }', 'String key = Optional.ofNullable(System.getenv("API_KEY")).orElse("changeme");'],
  }),
  // ThingWorx authenticates REST calls and Edge SDK clients with an application key, a UUID, sent
  // as the `appKey` header or parameter (`config.setAppKey("…")`, `?appKey=…`), with ThingWorx named
  // near (from a blind grading of industrial automation: 63 of 81 missed).
  defineRule({
    id: 'thingworx-app-key',
    provider: 'PTC ThingWorx',
    description: 'ThingWorx application key (a UUID) as the appKey header, parameter or setting, with ThingWorx nearby',
    keywords: ['appkey'],
    pattern: /(?<![A-Za-z0-9_])(?:appKey["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|setAppKey\([ \t]{0,4}["'])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    window: { before: 16, after: 80 },
    accept: (m, text, at) => /thingworx/i.test(text.slice(Math.max(0, at - 3000), at + 3000)),
    minEntropy: 3,
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://support.ptc.com/help/thingworx/platform/r9/en/index.html#page/ThingWorx/Help/Composer/Security/ApplicationKeys/ApplicationKeys.html', how: 'Composer → Security → Application Keys: delete the key (or set an expiry), create a new one for the client and keep it in its secret store.' },
    docs: 'https://support.ptc.com/help/thingworx/platform/r9/en/index.html#page/ThingWorx/Help/Composer/Security/ApplicationKeys/ApplicationKeys.html',
    sample: (g) => `curl -H "appKey: ${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}" https://twx.plant.local/Thingworx/Things/Line1/Properties`,
    sampleIsBlock: true,
    negatives: ['curl -H "appKey: $TWX_APP_KEY" https://twx.plant.local/Thingworx/Things', 'agoraAppKey: "5f0c3a1e-0000-0000-0000-000000000000"'],
  }),
];
