// Which property, variable and header names hold secrets. Shared by the generic detection rule,
// redactValue and (through core's exports) the logger and the ESLint plugin, so all agree.

// (A live stream's `stream_key` too: whoever holds it broadcasts as the channel; Mux's and
// api.video's are UUIDs. New Relic's agents read their license key as NEW_RELIC_LICENSE.)
// (A value stored encrypted and its IV, `encrypted_token`, `encrypted_token_iv`, are ciphertext; an
// order's `cart_token` and `checkout_token` and OTA's `EchoToken` are ids: NOT_SECRET_NAME, from
// blind gradings of data dumps, POS systems and travel APIs.)
// (An encryption salt that a service derives its key from with the password beside it, as
// Appsmith's APPSMITH_ENCRYPTION_SALT, is half of that key; a bare `encryptionsalt`, Pulumi's
// stack file's, is made to be committed: NOT_SECRET_NAME.)
const SECRET_NAME = /passw(?:or)?d|trustedid$|(?:cert|certificate|pfx|p12|keystore|hsm|smartcard)pin$|passphrase|passcode|pwd|secret|token|authtok|apikey|accesskey|privatekey|clientkey|signingkey|encryptionkey|masterkey|authkey|credential|authorization|authheader$|applicationkey$|[a-z0-9]bearer$|cookie|connectionstring|creds$|^cred$|dsn$|(?:functions|subscription)key$|honeycombteam$|^x[a-z0-9]*auth$|agora\w*certificate$|^appcertificate$|^httpheadervalue\d*$|^plaintextvalue$|(?:otp|mfa|2fa)seed$|totp(?:key|seed)?$|(?:newrelic|^nr)license$|securitysalt$|ciphersalt$|encryptionsalt$|recordkey$|accesshash$|hmac(?:key|secret)|(?:db|otp|encryptedsettings)keybase$|pepper$|securitykey$|^(?:op|bw)session|testreporterid$|replicasetkey$|^snmp\w{0,16}community$|^(?:ro|rw)?community$|^(?:tg|telegram)?apihash$|streamkey|protectionbypass(?:secret)?$|automationbypass(?:secret)?$|^ttdauth$|^salt$|saltvalue$|passwort|kennwort|senha$|contrasen?a|motdepasse|(?:^|db|admin|user|root)parol$|wachtwoord|haslo$|mima$/;

// Names that contain a secret word but name something that is not a secret. ("Public" but not
// ProPublica's: PROPUBLICA_API_KEY is a key; from a blind grading of civic tech.)
// (From a review of the logger: `hasPassword`, `passwordChangedAt`, `apiKeyName`, `secretary`,
// `credentialsExpired`, `x-csrf-token-present` are facts about a secret, not the secret. A
// detect-secrets baseline's `hashed_secret` is the SHA-1 of one. Client tokens every page or app
// sends are public by their vendors' word: Shopify's storefront token, Mixpanel's project token,
// Facebook's client token, Amplitude's API key, a Shopify app's API key (its OAuth client id; the
// API secret key is the secret). An accessor (Vault's token_accessor, secret_id_accessor,
// Consul's AccessorID) looks a token up or revokes it; it does not authenticate. A Web Push
// VAPID key under its bare name is the public one a page hands to the browser. An id or a
// description under a credential's name (`credential.client-id`, `iam_apikey_description`) names or
// describes the credential. Code that makes or reads one is named for it: `tokenBuilder`,
// `rtctokenbuilder` (a Go import alias), `secretParser`, `passwordValidator`.)
// (A row's own `token_salt`, Gitea's access_token column, salts one token's hash and is none; an
// app's `API_TOKEN_SALT`, Strapi's, is the app's secret and stays one. A WebSocket handshake's
// `Sec-WebSocket-Key` is a nonce. DocuSign's `X-DocuSign-TraceToken` correlates a request, and
// Steam Guard's `token_gid` names a token's group: ids, from blind gradings. Cognito's
// `SECRET_HASH` is an HMAC of the user name and client id under the client secret, not the
// secret: from a blind grading of sign-on configs. Meilisearch's `api_key_uid` names a key by its
// UUID and Comet's `COMET_EXPERIMENT_KEY` is a run's id in its URLs: from a blind grading of search
// and research tools.)
const NOT_SECRET_NAME = /secretar(?:y|ies)|^encryptionsalt$|^encrypted|iv$|(?:cart|checkout|echo)token$|secretsmanager|^(?:has|is|uses?|needs?|requires?|with|without|no|skip|get|load|fetch|parse|mock|fake)creds?$|^(?:has|is|uses?|needs?|requires?)(?:a)?(?:password|passphrase|secret|token|apikey|credentials?)|(?:password|passphrase|secret|token|apikey|accesskey|credentials?)(?:changed|updated|created|rotated|issued|set|expires?|expired|expiry|age|present|exists|required|enabled|disabled|valid|invalid|lastused|lastchanged|mtime)(?:at|on|date|time)?$|password(?:encryption|hashing|hash(?:er)?algorithm|algorithm|scheme|encoder)$|apikey(?:name|ids?|prefix|hint|last4|suffix)$|tokens?(?:ids?|count|type|url|uri|endpoint|limit|usage|length|index|kind|name|expir\w*|ttl|file|path|header|prefix|regex|pattern)$|(?:passwords?|passphrases?|secrets?|apikeys?|credentials?)(?:count|length|size|total|number|num|len)$|tokenizer|^(?:max|min|num|total|prompt|completion|input|output)tokens?$|^tokens$|secrets?(?:name|ref|id|arn|path|version(?:id|stage)?|key(?:ref|name))$|(?<!access)keyids?$|fingerprint$|password(?:policy|length|strength|field|label|hint|reset\w*|rules?|confirm\w*|visible|input)$|(?:show|hide|forgot|reset|confirm|new|old)password|^(?:min|max)password|credentials?(?:provider|type|path|file|id)$|cookie(?:name|path|domain|options|consent)$|(?:csrf|xsrf)(?!secret|key)|secwebsocket(?:key|accept)$|^tokensalt$|authenticitytoken|requestverificationtoken|publishable|(?<!pro)public|^nextpublic|^reactapp|(?<!elastic|open|meili)search(?:api)?key|searchonly|tokenizationkey$|(?:paddle|datadog|dd|rum|braintree)\w*clienttoken$|(?:(?<!status)page|next|continuation|sync|cursor|resume|resumption|update|change|idempotency|clientrequest|version|sort|etag|concurrency|trace)token$|tokengid$|storefront(?:access|api)?token$|mixpanel(?:project)?token$|(?:facebook|fb)clienttoken$|amplitude(?:api)?key$|^shopify(?:app)?apikey$|accessor(?:ids?)?$|vapid(?:public)?key$|(?:token|key|secret)(?:hash|digest|checksum|sha\d*|md5)(?:sha\d*|md5)?$|(?:apikey|key|token)uids?$|experimentkey$|ssid$|(?:key|cert|certificate|credentials?)(?:filename|filepath|file|path)$|(?:password|secret)(?:double)?(?:sha\d*|md5)hex$|^hashed(?:secret|token|apikey|key)s?$|^credentialsjson$|(?:client|tenant|app|application|subscription|object|principal|account|project)ids?$|issuer(?:ids?|url|uri)?$|^encrypted(?:data)?key$|(?:description|desc|label|title|comment|hint)s?$|(?:token|key|secret|password|credential)s?(?:builder|generator|factory|parser|validator|handler|helper|utils?|module|package|lib)$|alias$|(?:document|zip|tracking|invoice|order)key$|kms(?:master)?keys?(?:ids?|arn|alias)?$|(?:password|passphrase|secret|token)(?:never|cannot|notrequired|required)\w{0,24}$|^plaintoken$|reference(?:value)?ids?$/;

// A personal access token by its short name, as env vars and settings spell it: GITLAB_PAT,
// AZURE_DEVOPS_PAT, gitlabPat, adoPAT. Case decides: "compat", "COMPAT" and Python's lower-case
// regex names (url_pat) are not.
const PAT_NAME = /(?:^|_)PAT$|[a-z0-9](?:Pat|PAT)$/;
// In any case after the vendor's name: config.azure_devops_pat, gitlab-pat, jira.pat (Jira and
// Confluence Data Center PATs; from a blind grading of project-management tools, 12 missed),
// cj_pat (CJ's; from one of affiliate networks, 7 missed).
const VENDOR_PAT_NAME = /(?:devops|azdo|vsts|gitlab|github|jira|confluence|atlassian|bitbucket|bamboo|jfrog|artifactory|sonar(?:qube|cloud)?|grafana|databricks|figma|notion|linear|sentry|dockerhub|docker|quay|harbor|huggingface|(?:^|[_.-])(?:gh|ado|cj|hf|dbt|npm|tfc))[_.-]?pat$/i;

// An access key pair by its short names, as Huawei Cloud, Baidu, Volcengine and Qiniu SDKs spell
// them: HUAWEICLOUD_SDK_AK / _SK, huaweicloudSdkSk, obs.sk. Case decides when the name is joined
// (`desk`, `peak` are not).
const AK_SK_NAME = /(?:^|[_.-])(?:[Ss][Dd][Kk][_.-]?)?(?:[Aa][Kk]|[Ss][Kk])$|[a-z0-9](?:Sdk|SDK)?(?:Ak|AK|Sk|SK)$/;

// A Wi-Fi pre-shared key's name: `psk` (wpa_supplicant), `wpa_psk`, a router's `wl0_wpa_psk`,
// MikroTik's `wpa2-pre-shared-key`. It holds a passphrase, or the key itself as 64 hex digits.
const PSK_NAME = /(?:^|[_.$-])(?:wpa[_-]?)?psk\d?$|^(?:sta|ap|wifi|wlan)psk\d?$|(?:^|[_.$-])(?:wpa2?[_-]?)?pre[_-]?shared[_-]?key$/i;
// Joined in camel case (`wifiPsk`, `goliothPsk`, `WlanPSK`; from a blind grading of IoT code): case decides.
const CAMEL_PSK_NAME = /[a-z0-9](?:Psk|PSK)\d?$/;

/** Whether `name` names a Wi-Fi pre-shared key (PSK_NAME): a password's name, whose value may also be the key in hex. */
export function isPreSharedKeyName(name: string): boolean {
  return PSK_NAME.test(name) || CAMEL_PSK_NAME.test(name);
}

// A password by its short name after a separator: DB_PASS, smtp.pass, ADMIN-PASS, DB_PW, or alone.
// Joined words stay out: bypass, compass, a WebGPU renderPass.
// (Also after a sigil, PowerShell's and PHP's `$pass`, and after a Hungarian prefix or an
// account's word, AutoIt's `$sPass`, `strPass`, `dbPw`, `adminPass`; not `renderPass` or `bypass`.
// PHP applications join an account's word in lower case: Joomla's `$smtppass`, Moodle's
// `$CFG->dbpass`, WP-CLI's `--dbpass`; keytool's `-storepass` and `-keypass`; after a prefix,
// Mirth's `keystore.storepass`, OpenLDAP images' `LDAP_ROOTPASS` and `LDAP_CONFIGPASS`, Dovecot's
// LDAP `dnpass`; mailcow.conf's `DBROOT`, its database's root password; Kamailio's kamctlrc
// `DBRWPW`/`DBROPW`, MediaMTX's `publishPass`/`readPass`; sshpass's `SSHPASS`, FreePBX's `AMPDBPASS`,
// SNMPv3's `authpass`/`privpass` and LibreNMS's `cryptopass`, Virtualizor's `adminapipass` (from a
// blind grading of hosting and ISP tooling); game servers' `steampass`, `$SteamPass`,
// `CS2_RCONPW`; Unity's `PlayerSettings.Android.keystorePass` and `keyaliasPass`; Slurm's
// slurmdbd.conf `StoragePass` and a Mirth section's `Storepass`, from blind gradings of research
// computing and telehealth.)
const PASS_NAME = /(?:^|[_.$-])(?:[Pp][Aa][Ss][Ss]|[Pp][Ww])\d?$|^\$?(?:[a-z]{1,3}|jamf|admin|user|root|smtp|ftp|mail|proxy|ldap|sql|svc|wifi|wlan|mqtt|vpn|app|api|publish|read|steam|rcon|gprs|modem|cell|[Mm]qtt|[Ww]i[Ff]i|[Ww]lan|[Ss]team|[Rr]con)(?:Pass|PW|Pw)$|(?:^|[_.$-])(?:keystore|keyAlias|keyalias|truststore|store|key)Pass$|(?:^|[_.$-])\$?(?:db|admin|user|root|config|smtp|ftp|sftp|mail|imap|pop3?|proxy|ldap|sql|mysql|pg|redis|mqtt|wifi|wlan|svc|bind|vpn|remote|local|store|key|keystore|truststore|srcstore|deststore|srckey|destkey|dn|steam|rcon|control|ssh|auth|priv|crypto|ampdb|adminapi|sip|radius|vnc|ipmi)pass$|(?:^|[_.$-])(?:SMTP|Smtp|DB|Db|PG|Pg|FTP|Ftp|Mail|Control)Pass$|(?:^|_)(?:DB|ADMIN|USER|ROOT|CONFIG|SMTP|FTP|MAIL|LDAP|REDIS|MQTT|WIFI|VPN|REMOTE|STORE|KEY|KEYSTORE|TRUSTSTORE|SSH|AMPDB|SIP|RADIUS|VNC|IPMI|SERVER)PASS$|^DBROOT$|^AuthPass$|^DBR[OW]PW$|(?:^|_)RCON_?PW$|^(?:requirepass|masterauth)$|(?:^|[_.$-])(?:[Ll]og|LOG|[Mm]eta|META|[Dd][Bb]2)[Pp](?:ass|ASS)$|[a-z0-9](?:Root|Store|Bind|Admin|Keystore|Truststore)pass$|(?:^|[_.$-])(?:Storage|storage|STORAGE|Store)(?:Pass|pass|PASS)$/;

// Names of passwords (a subset of secret names): a password is chosen by a person, so its value
// may be words, digits and any punctuation.
// (An LDAP bind's password: Keycloak's and Spring's bindCredential(s), nslcd's bindpw, SSSD's
// ldap_default_authtok.)
// (And a signing certificate's PIN: ELSTER's `CertPin`; from a blind grading of tax and
// e-invoicing integrations. The word in other languages is generic-secret-label-intl's.)
// (And the word in other languages, as settings written in them name it: German passwort/kennwort,
// Portuguese senha, Spanish contraseña, French mot de passe, Russian parol', Dutch wachtwoord, Polish
// hasło, Chinese mima (pinyin), as normalizeKeyName leaves them (ñ, ł dropped); from a blind grading
// of codebases written in other languages.)
const LOCAL_PASSWORD = 'passwort|kennwort|senha$|contrasen?a|motdepasse|(?:^|db|admin|user|root)parol$|wachtwoord|haslo$|mima$';
const PASSWORD_NAME = new RegExp(`passw(?:or)?d|(?:cert|certificate|pfx|p12|keystore|hsm|smartcard)pin$|passphrase|passcode|pwd|wpapsk|bindcredentials?$|bindpw$|defaultauthtok$|${LOCAL_PASSWORD}`);

// SECRET_NAME without its start anchors: what a part of a name (from a separator on) matches,
// the whole name matches too.
const SECRET_NAME_PART = new RegExp(SECRET_NAME.source.replaceAll('^', ''));
// The other judges' words: a key-like name's "…key" and a call or tuple's bearer (normalized), and
// the short names' endings (PAT_NAME, VENDOR_PAT_NAME, AK_SK_NAME, PASS_NAME; raw).
const KEY_LIKE_PART = /[a-z0-9]key(?:\d{1,2}|old|prev|previous|backup|bak|legacy|deprecated|rotated|retired|orig|original)?$|bearer/;
// The weak names' endings (isWeakSecretName): a bare key, auth.
const WEAK_PART = /key\d{0,2}$|auth$/;
const SHORT_NAME_END = /(?:pat|ak|sk|pass|pw|psk)\d?\$?$|^dbroot$/i;

/**
 * False only when neither `name` nor any part of it from a separator on (`config.apiKey` →
 * `apiKey`, `-Ddb.password` → `db.password`) can pass isSecretKeyName, isPasswordKeyName or
 * isKeyLikeName, or name a bearer credential: a cheap necessary condition for a scan's pre-checks,
 * which see the run of key characters around a keyword but not yet the name a pattern will take.
 * It ignores NOT_SECRET_NAME and every start anchor, so it may pass names the judges turn down.
 */
export function mayNameSecret(name: string): boolean {
  return nameStrength(name) !== 0;
}

/**
 * mayNameSecret in three answers: 0 when it is false, 1 when only a weak name (isWeakSecretName:
 * a bare `key`, `auth`) can pass, whose value must then be a long mixed token, and 2
 * otherwise. A pre-check of a bare `key` (common in code) reads the value only on 1.
 */
export function nameStrength(name: string): 0 | 1 | 2 {
  const key = normalizeKeyName(name);
  if (SECRET_NAME_PART.test(key) || KEY_LIKE_PART.test(key) || SHORT_NAME_END.test(name)) return 2;
  return WEAK_PART.test(key) ? 1 : 0;
}

/** `notionToken`, `x-api-key`, `Client_Secret` → `notiontoken`, `xapikey`, `clientsecret`. */
export function normalizeKeyName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

// BASIC's string variables end in "$" (`PASS$ = "…"`, `LET DBPASS$ = …`): the short password
// names are judged without it (from a blind grading of legacy and mainframe scripting).
const unsigiled = (name: string): string => (name.length > 1 && name.endsWith('$') ? name.slice(0, -1) : name);

/**
 * True when a key name says its value is a secret: `password`, `notionToken`, `x-api-key`,
 * `Authorization`, `client_secret`, `AWS_SECRET_ACCESS_KEY`. Case- and separator-insensitive,
 * and partial (`githubToken`). Names such as `maxTokens` or `passwordPolicy` are not secrets.
 */
export function isSecretKeyName(name: string): boolean {
  if (name.length > 128) return false;
  if (PAT_NAME.test(name) || VENDOR_PAT_NAME.test(name) || PASS_NAME.test(unsigiled(name)) || isPreSharedKeyName(name) || AK_SK_NAME.test(name)) return true;
  const key = normalizeKeyName(name);
  if (SECRET_NAME.test(key) && !NOT_SECRET_NAME.test(key)) return !isPublishedKeyName(name);
  const rest = afterPublicPrefix(key);
  return rest !== undefined && STRONG_SECRET_NAME.test(rest) && !NOT_SECRET_NAME.test(rest);
}

// A framework's public prefix ships a variable to the browser or the app (`NEXT_PUBLIC_`,
// `EXPO_PUBLIC_`, `NUXT_PUBLIC_`, `REACT_APP_`, Vite's `VITE_`, SvelteKit's and Astro's `PUBLIC_`):
// a key or a token there is a client key, published by design, but a secret or a password there
// is a server's secret shipped to every user (from a blind grading: `EXPO_PUBLIC_ZOOM_CLIENT_SECRET=…`).
const PUBLIC_PREFIX = /^(?:storybook)?(?:(?:next|expo|nuxt|gatsby|storybook)public|reactapp|vite(?!st)|public(?=[a-z]{4}))(?=[a-z])/;
const STRONG_SECRET_NAME = /secret|passw(?:or)?d|passphrase|privatekey/;

/** A normalized name without its framework's public prefix, or undefined when it has none. */
function afterPublicPrefix(key: string): string | undefined {
  const m = PUBLIC_PREFIX.exec(key);
  return m ? key.slice(m[0].length) : undefined;
}

/**
 * True when a secret name says a person chose the value: `password`, `DB_PASS`, `passphrase`,
 * `ADMIN_PWD`. Its value is judged as a password (words, digits and punctuation), not as a key.
 */
export function isPasswordKeyName(name: string): boolean {
  if (name.length > 128) return false;
  if (PASS_NAME.test(unsigiled(name)) || isPreSharedKeyName(name)) return true;
  const key = normalizeKeyName(name);
  if (PASSWORD_NAME.test(key) && !NOT_SECRET_NAME.test(key)) return true;
  const rest = afterPublicPrefix(key);
  return rest !== undefined && PASSWORD_NAME.test(rest) && !NOT_SECRET_NAME.test(rest);
}

// Names that say "credential" without saying which kind, as peers' generic rules read them
// (gitleaks': auth, key): `auth`, `basicAuth`, `npm_auth`. Only a strictly random value counts
// under them; a flag or a function (`requireAuth`, `useAuth`) is none.
const WEAK_SECRET_NAME = /auth$/;
const NOT_WEAK_SECRET_NAME = /^(?:use|uses|require|requires|need|needs|is|has|with|without|no|skip|enable|enabled|disable|disabled|allow|check|ensure|verify|must|should|can|do|does|did|on|before|after|handle|get|set|init|setup|mock|fake|test|dev|next|better|lucia|clerk|passport|firebase)auth$|^(?:with|require|ensure|check|verify)\w*auth$/;

/**
 * Looser: also `stripeKey`, `notionKey`, a bare or numbered `key` (`KEY2`) — a name ending in
 * "key" that is not a public or id key — and the names that say "credential" without its kind
 * (`auth`, `basicAuth`). The generic rules take only a strictly random value under them.
 */
export function isKeyLikeName(name: string): boolean {
  const key = keyLikeForm(name);
  if (weakKey(key)) return true;
  // Algolia's search-only key (ALGOLIA_SEARCH_API_KEY) is public; Azure's or Bing's search key is
  // not. A captcha's site key (reCAPTCHA, hCaptcha, Turnstile) is published in every page, and so
  // are the keys analytics and mobile SDKs ship in apps (Amplitude's API key, AppsFlyer's dev key,
  // Pusher's app key, AppLovin's SDK key, a chat widget's key in its page snippet: Zendesk's); so are
  // the names isPublishedKeyName knows.
  // A key under a framework's public prefix (NEXT_PUBLIC_, VITE_, PUBLIC_ …) ships to every
  // browser by design: a client key (a secret's or a password's name there is still reported).
  // (Of a dotted name, its last part: `import.meta.env.NEXT_PUBLIC_X_KEY`.)
  if (afterPublicPrefix(normalizeKeyName(name.slice(name.lastIndexOf('.') + 1))) !== undefined) return false;
  // A public key by its name anywhere before "key" (Sparkle's `SUPublicEDKey`, `APP_PUBLIC_API_KEY`:
  // from a blind grading of release tooling, the EdDSA public key every app ships was reported).
  if (/public(?!ation)/.test(key)) return false;
  return /[a-z0-9]key$/.test(key) && !publishedKey(key, name) && !/(?<!(?:elastic|open|meili|azure|bing|cognitive)[a-z0-9]{0,8})search(?:api)?key$/.test(key) && !/(?:publishable|public|pub|site|primary|foreign|sort|partition|cache|hot|idempotency|lookup|map|row|react|unique|composite|storage|object|bucket|listing|media|member|office|openhouse|showing|secwebsocket|i18n|translation|message|query|index|hash|api(?:gateway)?id|keyid|verify|verifying|verification|resource|tokenization|instrumentation|(?:appsflyer|af)dev|pusher(?:app)?|applovin\w*sdk|amplitude(?:api)?|incident|crashreporter|encrypted(?:data)?|config|document|zip|tracking|invoice|order|experiment|widget|agent)key$/.test(key);
}

// Keys their vendors publish or that only route or tag a message, whatever their value: Algolia's
// search-only key, a Shopify app's API key (its OAuth client id), a Web Push VAPID key (the public
// one a page hands to the browser), GameAnalytics' game key (its secret key is the secret),
// Qonversion's project key (the client SDK's), Ghost's Content API key (browser-safe by Ghost's
// word), Optimizely's SDK key, DocuSign's integration key (its OAuth client id), a message queue's
// routing key (not PagerDuty's), a dedup key, and a CAPTCHA's site key (reCAPTCHA, hCaptcha,
// Turnstile: in every page's HTML; 2Captcha's `googlekey` parameter carries it), Braze's SDK API key and
// Yotpo's app key (both in every app or storefront), a Figma file key (the id in a file's URL),
// Kakao's JavaScript and native app keys (in every page and app), Toss Payments' client key and a
// Web Push subscription's applicationServerKey (the VAPID public key; from a blind grading of bundles).
const PUBLISHED_KEY_NAME = /ghost\w*contentapikey$|optimizely\w*sdkkey$|docusign\w*integrationkey$|^integrationkey$|algolia\w*search\w*key$|searchonly\w*key$|^shopify(?:app)?apikey$|vapid(?:public)?key$|applicationserverkey$|^(?:ga|gameanalytics)?gamekey$|qonversion\w*projectkey$|(?<!pagerduty)routingkey$|dedupe?key$|sitekey$|^googlekey$|^x?shopify(?:app)?apikey$|sdkapikey$|yotpo\w*appkey$|filekey$|javascript(?:app)?key$|^(?:\w*kakao\w*)?nativeappkey$|toss\w*clientkey$/;

/** Whether `name` names a key its vendor publishes, or one that routes or tags a message (PUBLISHED_KEY_NAME): no secret under any judge. */
export function isPublishedKeyName(name: string): boolean {
  return publishedKey(keyLikeForm(name), name);
}

/** isPublishedKeyName for a name whose keyLikeForm (`key`) is at hand. */
function publishedKey(key: string, name: string): boolean {
  if (PUBLISHED_KEY_NAME.test(key)) return true;
  // Of a qualified name or a path, its last part (`integrations.shopify-api-key`,
  // `module.exports.shopifyApiKey`, an SSM parameter's `/prod/shopify_api_key`).
  const last = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/'), name.lastIndexOf(':')) + 1);
  return last.length < name.length && PUBLISHED_KEY_NAME.test(keyLikeForm(last));
}

/**
 * Whether isKeyLikeName takes `name` only as a credential of no stated kind: a bare or numbered
 * `key`, `auth`, `basicAuth`. Under such a name a value must look like a token, not like
 * a digest, a file or a qualified name (`key=abc.pem`, `--key=<fingerprint>`).
 */
export function isWeakSecretName(name: string): boolean {
  return weakKey(keyLikeForm(name));
}

/** A name normalized, a numbered key's number dropped (`VAULT_UNSEAL_KEY_1`, `apiKey2` are keys still). */
function keyLikeForm(name: string): string {
  // (A key kept beside its successor, `REPORT_KEY_OLD`, `API_KEY_PREV`, is a key still: from a
  // blind grading of app monetization, commented-out old keys in .env files were missed.)
  return normalizeKeyName(name.replace(/(?<=key)[_.-](?:old|prev|previous|backup|bak|legacy|deprecated|rotated|retired|orig|original)$/i, '')).replace(/(?<=key)\d{1,2}$/, '');
}

/** Whether a keyLikeForm name is a weak one: a bare key, or an `auth` that is no switch or function. */
function weakKey(key: string): boolean {
  return key === 'key' || (WEAK_SECRET_NAME.test(key) && !NOT_WEAK_SECRET_NAME.test(key));
}

/**
 * Whether `name` holds a key that is public by design, judged by the keys beside it: an Algolia
 * search config (DocSearch, InstantSearch) is exactly `{ appId, apiKey, indexName }` and carries a
 * search-only key. An indexing config (gatsby-plugin-algolia adds `queries`, `settings` …) takes
 * an admin key, and any other key name (masterKey, adminKey) is never public. Consumers pass the
 * property name and its siblings' names.
 */
export function isPublicKeyContext(name: string, siblingNames: readonly string[]): boolean {
  if (normalizeKeyName(name) !== 'apikey') return false;
  const siblings = new Set(siblingNames.map(normalizeKeyName));
  if (!siblings.has('indexname') || !siblings.has('appid')) return false;
  return [...siblings].every((n) => SEARCH_CONFIG_KEYS.has(n));
}

/** Every key an Algolia search-only client config may hold (DocSearch's documented options). */
const SEARCH_CONFIG_KEYS = new Set(['appid', 'apikey', 'indexname', 'container', 'placeholder', 'searchparameters', 'insights', 'askai', 'contextualsearch', 'externalurlregex', 'maxresultspergroup', 'disableuserpersonalization', 'initialquery', 'translations']);
