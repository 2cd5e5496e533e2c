import { sha256Hex } from './sha256.js';

// Words that mark a value as a stand-in rather than a secret.
const PLACEHOLDER_WORDS = /your[_-]|your(?:token|key|secret|api|pass)|^your(?:strong|secure|own|admin|new|real)?(?:password|passphrase|secret|token|key)|example|placeholder|changeme|change[_-]me|dummy|redacted|sample|not[_-]?a[_-]?real|notreal|fake[_-]|insert[_-]|[_-]here\b|replace[_-]?(?:me|with)|fixme|process\.env|import\.meta\.env|x{5,}|X{5,}|…/i;
const PLACEHOLDER_WORDS_ALL = new RegExp(PLACEHOLDER_WORDS.source, 'gi');
// Markup, templates, ellipses and CI masks: `<token>`, `${TOKEN}`, `{{ secret }}`, `%s`, `***`,
// `...`, `…`, GitLab's `[MASKED]`. A format's `%s` ends a word (`user:%s@`, `Bearer %s`); in a
// random password it is two characters like any other (`…I%sQz8…`: a blind grading missed them all).
// Chance in an alphabet with code punctuation (a WordPress salt), so such rules skip them.
// Angle brackets mark a stand-in when what they hold reads as words (`<your api key>`, `<user>`,
// `<base64 of user:pass>`) or a template's code (`<%= ENV['X'] %>`, `<?= $pw ?>`); a generated
// password's `<8l~e+u?v&3>` holds the marks words do not (from a blind grading of retail add-ons).
// (One character in brackets is no word: `…r8>s<t>` ends a generated password; from a blind
// grading of trading bots.)
const PLACEHOLDER_MARKUP = /<%[^>]*%>|<\?[^>]*\?>|<(?:[^<>~+?&#$^*!=;{}[\]()]{2,})?>|&lt;[^&]{1,64}&gt;|\$\{|\{\{|%s(?![A-Za-z0-9])|\*{3,}|\.{3}|\u2026|\[(?:MASKED|REDACTED|FILTERED)\]/;
// Lower case and on a boundary (random base64 holds "XmpL" now and then): `xmpl` marks AWS
// documentation's example ids (`7870825a-xmpl-4def-…`), `mock_` a test double's value.
// (And an instruction in the value's place: `generate-with-openssl-rand-base64-32`, `create-a-new-token`;
// from a blind grading of smart home platforms, 16 false positives.)
const DOC_MARKERS = /(?<![A-Za-z0-9])(?:xmpl(?![A-Za-z0-9])|mock[_-])|^(?:generate|generated|create|insert|replace|enter|put|paste|set)[-_](?:with|your|a|an|the|new|random|one|me|here)[-_]/i;
// 'abcdABCD': AWS's documentation writes its example ids and keys so (`abcdABCDefgh`).
// ('123456789': Resend's documented `re_123456789` and its like; from a blind grading of email configs.)
const SEQUENCES = ['0123456789', '1234567890', '123456789', '9876543210', 'abcdefghij', 'ABCDEFGHIJ', 'fedcba9876', 'FEDCBA9876', 'qwertyuiop', 'abc123', 'abcdABCD', '123-456'];
// A whole value that is only the word for one: "password", "mypassword", "your-secret". (With
// digits it is a weak password someone uses, "password123", and is reported.)
// A value that names where a secret is kept, not the secret: a variable or template slot (`$GITHUB_TOKEN`, `{{ token }}`, Concourse's `((token))`, a build's `__TOKEN__`,
// `%TOKEN%`, Octopus' `#{Token}`), a code expression reading one (`os.environ['…']`,
// `System.getenv(…)`, Rust's `env::var(…)`), a secret store's reference (Vault's `secret/data/…`
// `vault://` and `vault:secret/…`, Kubernetes' `secretKeyRef:`, 1Password's `op://`, AWS ARNs, GCP Secret Manager
// names) or a file path (`/etc/ssl/private/server.key`, `./secrets/api-key.txt`). Also
// percent-encoded, as a URL query carries it. (wpa_supplicant's `psk=ext:NAME`: a password backend's entry; Symfony's `%env(NAME)%`.)
const REFERENCE = /^(?:\$[({]|\{\{|\(\([A-Za-z0-9_.:/-]{1,128}\)|__[A-Za-z][A-Za-z0-9_.]{1,62}__$|@@[A-Za-z][A-Za-z0-9_.]{1,62}@@$|\[[A-Z][A-Z0-9_]{2,62}\]$|\$[A-Z_][A-Z0-9_]*$|#\{[A-Za-z_. ]+\}|%[A-Za-z_][A-Za-z0-9_]*%$|%env\([A-Za-z0-9_:]{1,128}\)%$|(?:vault|op|sm|gcpsm|awssm|azkv|ref\+[a-z]+):\/\/|vault:[\w-]+\/|secret\/data\/|secretKeyRef:|os\.environ|process\.env\.|System\.getenv|env::var\(|ENV\[|ENV\.fetch|getenv\(|arn:aws[a-z-]*:(?:secretsmanager|ssm|kms):|arn:acs:(?:kms|ram):[a-z0-9-]{0,32}:\d{0,20}:secret\/|nacos:[A-Za-z0-9_.-]{1,64}$|ext:[A-Za-z_][A-Za-z0-9_]{0,63}$|projects\/[^/\s]{1,64}\/secrets\/|@Microsoft\.KeyVault\(|(?:~|\.{1,2})?\/(?:run\/)?secrets\/|\/(?:etc|run|var|home|opt|srv|usr|tmp)\/[\w.-]+(?:\/|$))/;

/** Whether `value` says there is no secret yet (`not-set`, `none`, `TBD`). */
export function isStandIn(value: string): boolean {
  return STAND_IN.test(value);
}

// A template language's expression where the value goes: ColdFusion's `#application.dbPass#`
// (read at run time), SQL*Plus's substitution variables `&&link_pw` and `&pw.` (asked for at run
// time). From a blind grading of legacy artefacts: 24 such findings.
const TEMPLATE_EXPRESSION = /^#[A-Za-z_][A-Za-z0-9_]{0,40}(?:\.[A-Za-z0-9_[\]"']{1,60}){1,6}(?:\([^()#]{0,80}\))?#$|^#[A-Za-z_][A-Za-z0-9_.]{0,60}\([^()#]{0,80}\)#$|^&&[A-Za-z_][A-Za-z0-9_]{0,30}\.?$|^&[a-z_][a-z0-9_]{0,30}\.?$/;

// A class's constant named where a value goes (`BuildConfig.API_KEY`, `Settings.DB_PASSWORD`: a
// config entry a build fills in; from a blind grading of decompiled apps).
const CONSTANT_REFERENCE = /^[A-Z][A-Za-z0-9]{1,40}\.[A-Z][A-Z0-9]*_[A-Z0-9_]*$/;

/** Whether `value` names where a secret is kept (REFERENCE, a class's constant), as written or percent-encoded. */
export function isReference(value: string): boolean {
  if (REFERENCE.test(value) || CONSTANT_REFERENCE.test(value) || TEMPLATE_EXPRESSION.test(value)) return true;
  const decoded = percentDecoded(value);
  return decoded !== value && REFERENCE.test(decoded);
}

/** `value` with its percent-encoding decoded (a query's "+" as a blank), or itself when it has none or it is malformed. */
export function percentDecoded(value: string): string {
  if (!value.includes('%')) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return value;
  }
}

// (Also a test's or a demo's: `test-key`, `demo_token`, from a blind grading of analytics SDKs.)
const WORD_VALUE = /^(?:my|your|the|some|test|demo|sample|dev|local)?[_-]?(?:pass(?:word|wd)?|pwd|secret|token|key|api[_-]?(?:key|token|secret))$/i;
// A whole value that says there is none yet: `not-set`, `unset`, `none`, `TBD`.
// (And Windows Setup's log mark for a removed value: `Password=*SENSITIVE*DATA*DELETED*`.)
// (And a recorder's mark for a scrubbed one: VCR's and vcrpy's `FILTERED`, `[REDACTED]`; Metabase's
// `**MetabasePass**` where its API returns a database's password; GitLab's and CI logs' `[masked]`.)
// A format described in capitals, no digit anywhere: `PVEAPIToken=USER@REALM!TOKENID=UUID`, `USER:PASSWORD@HOST`
// (from a blind grading of hosting docs).
const CAPS_TEMPLATE = /^(?:[A-Za-z]{2,32}=)?[A-Z]{2,}(?:[@!=:._/-][A-Z]{2,}){2,}$/;
const STAND_IN = /^(?:not[_ -]?(?:set|configured|available)|unset|none|null|nil|undefined|empty|tbd|todo|n\/a|\*SENSITIVE\*DATA\*DELETED\*|filtered|redacted|\[filtered\]|\[redacted\]|masked|\[masked\]|\*\*[A-Za-z]{2,32}\*\*)$/i;

/**
 * sha256 of vendors' documented example keys (Stripe's docs test key, the jwt.io sample): they
 * are everywhere in tutorials and must not be reported. Stored as hashes so the repository holds
 * no token-shaped literal.
 */
const DOC_EXAMPLE_HASHES: ReadonlyMap<string, number> = new Map([
  // Stripe API reference test secret key.
  ['2cafc0970149a84f3b9e62eaf169f36f59907a3b3e31f7b82e68c69cd27f7326', 32],
  // Stripe's older documentation test secret key, still copied into tutorials (a twentieth blind grading's negatives).
  ['f2d6ca16515033e5dce14eba840b979d27b5cbae24bb3e5bf484339667f86397', 32],
  // Apache Superset's documented example SECRET_KEY (thisIS…), copied into superset_config.py
  // defaults (from a blind grading of BI tools: 12 false positives).
  ['3f7aa5c0b56cad6ccbfc84814cd4b16a1abf3dd31d60b6f1663cc751b2a0d2a6', 18],
  // GitHub's documentation example of a classic personal access token (ghp_16C7…).
  ['3543c50b0cb9cea8e55eb1f529b79f043cb250d485fde7b66cabbb5183add7da', 40],
  // Mailgun's documentation example API key (key-3ax6…).
  ['9c846fdf0fa8955c377d0301542ee20ecd4585c5f359aa0a4cf15d44424f573d', 36],
  // The HS256 sample token shown on jwt.io.
  ['7f75367e7881255134e1375e723d1dea8ad5f6a4fdb79d938df1f1754a830606', 155],
  // The TokenAuthentication example in Django REST framework's docs (Authorization: Token …).
  ['5cc1e9113bbaa7040c4e0fbe80ea6aa743e34add380c596abe5fe584ece883ec', 40],
  // The password of the Secret example in the Kubernetes documentation (kubernetes.io, "Secrets"),
  // as the manifest's `data:` holds it (base64) and as `stringData:` or kubectl holds it.
  ['a7b580d711ef2807c7f11d881a1e7ff8a68c7e7d4e7c14e217bc9c522e3678ba', 16],
  ['13fe7a38a57c46053ee3a4716358619ff37ebc5674976f1a09fc189be5a3e5dd', 12],
  // The private keys of the 20 development accounts that Hardhat and Foundry's Anvil fund on every
  // local chain, derived from the published mnemonic "test test … junk": printed by `npx hardhat
  // node`, public by design, in every tutorial. Hashed as lowercase hex without 0x (see hexKey).
  ['bc1a50966c9e6486bc4ebf880b51611a2a97fcb8e7a6976e9b81a9e3e8ca0e3c', 64],
  ['8335c55334821eefd4334369ff9c04a8594f161013cf9d87f58802d87297837e', 64],
  ['b26ab6529d20ebebb4192256f202984754f785481c64b1a1aed58cac93b3617e', 64],
  ['64034b44c579b335ab5e85debbfe72789e970138cc8d296799c3833a2a8525fb', 64],
  ['4d3e46eec8244d1d106f866ee48994f6176705298aee1b8426b2ad2529eb454b', 64],
  ['0aedba9d586f34f95cf1f0d54926f62e8a078ce2ca593be73ab27a87d3ff9c5d', 64],
  ['28e543d3753fc9d14c658ebef20b76a3b5f8e7d78667baf27832ceb3bea01bdf', 64],
  ['f070994a8599478580678f2b9482c5f02bb3de0647281e8efae183669425808a', 64],
  ['38e69fdd19aefeb4adf56312f10e62c30274997835173c7006308323ad7db506', 64],
  ['967f21586cdf1248a862f2cfb330099701c942c2c7a7537c54f7ec48f8556505', 64],
  ['0b33e0132123e78d42dd12a0fbbbacd19827d35ca88e0ad4ba83a47a65ba0487', 64],
  ['84bc109b3d59b0173a76fc3d831360a6e5063b3d4c82793a97de992947a0e3a8', 64],
  ['85bde548053aab4b5a6c78473d5eb2addaa5824299ad009bf06775e3ce923010', 64],
  ['f1513114f60e5e95732b840669fe83956d8a944d23e6c76f953e7edcf2491901', 64],
  ['5330d388af894c9e1a181a06a3ce44d61fd8602165d979942be4641f4002762f', 64],
  ['a2e06155cb1a424f972c3abfaddc9cea4820c4aec722d2378903fe28dd8fc40c', 64],
  ['4a67d7a0d8a16d6d954cef19eb5afdbdd82cc0e907a571f376ef0a0981a2a9d4', 64],
  ['b08bdfde9930d9202809530dcbe193c53fd0dc6928f2010d2ffca74df95ead36', 64],
  ['cf1fc66f853151a4c6666909c8f1f80e1d855ecffefbcb65a709aae544de5588', 64],
  ['100546a8b020a55aa09b2d34b50de9a3fc45a70b261aec6a989bb2d9321af583', 64],
  // The AES keys of NIST's published test vectors, in every crypto library's tests: SP 800-38A's
  // AES-128, AES-192 and AES-256 keys (F.1–F.5), and FIPS-197's 00 01 02 … keys (Appendix C).
  ['2ef2503d964e9668092e6878d3c390ca7909bbbffabd781857115e3be4bb3e5a', 32],
  ['c12ce25303a023aa1317614428c0ac8ef707c5a370d7c766353c66df5d2cb46f', 48],
  ['837e8e636d452b6133d5a5c56de1eb57c08a94bbe632804fa621a49014c5c034', 64],
  ['d65df89f702eec58ca3c7bf2001c9ffc7cd80553ae01d42a799ba26756142d96', 32],
  ['6a38b098eb23f184cc195649dc3fae8f8ef475be875db655a85a467791b5d907', 48],
  ['6c86c6aac5fb24bcf5d9939cb7d7d5645ce39418f449e03b262dd4fa14b4b92b', 64],
  // The TOTP seed of Google Authenticator's Key URI Format example (otpauth://totp/Example:alice@google.com?secret=JBSW…),
  // copied into every MFA tutorial.
  ['8be5d113c0871ce1a122d68a7dff940ab7b09ad8dfcfd9a85aa5c1acc026279e', 16],
  // The bearer token in X's (Twitter's) API documentation ("AAAA…%3D…"), copied into bot tutorials.
  ['b390e2e57c227c0722bf8a283a4d3cb4dcf067da300d776b0b17797025b95824', 116],
  // The bot token in Telegram's Bot API documentation ("123456:ABC-DEF…"), in every bot tutorial.
  ['731fa294d036e54f19df879bfcd4fe72d967dc6327800c5f74a48414a3f258c9', 41],
  // The account key of Azurite, Azure Storage's local emulator (devstoreaccount1), which Microsoft
  // publishes for every developer's machine.
  ['0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059', 88],
  // The static key of the Azure Cosmos DB emulator (https://localhost:8081), which Microsoft Learn
  // publishes as the emulator's only key (C2y6…Jw==).
  ['aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615', 88],
  // Published development mnemonics: Substrate's DEV_PHRASE (the //Alice, //Bob … dev accounts of
  // every local Polkadot chain) and Ganache's --deterministic phrase.
  ['d16d608fce743a041ddb5841a32ceb7dd38645f27a6f3c5f5010d9403b1cb6c9', 69],
  ['9c5d0a6656e5d3f36601d0bf98762be09bad5d7b164382c1d6c826324d6d599a', 78],
  // The personal access token in Modrinth's API documentation (`Authorization: mrp_RNtL…`).
  ['a0f18e1890c79fe991afb5ad6e7ba9bac3b8d3cd8661ee44786290e0c43ae7aa', 64],
  // reCAPTCHA v2's test secret key (6LeIx…), which Google publishes for automated tests: every
  // verification with it passes.
  ['f5e95c9954635b65acab57e6d5ea663eb900f06dc8794a90358f5abb1c77d4e0', 40],
  // The read-only Meraki Dashboard API key of Cisco DevNet's always-on sandbox, in Meraki's API
  // documentation and every quickstart.
  ['d9c3482af2ba6590401884b4e15dea6dc4b08ab69bd1600930d9688e3fb08250', 40],
  // The developer token in Google Ads API's documentation and sample google-ads.yaml (ABcd…STUv).
  ['600d1483011f35ccd051f2054c7ded126f7f589889e0caef9a4f3969b547549f', 22],
  // The X-System-Key in Follow Up Boss's documentation of system identification (a blind grading's negatives).
  ['af0a80d8d344bee674e2b0dfa76e14dccedacfd4c4ec0ae5adfea416654a95ad', 32],
  // The ws_token of freqtrade's example config (config_examples/config_full.example.json), copied
  // into every bot's config.json (from a blind grading of trading bots: 21 false positives).
  ['a4c8a7718a1e3ad7b8c6c5f3d37e21b4b6011a57402bd07c662df1638be7c910', 16],
  // The admin password of Directus's example docker-compose and .env (docs.directus.io, "Docker
  // Compose"), kept in copies of it (from a blind grading of web frameworks: 13 false positives).
  ['aea7af61a12158d7499c9efee6a966f68056904b785d78596219d44fa605b2e8', 8],
  // The password of Neon's example connection strings (neon.tech docs, "Connect from any
  // application": `postgresql://alex:…@ep-cool-darkness-123456…`), from a blind grading of serverless databases.
  ['ee050adcc216814f09f4f3bd693ae61907aa895ac225bad3ad9cd5fd8e156197', 9],
  // The client secret of PRAW's documentation ("Authenticating via OAuth", the script-app
  // example), copied into bots' READMEs and .env examples (from a blind grading of social bots: 16).
  ['b7a47eeb835b1679b28c6f69cb4193c18ba283618b72e6ddd10b9bb4242f4bb7', 27],
  // MySportsFeeds v2's fixed password: Basic auth is `<api key>:MYSPORTSFEEDS` for every account,
  // so the word is no secret (the key before it is; from a blind grading of sports data: 10).
  ['e57748587b59ab8ebcef740c9f7feb63c2b2671e064224b636f1c42ff28efdf5', 13],
  // The Free-plan key of DeepL's authentication docs (a UUID and ":fx"), quoted in READMEs.
  ['1baae5c0da7c1d44880ed7191641a9a9149f7a2a6d9a6cf95dfaf32ba47feaee', 39],
  // The public demo environment's tokens in Mews's Connector API docs ("completely public"), and Seam's example API key; from a blind grading of rental tools (24 false positives).
  ['27a72b658fea17ff7d8410627ecbc3478c393236f4a14b449b7f46c4e10856c3', 64],
  ['e7fcd8b29db2a050c13650c2ad47a3fb32fc7f3d73ee67d4ba19d8b6fe18f456', 64],
  ['c034a966e3fd87df4b6297f599bfe4b2f78e2d00de3e0cc6fb11352e82dcad0c', 38],
  // data.gov.in's published sample API key, and the MyInfo demo app's client secret (STG2-MYINFO-SELF-TEST), both public; from a blind grading of civic tech.
  ['149027a69a838520183f92d985e79c28ca979b79c4b7fa94a22230d819fe08a0', 56],
  ['f2f3dd3303c915f21c63b7bf496bfe94beaf9f8f20f1ff22a402bb4bc7eabb34', 40],
  // The live API key in Paddle's authentication docs (its Bearer header example) and the token in
  // Buttondown's (its Token header example), quoted in READMEs; from a blind grading of creator
  // platforms (26 false positives).
  ['af1efb26bd63a9a030e998efbf059a3ddc2cc775f1fcdf1bfdec69674ad7be38', 69],
  ['b9904b8ed45bc574ee1851896a4deb1ca049289603297d62ee474707136b6f17', 40],
  // GameAnalytics' sandbox game key and secret key (its API setup page's "Sandbox Keys" table), and
  // the script encryption key Godot's docs print with "Do not use the key below!"; from a blind
  // grading of game backends (15 false positives).
  ['eaf1aa132fd7c0e286424323f890b57ebe1990d9808ee8fb4af5a94a5a07dacf', 32],
  ['c46a04c92b6ae080c4ca815fb8c0f15ce6de501ad680b16a6a1d09c42fcddccb', 40],
  ['283512ccdb72dae7aabaa63d5ea9d9281fd2edc51e7a7bec57ff2a04457c18f9', 64],
  // Growatt's OpenAPI test token ("Token used for testing", ShineServer docs) and ESPHome's example
  // DSMR decryption key; from a blind grading of home energy (26 false positives).
  ['54df4eaaa0f2b718256eedc0710c90036f3062d558b59b07198a578fdcc71774', 32],
  ['5947d7c33d783f94b3b4c1a96ebc8991ed28f1b069b71e03376cba8caa98a720', 32],
  // The SEMGREP_APP_TOKEN of Semgrep's "CI environment variables" page (its export example), copied
  // into .env examples; from a blind grading of security scanners (8 false positives).
  ['68d2c0d5d691b6ca4248755661cdcf4f0e223b7edcf49c4710aa7cbb46e0f01b', 64],  // Stytch's sandbox values (its testing page: the magic link, session and OAuth tokens that answer 200),
  // pasted into tests and docs; from a blind grading of sign-on configs (13 false positives).
  ['bd59e6e5baba26b79b18f0451dd967f053a06c800bd9587b007293a66c5cad6b', 44],
  ['00a5a618a817b526a969ab0e6a606f48d6cf199fe6ed7f349f0b9024226aa12d', 44],
  ['82df99d3d96f51ec13409cf24c1f6a54ab8c2c38cee2690db5f0c28f65b0354a', 44],
  // Smile.io's authentication page (its example API key and OAuth token) and its JS docs' customer JWT,
  // LoyaltyLion's API key page and Talon.One's Integration API page; from a blind grading of retail
  // loyalty add-ons (22 false positives).
  ['8e11f6ef359af4bea7a37cf3219ad02028f48d79076868f6c1697e732b07fe46', 20],
  ['d774876ccdc4f33b301f4c897328bc27977e65074455a6a07bbf1642d8e3c36e', 20],
  ['8b6837acb7bff29f8c565288d14d545caf85893345f3d8ddb63b666ad2280467', 145],
  ['be97046f2cc852d2f85625d84b8d0f4b0ff5511ce0aa9a55308d6b74199b2a41', 36],
  ['2598990182d0bcd269b752559bcde571f1a6ee13f7c6f37a84a73fe9c88902fb', 54],
  // QStash's local development server token (Upstash's local-development guide), the user seed of the
  // NATS docs' example credentials file, Ably's example key (its keys page); from a blind grading of
  // message brokers (11 false positives).
  ['86021db6fc0f81d1926d95c9bc8fe0c3a14187a32221c66acdaaafa0b223ff58', 72],
  ['23d8e4b8d83a2f27d17e809ca284e8a6115323b554ca86341cc83d49fb375683', 58],
  ['1f507876e4079652867f978b430d27712885a6d2d279610d40ef758218f223c4', 57],
  // GoCardless Bank Account Data's Postman page (its bearer token example) and Plaid's sandbox access
  // token in its OpenAPI spec's /item/public_token/exchange example; from a blind grading of open banking.
  ['00965d91a681b4b1568a7d6b47b48e6e29615ecc8d77d18cd631c77dfeb60a82', 29],
  ['0a9def726e9de4b2c45f689ecd3c5fd2151c703ee7558f6c738b7c55a116de0c', 51],
  // lego's OVH and Cloudflare provider pages (their example OVH_APPLICATION_SECRET and
  // CLOUDFLARE_API_KEY); from a blind grading of DNS-challenge configs.
  ['af9c4d2452b193d78970d94ab47adb1d5052e05eda0cf78b14e807abe507be3b', 33],
  ['14de0ccc46eac64fdf410e107b31ed50b5010060c8ada0077fe1d70ff7f800e2', 45],
  // Doppler's token-format page (its service, personal and service-account token examples), YouTrack's
  // permanent-token page (its curl example), Smartsheet's API reference and SDK READMEs (the access
  // token in their examples), Zoho's OAuth guide (its authorization-code example, copied as a refresh
  // token) and the WireGuard quick start's private key (wg(8)); from blind gradings of secrets
  // managers, project-management tools, CRMs and VPNs (56 false positives).
  ['8ac8a3706abe2cb2e44ab004d311a7171110cf130c95ce1ac434e50ae244832f', 53],
  ['d2b8c529258c39495e2fd50b2126066383399639f92f78474df43a763b000473', 49],
  ['778f894c0023f94df99cbc860e4cbd126000741c0cf989d03d8997aadd1b1b83', 49],
  ['fdd667f89512e7bd5e54372b76b3943d70415c1152a68f8b70e9670ae0376754', 53],
  ['bd5f60c6a0dfe3220cf4232d98e4da0b62ea41089c1453e472b3b6892641bef4', 38],
  ['24b297dadc51770d0979d860060e6e97d554b116feb3812d17b930e501a6a2d8', 70],
  ['ea1ca3e25b35a51ea7c8c9e5434d6faa6d49963d09845fb49028aaa4f6a2e709', 44],
  // ShipStation's API requirements page (its Basic header for "ShipStation:Rocks") and CJ
  // Dropshipping's authentication page (its example access and refresh tokens); from a blind
  // grading of print-on-demand and dropshipping (5 false positives).
  ['8045a04cfcb9c1c8c041df5e7ccb8d62a5691677e5ec5df5b4297ee60108fec2', 24],
  ['56b4765f391892d95698cd21c9be0af00d776b0b53c4c0e8d1be5b46304927a4', 32],
  ['1a38645d38040eb649f45a490305fa0ceb49b4b98f22a89f27525a2db5a089cf', 32],
  // RFC 6749's examples (client secret 7Fjfp0…, refresh token tGzv3J…, code SplxlO…, access token
  // 2YotnF…), copied into every OAuth guide and test; AssemblyAI's API reference's temporary-token
  // response. From blind gradings of genomics and transcription services (9 false positives).
  ['e9974c507d2a802143f614c878fcbb622a3800e05e6e0d329fee2c5b6b243329', 22],
  ['00cf4c781dc37003f7c7dd7d4c9a6ef1e0f4c62d9a291aa8bc398774e3fefd32', 22],
  ['a35b81a7d7927b70ec99270dd2362b88580a28574af812f2c02f56469579186f', 22],
  ['6c96130f130ab0d6d158397e24d2bcc1c9a5e73ae081f6e983f1c7b545d24a4c', 22],
  ['55100b950806f92628826cfd6fe18eba0fdac34215f62e1b51b14212400acb2b', 64],
  // The Z-Wave JS add-on's documented example network keys (S0, S2 and Long Range: the docs' "do not
  // use this one", kept by the add-on as DOCS_EXAMPLE_KEY_1..4); from a blind grading of smart home
  // platforms (12 false positives).
  ['6375e805508d30bd7b9e05dba4e3a14b1fb185b75c77a26f1af9280ed2fb8920', 32],
  ['4a7e6a2bbf20e3d361db7ff9c1b858f5319c7492b5806ef40b5a67b9fe67fb43', 32],
  ['f5099ab5ab1f9d7801be7605d7c3e945ad2d3f6e9afb4f5971f194cfb1f4c2be', 32],
  ['a56962356a1855b042989322ad3d34cd0bfc194639b04bcb6be58ad40db70314', 32],
  ['4e6aa5b0c79217ead4704b7ac8c202c5de293f960fada2fd7ac5a2429d602e43', 32],
  ['3c287c3a86a951cee5e9f3b8b614ce6a1ec4a07d3bc679a30aa6f1cf45068fa0', 32],
  // Canvas LMS's default encryption_key (config/security.yml's example and its docker-compose),
  // SolarEdge's monitoring API example key, Twitch's OAuth example client secret and Adobe
  // Acrobat Sign's example refresh token, each in the vendor's docs and copied into code and
  // READMEs (from blind gradings of education, EV charging, game servers and legal tech: 19 false
  // positives).
  ['a9b260f08356978875107c9f496fa004ef0c07f0425b97a557c3e26e4ba05875', 40],
  ['8b61524e1e422a54779cc9132925959faff709542098a1d1bfd021684612b6a7', 32],
  ['bc5d6b3f6d2359af3b278c05b1a17695a1eaefa895b0b5cfa8cc094d0e31717a', 28],
  ['2a3fc94e821148f575a77a93832ca6c3001244d1c50237cec15816b1a734cbd6', 40],
  // Slack's request-signing example secret (not even hex), Grafana's default secret_key (its
  // defaults.ini and sample.ini), the PSK in Zabbix's encryption docs and Sabre's "Get a token"
  // example credentials (V1:userid:group:domain and 12345, base64 twice), each confirmed in public
  // sources (from blind gradings of ChatOps, network monitoring and travel distribution: 23 false positives).
  ['6adbfd178516c8efe5896d4d0d66d2704d167cbb4ca881efde33af658d39826f', 32],
  ['f3c3964ca854e172366f81d8bdb327da487c2f8a15f954b116e28961dd6585c0', 20],
  ['5c3bcf616ac5b2b948e8806912491a9949bfe1c3e003aa1fee99c87e82cfd967', 64],
  ['2b56e2187a81b640498ae9081d570e8715ce7b232d4ece50765cb415866e5859', 56],
  ['01c2dfc298cf9f27befb25651bb2edfd5b744ff4aa68b5077d9ac2d699d9f0a8', 32],
  // Cronofy's example access and refresh tokens (its authorization docs' responses, copied into
  // client libraries' tests; from a blind grading of scheduling integrations: 16 false positives).
  ['ca47d110e96fcf69dff2ea97c1f22b4dc532b341493c87a948c3347b888dcf46', 32],
  ['f481c17e03cc9f568257a49fff8ad091d0fc37d2f2b4eee59972fb51f2aec42e', 32],
  // Telegram's example bot token (BotFather's docs, copied into countless READMEs) and
  // CoinMarketCap's published sandbox API key (from a blind grading of trading bots: 2 false positives).
  ['0b5dd075ccdd03c42f4edda8e299e6838e2a75d3486a2a8d86940ed1541e9178', 44],
  ['b48f77ee9a006b06e18a64156ba63755dd96b7c4b44cfa599dc52dc91a1dd1e0', 36],
  // The signature of API Management's example SAS in Microsoft's REST API authentication docs
  // (from a blind grading of API gateways: 5 false positives).
  ['8b262e1edfbb52d402779b4194186b038c62309c0c8f36f5286e6891ca7b76d3', 88],
  // Fivetran's example API key, secret and their base64 pair (its API getting-started docs; from a
  // blind grading of analytics engineering: 9 false positives).
  ['024891b06b5d4957a3e6679061ab766d37135c32f12b8b873802c23abe30a516', 32],
  ['dc3394ec3c5fff9f1e0359ccdcd76ec53f27aff25f44b74fc7e53be83dfc86ae', 16],
  ['f0f9e0a3dce44d86fc188a65f409a27089b087757726ed7a40240049f41311bf', 68],
  // Akamai's example .edgerc (client secret, access and client tokens in leetspeak; its EdgeGrid
  // techdocs and every edgegrid library's README; from a blind grading of CDNs: 6 false positives).
  ['e1393800129bebd6b56411867e8154fce98bb21216b0c6b70073dfb0bac8c801', 44],
  ['510882d6365ecb8cb50e06ecf0bfae95be6f7182837861ff9092b678a3422bfa', 38],
  ['1c40faa4e36bc67de94159442881782b7b773f70c6551898c705a432710e34f2', 38],
  // Stedi's example API key ("An API key looks like …" in its docs; from a blind grading of healthcare
  // clearinghouses: 22 false positives).
  ['928854cf3b3dbf1d9a53e2382640e730880031e80732ebb4a0bf7b1ac4ab85a5', 32],
  // Xandr's (AppNexus's) example auth token in its authentication service docs (from a blind grading
  // of programmatic advertising: 3 false positives).
  ['07450e98aa8a622e481c5558370bcc6d8274de0cef51650559ec045b3dc960ae', 26],
  // Bridge Interactive's public token for its `test` dataset and SimplyRETS' documented demo login
  // (simplyrets:simplyrets, base64), both in their docs and every tutorial (from a blind grading of
  // real estate MLS feeds: 34 false positives).
  ['d01b6ba85e7a7887a57df4ebb9e98031a742f2a7e045407db66a529a966a6615', 32],
  ['5e32d03af1d8ff8bd36db30a6f5154d0fb3bcf39b60a9cf302ecfd8a8a9c7e29', 28],
  // Chargebee's documented example API key, TaxJar's documented example token and Avalara's example
  // license key (from a blind grading of subscription billing: 13 false positives).
  ['dbd54c2d0287d15846a95e9ef73ed9e75e486b442a4f62af1240a32e186652e1', 39],
  ['0f34b957760b44a851b190d963c1fcfe3d94cee643f902047f626e3a97da3808', 28],
  ['8cfbc39efe13be33637006da5a3656556c7853b97405daf7d4bd7fcd722509d1', 16],
  // Elastic's documented example API key (encoded, its id:key, and the key alone: the create-API-key
  // docs' response; from a blind grading of log shipping: 2 false positives).
  ['a0cc17dae7500395717186079713fb950ae9ee3019bb0eb7ec95c93e55ae02be', 60],
  ['3448a98f6859cdbdd081b7e8b2e62cdd6ee07202993d70b345fe169f6a751231', 43],
  ['bae4305b5588c03f411e369da9b6b184962e5c0dd4361aece801349ca0d3966f', 22],
  // NetBox's example API token pepper (its required-parameters docs, "DO NOT USE THIS EXAMPLE PEPPER").
  ['1a0e48502dfafab3ed6fa31a32ff222ec46eba9c1abe221e7a31694be1adf667', 50],
  // RFC 8959's example secret-token URI (its section 2's bearer token, quoted in every write-up of the scheme).
  ['dc5f5c7791fda4a1b3890d4763653468d8c481f6e487334141563d5515c64b94', 55],
]);

const DOC_EXAMPLE_LENGTHS = new Set(DOC_EXAMPLE_HASHES.values());

/** A 16-, 24- or 32-byte hex key as the table holds it, lowercase without 0x, whichever way it is written; other values as they are. */
const HEX_KEY = /^(?:0x)?(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{48}|[0-9a-fA-F]{64})$/;
const hexKey = (value: string): string => (HEX_KEY.test(value) ? value.replace(/^0x/, '').toLowerCase() : value);

/** True for `your_token_here`, `xxxx…`, `<token>`, `${VAR}`, `{{ var }}`, runs and sequences. */
export function isPlaceholder(value: string, options?: { readonly encodesBinary?: boolean; readonly punctuated?: boolean; readonly capitals?: boolean }): boolean {
  // Base64 of binary (a PEM body of 1,700 characters) spells a word in mixed case now and then
  // ("fIXmE", from a blind grading): there, only a word in one case marks a placeholder.
  const words = options?.encodesBinary === true ? wordInOneCase(value) : PLACEHOLDER_WORDS.test(value);
  if (words || WORD_VALUE.test(value) || STAND_IN.test(value) || DOC_MARKERS.test(value) || (options?.capitals !== true && CAPS_TEMPLATE.test(value))) return true;
  if (options?.punctuated !== true && PLACEHOLDER_MARKUP.test(value)) return true;
  if (options?.encodesBinary !== true && isReference(value)) return true;
  // Base64 of binary structure has runs of "A" for zero bytes: OpenSSH's uint32 lengths in every
  // real key, X's bearer tokens (from a blind grading: no ssh-keygen key was reported).
  if (options?.encodesBinary !== true && hasRun(value, 8)) return true;
  for (const seq of SEQUENCES) if (value.includes(seq)) return true;
  if (alphabetRun(value, 10)) return true;
  if (value.length >= 16 && fewDistinct(value, 6)) return true;
  if (options?.encodesBinary !== true && periodic(value)) return true;
  return isDocumentedExample(value) || exampleJwtClaims(value) || unsignedJwt(value);
}

/**
 * Whether `value` holds `length` letters in alphabetical order, in any case (`ABCdefGhIJ…`, a
 * placeholder typed along the alphabet). One pass.
 */
function alphabetRun(value: string, length: number): boolean {
  let run = 0;
  let last = -2;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) | 32;
    if (c < 97 || c > 122) {
      run = 0;
      last = -2;
      continue;
    }
    run = c === last + 1 ? run + 1 : 1;
    if (run >= length) return true;
    last = c;
  }
  return false;
}

/**
 * Whether `value`, past at most 8 characters (a vendor's prefix), is one stretch of 2 to 24
 * characters typed three times or more (`EAAE` + `Xk9pL2mN8qR4sT6v` × 8): a stand-in, never random.
 * A walk back from the end per period tried: linear in the value for each of at most 23 periods.
 */
function periodic(value: string): boolean {
  const n = value.length;
  for (let p = 2; p <= 24 && n - 8 >= 3 * p; p++) {
    let i = n - 1;
    while (i - p >= 8 && value.charCodeAt(i) === value.charCodeAt(i - p)) i--;
    if (i - p < 8) return true;
  }
  return false;
}

/** True for a vendor's documented example key (the table above), judged whole: a prefixed rule's finding with its prefix. */
export function isDocumentedExample(value: string): boolean {
  const documented = hexKey(value);
  return DOC_EXAMPLE_LENGTHS.has(documented.length) && DOC_EXAMPLE_HASHES.has(sha256Hex(documented));
}

// The header may already be cut off (the detector looks past a rule's `eyJ` prefix).
const JWT_PAYLOAD = /^[\w-]{2,2000}\.(eyJ[\w-]{4,2000})\./;

/**
 * A JWT whose claims are jwt.io's documented example (`"sub": "1234567890"` and `"name": "John
 * Doe"`), whatever its header and signature (test suites re-sign the sample with their own keys
 * and algorithms), or a Supabase anon key (public by design).
 */
function exampleJwtClaims(value: string): boolean {
  const m = JWT_PAYLOAD.exec(value);
  if (!m || typeof atob !== 'function') return false;
  let claims: string;
  try {
    const b64 = (m[1] as string).replace(/-/g, '+').replace(/_/g, '/');
    claims = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  } catch {
    return false;
  }
  // Both of jwt.io's sample claims, exactly: a real token whose issuer is login.example.com, or
  // whose claims say "sample", is still a real token.
  if (/"sub"\s*:\s*"1234567890"/.test(claims) && /"name"\s*:\s*"John Doe"/.test(claims)) return true;
  // A Supabase project's anon key: issued by Supabase for the `anon` role, shipped in every client
  // by design (row-level security guards the data); its service_role key is a secret.
  if (/"iss"\s*:\s*"supabase"/.test(claims) && /"role"\s*:\s*"anon"/.test(claims)) return true;
  // The Supabase CLI's local demo keys (`supabase start` prints them, its docs publish them): issued
  // by "supabase-demo" and signed with the local stack's published JWT secret, they open nothing
  // but a developer's own machine (from a blind grading of browser extensions: 10 in READMEs).
  return /"iss"\s*:\s*"supabase-demo"/.test(claims);
}

// A JWT whose signature is empty: header and claims only.
const UNSIGNED_JWT = /^(eyJ[\w-]{2,2000})\.eyJ[\w-]{2,8000}\.$/;

/**
 * A JWT with `"alg": "none"` and no signature: it proves nothing (test suites build them to check
 * that a verifier turns them down), so it is no credential.
 */
function unsignedJwt(value: string): boolean {
  const m = UNSIGNED_JWT.exec(value);
  if (!m || typeof atob !== 'function') return false;
  try {
    const b64 = (m[1] as string).replace(/-/g, '+').replace(/_/g, '/');
    return /"alg"\s*:\s*"none"/i.test(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)));
  } catch {
    return false;
  }
}

/** Whether a placeholder word stands in `value` all in lower or all in upper case ("fixme", "FIXME"; not "fIXmE"). */
function wordInOneCase(value: string): boolean {
  for (const [word] of value.matchAll(PLACEHOLDER_WORDS_ALL)) if (word === word.toLowerCase() || word === word.toUpperCase()) return true;
  return false;
}

/** True when one character repeats `length` times in a row: "00000000", "aaaaaaaa". */
function hasRun(value: string, length: number): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) ? run + 1 : 1;
    if (run >= length) return true;
  }
  return false;
}

/** True when `value` has fewer than `min` distinct characters. */
function fewDistinct(value: string, min: number): boolean {
  const seen: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!seen.includes(c)) {
      seen.push(c);
      if (seen.length >= min) return false;
    }
  }
  return true;
}

/** True when the line holds `keyward-ignore` (any comment syntax). */
export function lineHasIgnore(line: string): boolean {
  return line.includes('keyward-ignore');
}

/** True when the line holds `keyward-ignore-next-line`. */
export function lineIgnoresNext(line: string): boolean {
  return line.includes('keyward-ignore-next-line');
}
