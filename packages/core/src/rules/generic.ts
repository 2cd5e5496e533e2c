import { isPlaceholder, percentDecoded } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { isKeyLikeName, isPasswordKeyName, isPreSharedKeyName, isPublishedKeyName, isSecretKeyName, isWeakSecretName, nameStrength, normalizeKeyName } from '../keys.js';
import { isSecretQueryParam } from '../query.js';
import type { SampleGen, ScanMemo } from '../types.js';
import { ALNUM, BASE64, defineRule, hasUpperLowerDigit, lineStartWithin, skipBlanks, skipWrap, WRAP } from './define.js';
import { isPublishedGoogleKey } from './gcp.js';
import { inUse, isDefaultWithDigits, isSlotPassword } from './passwords.js';
import { isOtpSeed } from './totp.js';

// What a quoted value may contain. ":" is left out so "a:a:a…" cannot make the pattern retry
// long runs. "=" may stand inside (generated keys use it mid-value, as gitleaks' test values do:
// `krakenToken="…g9l3=y16…"`); a value's run is taken atomically, so "a=a=a…" costs one attempt.
const QUOTED = `[^\\s"'\`;,(){}\\[\\]<>:]`;
// A password is chosen by a person and may hold any punctuation: the assignment patterns take
// the wider run, and only a password-named key accepts a value with the characters QUOTED and
// BARE leave out (NARROW_QUOTED, NARROW_BARE).
const QUOTED_WIDE = `[^\\s"'\`]`;
// QUOTED_WIDE in a quoted assignment: a backslash goes with the character after it. One before a
// quote escapes that quote: inside the value when a letter or digit follows (`"Kq\"z…"`,
// `'Kq\'z…'`: a generated password holds quotes, and JSON, PHP and Python escape them), else the
// value ends before it (`"\"…\""`, a string that holds a string literal; `\",\"` in escaped JSON).
const QUOTED_RUN = `(?:[^\\s"'\`\\\\]|\\\\[^\\s"'\`]|\\\\["'\`](?=[A-Za-z0-9]))`;
const NARROW_QUOTED = /^[^;,(){}[\]<>:]*$/;
// What a bare value (.env, YAML, INI) may contain: no expression syntax at all ("=" inside, as
// in QUOTED).
const BARE = `[A-Za-z0-9+/_~.!@#%^&*=-]`;
const BARE_CHAR = new RegExp(BARE);
// A bare value never takes brackets: on a bare right-hand side they are code (`password =
// Prompt.ask(`), and a quoted value holds a password's brackets.
const BARE_WIDE_CHAR = `[A-Za-z0-9+/_~.!@#%^&*=?,;:<>|-]`;
// An apostrophe inside a bare value (`password = Mead'ow…` in .pypirc), never at its end, where
// it closes the string a bare assignment sits in (`'API_TOKEN=…'`). A "$" that starts no
// expansion (no name, digit, brace, bracket or "$" after it: `DB_PASSWORD=Qw…1234$`) is a
// character of the password; `$DB_PASS`, `${…}`, `$(…)` and `$$` stay references. So is one
// before what no variable's name looks like (`…517$oeSd`, `…996$1kTnFR`, `…850$t1rez`: case mixed,
// or a digit before a letter), as generated passwords hold them in .properties and YAML. A
// backslash before ":", "=", "!", "#" or "$" inside the value is .properties' (and a shell's) escape
// of that character (`db.password=Kq\\:z…`). From a blind grading of database configs: "$" before
// one to three name characters (`…x$MP`, `…$is2T…`, `…3c$q`: no variable's name is that short but
// a few a script never sets in a file), compose's "$$" (a "$"), and "&" that starts no query
// parameter (`3@&**…`) are the password's. So is "$" before two digits (`Cobalt$2018`): a shell
// reads `$2` there, but a script that meant an argument writes `${2}…`, and YAML, .properties and
// INI expand nothing (from blind gradings of creator tools and video conferencing).
// (A .properties escape, `\=` or `\:`, may end the value: `…36\=`, from a blind grading of insurance
// tech, where such passwords were missed.)
const BARE_WIDE = `(?:${BARE_WIDE_CHAR}|'(?=${BARE_WIDE_CHAR})|\\\\[:=!$#](?=${BARE_WIDE_CHAR}|\\r?$)|&(?![A-Za-z_][A-Za-z0-9_.-]{0,63}=)(?=${BARE_WIDE_CHAR})|\\$(?![A-Za-z0-9_{(\\[$])|\\$(?=[A-Za-z_][A-Za-z0-9_]{0,2}(?![A-Za-z0-9_{(\\[]))|\\$\\$(?![A-Za-z_{(])|\\$(?=[0-9][A-Za-z]|[0-9]{2}|[A-Za-z0-9]{0,32}(?:[a-z][A-Z]|[A-Z][a-z]|[0-9][A-Za-z])))`;
const NARROW_BARE = /^[A-Za-z0-9+/_~.!@#%^&*=-]*$/;
// Between a key and its operator: terraform fmt aligns the "=" of a block's attributes, so a short
// name beside a long one stands far from it (`password<16 blanks>= "…"`).
const ALIGN = '[ \\t]{0,40}';
const ALIGN_MAX = 40;

// The longest value the generic rules take: Microsoft's refresh tokens run past 300 characters,
// base64 service keys and JWT-shaped session tokens longer still (a blind grading: every value
// over 256 characters was missed). Entra ID's refresh tokens run longer still (1,000-2,000
// characters): azure-ad-refresh-token knows their shape, as doubling this doubled the cost of a
// window on every keyword hit.
const MAX_VALUE = 1024;
// Values are taken atomically with the (?=(…))\N idiom: a run longer than 256 fails at once
// instead of backtracking through every shorter length. Between key and value, one of:
// - an operator: `=`, `:`, `:=`, Makefile's `::=`/`:::=`/`?=`, PHP's `.=`, `=>`, `||`, `??`;
// - a quoted key as a call's first argument, then a comma: `System.setProperty("API_TOKEN", "…")`
//   (in a list, `["NGH_DATA_KEY", "transferState"]`, the next string is no value);
// - a string type, then `=`: `apiToken: string = "…"` (TypeScript), `: String` (Kotlin, Swift),
//   `: str` (Python), `: &str` (Rust), `var apiToken string = "…"` (Go). Only string types: with
//   any word, `value: api_key = "…"` or `String apiToken = "…"` would match with the wrong word
//   as the key and hide the real one;
// - C++'s brace initialiser `kApiSecret{"…"}`;
// - a call's quoted argument, then a fallback: C#'s `Environment.GetEnvironmentVariable("X") ?? "…"`
//   (the variable's name is the key); and a C array's `[]` before "=": `constexpr char kApiKey[] = "…"`.
// The string may be wrapped in a call (WRAPPER). (Clojure's `:api-token "…"` and Erlang's
// `{api_token, "…"}` are TUPLE_PAIR's: as lookbehinds here they cost this pattern ten times its
// speed.)
// The value may stand on the next line, as formatters wrap a long assignment (prettier's
// `const apiKey =\n  "…"`, black's `api_key = (\n    "…"\n)`): WRAP, one line break. A string
// followed by ":" is a mapping's key (`revoked_tokens:\n  "…": 2024-01-01`), not a value.
// The opening quote may carry a literal's prefix (STRING_PREFIX): Objective-C's and C#'s `@"…"`,
// Rust's raw `r#"…"#`, Python's `r"…"`/`b"…"`, C++'s `u8"…"`/`L"…"`, Swift's and CUE's `#"…"#`,
// Julia's `raw"…"`, and Python's `f"…"` and Scala's `s"…"` (they interpolate, but a value with no
// slot in it is a literal; one with a slot reads as a reference to the judges). Not C#'s `$"…"`.
const STRING_PREFIXES = '@|r#{0,3}|#{1,3}|raw|[bBuURLNfFs]|[bB][rR]|[rR][bB]|[fF][rR]|u8';
// SQL's string types in a declaration, before "=" or ":=": T-SQL's `DECLARE @ApiKey NVARCHAR(MAX)
// = N'…'`, PL/SQL's `c_api_key CONSTANT VARCHAR2(4000) := '…'` (upper or lower case).
// VB.NET's and VBA's declaration: `Dim apiKey As String = "…"`, `Const ApiSecret As String = "…"`.
const VB_STRING_TYPE = '[Aa]s[ \\t]{1,4}String';
const SQL_STRING_TYPE = '(?:(?:CONSTANT|constant)[ \\t]{1,4})?(?:N?VARCHAR2?|n?varchar2?|NVarChar|VarChar)(?:\\([0-9A-Za-z]{1,6}\\))?[ \\t]{0,8}:?';
// String types in an annotation before "=": TypeScript's, Kotlin's and Swift's, Python's, Rust's,
// Zig's `[]const u8`.
const STRING_TYPE_NAMES = "(?:[Ss]tring|str|&(?:'static )?str|&(?:'static )?\\[u8\\]|\\[\\]const u8)";
// A call that wraps the string and keeps it: Vite's `define: { 'process.env.X':
// JSON.stringify("…") }`, `String("…")`, `Buffer.from("…")`, pydantic's `SecretStr("…")`, Rust's
// `String::from("…")` and `SecretString::new(…)`, Python's `bytes.fromhex("…")` (JupyterHub's
// cookie_secret), and a shell's `$(echo '…' | base64 -d)`. Only
// these: any call (`_messages.MessageField('GoogleCloud…')`, `digest.get('previousKey')`) takes
// a name, not a value.
// Also an environment lookup's default, which the setting keeps when the variable is unset:
// Laravel's `'api_key' => env('PARTNER_FALLBACK', '…')`, `os.getenv("X", "…")`, Ruby's
// `ENV.fetch("X", "…")` (the variable's own name may say nothing; the setting's does).
// And a list's first item: a setting that takes several secrets (Keycloak's `"bindCredential":
// ["…"]`, express-session's `secret: ['…']`, a Helm chart's `passwords: ["…"]`), an Erlang
// binary (`<<"…">>`) and a JSX expression (`secret={'…'}`).
// Python's fallback after a lookup: Colab's `userdata.get('X') or "…"`, `os.getenv("X") or '…'`.
// (And PHP's `getenv('X') ?: '…'`, Craft's `App::env('X') ?: '…'`, `?? '…'`.)
const PY_OR_DEFAULT = '[A-Za-z_][A-Za-z0-9_.:]{0,64}\\([^()\\n]{0,100}\\)[ \\t]{1,4}(?:or|\\?:|\\?\\?)[ \\t]{1,4}';
// C++'s string macros wrap a literal too: Unreal's `TEXT("…")`, MFC's `_T("…")`, wxWidgets' `wxT("…")`,
// Qt's `QStringLiteral("…")` (from a blind grading of game backends: Steam publisher keys in Unreal code).
// (And python-decouple's and environs' default as a keyword: `config("SECRET_KEY", default="…")`.)
const ENV_DEFAULT = '(?:env|getenv|os\\.getenv|os\\.environ\\.get|ENV\\.fetch|System\\.getenv|Deno\\.env\\.get|config|env\\.str)\\([ \\t]{0,4}["\'][A-Za-z_][A-Za-z0-9_.]{0,63}["\'][ \\t]{0,4},[ \\t]{0,4}(?:default[ \\t]{0,2}=[ \\t]{0,2})?';
const WRAPPER = `(?:(?:JSON\\.stringify|TEXT|_T|_TEXT|wxT|QStringLiteral|QLatin1String|String(?:::from)?|Buffer\\.from|SecretStr|SecretString(?:::(?:new|from))?|Secret(?:::new)?|str|bytes(?:\\.fromhex)?|bytearray\\.fromhex|\\[\\]byte)\\([ \\t]{0,4}|\\$\\([ \\t]{0,4}(?:echo|printf)(?:[ \\t]{1,4}-[neE]{1,3})?[ \\t]{1,4}|${ENV_DEFAULT}|\\[[ \\t]{0,4}|<<|\\{[ \\t]{0,4}|${PY_OR_DEFAULT})`;
const STRING_PREFIX = `(?:${STRING_PREFIXES})?`;
// A second layer of quotes inside the string, on both sides of the value: Python's triple quotes
// (`"""…"""`), and a string that holds a string literal, as bundlers' `define` options take it
// (esbuild's `'process.env.X': '"…"'`, `"\"…\""`): the other quote or an escaped one, so an empty
// string in minified code (`s.password="",s.host=…`) opens nothing.
// Gradle's typed pair, the key its second argument: `buildConfigField("String", "API_KEY",
// "\"…\"")` (Kotlin DSL; Groovy drops the parentheses) and `resValue "string", "api_key", "…"`;
// Kotlin Multiplatform's BuildKonfig names the type by a constant: `buildConfigField(STRING,
// "apiKey", "…")`, `FieldSpec.Type.STRING`.
const GRADLE_TYPE = `(?:["'](?:String|string)["']|(?<![A-Za-z0-9_])STRING),`;
const GRADLE_TYPE_BEFORE = /(?:["'](?:String|string)["']|(?<![A-Za-z0-9_])STRING),[ \t]{0,4}$/;
const INNER_OPEN = `(?:\\2\\2|\\\\["']|(?!\\2)["'])?`;
const INNER_CLOSE = `(?:\\2\\2|\\\\?["'])?`;
// A key name read whole, never given back (an atomic group, written as a lookahead and its
// back-reference): a name's end can only be its last character, and letting the regex retry every
// shorter name before each separator cost the assignment form a third of its time.
const atomicName = (chars: string, group: number): string => `(?=(${chars}))\\${group}`;
// A value alone on the line after a text block's or a heredoc's opening: Java's, Kotlin's, Swift's
// and Python's `"""`, PHP's `<<<EOT` (also quoted, `<<<'EOT'`). The closing is a line further on.
// Also Ruby's squiggly heredoc (`<<~EOS.strip`), Nix's and Dhall's indented strings (`''`),
// PowerShell's here-strings (`@'`), Jsonnet's text blocks (`|||`) and a template literal opened
// at a line's end. Also Zig's multiline string, whose every line opens with `\\` (`const t =⏎ \\…`).
// (Not a YAML key on the next line, ending in ":": `smtpPassword: ''` is empty, and `extraEnvVars:`
// after it no Nix string; from a blind grading of education platforms.)
const TEXT_BLOCK = `(?:(?:"""|'''|<<<[ \\t]?(?:'[A-Z_]{1,16}'|"[A-Z_]{1,16}"|[A-Z_]{1,16})|<<~(?:'[A-Z_]{1,16}'|"[A-Z_]{1,16}"|[A-Z_]{1,16})(?:\\.[a-z_]{1,16})?|<<-?[A-Z_]{1,16}\\.[a-z_]{1,16}|''(?!')|@['"]|\\|\\|\\||\`)[ \\t]*\\r?\\n[ \\t]{0,64}|\\r?\\n[ \\t]{0,64}\\\\\\\\)`;
// A text block closed on the value's own line (TOML's and Python's `key = """⏎…"""`).
const TEXT_BLOCK_CLOSE = `(?:"""|''')?`;
// A value in the brackets a language quotes with: Ruby's and Crystal's `%q{…}`/`%(…)`, Perl's
// `q{…}`/`qq{…}`, Elixir's `~s(…)`, OCaml's `{|…|}`, Lua's `[[…]]`, Bash's `$'…'` (groups 5–8).
const BRACKET_RUN = `[^\\s(){}\\[\\]"'\`\\\\]`;
const DELIMITED = `(?:%[qQwW]?|q[qw]?|~[sS])[({\\[](?=(${BRACKET_RUN}{8,${MAX_VALUE}}))\\5[)}\\]]|\\{\\|(?=([^\\s|"'\`]{8,${MAX_VALUE}}))\\6\\|\\}|\\[\\[(?=([^\\s\\]"'\`]{8,${MAX_VALUE}}))\\7\\]\\]|\\$'(?=([^\\s'\\\\]{8,${MAX_VALUE}}))\\8'`;
const DELIMITED_START = /^(?:%[qQwW]?[({[]|q[qw]?[({[]|~[sS][({[]|\{\||\[\[|\$'|@['"]|\|\|\||<<~|<<-?[A-Z_]{1,16}\.)/;
// (A diff's removed line, `-API_SECRET = "…"`, and a merge's combined diff, `+-…`, put "-" right before the name.)
// (Perl's named arguments put it there too, `-authpassword => '…'` for Net::SNMP: from a blind grading of network monitoring.)
// Kotlin's pair of a quoted name and its value, `"api_key" to "…"` in a mapOf, and Scala's `"api_key" -> "…"` in a Map.
const KOTLIN_PAIR = `["'](?<=["'][A-Za-z_$][A-Za-z0-9_$.-]{0,63}["'])[ \\t]{1,4}(?:to|->)(?=[ \\t])`;
// Rust's default for an unset variable: `env::var("API_KEY").unwrap_or("…")`, `.unwrap_or_else(|_| "…".to_string())`.
const RUST_FALLBACK = '\\)\\.unwrap_or(?:_else)?\\([ \\t]{0,4}(?:\\|_\\|[ \\t]{0,4})?';
// A function named for a secret that takes nothing and returns a literal: a pytest fixture
// (`def stripe_api_key():⏎    return "…"`), a getter (`get apiKey() { return "…"; }`, Java's
// `String getApiKey() {⏎ return "…";`). Only an empty parameter list (or self): one with
// parameters computes its value.
const FUNCTION_RETURN = `\\((?:[ \\t]{0,4}(?:self|cls)[ \\t]{0,4})?\\)(?:[ \\t]{0,4}(?:->|:)[ \\t]{0,4}${STRING_TYPE_NAMES})?[ \\t]{0,4}[:{][ \\t]{0,4}(?:\\r?\\n[ \\t]{0,16})?return[ \\t]{1,4}`;
const QUOTED_ASSIGNMENT = new RegExp(
  `(?:(?<![A-Za-z0-9_$-])|(?<=(?:^|[\\n\\r])[-+]{1,2})|(?<=[ \\t(,{]-)(?=[A-Za-z_][A-Za-z0-9_]{0,63}[ \\t]{0,8}=>))${atomicName('(?:[A-Za-z_$]|[0-9]{1,3}[A-Za-z])[A-Za-z0-9_$.-]{0,63}', 1)}(?:(?:["'\`](?:\\)(?=[ \\t]{0,4}(?:\\?\\?|\\|\\|)))?|\\[\\])?\\]?\\*?${ALIGN}(?::{1,3}=|[?.]=|=>|<-|\\|\\|=?|\\?\\?=?|[:=])|["'\`]${RUST_FALLBACK}|${FUNCTION_RETURN}|${KOTLIN_PAIR}|["'\`](?<=(?:[({]|${GRADLE_TYPE})[ \\t]{0,4}["'\`][A-Za-z_$][A-Za-z0-9_$.-]{0,63}["'\`])[ \\t]{0,8},|[ \\t]{0,4}:[ \\t]{0,4}${STRING_TYPE_NAMES}[ \\t]{0,8}=|[ \\t]{1,4}(?:string|${VB_STRING_TYPE}|${SQL_STRING_TYPE})[ \\t]{0,8}=|[ \\t]{0,4}\\{(?=[ \\t]{0,4}${STRING_PREFIX}["'\`]))(?:[ \\t]{0,40}|${WRAP})(?:(?:${WRAPPER})?${STRING_PREFIX}(["'\`])${INNER_OPEN}(?=(${QUOTED_RUN}{8,${MAX_VALUE}}={0,2}))\\3${INNER_CLOSE}\\2(?![ \\t]*:(?!:))|${TEXT_BLOCK}(?=(${QUOTED_RUN}{8,${MAX_VALUE}}={0,2}))\\4(?<!:)${TEXT_BLOCK_CLOSE}[ \\t]*(?=\\r?\\n|$)|${DELIMITED})`,
);
// A YAML block scalar header (`password: |` or `>-`), then the value indented on the next line;
// or a heredoc's opening (Terraform's and HCL's `api_key = <<-EOT`), the value on the next line.
const BLOCK_SCALAR = '[ \\t]{1,4}(?:[|>][-+]?|<<[-~]?[A-Z_]{1,16})[ \\t]{0,4}\\r?\\n[ \\t]{0,32}';
// A Pulumi stack setting's project namespace (`acme-infra:apiToken: …` in Pulumi.<stack>.yaml), or
// Puppet Hiera's class path (`profile::app::railway_token: …`).
const NAMESPACE = '(?:[A-Za-z][A-Za-z0-9_-]{0,63}::?){1,4}';
// A line commented out: #, ;, //, SQL's -- or a doc comment's * (the last two before a blank).
const COMMENT_MARK = '(?:#|;|\\/\\/|--(?=[ \\t])|[*%](?=[ \\t]))';
// A bare value only counts where the key starts a line (`KEY=value`, `key: value`, Dockerfile
// `ARG`/`ENV`, or such a line commented out with #, ;, //, SQL's -- or a doc comment's *: `#API_KEY=…`, `-- password: …`): in
// code, an unquoted right-hand side is an expression, not a literal. A line inside a string
// literal counts too: after an escaped line break (an .env file held in a JSON string:
// `"KEY=…\nNEXT=…"`) or at the string's start with "=" (`"API_TOKEN=…"` in a compose file, a
// notebook's `"%env API_TOKEN=…\n"` in its JSON and the `"env: API_TOKEN=…\n"` it prints back;
// `"token:…"` there is a cache key or a header line). Makefile's `?=`, `::=` also assign.
// A CI log's timestamp before the line (GitHub Actions' `2024-05-01T12:00:00.1234567Z   API_KEY: …`
// as it prints a step's env).
// What may open a line before its key: `export`, a YAML list's `- `, a diff's `< `/`> `, `set`,
// Dockerfile's ARG/ENV, php-fpm's `env[KEY] = …`, a notebook's `%env KEY=…` and a systemd unit's
// `Environment=KEY=…` (unquoted: the quoted form is a string at the line's start), a SAS macro
// variable's `%let KEY = …;`.
const LINE_PREFIX = '(?:export[ \\t]{1,4}|- |[<>] |(?:set|SET)[ \\t]{1,4}|ARG[ \\t]{1,4}|ENV[ \\t]{1,4}|env\\[|%(?:set_)?env[ \\t]{1,4}|%let[ \\t]{1,4}|Environment=)';
// A timestamp before a log line's assignment, or the step a classic `docker build` prints before
// a Dockerfile instruction (`Step 3/9 : ENV API_KEY=…`, often inside a CI log's JSON string).
// A chat log's time and nick (IRC, a Discord or Matrix export: `[20:33] <robin> coda_token = …`;
// from a blind grading of personal automation, where pasted credentials were missed).
const LOG_TIME = '(?:\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(?:\\.\\d{1,9})?Z[ \\t]{1,4}|Step \\d{1,3}/\\d{1,3} : |\\[\\d{1,2}:\\d\\d(?::\\d\\d)?\\][ \\t]{1,4}<[^<>\\s]{1,32}>[ \\t]{1,4})?';
// A shell's variable set for one command (`API_KEY=… npm start`, `TOKEN=… ./deploy.sh`, `A=… B=…
// cmd`): an upper-case name, "=" and the value with no blank between, then a command word, a path
// or the next assignment.
const ENV_PREFIX_END = '(?<=[A-Z0-9_]=\\2)[ \\t]{1,4}(?:[a-z][a-z0-9_.-]{0,31}(?=[ \\t]|$)|\\.{0,2}\\/[A-Za-z0-9_.]|[A-Z_][A-Z0-9_]{0,63}=)';
// A line of git grep's or ripgrep's output: a revision maybe, the file's path (a "." or "/" in it)
// and its line number maybe, each before ":" (`HEAD:config/app.properties:4:webhook.secret=…`).
const GREP_LINE = '(?:[A-Za-z0-9_.\\/@~^-]{1,64}:)?[A-Za-z0-9_@-]{0,64}[./][A-Za-z0-9_.\\/@-]{0,160}:(?:\\d{1,7}:)?';
// In a comment, words may come before the assignment, ended by a dash or a colon and a blank
// (`// TODO: move to the vault — zoomClientSecret = …`; from a blind grading of SaaS
// integrations, 40 of 140 such values were missed).
const COMMENT_PROSE = '[^\\n=]{0,120}?(?:[ \\t][\\u2014\\u2013-]|:)[ \\t]{1,4}';
const COMMENT_PROSE_END = /(?:[ \t][\u2014\u2013-]|:)[ \t]{1,4}$/;
const COMMENT_LINE = new RegExp(`(?:^|[\\n\\r])[ \\t]{0,16}${COMMENT_MARK}[^\\n]*$`);
const BARE_ASSIGNMENT = new RegExp(
  `(?:^${LOG_TIME}(?:${GREP_LINE})?[ \\t]{0,16}(?:${COMMENT_MARK}[ \\t]{0,4}(?:${COMMENT_PROSE})?)?(?:${LINE_PREFIX}|[@:+%-](?=[A-Za-z_]))?(?:${NAMESPACE})?|\\\\[nr]|(?<=["'])(?:Step \\d{1,3}/\\d{1,3} : (?:ENV|ARG)[ \\t]{1,4}|%(?:set_)?env[ \\t]{1,4}|env:[ \\t])?(?=[ \\t]{0,4}(?:[A-Za-z_]|[0-9]{1,3}[A-Za-z])[A-Za-z0-9_.-]{0,63}[ \\t]{0,8}=)[ \\t]{0,4})((?:[A-Za-z_]|[0-9]{1,3}[A-Za-z])[A-Za-z0-9_.-]{0,63})\\]?${ALIGN}(?::{1,3}=|\\?=|[:=])(?:${ALIGN}|${BLOCK_SCALAR})(?=(${BARE_WIDE_CHAR}${BARE_WIDE}{7,${MAX_VALUE - 1}}={0,2}))\\2(?=[ \\t]*(?:#|$|\\\\[nr]|\\\\par(?![A-Za-z])|["'\`])|[ \\t]{1,4}\\((?=[A-Za-z])|${ENV_PREFIX_END})`,
  'm',
);
// (A chat's code fence may close right after the value: ``` on the value's line; from a blind
// grading of telehealth integrations.)
// (A remark in brackets may follow the value, as a chat message or a note pastes an .env line:
// `SALESLOFT_API_KEY=… (for the staging sync)`; from a blind grading of sales tools, 12 missed.)

// A bare `KEY=value` inside a line, after a blank: a command line (`docker run -e API_KEY=…`,
// `env TOKEN=… node app`, a Java system property `-Dapi.key=…`) or a log line (`Using API_KEY=…`),
// or after a backtick (inline code in Markdown or a chat message: `` `API_KEY=…` ``). Only "=" (never ":", which object
// literals in code use) and a strictly random value (accept), since mid-line code has bare
// right-hand sides too.
// An inventory's password may end in "?" (`ansible_become_pass=…?`), which other bare values stop at.
const INLINE_VALUE = '[A-Za-z0-9+/_~.!@#%^&*=?-]';
// A command's long option and its value: `agent --api-key=…`, `cli --token …`, Go's `-token=…`, as
// a process list, a CI log or a README shows them. The option's name is the key; the value is bare
// or quoted and ends the argument (or, quoted, the element that holds the command: a scheduled
// task's `<Arguments>… -ClientSecret "…"</Arguments>`).
// Or its value as the next argument of a list: a JSON, TOML or Python array's next string (an MCP
// server's `"args": ["--api-key", "…"]`, one per line too) or a YAML list's next item (a
// container's `args:` ⏎ `- --api-key` ⏎ `- …`).
// aider's keys, each after its provider's name: `--api-key mistral=…`.
const PROVIDER_NAMED = '[A-Za-z][A-Za-z0-9_-]{1,31}=(?=[^=])';
const FLAG_NEXT_ARGUMENT = `["'][ \\t]{0,4},[ \\t]{0,4}(?:\\r?\\n[ \\t]{0,32})?|["']?[ \\t]{0,4}\\r?\\n[ \\t]{0,32}-[ \\t]{1,4}`;
// A field of a Go struct printed with %+v (`config: {Host:db Port:5432 Password:… APIKey:…}`,
// `&{AccessID:… Key:… Timeout:30s}`), as a log line or a panic shows a config: the field's name,
// ":" and the value unquoted, to the next blank or "}". inStructDump checks the fields before it.
const STRUCT_FIELD = new RegExp(`(?<=[{ ])${atomicName('[A-Za-z_][A-Za-z0-9_]{0,63}', 1)}:(?=([^\\s{}\\[\\](),;"'\`]{8,${MAX_VALUE}}))\\2(?=[ }])`);
// A "$" that starts no variable (`$@`, `$#`, `$!` in a quoted password) is the value's, and so
// is a ":" inside it (`kcadm.sh config credentials --password '…:…'`).
const FLAG_VALUE = `(?:${INLINE_VALUE}|\\$(?![A-Za-z_{(\\[])|:(?=[^\\s"'\`]))`;
const FLAG_OPTION = new RegExp(`(?<=[ \\t"'\`]|^)--?(?=[A-Za-z])${atomicName('[A-Za-z][A-Za-z0-9_.-]{0,63}', 1)}(?:=|[ \\t]{1,4}|${FLAG_NEXT_ARGUMENT})(["']?)(?:${PROVIDER_NAMED})?(?=(${FLAG_VALUE}{8,${MAX_VALUE}}={0,2}))\\3\\2(?=[\\s"'\`;|&)]|$|(?<=["'])[\\],<])`, 'm');
const INLINE_ASSIGNMENT = new RegExp(`(?<=[ \\t\`"',[({]|[ \\t]-D|[ \\t"']--[a-z][a-z_-]{1,31}=)${atomicName('[A-Za-z_][A-Za-z0-9_.-]{0,63}', 1)}=(?![=>])\\[?(?=(${INLINE_VALUE}{8,${MAX_VALUE}}={0,2}))\\2(?=[\\s"'\`,;)\\]}]|$)`);

// An XML element named for a secret, holding only the value (Maven settings.xml
// `<password>…</password>`, `<apiToken>` on its own lines): the closing tag must match. A brace
// opens a value only around base64 (Jenkins `{AQAAABAAAAAQ…}`, Maven's encrypted `{…}`): in JSX,
// `<TokenSymbol>{token0.symbol}</TokenSymbol>` is an expression.
// A value may be wrapped in CDATA (`<apiKey><![CDATA[…]]></apiKey>`): "]]>" ends a value.
// An entity stands for its character (`&amp;` in a logback or Maven password).
const XML_VALUE = `(?:[^\\s<>"'\`&{}\\]]|&(?:amp|lt|gt|quot|apos|#\\d{2,5});)`;
// After its first character a value may hold braces and brackets, as generated passwords do
// (ClickHouse's `<password>X84,T%|cW^gf{8J…</password>`; from a blind grading of database clients).
const XML_VALUE_ON = `(?:[^\\s<>"'\`&\\]]|\\](?!\\]>)|&(?:amp|lt|gt|quot|apos|#\\d{2,5});)`;
const CDATA_OPEN = '(?:<!\\[CDATA\\[)?';
const CDATA_CLOSE = '(?:\\]\\]>)?';
const XML_ELEMENT = new RegExp(
  `<([A-Za-z_][A-Za-z0-9_.:-]{0,63})(?:[ \\t][^<>]{0,128})?>[ \\t\\r\\n]{0,64}${CDATA_OPEN}(?=(${XML_VALUE}${XML_VALUE_ON}{7,${MAX_VALUE - 1}}|\\{[A-Za-z0-9+/]{8,${MAX_VALUE}}={0,2}\\}))\\2${CDATA_CLOSE}[ \\t\\r\\n]{0,64}</\\1>`,
);

// An element whose name or key attribute names the secret and whose text is the value: Android's
// `<string name="maps_api_secret">…</string>` (res/values/strings.xml), Java's XML properties
// `<entry key="db.password">…</entry>`. Other attributes may follow the name's.
const NAMED_ELEMENT = new RegExp(
  `<([A-Za-z_][A-Za-z0-9_.:-]{0,63})[ \\t]{1,8}(?:name|key)=(["'])([A-Za-z_][A-Za-z0-9_.:-]{0,63})\\2[^<>]{0,128}>${CDATA_OPEN}(?=(${XML_VALUE}{8,${MAX_VALUE}}|\\{[A-Za-z0-9+/]{8,${MAX_VALUE}}={0,2}\\}))\\4${CDATA_CLOSE}</\\1>`,
);

// A name/value pair: .NET's `<add key="ApiSecret" value="…" />` (web.config, app.config),
// Spring's `<property name="password" value="…"/>`, JSON's `{"name": "X-Api-Key", "value": "…"}`
// (HAR headers, Postman variables), YAML's `- name: DB_PASSWORD⏎  value: "…"` (Kubernetes env
// lists), CloudFormation's and ECS's `{ "Name": …, "Value": … }` and Android's
// `<meta-data android:name="API_KEY" android:value="…"/>`. The value may
// follow on the next line.
// The name may be a parameter store path (`"Name": "/prod/api_secret"`); the pair may be
// minified (`{"key":"api_token","value":"…"}`) or have up to three short fields between
// (AWS SSM's `"Type": "SecureString",`, a `"description": "…",`, `az keyvault secret show`'s
// empty `"tags": {},`).
const PAIR_VALUE = `[^\\s<>"'\`]`;
const PAIR_BETWEEN = `(?:,\\s{0,64}|\\s{1,64})`;
// (terraform fmt aligns the "=" of a block's attributes: up to 32 blanks before it.)
// OCPP 2.0.1's SetVariables nests the name one level down: `"variable": {"name": "BasicAuthPassword"},
// "attributeValue": "…"` (from a blind grading of connected cars and EV charging).
// (A field between is never another pair's name or value: in PowerShell's Format-List output,
// `Name : A⏎Value : x⏎⏎Name : B⏎Value : y`, name A was paired with value y; from a blind grading.)
const PAIR_FIELD = `(?!["']?(?:(?:android:|Parameter|Output)?[Vv]alue|content|[Nn]ame|[Kk]ey)["']?[ \\t]{0,16}[=:])["']?[A-Za-z_][A-Za-z0-9_]{0,31}["']?[ \\t]{0,16}[=:][ \\t]{0,4}(?:"[^"\\r\\n]{0,64}"|'[^'\\r\\n]{0,64}'|[A-Za-z0-9_.-]{1,64}|\\{[ \\t]{0,4}\\})[ \\t]{0,4}${PAIR_BETWEEN}`;
const ATTRIBUTE_PAIR = new RegExp(
  `(?<![A-Za-z0-9_-])(["']?)(?:[Kk]ey|[Nn]ame|[Ii]d|[Ll]abel|[Ff]ield|ParameterKey|OutputKey)\\1[ \\t]{0,32}[=:][ \\t]{0,4}(["']?)((?:\\/[A-Za-z0-9_.-]{1,64}){0,6}\\/?[A-Za-z_][A-Za-z0-9_.:-]{0,63})\\2[ \\t]{0,4}(?:\\}[ \\t]{0,4})?${PAIR_BETWEEN}(?:${PAIR_FIELD}){0,3}(["']?)(?:(?:android:|Parameter|Output|attribute)?[Vv]alue|content)\\4[ \\t]{0,32}[=:][ \\t]{0,4}(?:<<-?[A-Z_]{1,16}[ \\t]{0,4}\\r?\\n[ \\t]{0,32})?(["']?)(?:(?:Bearer|Token|Basic|Bot|OAuth|user_token)[ \\t])?(?=(${PAIR_VALUE}{8,${MAX_VALUE}}))\\6\\5(?![^\\s,;}/>])`,
);
// A secret's name opening a block whose `value` or `default` field holds the value: Heroku's
// app.json `"API_SECRET": { "description": "…", "value": "…" }`, Terraform's and Packer's
// `variable "api_secret" {⏎  type = string⏎  default = "…"⏎}`, a SAM or CloudFormation
// parameter `ApiSecret:⏎  Type: String⏎  NoEcho: true⏎  Default: …`, an OpenAPI property's
// `example`, or a host's entry in Composer's auth.json (`"gitlab-token": { "repo.acme.io": "…" }`).
// Up to four short fields before it (PAIR_FIELD).
// A name that pairs with the string after it without an operator: Clojure's and EDN's keyword
// `:api-token "…"` (blanks between), Erlang's and Elixir's tuple `{api_token, "…"}` (a comma),
// a Lisp definition `(def api-key "…")` (Clojure's def/defonce, Scheme's define, Emacs' setq).
// Each opens with its literal ":", "{" or "(", which keeps the search fast.
// CMake's `set(NAME "…" CACHE STRING "")` and an Elixir module attribute, `@api_key "…"`, at a line's start.
// (And Erlang's macro definition: `-define(DB_PASSWORD, "…").`)
const CMAKE_SET = '(?<![A-Za-z0-9_])(?:set|-define)\\([ \\t]{0,4}';
const ELIXIR_ATTRIBUTE = '(?<=^[ \\t]{0,16})@';
const LISP_DEFINE = '\\((?:def(?:once|const|var|ine)?|setq|setf)[ \\t]{1,4}(?:\\^:[a-z-]{1,16}[ \\t]{1,4})?';
// Racket's keyword argument (`#:password "…"`), Erlang's binary string (`{api_key, <<"…">>}`), and
// Aero's default after an environment variable (`:jwt-secret #or [#env JWT_SECRET "…"]`): from a
// blind grading of less common languages' configs.
const AERO_ENV_OR = '(?:#or[ \\t]{0,4}\\[[ \\t]{0,4}#env[ \\t]{1,4}[A-Za-z_][A-Za-z0-9_]{0,63}[ \\t]{1,4})?';
const TUPLE_PAIR = new RegExp(
  `(?:(?<=[\\s{(\\[,#]|^):|\\{[ \\t]{0,4}|${LISP_DEFINE}|${CMAKE_SET}|${ELIXIR_ATTRIBUTE})([A-Za-z_$][A-Za-z0-9_$.-]{0,63})(?:[ \\t]{1,8}|[ \\t]{0,4},[ \\t]{0,8})${AERO_ENV_OR}(?:<<)?${STRING_PREFIX}(["'\`])(?=(${QUOTED_WIDE}{8,${MAX_VALUE}}={0,2}))\\3\\2(?![ \\t]*:)`,
  'm',
);

// A pair of quoted strings in brackets or parentheses, name then value, and nothing else, in a
// list or a call: a Sentry event's `"headers": [["X-Api-Key", "…"]]`, fetch's
// `new Headers([["X-Api-Key", "…"]])`, Python's `headers = [("X-Api-Key", "…")]`. A list of
// three or more names is no pair, nor is a list of two on its own (a source map's `"names"`).
const QUOTED_PAIR = new RegExp(
  `[\\[(](?<=[\\[(,]\\s{0,64}[\\[(])[ \\t]{0,4}${STRING_PREFIX}(["'])([A-Za-z_][A-Za-z0-9_.-]{0,63})\\1[ \\t]{0,4},[ \\t]{0,8}${STRING_PREFIX}(["'])(?=(${QUOTED_WIDE}{8,${MAX_VALUE}}))\\4\\3[ \\t]{0,4}[\\])]`,
);

// An item of a YAML list under a name (`api_keys:` ⏎ `  - …`), maybe as aider writes its keys,
// each after its provider's name (`api-key:` ⏎ `  - mistral=…`). The name is looked for behind
// the item, over at most fifteen items before it, so each item is a match of its own. (Its closing
// quote is no backreference: a lookbehind matches from right to left, before the opening one.)
const LIST_ITEM = new RegExp(
  `(?<=^[ \\t]{0,32}(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,63})["']?:[ \\t]{0,8}\\r?\\n(?:[ \\t]{0,32}-[ \\t][^\\n]{0,300}\\n){0,15})[ \\t]{0,32}-[ \\t]{1,4}(?:${PROVIDER_NAMED}|(?:Bearer|Token|Api-Key|Bot)[ \\t](?=[A-Za-z0-9]))?(["']?)(?=(${INLINE_VALUE}{8,${MAX_VALUE}}))\\4\\3[ \\t]*\\r?$`,
  'm',
);

// A config line that sets a name by a blank, the value the rest of the line: fluentd's and
// Logstash's `api_key <value>`, redis.conf's `requirepass <value>`, an ssh_config-like line,
// Dockerfile's older `ENV NAME value`, and Tcl's and Expect's `set name "value"` or `set name {value}`
// (from a blind grading of less common languages: 34 missed).
// The name starts the line and the value ends it, one word each, with no brackets and no ":" at
// its end (a docstring's `credentials (google.auth.Credentials):` names a type; nslcd's `bindpw
// jd~nA:@h…` holds one inside).
const SPACED_LINE = new RegExp(
  `^[ \\t]{0,16}(?:ENV[ \\t]{1,4}|set[ \\t]{1,4})?([A-Za-z_][A-Za-z0-9_.-]{0,63})[ \\t]{1,40}(["']?|\\{)(?=((?:[^\\s"'\`()\\[\\]{}<>,;:]|:(?=[^\\s:])){8,${MAX_VALUE}}))\\3(?:\\2|(?<=\\{[^{}\\n]{8,${MAX_VALUE}})\\})[ \\t]*\\r?$`,
  'm',
);

// A value, not an expression (`value = str(node.value)` in Python after `if …:`). The field may be
// a bare `key` (The Things Network's `"app_key": {"key": "…"}`) or Doppler's `computed` (`doppler
// secrets --json`: `"SIGNING_KEY": {"computed": "…"}`), and the value a C string inside
// JSON (Mbed's `"wifi-password": {"value": "\"…\""}`): no backslash inside a value.
const BLOCK_VALUE_CHAR = `[^\\s<>"'\`(){}\\[\\],;\\\\]`;
const BLOCK_VALUE = new RegExp(
  `(?<=^[ \\t]{0,32}|[{,][ \\t]{0,8}|(?:variable|parameter|param|input|secret)[ \\t]{1,4})(["']?)([A-Za-z_][A-Za-z0-9_.-]{0,63})\\1(?:[ \\t]{0,4}[=:])?[ \\t]{0,4}(?:\\{|(?=\\r?\\n))\\s{0,64}(?:${PAIR_FIELD}){0,4}(["']?)(?:[Vv]alue|[Dd]efault(?:Value)?|[Ee]xample|[Kk]ey|[Cc]omputed|(?<=["'])(?:[A-Za-z0-9-]{1,63}\\.){1,4}[a-z]{2,24})\\3[ \\t]{0,16}[=:][ \\t]{0,4}(["']?)(?:\\\\")?(?=(${BLOCK_VALUE_CHAR}{8,${MAX_VALUE}}))\\5(?:\\\\")?\\4(?![^\\s,;}/>])`,
  'm',
);

// A table row: a cell naming a secret, then the cell holding its value, in Markdown (`| API_KEY |
// `…` |`), a CLI's box drawing (`║ API_KEY │ … ║`, Railway's and other tools' variable lists), HTML
// (`<td>API_KEY</td><td><code>…</code></td>`, an email or a wiki page) or Excel's XML
// (`<Cell><Data ss:Type="String">API_KEY</Data></Cell><Cell><Data …>…</Data>`).
const TABLE_BAR_CHARS = '|\u2502\u2503\u2551';
const TABLE_BAR = `[${TABLE_BAR_CHARS}]`;
const TABLE_BAR_CODES = new Set([...TABLE_BAR_CHARS].map((c) => c.charCodeAt(0)));
const TABLE_VALUE = `[^\\s<>${TABLE_BAR_CHARS}\`"']`;
const CELL_OPEN = '<(?:td|th|TD|TH|Data)(?:[ \\t][^<>]{0,64})?>';
const CELL_CLOSE = '</(?:td|th|TD|TH|Data)>';
// A name cell: a name of up to five words, bold or in inline code.
const TABLE_NAME = '([A-Za-z_][A-Za-z0-9_.-]{0,63}(?: [A-Za-z0-9_.-]{1,32}){0,4})';
const TABLE_NAME_MARK = '(?:\\*\\*|`)?';
// One or two short cells between the name's and a value in code quotes (an inventory's
// `| Vercel token | prod | \`…\` | @owner |`).
const TABLE_BETWEEN = `(?:(?:[ \\t]{0,8}[A-Za-z0-9_.@-]{1,24}[ \\t]{0,8}${TABLE_BAR}){1,2}(?=[ \\t]{0,8}\`))?`;
const TABLE_ROW = new RegExp(
  `(?<=(?:^[ \\t]{0,8}${TABLE_BAR}(?:[^${TABLE_BAR_CHARS}\\r\\n]{0,64}${TABLE_BAR}){0,4}|${CELL_OPEN})[ \\t]{0,8}${TABLE_NAME_MARK})${TABLE_NAME}${TABLE_NAME_MARK}[ \\t]{0,40}(?:${TABLE_BAR}{1,2}|${CELL_CLOSE}[ \\t]{0,8}(?:</Cell>[ \\t]{0,8}<Cell(?:[ \\t][^<>]{0,64})?>[ \\t]{0,8})?${CELL_OPEN})${TABLE_BETWEEN}[ \\t]{0,8}(?:\`|<(?:code|b|strong|tt|kbd|span)(?:[ \\t][^<>]{0,32})?>)?(?=(${TABLE_VALUE}{8,${MAX_VALUE}}))\\2(?=(?:\`|</(?:code|b|strong|tt|kbd|span)>)?[ \\t]{0,40}(?:<|${TABLE_BAR}|\\r?$))`,
  'm',
);

// After the name: its closing quote (or the line's end), then "value" and its "=" or ":".
const VALUE_ATTRIBUTE = new RegExp(`["']?[ \\t]{0,4}(?:\\}[ \\t]{0,4})?${PAIR_BETWEEN}(?:${PAIR_FIELD}){0,3}["']?(?:(?:android:|Parameter|Output|attribute)?[Vv]alue|content)["']?[ \\t]{0,32}[=:]`, 'y');

// An HTTP header written as one string: `curl -H "X-Api-Key: …"`, `-H 'Private-Token: …'`,
// a Postman or HTTPie line. The quote closes right after the value.
const HEADER_LINE = new RegExp(`(["'])([A-Za-z][A-Za-z0-9-]{0,63}):[ \\t]{0,4}(?=(${QUOTED}{8,${MAX_VALUE}}))\\3\\1`);

// A row of data: a cell naming a secret, then the cell with its value, in a SQL dump's VALUES
// (`(2,'datadog','DD_APP_KEY','…',…)`), a CSV export (`1,datadog,DD_API_KEY,…,2024-…`) or
// PostgreSQL's tab-separated COPY data. Cells are bare or quoted ('…' or "…"), and end at a
// comma, a tab, ")" or the line's end. The name may be words (a credential inventory's
// `Navan,prod,client secret,…,owner@…,2025-08-20`; from a blind grading of ERP integrations).
const CELL_VALUE = `[^\\s,'"\`()]`;
const BARE_CELLS_BEFORE = /(?:^|[\n\r])(?:[A-Za-z0-9_.@-]{1,32},){1,3}$/;
const CELL_PAIR = new RegExp(
  `(?:^|(?<=[(,\\t][ \\t]{0,2}))(['"]?)([A-Za-z_][A-Za-z0-9_.-]{0,63}(?: [A-Za-z][A-Za-z0-9_.-]{0,31}){0,3})\\1(?:,[ \\t]{0,2}|\\t)(?:[A-Za-z0-9_.-]{1,16}(?:,[ \\t]{0,2}|\\t))?(['"]?)(?=(${CELL_VALUE}{8,${MAX_VALUE}}))\\4\\3(?=[ \\t]{0,2}(?:[,)\\t]|\\r?$))`,
  'm',
);

// A server directive that sets a variable or header to a value, separated by blanks: Apache's
// `SetEnv DB_PASSWORD "…"` and `RequestHeader set X-Api-Key "…"`, nginx's
// `proxy_set_header X-Api-Key …;` and `fastcgi_param DB_PASSWORD …;`. The value ends at a blank,
// quote or ";".
// fish's `set -gx NAME value` (and -Ux, --export) sets an environment variable the same way, and
// nginx's `set $api_key "…";` a variable the config then sends on.
const FISH_SET = 'set(?:[ \\t]{1,4}(?:-[gxUulLe]{1,4}|--(?:export|global|universal))){1,3}';
const DIRECTIVE_NAME = `(?:#[ \\t]{0,4}define|SetEnv|setenv|aws[ \\t]{1,4}configure[ \\t]{1,4}set|fastcgi_param|uwsgi_param|scgi_param|proxy_set_header|grpc_set_header|add_header|more_set_input_headers|(?:Request)?Header[ \\t]{1,4}(?:always[ \\t]{1,4})?(?:set|append|add)|Header|header_up|header_down|http-(?:request|response)[ \\t]{1,4}(?:set|add)-header|local|global|setx|${FISH_SET}|set(?=[ \\t]{1,8}(?:\\$|$)))`;
const DIRECTIVE = new RegExp(
  `(?<![A-Za-z0-9_-])${DIRECTIVE_NAME}[ \\t]{1,8}(["']?)\\$?([A-Za-z_][A-Za-z0-9_.-]{0,63})\\1[ \\t]{1,40}(["']?)(?=([^\\s"'\`;]{8,${MAX_VALUE}}))\\4\\3(?=[ \\t]*(?:;|#|$|--[a-z]|\\/[A-Za-z]\\b|\\/[/*]))`,
  'm',
);
const DIRECTIVE_BEFORE = new RegExp(`(?:^|[^A-Za-z0-9_-])${DIRECTIVE_NAME}[ \\t]{1,8}["']?$`);

// A default in a reference to a variable or property: the shell's and compose's
// `${DB_PASSWORD:-…}`, Spring's `@Value("${twilio.api.secret:…}")`, Ruby's block default
// `ENV.fetch('API_KEY') { '…' }` (from a blind grading of KYC backends: 21 of 26 missed). The
// reference's name is the key (group 1); the value is group 2, 3 or 4 (the judge takes the one set).
const DEFAULT_VALUE = new RegExp(
  `(?:\\$\\{|(?<![A-Za-z0-9_])fetch\\([ \\t]{0,4}(?=["']))["']?([A-Za-z_][A-Za-z0-9_.-]{0,63})(?:(?::-?|-)(?=([^\\s"'\`{}$]{8,${MAX_VALUE}}))\\2\\}|["'][ \\t]{0,4}\\)[ \\t]{0,4}\\{[ \\t]{0,4}(?:'(?=(${QUOTED_WIDE}{8,${MAX_VALUE}}))\\3'|"(?=(${QUOTED_WIDE}{8,${MAX_VALUE}}))\\4")[ \\t]{0,4}\\})`,
);

// A Helm template's default for a value the chart reads: `{{ .Values.apiKey | default "…" }}`
// (also `| default '…'`); the reference's last segment is the key.
const TEMPLATE_DEFAULT = new RegExp(`\\.([A-Za-z_][A-Za-z0-9_]{0,63})[ \\t]{0,4}\\|[ \\t]{0,4}default[ \\t]{1,4}(["'])(?=(${QUOTED_WIDE}{8,${MAX_VALUE}}))\\3\\2`);

// A property list's `<key>CLIENT_SECRET</key>` and the `<string>` after it (an iOS Info.plist),
// and the name/value elements of XML configuration: Hadoop's and Hive's `<property><name>
// fs.s3a.secret.key</name><value>…</value>`, a web.xml's `<param-name>`/`<param-value>` and
// `<env-entry-name>`/`<env-entry-value>`.
const PAIR_NAME_TAG = 'key|name|param-name|env-entry-name';
const PLIST_PAIR = new RegExp(`<(${PAIR_NAME_TAG})>([A-Za-z_][A-Za-z0-9_.-]{0,63})</\\1>\\s{0,64}<(string|value|param-value|env-entry-value)>(?=(${XML_VALUE}{8,${MAX_VALUE}}))\\4</\\3>`);
const PAIR_NAME_CLOSE = new RegExp(`</(?:${PAIR_NAME_TAG})>`, 'y');

// A call named for a secret, a string its first argument: a client builder's `.apiKey("…")`,
// reqwest's `.bearer_auth("…")`, sttp's `.auth.bearer("…")`, `client.setToken("…")`. Not a call
// that reads, checks or transforms (CALL_READS).
const CALL_ARGUMENT = new RegExp(
  `(?<![A-Za-z0-9_$-])${atomicName('[A-Za-z_$][A-Za-z0-9_$]{0,63}', 1)}(?:[ \\t]{0,4}\\([ \\t]{0,4}|[ \\t]{1,4}(?=["']))${STRING_PREFIX}(["'\`])(?=(${QUOTED_RUN}{8,${MAX_VALUE}}={0,2}))\\3\\2[ \\t]{0,4}(?:[),;}]|\\r?$)`,
  'm',
);
const QUALIFIED_NAME = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/;
// (A part may be snake case: Terraform's `random_id.tunnel_secret.b64_std`.)
const LOWER_WORD_PART = /(?:^|\.)[a-z]{4,}(?:_[a-z0-9]+)*(?:\.|$)/;
// Labels of keys that are identifiers, public, or named by a fingerprint: `primary key`, `public key`, `verify key`, `GPG key`.
// (A KMS key is named by its id, ARN or alias: its material never leaves the service.)
const NOT_SECRET_KEY_LABEL = /(?:^|_)(?:public|publishable|verify|verifying|verification|site|primary|foreign|sort|partition|row|cache|object|idempotency|composite|unique|gpg|pgp|ssh|host|fingerprint|key_id|id|kms)_?key$|_id_key$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CALL_READS = /^(?:get|has|is|find|remove|delete|revoke|invalidate|lookup|load|fetch|read|clear|validate|verify|check|parse|split|join|quote|unquote|escape|unescape|decode|encode|hash|compare|match|mask|redact|encrypt|decrypt|sign|generate|create|refresh|rotate|expire|test|assert|expect)(?:[A-Z_]|$)/i;

// A label in prose, a message or a document, then the value: `API Key: …` in an email or a
// ticket, `Your access token is: …`, `**Admin password**: …` in Markdown, `Here is the api key
// for staging: …` in a chat. The label is one to three words and the secret's noun (`key`,
// `token`, `secret`, `password`, `passphrase`), or one snake- or kebab-case name (`DD_API_KEY`,
// `riot-api-key` in a service's log; a camel-case name after a word, `previous xeroClientSecret was …`),
// maybe `is`, a short `for …` or where it was read from
// after it; then ":", "-", "→" or `is`. Never "=" (code's assignments are the other forms'). The value is one
// word, maybe in backticks, bold or quotes; a sentence's full stop after it is not part of it.
const LABEL_VALUE = '(?:[A-Za-z0-9+/_~!@#%^&*=-]|\\.(?=[A-Za-z0-9+/_=-]))';
// Where a log line says the value came from: `DD_API_KEY taken from .env.local: …`, `loaded from vault:`.
const LABEL_SOURCE_VERB = '(?:taken|loaded|read|fetched|pulled|resolved|sourced)[ \\t]{1,4}from[ \\t]';
const LABEL_SOURCE = `${LABEL_SOURCE_VERB}[ \\t]{0,3}[A-Za-z0-9_./-]{1,64}`;
// A word joined to the name's last (NGROK_AUTHTOKEN, OPENAI_APIKEY, AWS_SECRETKEY).
const LABEL_JOINED = '(?:AUTH|API|ACCESS|SECRET|PRIVATE|CLIENT|APP|BOT|MASTER|[Aa]uth|[Aa]pi|[Aa]ccess|[Ss]ecret|[Pp]rivate|[Cc]lient|[Aa]pp|[Bb]ot|[Mm]aster)';
// An aside in parentheses between the label and its colon: `twitch ext secret (base64): …`,
// `HMAC key (added 2025-09-20): …` (from blind gradings of game backends and e-signature tools).
// (Not one inside the label, `DroneDeploy (Enterprise) key: …`: still missed.)
const LABEL_ASIDE = '\\([^()\\r\\n]{1,48}\\)';
const LABEL_LINE = new RegExp(
  `(?:(?<![A-Za-z0-9_$.'"-])|(?<=["'])(?=[A-Z][a-z]|[a-z]{2,16}[ \\t]))((?:[A-Za-z][A-Za-z0-9-]{0,23}[ \\t]){1,3}[a-z][a-z0-9]{1,31}(?:[A-Z][a-z0-9]{1,31}){0,4}(?:Key|Token|Secret|Password)(?=[ \\t])|(?:[A-Za-z][A-Za-z0-9-]{0,23}[ \\t]){1,3}(?:[Aa]pi|API)?(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Pp]assword|PASSWORD|[Pp]assphrase|PASSPHRASE|PAT|[Cc]reds|CREDS)|[A-Za-z][A-Za-z0-9]{0,31}(?:[_-][A-Za-z0-9]{1,32}){0,4}[_-](?:${LABEL_JOINED})?(?:[Kk]ey|KEY|[Tt]oken|TOKEN|[Ss]ecret|SECRET|[Pp]assword|PASSWORD|PAT)|(?<=\\*\\*|__)[a-z][a-z0-9]{1,31}(?:[A-Z][a-z0-9]{1,31}){0,4}(?:Key|Token|Secret|Password))(?:[ \\t]{1,4}(?:is|was|to|for[ \\t]{1,4}[A-Za-z0-9_.-]{1,32}(?:[ \\t]{1,4}[A-Za-z0-9_.-]{1,32}){0,2}|${LABEL_SOURCE}|${LABEL_ASIDE}))?(?:\\*\\*|__)?(?:[ \\t]{0,4}(?::(?:\\*\\*|__)?|\uff1a|->|\u2192|-(?=[ \\t])|\\.{3,40})|[ \\t]{1,4}is)?(?:[ \\t\u00a0]{1,8}|(?<=\uff1a)|[ \\t]{0,4}\\r?\\n(?:[ \\t]{0,4}>){0,4}[ \\t]{1,8})(\\*\\*|\`|["'\u201c]|<code(?:[ \\t][^<>]{0,64})?>)?(?=(${LABEL_VALUE}{10,256}))\\3(?:\\2)?(?=[.,;:!?)]?(?:\\s|$|["'\`*\u201d]|<\\/))`,
);

// Words for a password, a secret, a key and a token in other languages than English: in their
// own script (пароль, 密码, パスワード, 비밀번호), with their diacritics (hasło, şifre, mật khẩu) and
// as ASCII text and identifiers write them (transliterated where the language has its own script:
// `parol`, `mima`, `bimilbeonho`, `sisma`). A letter outside ASCII costs the keyword walk no
// column of its own (it shares its script's class; see KeywordMatcher).
const INTL_PASSWORD_WORDS = ['passwort', 'kennwort', 'wachtwoord', 'motdepasse', 'mot de passe', 'contraseña', 'contrasena', 'contrasenya', 'senha', 'hasło', 'haslo', 'şifre', 'sifre', 'parol', 'parool', 'parolă', 'mima', 'kata sandi', 'mật khẩu', 'matkhau', 'mat khau', 'jelszó', 'jelszo', 'heslo', 'salasana', 'passord', 'lösenord', 'losenord', 'adgangskode', 'lozinka', 'geslo', 'bimilbeonho', 'sisma', 'pasuwado', 'pasuwaado', 'kootshabd', 'пароль', 'гасло', 'лозинка', '密码', '密碼', '口令', 'パスワード', '暗証番号', '비밀번호', '암호', 'סיסמה', 'كلمة المرور', 'كلمة السر', 'पासवर्ड', 'κωδικός', 'รหัสผ่าน'];
const INTL_SECRET_WORDS = ['geheim', 'sekret', 'sirri', 'miyao', 'mi yao', 'jinyao', 'sikeurit', 'bí mật', 'bi mat', 'secreto', 'secreta', 'secrète', 'secrete', 'segreto', 'segreta', 'secreet', 'gizli', 'rahasia', 'himitsu', 'секрет', '秘密', '密钥', '密鑰', '秘钥', '秘鑰', 'シークレット', '시크릿', '비밀 키', '비밀키', 'סוד', 'سري', 'السري', 'गुप्त'];
const INTL_KEY_WORDS = ['schlüssel', 'schluessel', 'schlussel', 'sleutel', 'klucz', 'kliuch', 'klyuch', 'anahtar', 'kunci', 'kunji', 'khóa', 'khoa', 'miftah', 'mafteach', 'chave', 'chiave', 'clave', 'clé', 'cle api', 'api ki', 'ключ', 'キー', 'api 키', 'مفتاح', 'कुंजी'];
const INTL_TOKEN_WORDS = ['jeton', 'toegangstoken', 'zugangstoken', 'zugriffstoken', 'token akses', 'token de acesso', 'token de acceso', 'token di accesso', 'token dostępu', 'quanzhang', 'tokeun', 'asimon', 'ramz wusul', 'токен', 'トークン', '토큰', '令牌', '權杖', 'توكن', 'טוקן'];
const INTL_PASSWORD_WORD_SET = new Set(INTL_PASSWORD_WORDS);
const INTL_WORDS = [...INTL_PASSWORD_WORDS, ...INTL_SECRET_WORDS, ...INTL_KEY_WORDS, ...INTL_TOKEN_WORDS];
const intlAlternation = (words: readonly string[]): string => words.map((w) => w.replace(/ /g, '[ _.-]?')).join('|');
// Each word as a keyword, and a word of two as names join it (`mot_de_passe`, `KATASANDI`, `mi.yao`, `bi-mat`).
const intlKeywords = (words: readonly string[]): string[] => [...new Set(words.flatMap((w) => [w, ...['_', '', '.', '-'].map((j) => w.replace(/ /g, j))]))];
// The word (its left fence is in intlSeparatorFollows: the pattern is tried at the keyword hit
// alone), up to 40 more characters of the name on its line (`de acceso`, ` API (Kakao)`, `_API_KUNJI`), the
// separator (":", full-width "：", "=", "→", "-", a table's "|" or "||", maybe past a cell that
// names the setting), maybe a quote (locale quotes too), the value.
const INTL_LABEL = new RegExp(
  `((?:${intlAlternation(INTL_WORDS)})(?:[^\\n\\r:：=→"'\`]|'(?=\\p{L})){0,40}?)(?:\\*\\*)?["'\`]?[ \\t\\u3000\\u00a0]{0,4}(?:[:：=→]|-(?=[ \\t])|(?<=["'])[ \\t]{0,4},|(?<=["'])[^<>\\n]{0,64}>|(?<=")\\r?\\nmsgstr(?=[ \\t])|\\|\\|?(?:[ \\t]{0,4}[A-Za-z0-9_.-]{2,64}[ \\t]{0,4}\\|\\|?)?)[ \\t\\u3000\\u00a0]{0,8}(\\*\\*|\`|["'«„“「『‘]|<code>)?([A-Za-z0-9+/_~!@#$%^&*=.()-]{8,256}?)(?:\\*\\*|\`|["'»“”」』’]|<\\/code>)?(?=[.,;)]?(?:\\s|$)|["'»“”」』’<]|\\*\\*|\`)`,
  'iu',
);
const INTL_WORD_CHAR = /[\p{L}\p{N}]/u;
// Scripts written without spaces between words (or compounding without them): a word there may follow another's letters (데이터베이스비밀번호, 数据库密码).
const INTL_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u;
const INTL_CAMEL = /^\p{Ll}\p{Lu}$/u;
const INTL_PASSWORD = new RegExp(`^(?:${intlAlternation(INTL_PASSWORD_WORDS)})`, 'iu');
const INTL_SECRET_OR_TOKEN = new RegExp(`${intlAlternation([...INTL_SECRET_WORDS, ...INTL_TOKEN_WORDS])}|secret|token`, 'iu');
const INTL_KEY_QUALIFIER = /api|secret|private|priv|acce[sc]|zugang|tajn|gizli|rahasia|geheim|sekret|segret|secre|sodi|gupt|b[ií][ _]?m[ậa]t|秘|シークレット|시크릿|비밀|секрет|доступ|アクセス|접근/iu;

/**
 * Whether a label's separator follows the keyword hit at `at` within the label's 40 characters
 * and a few more on its line: ":", "：", "=", "→", " - ", a quote and ",", a start tag's ">", or
 * the line's closing quote before a gettext `msgstr`.
 */
function intlSeparatorFollows(text: string, at: number): boolean {
  // The word's left fence (the pattern, anchored at the hit, cannot look before it): no letter or
  // digit before it, but at a camel-case boundary (`iyzicoMiYao`) or in a script written without spaces.
  if (at > 0 && INTL_WORD_CHAR.test(text.charAt(at - 1)) && !INTL_CAMEL.test(text.slice(at - 1, at + 1)) && !INTL_UNSPACED.test(text.charAt(at))) return false;
  const stop = Math.min(text.length, at + 64);
  for (let i = at; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return text.startsWith(c === 10 ? 'msgstr' : '\nmsgstr', i + 1);
    if (c === Char.Colon || c === 0xff1a || c === Char.Equals || c === 0x2192 || c === 62 /* > */ || c === 124 /* | */) return true;
    if (c === Char.Comma && isQuoteChar(text.charCodeAt(i - 1))) return true;
    if (c === 45 /* - */ && (text.charCodeAt(i + 1) === Char.Space || text.charCodeAt(i + 1) === Char.Tab)) return true;
  }
  return false;
}

const CALL_SHAPE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\([^()]*\)$/;
const INTL_WORD_START = new RegExp(`^(?:${intlAlternation(INTL_WORDS)})`, 'iu');
// A word of two or more written as one name (`MiYao`, `KataSandi`) may change case inside.
const INTL_JOINED = new Set(INTL_WORDS.filter((w) => w.includes(' ')).map((w) => w.replace(/ /g, '')));

/**
 * Whether the word `label` starts with is the word, not an English name's start: `secretAccessKey`,
 * `secretEnv` start with "secreta" and "secrete" but turn to a capital inside them.
 */
function wholeIntlWord(label: string): boolean {
  const word = INTL_WORD_START.exec(label)?.[0] ?? '';
  return !/\p{Ll}\p{Lu}/u.test(word) || INTL_JOINED.has(word.toLowerCase().replace(/[ _.-]/g, ''));
}

/** The name part `label` (its word first; `before` it, up to 24 characters of its line) and the value, judged as the word says. */
function judgeIntlLabel(before: string, label: string, value: string): boolean {
  if (INTL_PASSWORD.test(label)) return value.length >= 8 && isPasswordValue(value);
  // A key's word alone is any map's key (`clave`, `chave`, `chiave`): only an API's or a secret's
  // key (`API-sleutel`, `kakao_api_kunji`, `IYZICO_KHOA_BI_MAT`).
  if (!INTL_SECRET_OR_TOKEN.test(label) && !INTL_KEY_QUALIFIER.test(before + label)) return false;
  return value.length >= 16 && (looksLikeSecretValue(value, true) || UUID.test(value) || (/^[0-9a-f]{32,}$/i.test(value) && shannonEntropy(value) >= 3));
}

// A credential in a URL's query string (`?api_key=…`, `&access_token=…`, `;token=…`). The name is
// judged by core's query judge (isSecretQueryParam, which redact's masking uses too), the value
// as any generic value; it ends where a URL's value does (& # quote space).
const QUERY_VALUE = '[A-Za-z0-9._~+/%-]';
// JSON encoders that escape "&" (Go's, HAR files, Terraform state) write it as \u0026. A form's
// body opens with its first parameter, no "?" before it: a quoted argument or value whose first
// parameter "&" ends (curl's `-d 'client_secret=…&client_id=…'`, `data="api_key=…&q=…"`).
// (A form's field may be named in brackets, as Rails and PHP nest them: `user[password]=…`; from a
// blind grading of EV charging, a login form's body in HAR files and scripts.)
const QUERY_PARAM = new RegExp(`(?:[?&;#\\t]|\\\\u0026|(?<=[ \\t=]["'])(?=[A-Za-z0-9_.-]{1,64}(?:\\[[A-Za-z0-9_.-]{1,64}\\]){0,3}=${QUERY_VALUE}{8,${MAX_VALUE}}={0,2}&))([A-Za-z0-9_.-]{1,64}(?:\\[[A-Za-z0-9_.-]{1,64}\\]){0,3})=(${QUERY_VALUE}{8,${MAX_VALUE}}={0,2})(?![A-Za-z0-9._~+/%=-])`);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$]*$/;
// A query string or path parameters, not one value: a parameter after ? # & ; anywhere, a
// Hive-style path segment (`year=2024/`), or a leading name that reads as a word (lower case,
// UPPER_SNAKE or CamelCase: `access_token=…`), so random material with "=" inside still counts.
const QUERY_LIKE = /[?#&;][A-Za-z_][A-Za-z0-9_.-]{0,63}=|(?:^|\/)[a-z_]{2,63}=[^/=]*\/|^(?:[a-z_][a-z_.-]{2,63}|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Za-z][a-z]+(?:[A-Z][a-z]+){1,7})=(?!=*$)/;
const QUERY_PAIRS = /(?:^|[?#&;])[A-Za-z_][A-Za-z0-9_.-]{0,63}=[^&;=]*[&;][A-Za-z_][A-Za-z0-9_.-]{0,63}=/;
// "this.config.token", "my-secret-name", "v2.api-key1": segments of letters with at most a
// trailing number. Random material puts digits inside its segments.
const DOTTED_WORDS = /^[A-Za-z_$]+\d*(?:[.-][A-Za-z_$]+\d*)+$/;
// A property path: lower-case words and indexes joined by dots (`body.0.body.1.argument.callee`
// in Babel's generated helpers).
const PROPERTY_PATH = /^[a-z_$]+(?:\.(?:[a-z_$]+|\d{1,4})){2,}$/;
// A generated memorable passphrase (a password manager's or a router's): three or more words of
// three or more letters joined by "-" or ".", and a digit (`attic-tiger-maple42`,
// `hazel-drift-7-orbit`, a router's three words and one digit): under a password's name, no
// setting's name reads so.
const MEMORABLE_PASSPHRASE = /^(?=.*\d)[a-z]{3,12}\d{0,4}(?:[-.](?:[a-z]{3,12}\d{0,4}|\d{1,4})){2,7}$/;
// The same words joined by a mix of ".", "_" and "-" (`cobalt.pepper_cobalt6`, `mango_pepper-cobalt8`):
// two kinds of separator are no identifier's (from a blind grading of conversational AI: 12 missed).
const MIXED_PASSPHRASE = /^(?=.*\d)(?=[^_]*_)(?=[^.-]*[.-])[a-z]{3,12}(?:[-._][a-z]{3,12}){2,5}\d{1,4}$/;
// The same joined by "_", four words or more and the digits at the end (`lemon_blossom_badger_harbor37`):
// from a blind grading of backup tools, restic, borg, kopia and MinIO passphrases read so.
// (Three words too, none a word programs name things with: `vesper_quartz_prairie75`, from a blind
// grading of network monitoring, 46 missed under Grafana's, Ansible's and MySQL's password names.)
const SNAKE_PASSPHRASE = /^[a-z]{3,12}(?:_[a-z]{3,12}){2,7}\d{1,4}$/;
// Two words joined by "." or "-", then "_" and three to six digits (`falcon.saffron_138483`,
// `velvet-quartz_380700`): from blind gradings of ERP integrations and database clients, where
// such passwords were missed under password names three times in ten. Three to five words, two
// digits or more (`roof-kettle-inverter_47`, an MQTT password in a blind grading of EV charging).
const TWO_WORDS_NUMBER = /^[a-z]{3,12}[.-][a-z]{3,12}_\d{3,6}$|^[a-z]{3,12}(?:([.-])[a-z]{3,12}){2,4}_\d{2,6}$/;
// Letters (four or more) and digits, eight or nine in all; a capitalised word, "_" and two to four digits; or
// two or three capitalised words and one to four digits (`RodeoHarbor20`, `CopperLake7`, `LynxOtter_2016`:
// an RCON password in a blind grading of game servers).
const HUMAN_ALNUM = /^(?=(?:[0-9]*[A-Za-z]){4})(?=[A-Za-z]*[0-9])[A-Za-z0-9]{8,9}$|^[A-Z][a-z]{3,15}_[0-9]{2,4}$|^[A-Z][a-z]{2,10}[A-Z][a-z]{2,10}(?:[A-Z][a-z]{2,10})?[_.-]?[0-9]{1,4}$/;
// The shapes people's passwords take that read as neither a name nor a default (from a blind grading
// of on-premises administration: 118 of 927 passwords were missed, most of them these):
// a capitalised word and a year (`Harbor2019`, `Orchard_2021$`); a month or season and a year, six
// characters or more (`Fall21`, `March2012?`, `Sept-2023!`, the passwords every domain audit finds);
// pwgen's pronounceable letters with a digit every syllable or two (`Bo3ut7ai9e`).
const WORD_YEAR = /^[A-Z][a-z]{2,15}[_.-]?(?:19|20)[0-9]{2}[!?.#$%&*@+=^~]{0,2}$/;
// A word and two to five digits, eight characters or more (`walnut4417`, `Ivy02151`): a password manager's
// exports and Wi-Fi settings hold thousands (from a blind grading of password managers: 9 such missed).
// (A sign may end it: `Heron3666_`, `Saffron9997!`; from a blind grading of healthcare clearinghouses.)
const WORD_DIGITS = /^(?=.{8,17}$)[A-Za-z][a-z]{2,11}[0-9]{2,5}[_!.?#$%&*@]?$/;
const MONTH_YEAR = /^(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Fall|Autumn|Winter)[_.-]?(?:19|20)?[0-9]{2}[!?.#$%&*@+=^~]{0,2}$/i;
const PRONOUNCEABLE = /^(?=.{9,20}$)[A-Za-z][a-z]{1,3}(?:[0-9][a-z]{1,3}){2,}[0-9]?$/;
// Consonant and vowel in turn, four times or more, then a digit and one to three letters
// (`Bomokijeki7mj`), and a word, digits and a word (`Summit9418summit`): generated and chosen
// passwords of hosting panels and phones (from a blind grading of hosting and ISP tooling).
const SYLLABLES_TAIL = /^(?=.{10,20}$)[A-Za-z](?:[aeiou][b-df-hj-np-tv-z]){3,}[aeiou][0-9][a-z]{1,3}$/;
const WORD_DIGITS_WORD = /^(?=.{10,24}$)[A-Za-z][a-z]{2,11}[0-9]{2,5}[A-Za-z][a-z]{2,11}$/;
// A mainframe's password: eight to ten upper-case letters, digits and its national characters
// (# @ $), a digit among them (RACF folds passwords to upper case). From a blind grading of legacy
// and mainframe artefacts: 32 such passwords under `password=`, `PWD=` and `pw =` were missed.
const MAINFRAME_PASSWORD = /^(?=[A-Z0-9#@$]*[0-9])(?=(?:[0-9#@$]*[A-Z]){3})[A-Z0-9#@$]{8,10}$/;
// Four or more lower-case words joined by one separator (`thistle.willow.raven.onyx`), none of them
// a word programs name things with: a passphrase a generator or a person made. From a blind grading
// of provisioning files: 36 of 73 such passwords missed.
const LOWER_WORDS = /^[a-z]{3,10}([._-])[a-z]{3,10}(?:\1[a-z]{3,10}){2,5}$/;
const NAMING_WORD = /(?:^|[._-])(?:db|app|api|user|users|admin|config|conf|key|keys|token|tokens|pass|pwd|env|prod|dev|test|tests|stage|staging|local|name|value|url|host|port|server|client|service|svc|var|vars|default|secret|secrets|password|root|data|file|files|path|dir|home|new|old|tmp|temp|main|master|backup|read|write|only|access|auth|login|cred|creds|ssh|ldap|sql|mysql|postgres|redis|mongo|vault|aws|azure|gcp|kube|helm|chart|release|version|build|deploy|get|set|from|for|the|and|with|feature|flag|mode|enabled|disabled|true|false|max|min|size|count|timeout|retry|level|log|logs|debug|info|error|warn|cache|queue|topic|bucket|table|index|schema|field|type|class|method|func|handler|event|message|request|response|header|body|param|query|route|view|page|form|button|label|text|title|status|state|store|model|item|list|map|spring|datasource|hikari|mail|smtp|web|http|https|com|org|net|www|io|internal|cluster|node|pod|namespace|region|zone|account|project|team|group|role|policy|rule|job|task|step|image|container|docker|git|repo|branch|src|lib|bin|etc|opt|usr|share|yaml|json|xml|txt|md)(?=[._-]|$)/;
// Three to five words joined by one separator, some capitalised and some not, a year or digits and a
// sign at the end or none (`cobalt_Heron_maple`, `Tulip.river.Otter`, `Maple+lynx+Comet40`); with
// "_" or "+" every word may be capitalised (`Harbor_Violet_Quartz`), with "." or "-" they must mix
// (`App.Config.Value` and `feature-flag-name` are names). From the same grading: 22 such passwords.
const JOINED_WORDS = /^([A-Za-z][a-z]{2,11})([_+.-])[A-Za-z][a-z]{2,11}(?:\2[A-Za-z][a-z]{2,11}){1,3}[0-9]{0,4}[!?.#$%&*@^~]?$/;
// Three to five words and spaces, then digits and perhaps a sign (`Copper lantern ridge 42!`): a
// passphrase; a sentence does not end in a number under a password's name.
const SPACED_PASSPHRASE = /^[A-Za-z][a-z]{2,11}(?: [a-z]{3,12}){2,4} [0-9]{1,4}[!?.#$%&*@]?$/;
// The words of an instruction or a note (`see the wiki page 12`, `must have at least 8`): not a passphrase.
const PROSE_WORD = /(?:^| )(?:the|and|for|your|you|our|see|use|with|from|this|that|must|least|more|than|characters|chars|length|page|step|line|section|enter|here|there|will|set|not|are|was|has|have|after|before|every|each|days|hours|minutes|times|version|build|release|issue|ticket|sprint|chapter|room|floor)(?= |$)/i;

/** Whether `value` reads as a passphrase of joined words (JOINED_WORDS) a person chose rather than a name. */
function joinedWordsPassword(value: string): boolean {
  const m = JOINED_WORDS.exec(value);
  if (!m) return false;
  const separator = m[2] ?? '_';
  if (separator === '+') return true;
  const words = value.split(separator).map((w) => w.replace(/[^A-Za-z]+$/, ''));
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  if (capitalised === 0) return false;
  return separator === '_' || capitalised < words.length;
}
// A leading "/" is a path when more of one follows ("/usr/local", "/app.env") or it is one lower-case
// word ("/healthz"); base64 key material starts with "/" too (an AWS secret key 1 time in 64).
const PATH_OR_URL = /^(?:[.~]|\/(?=.*[/.])|\/[a-z0-9_-]*$|[A-Za-z][A-Za-z0-9+.-]*:\/\/)/;
// Key material in base64 that starts with "/" and holds another (a Rails or Plausible
// SECRET_KEY_BASE): 40 characters or more of the alphabet alone, both cases and a digit.
const SLASHED_BASE64 = /^\/(?=[A-Za-z0-9+/]{39,}={0,2}$)(?=.*[A-Z])(?=.*[a-z])(?=.*\d)/;
// Stripe's publishable and Mapbox's public keys, PostHog's project key (phc_, sent by every page).
// Supabase's publishable keys (`sb_publishable_`, safe in a browser as its docs say) are too.
// Datadog's browser client tokens (`pub` and 32 hex) are public too, and a New Relic browser key
// (NRJS-) under a generic name (its vendor rule judges it where it stands).
// Mobile SDKs' keys, shipped in every app as their vendors document: RevenueCat's public app keys
// (appl_, goog_, amzn_), Branch's key (key_live_, key_test_; its secret is secret_live_),
// LaunchDarkly's mobile key (mob-), Intercom's (ios_sdk-, android_sdk-), New Relic's mobile app
// token (…-NRMA), Razorpay's key id (rzp_live_ + 14: its secret is separate), Adyen's client key
// (live_ or test_ + 32 upper-case letters and digits, for Adyen's web drop-in), Toss Payments'
// client key (live_ck_, test_ck_), Midtrans' client key (Mid-client-), Worldpay's client key
// (L_C_ or T_C_ and a UUID), Pagar.me's encryption key (ek_live_), and a card token (tok_ + 24:
// a PCI vault's stand-in for a card, made with the publishable key); a Google OAuth client id
// (`…-….apps.googleusercontent.com`, python-social-auth's SOCIAL_AUTH_GOOGLE_OAUTH2_KEY), and
// Statsig's client SDK key (`client-…`; its server key is `secret-…`), Toss Payments' client keys (`test_ck_`,
// `live_gck_`: its secret keys are `_sk_`), a DingTalk app's AppKey (`ding…`, its OAuth client id) and IEX Cloud's
// publishable tokens (`pk_`/`Tpk_` and 32 hex; its secret ones are `sk_`), and Mono's public keys (`live_pk_`,
// `test_pk_`), which start its Connect widget in the browser (from a blind grading of open banking: 15 false positives),
// and Liveblocks' public keys (`pk_prod_`, `pk_dev_`; its secret keys are `sk_`), and a Login with Amazon
// client id (`amzn1.application-oa2-client.` and 32 hex: its secret is `amzn1.oa2-cs.v1.`), Paddle.js's
// client-side tokens (`live_`/`test_` and 27 hex, safe in a page by Paddle's docs) and RevenueCat's Stripe
// and web billing public keys (`strp_`, `rcb_`).
const PUBLIC_KEY = /^(?:\d{6,20}-[a-z0-9]{32}\.apps\.googleusercontent\.com$|client-[A-Za-z0-9]{30,50}$|rzp_(?:live|test)_[A-Za-z0-9]{14}$|(?:live|test)_[A-Z0-9]{32}$|(?:live|test)_ck_[A-Za-z0-9]{16,40}$|(?:SB-)?Mid-client-|[LT]_C_[0-9a-f]{8}-|ek_(?:live|test)_[A-Za-z0-9]{20,40}$|tok_[A-Za-z0-9]{24}$|pk_(?:live|test)_|sb_publishable_|pk\.eyJ|pk\.|phc_|NRJS-|pub[0-9a-f]{32}$|(?:sub|pub)-c-[0-9a-f]{8}-|(?:appl|goog|amzn)_[A-Za-z0-9]{20,40}$|key_(?:live|test)_[A-Za-z0-9]{20,40}$|mob-[0-9a-f]{8}-|(?:ios|android)_sdk-[0-9a-f]{20,64}$|AA[0-9a-f]{30,50}-NRMA$|(?:test|live)_g?ck_[A-Za-z0-9]{16,40}$|ding[a-z0-9]{14,20}$|T?pk_[0-9a-f]{32}$|3MVG[A-Za-z0-9._]{70,90}$|(?:live|test)_pk_[A-Za-z0-9]{16,40}$|pk_(?:prod|dev)_[A-Za-z0-9_-]{64}$|amzn1\.application-oa2-client\.[0-9a-f]{32}$|(?:live|test)_[0-9a-f]{27}$|(?:strp|rcb)_[A-Za-z0-9]{20,40}$)/;
// A public key's DER SubjectPublicKeyInfo in base64: RSA of any size (a Chrome extension's
// manifest "key", a JWT verifier's), EC P-256/P-384 and Ed25519. A private key's PKCS#8 differs
// (a version number, then an OCTET STRING where this has a BIT STRING).
const SPKI = /^(?:MI[A-Za-z0-9+/]{2,4}ANBgkqhkiG9w0BAQEFAAO|MIGfMA0GCSqGSIb3DQEBAQUAA4|M[FH][A-Za-z0-9+/]wE[Aw]YHKoZIzj0CAQ|MCowBQYDK2VwAyEA)/;
/** Whether `value` is a key its vendor publishes by design (Stripe's `pk_live_…`, Mapbox's `pk.…`, PostHog's `phc_…`), or a public key. */
export function isPublishableKey(value: string): boolean {
  return PUBLIC_KEY.test(value) || SPKI.test(value);
}

// Words joined by "/" or "\\" (a Windows registry or file path: HARDWARE\\DESCRIPTION\\System),
// or a relative file path with an extension (`certs/client.p12`, `config/keys/dev.pem`).
const WORDY_PATH = /^[A-Za-z@._-]+(?:[/\\][A-Za-z@._-]+)+$|^(?:[\w.-]+[/\\])+[\w-]+\.[A-Za-z][A-Za-z0-9]{0,4}$/;
// A constant's or variable's name, digits and all (TEST_ENCRYPTION_KEY1, enc_key_sha256): words
// of one case joined by "_", a vendor's digits first (2fa_token, 8X8_SECRET), an "=" after one
// that has no value yet. Random material runs longer than a word between its separators.
const SNAKE_NAME = /^(?:[0-9]{0,3}[A-Z][A-Z0-9]{0,15}(?:_[A-Z][A-Z0-9]{0,15})+|[0-9]{0,3}[a-z][a-z0-9]{0,15}(?:_[a-z][a-z0-9]{0,15})+)=?$/;
// A regular expression (a password policy's pattern): lookaheads, groups, classes, anchors.
const REGEX_LIKE = /\(\?[:=!<]|\\[dwsbDWS]|^\^.*\$$|\[[^\]\s]{1,64}\](?:\{\d{1,4}(?:,\d{0,4})?\}|[*+?])/;
// One segment of a JWT (its header or claims, base64url JSON with no signature): no credential.
const JWT_SEGMENT = /^eyJ[A-Za-z0-9_-]*\.?$/;

/**
 * JWT_SEGMENT whose text decodes to JSON's printable characters (its first 48 characters read): a
 * random token that happens to open with `eyJ` (3Commas' signal-bot secret, 200 characters of
 * base64url) decodes to bytes no JSON holds. (From a blind grading of trading bots: 8 missed.)
 */
function jwtSegment(value: string): boolean {
  if (!JWT_SEGMENT.test(value)) return false;
  const head = value.slice(0, 48).replace(/\.$/, '');
  let decoded: string;
  try {
    decoded = atob(head.slice(0, head.length - (head.length % 4)).replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return true;
  }
  return /^[\x20-\x7e\t\r\n]*$/.test(decoded);
}

// 12-64 letters: under a secret's name, random mixed case is a key (a Papertrail token) or a
// generated password (twelve letters, case mixed at random); identifiers in camelCase capitalise one letter in five or fewer.
const RANDOM_LETTERS = /^[A-Za-z]{12,64}$/;
// From 20 characters: Pusher's app secret is 20 hex.
const HEX_KEY = /^(?:[0-9a-f]{20,128}|[0-9A-F]{20,128})$/;
const SHORT_HEX_KEY = /^(?:[0-9a-f]{12,19}|[0-9A-F]{12,19})$/;
const LOWER_STORE_PATH = /^[a-z0-9_-]+(?:\/[a-z0-9_.-]+){2,8}(?::[a-z0-9_]+)?$/;

// A placeholder written in camelCase (`EAAMYourPageAccessToken`) names what it stands for.
const WORDS_IN_LETTERS = /your|token|access|secret|key|page|pass|example|sample|test|demo|value|here|api/i;

/**
 * Whether between 30% and 70% of a value's letters are capitals and the case changes at least
 * once every three letters (random letters: every other one; camelCase: once a word, twice).
 */
function mixedCase(value: string): boolean {
  let upper = 0;
  let changes = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const isUpper = c >= 65 && c <= 90;
    if (isUpper) upper++;
    if (i > 0) {
      const p = value.charCodeAt(i - 1);
      if (isUpper !== (p >= 65 && p <= 90)) changes++;
    }
  }
  return upper >= value.length * 0.3 && upper <= value.length * 0.7 && changes * 3 >= value.length;
}

/** A value that looks like random key material rather than a word, identifier or path (`hexFloor`: hex may measure down to 3 bits a character). */
/**
 * Whether a part of a dotted or dashed value (split at "." and "-") is key material, not a word: 20
 * characters or more of both cases and digits, spread as random material is (an API key after a
 * name, `oh.grafana.<random>`, `<name>-<random>`), not camel-case words (three capitalised words
 * of four letters or more: a class name such as `AbstractSingletonProxyFactoryBean2`).
 */
function hasRandomPart(value: string): boolean {
  for (const part of value.split(/[.-]/)) {
    if (part.length < 20 || !/[0-9]/.test(part) || !/[A-Z]/.test(part) || !/[a-z]/.test(part)) continue;
    // (Random parts of 20-24 characters measure below 4 bits one time in three to twenty: the
    // floor follows the length, as in looksLikeSecretValue. Cloudinary's `…WaG1-Eh21`.)
    if ((part.match(/[A-Z][a-z]{3,}/g) ?? []).length < 3 && shannonEntropy(part) >= Math.min(4, Math.log2(part.length) - 0.55)) return true;
  }
  return false;
}

export function looksLikeSecretValue(value: string, strict: boolean, hexFloor = true): boolean {
  const minLength = strict ? 20 : 10;
  // A short value cannot measure much: n characters give at most log2(n) bits a character (3.32
  // for 10), so the floor is below that where it would ask for every character distinct (a
  // generated 10-character password repeats one or two: 2.9-3.1 bits). Only for mixed case: a
  // hand-typed example in a docstring (keyboard letters and digits) is lower case and digits.
  const minEntropy = strict ? 3.8 : /[A-Z]/.test(value) && /[a-z]/.test(value) ? Math.min(3.2, Math.log2(value.length) - 0.45) : 3.2;
  if (value.length < minLength || /\s/.test(value)) return false;
  // Letters alone, short of key length, are a word for the strict judge (checked first: a line
  // of `;AccountKey=DefaultEndpointsProtocol` spam asks this thousands of times).
  if (strict && value.length < 32 && IDENTIFIER.test(value)) return false;
  if (SNAKE_NAME.test(value) || REGEX_LIKE.test(value) || jwtSegment(value)) return false;
  // The same placeholder judgement as every detector finding (abc123, example, runs …), and for
  // base64 of such text too (a Kubernetes Secret's `data:` holding `changeme`).
  if (isPlaceholder(value) || HASH_OR_CIPHER.test(value) || base64OfNoSecret(value)) return false;
  // Letters only is an identifier, unless it is long, mixed-case and as random as key material
  // (32 random letters: entropy ~4.5-4.7 bits; camelCase names of that length: 3.9-4.3).
  const randomLetters = !strict && RANDOM_LETTERS.test(value) && !WORDS_IN_LETTERS.test(value) && mixedCase(value) && shannonEntropy(value) >= Math.min(3.7, Math.log2(value.length) - 0.4);
  if (IDENTIFIER.test(value) && !randomLetters && !(value.length >= 32 && /[A-Z]/.test(value) && /[a-z]/.test(value) && shannonEntropy(value) >= 4.45)) return false;
  if ((DOTTED_WORDS.test(value) && !hasRandomPart(value)) || (PATH_OR_URL.test(value) && !SLASHED_BASE64.test(value)) || WORDY_PATH.test(value) || PROPERTY_PATH.test(value)) return false;
  // A secret store's path in lower case, maybe with its field (`hr/data/workday:refresh_token` in an
  // Ansible hashi_vault lookup): where the value is, not the value.
  if (LOWER_STORE_PATH.test(value)) return false;
  // A module path and a class (`oauth2client_4_0.client.OAuth2Credentials` in a type annotation):
  // dotted identifiers, one of them a lower-case word. A token split by dots has no such part.
  if (QUALIFIED_NAME.test(value) && LOWER_WORD_PART.test(value) && !hasRandomPart(value)) return false;
  // Client-side keys that vendors publish by design (Stripe publishable, Mapbox public).
  if (isPublishableKey(value)) return false;
  // A vendor prefix with a stub body ("secret_abc12"): truncated or a placeholder.
  if (/^[A-Za-z]{2,12}[_-][A-Za-z0-9]{0,7}$/.test(value)) return false;
  // A resource's id, an abbreviation and 16 hex digits (Vantage's `wrkspc_…`, `rprt_…`, `usr_…`, which
  // its API and Terraform provider call tokens: `workspace_token`; from a blind grading of FinOps
  // tools, 21 false positives). 64 bits under a short word is no key a vendor issues.
  if (/^[a-z]{2,12}_[0-9a-f]{16}$/.test(value)) return false;
  // A bare number or a version string.
  if (/^[0-9.+-]+$/.test(value)) return false;
  // A query string or a `name=value` pair (a word, then "="): parameters, not one secret. Random
  // material may hold "=" too, after characters that are no word ("…g9l3=y16…").
  if (QUERY_LIKE.test(value)) return false;
  // Words and paths ("@scope/pkg/featuresKey", "my-secret-name"): random key material of this
  // length almost always holds a digit, or is long and mixed-case.
  if (!/[0-9]/.test(value) && !randomLetters && (value.length < 32 || !/[A-Z]/.test(value) || !/[a-z]/.test(value))) return false;
  // Random hex has at most 4 bits a character and 40 of them measure 3.6-3.9: the floor for
  // other alphabets would drop half of all hex keys (a Datadog app key, a machineKey).
  // (Twenty to 23 digits measure lower: 3% of random 20-digit hex falls under 3 bits, a Pusher
  // secret in every thirty; 2.75 keeps all but ~0.2% of them. From a blind grading of extensions.)
  if (hexFloor && HEX_KEY.test(value)) return shannonEntropy(value) >= (value.length < 24 ? 2.75 : 3);
  // Short hex (Frappe's 15-digit api_secret, Mailtrap's 14-digit passwords) measures lower still:
  // half of random 15-digit hex falls under 3.2 bits. Digits and letters both, seven distinct.
  if (hexFloor && SHORT_HEX_KEY.test(value)) return /[0-9]/.test(value) && /[a-fA-F]/.test(value) && new Set(value).size >= 7 && shannonEntropy(value) >= 2.5;
  return shannonEntropy(value) >= minEntropy;
}

// What stands under a password's name and is not a password: a reference to one elsewhere
// (`env:DB_PASSWORD`, `vault:secret/db#pw`, `op://…`, `secretKeyRef:`), an encrypted or hashed
// value (Jasypt's ENC(…), Spring Cloud Config's {cipher}, LDAP's {SSHA}, a `sha256:` digest), a
// template slot (`#{…}`, `@…@` Maven filtering, `%(name)s`).
const PASSWORD_REFERENCE = /^(?:(?:env|vault|file|secrets?|ssm|sm|op|kms|arn|ref|keyvault|akv|awssm|gcpsm|sops|cmd|exec|k8s|secretkeyref|sha\d*|md5|bcrypt|scrypt|argon2\w*|pbkdf2\w*)[:$(]|ENC\(|DEC\(|\{(?!noop\})[A-Za-z0-9-]{2,16}\}|[$%#@]\{|@[A-Za-z_.]+@$|credentialsJSON:)/i;

// A heredoc's opening (`<<~EOS.strip`, `<<-'EOF'`): the value is on the lines after it.
const HEREDOC_OPENER = /^<<[-~]?["']?[A-Za-z_]/;
const PGPASS_LINE = /^[^:\s]+:(?:\d{1,5}|\*):[^:\s]+:[^:\s]+:/;
const PASSWORD_PATH = /^(?:\.{0,2}\/|~\/|[a-z][a-z0-9+.-]*:\/\/)/i;

// Documentation's passwords say what they are: Password01, MySecret!23, example-pw-1, and the
// defaults every list of weak passwords opens with (P@ssw0rd, qwerty, letmein).
const DOCUMENTED_PASSWORD = /passw|p[a@4][s$5]{2}w[o0]rd|secret|example|changeme|qwerty|letmein/i;

// Code on a bare right-hand side (`password = _messages.StringField(3)`, `pw = creds[0]`, a
// type or shorthand property before its comma: `password: BinaryLike,`; names rarely hold digits,
// passwords do), a sentence's last word (`userPassword: UserPassword.`), a timestamp (`"PasswordLastUsed": "2014-04-09T15:43:45Z"`)
// and a passwd-file line's fields after the password (`uid:gid::/home/…`, under a stand-in taken for a name).
const CODE_OR_DATE = /^[A-Za-z_$][\w$.]*(?:\(.*\)|\[.*\])[,;]?$|^[A-Za-z_$][A-Za-z_$.]*[,;.]$|^\d{4}-\d\d-\d\d[T ]\d|^\d{1,6}:\d{1,6}:[^:]*:\/|^\d{1,6}:\d{1,6}::/;

/**
 * A value under a password's name that is a password in use: chosen by a person, so words, digits
 * and any punctuation count (`Summit2024-harbor.XY`, `Wk;oj,21!`), but not a reference, a default,
 * a placeholder, a path or URL, a sentence, a bare word or number.
 */
export function looksLikePassword(value: string): boolean {
  if (value.length >= 6 && value.length <= 24 && MONTH_YEAR.test(value)) return true;
  if (SPACED_PASSPHRASE.test(value)) return !PROSE_WORD.test(value) && !isPlaceholder(value) && !DOCUMENTED_PASSWORD.test(value);
  if (value.length < 8 || /\s/.test(value) || HEREDOC_OPENER.test(value)) return false;
  if (!inUse(value) || PASSWORD_REFERENCE.test(value) || DOCUMENTED_PASSWORD.test(value) || REGEX_LIKE.test(value)) return false;
  // The word for a password in another language: a translation file's label (`"ui.login.password": "Contraseña"`).
  if (INTL_PASSWORD_WORD_SET.has(value.toLowerCase())) return false;
  // A user and a stand-in for the password (`admin:TODO`, `user:none`).
  const colon = value.indexOf(':');
  if (colon > 0 && !inUse(value.slice(colon + 1))) return false;
  // A whole .pgpass line (host:port:database:user:password): the pgpass rule judges its password.
  if (PGPASS_LINE.test(value)) return false;
  if (isPlaceholder(value) || HASH_OR_CIPHER.test(value) || base64OfNoSecret(value)) return false;
  // A leading "." is a person's choice; "./", "../", "~/" and "/" start paths.
  if (PASSWORD_PATH.test(value) || WORDY_PATH.test(value) || CODE_OR_DATE.test(value) || LOWER_STORE_PATH.test(value)) return false;
  const digit = /[0-9]/.test(value);
  const upper = /[A-Z]/.test(value);
  const lower = /[a-z]/.test(value);
  // (A letter outside ASCII is a letter, not a sign: `Observação`, a table's header in Portuguese.)
  const other = /[^\p{L}\p{N}_]/u.test(value);
  // Letters (and digits) joined by "_", "-" or "." in no name's case pattern (`FzSUFm_dHxfQxq`,
  // `ozrPou-LAiteEFYaxZa`): a generator's password, where a name's words run three letters or more
  // (from a blind grading of cloud configs: such passwords without a digit, or with "_" their only
  // sign, were missed under `adminPassword`, `pass_phrase`, `gpg_passphrase`).
  if (upper && lower && value.length >= 12 && /^[A-Za-z0-9]+(?:[_.-][A-Za-z0-9]+)+$/.test(value) && mixedCaseRuns(value)) return shannonEntropy(value) >= 3;
  if (WORD_YEAR.test(value) || PRONOUNCEABLE.test(value) || WORD_DIGITS.test(value)) return !isDefaultWithDigits(value.replace(/[^A-Za-z0-9]+$/, ''));
  if (SYLLABLES_TAIL.test(value)) return true;
  if (WORD_DIGITS_WORD.test(value)) return !isDefaultWithDigits(value.replace(/[A-Za-z]+$/, ''));
  if (MAINFRAME_PASSWORD.test(value)) return !isDefaultWithDigits(value) && new Set(value).size >= 6;
  if (LOWER_WORDS.test(value)) return !NAMING_WORD.test(value) && !isPlaceholder(value.replace(/[._-]/g, ''));
  if (joinedWordsPassword(value)) return true;
  if (TWO_WORDS_NUMBER.test(value)) return !NAMING_WORD.test(value);
  if (MIXED_PASSPHRASE.test(value)) return !NAMING_WORD.test(value);
  // "this.config.password", "auth-password-label": words joined by dots or dashes are names
  // unless they mix digits and both cases as people's passwords do.
  if (DOTTED_WORDS.test(value) && !(digit && upper && lower) && !MEMORABLE_PASSPHRASE.test(value)) return false;
  if (SNAKE_PASSPHRASE.test(value)) return value.split('_').length > 3 || !NAMING_WORD.test(value);
  // Twelve to 31 hex digits in one case, three or more of them letters and three digits: a
  // generated password (`openssl rand -hex 8`), too short for a key's judge (from a blind grading
  // of real-estate integrations: a RETS user-agent password of 16 hex digits was missed).
  if (GENERATED_HEX_PASSWORD.test(value) && (value.match(/[a-fA-F]/g) ?? []).length >= 3 && (value.match(/[0-9]/g) ?? []).length >= 3) return true;
  // Ten to 16 capitals and digits, three of each or more, not hex (USPS Web Tools' `417SS84PG978`):
  // a generated password (from a blind grading of shipping carriers: 9 of 18 missed).
  if (UPPER_DIGIT_PASSWORD.test(value) && !/^[0-9A-F]+$/.test(value)) return shannonEntropy(value) >= 2.8;
  // Ten to 31 lower-case letters and digits, the digits scattered (two runs or more) and no word's
  // run of letters: a generated passphrase (Coinbase Exchange's `4dl11o2zd8`; from a blind grading
  // of trading bots, 19 of 38 missed).
  if (GENERATED_LOWER_PASSWORD.test(value) && (value.match(/[0-9]+/g) ?? []).length >= 2 && (value.match(/[a-z]/g) ?? []).length >= 4 && !/[a-z]{7}/.test(value) && !NAMING_WORD.test(value.replace(/[0-9]+/g, '.'))) return shannonEntropy(value) >= Math.min(3, Math.log2(value.length) - 0.45);
  // Eight or nine letters and digits a person chose (`grace1984`, `Tive1cofe`), or a word, "_" and a
  // year (`Bluepeak_2024`): not a default with digits (`admin123`), not a hex digest's prefix
  // (from a blind grading of email infrastructure: such passwords were missed under `dnpass`,
  // `EMAIL_HOST_PASSWORD`, Haraka's and Dovecot's user files).
  if (HUMAN_ALNUM.test(value)) return !isDefaultWithDigits(value) && !/^[0-9a-f]+$/i.test(value) && !/^[a-z]+(?:[A-Z][a-z]+)+[0-9]*$/.test(value);
  // Letters, digits and "_" alone are judged as any key (looksLikeSecretValue): an identifier
  // (`CLOUDSDK_PROXY_PASSWORD_value`) is no password. Here, punctuation and two more of lower,
  // upper and digit.
  if (!other || Number(digit) + Number(upper) + Number(lower) + Number(other) < 3) return false;
  // Eight or nine characters (a password policy's minimum: a word, two digits and a sign): all four kinds, and
  // at most two characters repeated (from blind gradings of PHP stacks, 13 of 13 such missed, and of
  // on-premises administration, where a name and a year repeat one: `Nadia1991!`).
  if (value.length < 10) return digit && upper && lower && new Set(value).size >= value.length - 2;
  // A word, a year and punctuation (`Coffee!2022?`) repeats letters and digits: seven or more
  // distinct characters count where the entropy falls short (from a blind grading: 4% of such
  // passwords under `password:` were missed).
  const entropy = shannonEntropy(value);
  return entropy >= 3 || (entropy >= 2.5 && new Set(value).size >= 7);
}

const GENERATED_HEX_PASSWORD = /^(?:[0-9a-f]{12,31}|[0-9A-F]{12,31})$/;
const GENERATED_LOWER_PASSWORD = /^[a-z0-9]{10,31}$/;
const UPPER_DIGIT_PASSWORD = /^(?=(?:[A-Z]*[0-9]){3})(?=(?:[0-9]*[A-Z]){3})[A-Z0-9]{10,16}$/;

/**
 * Whether `value`'s letters fall into runs no name's words make: split as camel case and acronyms
 * are (`Fz`, `SU`, `Fm`, `d`, `Hxf`), three or more runs of one or two letters, at least two in five.
 */
function mixedCaseRuns(value: string): boolean {
  const runs = value.match(/[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+/g) ?? [];
  let short = 0;
  for (const run of runs) if (run.length <= 2) short++;
  return short >= 3 && short * 5 >= runs.length * 2;
}

/** A literal password a rule found in use (not a reference, stand-in or default) that reads as one (isPasswordValue). */
export function isUsablePassword(value: string): boolean {
  return inUse(value) && isPasswordValue(value);
}

/** A value where a password goes that is one: a person's (looksLikePassword) or a machine's (random letters and digits). */
export function isPasswordValue(value: string): boolean {
  return !DOCUMENTED_PASSWORD.test(value) && (looksLikePassword(value) || looksLikeSecretValue(value, false));
}

// A one-way hash of a password (crypt(3)'s $2b$, $argon2id$, $6$, Apache's $apr1$ …; "\$" in a
// Kotlin string; PostgreSQL's stored md5… and SCRAM-SHA-256$… verifiers) or a value encrypted
// for the repository or a service (SOPS ENC[…], Spring Cloud Config {cipher}, Jasypt ENC(…), a
// Fernet token (`gAAAAA…`: Airflow's encrypted connection passwords and variables), phpass's
// portable hashes (`$P$…` in a WordPress or phpBB users table, Drupal 7's `$S$…`), a Windows
// DPAPI blob (NuGet.config's encrypted `Password`), Tomcat's salted digest (`<hex>$<rounds>$<hex>`), a
// Jenkins secret {AQAAABAAAA…}, an AWS KMS ciphertext blob AQICAH…, a Bitnami SealedSecret's
// `encryptedData` value: "Ag" (a 2-byte length, 0x02…) and the RSA-sealed session key, 300+
// characters), a dotenvx value (`encrypted:` and base64, made to be committed): what it protects
// is not in the text. Magento's admin password hashes (`<hash>:<salt>:<version>`), MuleSoft's secure properties (`![…]`, encrypted with a key given at deploy time) and
// Bitwarden's EncString (`2.<iv>|<ciphertext>|<mac>`: an encrypted export's fields) too,
// GeoServer's salted digest (`digest1:…` in users.xml) and GRUB's PBKDF2 hash (`grub.pbkdf2.sha512.…`
// after a kickstart's `bootloader --iscrypted --password=`).
// (And a public key pin, `sha256/<base64>`: an app's certificate pinning under CertPin or
// CERT_PIN, which names a signing certificate's PIN elsewhere; IIS's `[enc:IISWASOnlyCngProvider:…:enc]`.)
const HASH_OR_CIPHER = /^(?:md5[0-9a-f]{32}$|\[enc:[A-Za-z]{2,40}:|sha(?:1|256|384|512)\/[A-Za-z0-9+/]{27,88}={0,2}$|digest1:[A-Za-z0-9+/]{40}|grub\.pbkdf2\.sha512\.|hmac-sha(?:1|224|256|384|512):|encrypted:[A-Za-z0-9+/]{40}|AQAAANCMnd8BFdERjHoAwE\/Cl\+sBAAAA|[0-9a-f]{40,128}\$\d{1,6}\$[0-9a-f]{16,64}$|\$[PHS]\$[./0-9A-Za-z]{8,}|\$wp\$|SCRAM-SHA-256\$|(?:pbkdf2_sha(?:1|256|512)|bcrypt_sha256|argon2|scrypt)\$|\\?\$(?:2[abxy]?|argon2(?:id|i|d)|[156y7]|apr1|pbkdf2(?:-sha\d+)?|scrypt|sha(?:256|512)?|md5)\\?\$|ENC[[(]|\{cipher\}|\{AQAAABAAAA[A-Za-z0-9+/]{16}|(?:AQICAH|AQEDAH)[A-Za-z0-9+/]{100}|Ag[A-Za-z0-9+/]{300}|gAAAAA[A-Za-z0-9_-]{90,}={0,2}$|!\[[A-Za-z0-9+/]{8,}={0,2}\]$|[0-9a-f]{32,128}:[A-Za-z0-9]{16,64}:[0-9]{1,2}(?:_[0-9]{1,12}){0,3}$|[0-9]\.[A-Za-z0-9+/]{16,64}={0,2}\|[A-Za-z0-9+/]{16,}={0,2}(?:\|[A-Za-z0-9+/]{16,}={0,2})?$)/;

/** A value where only a secret goes (a SIP account's, a phone's provisioning): a person's password in use, or random letters and digits. */
export function isPasswordOrKey(value: string): boolean {
  return isUsablePassword(value) || looksLikeSecretValue(value, false);
}

/** A value in a slot only a password fills (a command's password argument, a proxy's login): a generated password (isSlotPassword) or any isPasswordOrKey takes. */
export function isSlotSecret(value: string): boolean {
  return isSlotPassword(value) || isPasswordOrKey(value);
}

/** Whether `value` is a password hash or a ciphertext (crypt's `$6$…`, bcrypt, Django's `pbkdf2_sha256$…`, `ENC(…)`, `{cipher}…`): what it protects is not in the text. */
export function isHashOrCipher(value: string): boolean {
  return HASH_OR_CIPHER.test(value);
}

/** "…" in UTF-8 as atob returns it, one character a byte: a masked value's ellipsis inside base64. */
export const ATOB_ELLIPSIS = '\u00e2\u0080\u00a6';

const utf8Strict = typeof TextDecoder === 'function' ? new TextDecoder('utf-8', { fatal: true }) : undefined;
const CJK_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/** Whether the bytes of `latin1` (atob's output) are UTF-8 text holding a CJK, Kana or Hangul letter. */
function cjkText(latin1: string): boolean {
  if (utf8Strict === undefined) return false;
  const bytes = new Uint8Array(latin1.length);
  for (let i = 0; i < latin1.length; i++) bytes[i] = latin1.charCodeAt(i);
  try {
    return CJK_LETTER.test(utf8Strict.decode(bytes));
  } catch {
    return false;
  }
}

/**
 * Whether `value` is base64 of printable text that holds no secret (a Kubernetes Secret's `data:`):
 * a placeholder or reference, a default password, a hash, a path, an SSH public key.
 */
// A Sentry DSN: its user part is the project's public key, which Sentry ships to browsers (from a
// blind grading: one base64-encoded under `SENTRY_DSN` in a Kubernetes Secret's data).
const SENTRY_DSN = /^https?:\/\/[0-9a-f]{32}@[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/\d{1,12}$/;

function base64OfNoSecret(value: string): boolean {
  if (value.length > 1024 || value.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(value) || typeof atob !== 'function') return false;
  let text: string;
  try {
    text = atob(value);
  } catch {
    return false;
  }
  // A PEM block whose body is a stand-in (`<your private key here>`, `...`): no key, only its frame.
  const pem = /^-----BEGIN [A-Z0-9 ]{1,64}-----\r?\n([\s\S]*?)\r?\n?-----END [A-Z0-9 ]{1,64}-----\s*$/.exec(text);
  if (pem) {
    const body = (pem[1] as string).replace(/\s+/g, '');
    return body.length < 64 || isPlaceholder(body);
  }
  // A masked value (`ghp_…XXXX`): atob's bytes hold the ellipsis in UTF-8.
  if (text.includes(ATOB_ELLIPSIS)) return true;
  // Words of a language written in CJK or Hangul (`여기에_키`, `你的密钥`, `已脱敏`): a note in
  // someone's language, not key material (from a blind grading of Asian platforms' configs).
  if (!/^[\x20-\x7e]+$/.test(text)) return cjkText(text);
  // inUse: a reference or a default password (changeme, admin, root …); "default" is one here too.
  // Also a reference (`op://…`, `#{ApiKey}#`), a published client key or a URL with no credentials
  // in it (a Kubernetes Secret's `SUPERTOKENS_CONNECTION_URI`).
  // A Basic pair whose password is a stand-in (`username:password`, `admin:changeme` in an .env.example).
  const colon = text.indexOf(':');
  if (colon > 0 && colon < text.length - 1 && /^[\w.@-]{1,64}$/.test(text.slice(0, colon)) && !inUse(text.slice(colon + 1))) return true;
  return isPlaceholder(text) || !inUse(text) || /^default$/i.test(text) || HASH_OR_CIPHER.test(text) || PASSWORD_REFERENCE.test(text) || isPublishableKey(text) || /^[a-z][a-z0-9+.-]{1,15}:\/\/[^\s@:/]+(?::\d{1,5})?(?:\/[^\s@]*)?$/i.test(text) || SENTRY_DSN.test(text) || /^(?:\/[\w.-]+)+\/?$|^(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-\w+|sk-ssh-\S+) /.test(text);
}

/**
 * The generic rule: a secret-named key (api_key, token, secret, password, client_secret …)
 * assigned a high-entropy value. It runs after every provider rule and yields to them.
 */
// '_pat': GITLAB_PAT=… (the key-name judge takes only the upper-case env-var spelling); '_pass',
// '.pass': DB_PASS=…, smtp.pass: … (joined words such as "bypass" are no password's name).
// 'pat' at a key's end before its operator or quote: adoPat = …, "AzureDevopsPat": …, azure-devops-pat: ….
// 'sdk_ak', 'sdksk' …: an access key pair's short names (HUAWEICLOUD_SDK_AK, huaweicloudSdkSk).
const keywords = ['key', 'token', 'secret', 'bearer', 'passw', 'passphrase', 'pass_phrase', 'pass-phrase', 'pwd', 'credential', 'creds', 'cred=', 'cred:', 'cred "', 'cred"', 'cred =', 'auth', '_pat', '-pat', 'pat=', 'pat:', 'pat "', 'pat"', "pat'", 'pat =', '_pass', '.pass', 'pass =', 'pass=', 'pass  ', 'pass[]', 'pass"', "pass'", 'pass:', 'remotepass', 'localpass', 'passcode', '_pw', '.pw', '-pw', 'pw=', 'pw:', 'pw =', 'pw "', 'pw"', 'psk', 'bindpw', 'community:', 'community=', 'snmp_ro_community', 'snmp_rw_community', 'otp_seed', 'otpseed', 'mfa_seed', 'mfaseed', '2fa_seed', 'sdk_ak', 'sdk_sk', 'sdkak', 'sdksk', 'sdk-ak', 'sdk-sk', 'plaintext_value', 'dbroot=', 'pass ', 'pass$', 'pw$', 'pass>', 'pw>', 'app_certificate', 'appcertificate', 'security_salt', 'securitysalt', 'security.salt', 'cipher_salt', 'ciphersalt', 'encryption_salt', 'encryptionsalt', 'encryption.salt', 'requirepass', 'masterauth', 'test_reporter_id', 'testreporterid', 'certpin', 'cert_pin', 'cert-pin', 'certificatepin', 'certificate_pin', 'pfxpin', 'pfx_pin', 'keystorepin', 'keystore_pin', 'trustedid', 'trusted_id', 'trusted-id', 'pepper', 'passwort', 'kennwort', 'senha', 'contrase', 'mot_de_passe', 'motdepasse', 'parol', 'wachtwoord', 'haslo', 'mima', 'salt:', 'salt=', 'salt =', 'salt"', "salt'", 'salt.value', 'op_session_', 'bw_session', 'totp'];
const rotate = {
  url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html',
  how: 'Rotate the credential at its issuer and read it from the environment (via your config module) instead.',
} as const;

const enum Char {
  Tab = 9,
  Space = 32,
  DoubleQuote = 34,
  Quote = 39,
  Comma = 44,
  Colon = 58,
  Equals = 61,
  Bracket = 93,
  Backtick = 96,
}

function isKeyChar(c: number): boolean {
  // A-Z a-z 0-9 _ $ . -
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 36 || c === 46 || c === 45;
}

/** The start of the key run through the keyword hit at `at`, at most 64 characters back (`colon`: XML names). */
function keyStartAt(text: string, at: number, colon = false): number {
  let i = at;
  const limit = Math.max(0, at - 64);
  while (i > limit && (isKeyChar(text.charCodeAt(i - 1)) || (colon && text.charCodeAt(i - 1) === Char.Colon))) i--;
  return i;
}

const isQuoteChar = (c: number): boolean => c === Char.DoubleQuote || c === Char.Quote || c === Char.Backtick;

// What a return type is written with: `str`, `String`, `&'static str`, `[]const u8`.
const RETURN_TYPE_CHAR = /[A-Za-z&'[\] ]/;

/** After FUNCTION_RETURN from the "(" at `i` (`(): str:⏎    return `), or -1. */
function functionReturnEnd(text: string, i: number): number {
  let j = skipBlanks(text, i + 1, 4);
  if (text.startsWith('self', j)) j = skipBlanks(text, j + 4, 4);
  else if (text.startsWith('cls', j)) j = skipBlanks(text, j + 3, 4);
  if (text.charCodeAt(j) !== 41 /* ) */) return -1;
  j = skipBlanks(text, j + 1, 4);
  // A return type (`-> str`, `: string`) up to the block's opening; a ":" that ends the line opens a Python block.
  const arrow = text.startsWith('->', j);
  if (arrow || text.charCodeAt(j) === Char.Colon) {
    const type = skipBlanks(text, j + (arrow ? 2 : 1), 4);
    if (arrow || (text.charCodeAt(type) !== 10 && text.charCodeAt(type) !== 13)) {
      j = type;
      for (const stop = Math.min(text.length, j + 32); j < stop && RETURN_TYPE_CHAR.test(text.charAt(j)); j++);
      j = skipBlanks(text, j, 4);
    }
  }
  const open = text.charCodeAt(j);
  if (open !== Char.Colon && open !== 123 /* { */) return -1;
  j = skipBlanks(text, j + 1, 4);
  if (text.charCodeAt(j) === 13) j++;
  if (text.charCodeAt(j) === 10) j = skipBlanks(text, j + 1, 16);
  return text.startsWith('return', j) && isSpaceChar(text.charCodeAt(j + 6)) ? skipBlanks(text, j + 6, 4) : -1;
}

/** The index just past an assignment operator at `i`, or -1 (a comma only for a call argument). */
function operatorEnd(text: string, i: number, callArgument: boolean): number {
  const c = text.charCodeAt(i);
  const next = text.charCodeAt(i + 1);
  if (c === Char.Colon) {
    // ":", ":=", "::=", ":::="
    let j = i;
    while (j < i + 3 && text.charCodeAt(j) === Char.Colon) j++;
    if (text.charCodeAt(j) === Char.Equals) return j + 1;
    return j === i + 1 ? j : -1;
  }
  if (c === Char.Equals) return next === 62 /* > */ ? i + 2 : i + 1;
  // R's `api_key <- "…"`.
  if (c === 60 /* < */ && next === 45 /* - */) return i + 2;
  if ((c === 63 /* ? */ || c === 46) /* . */ && next === Char.Equals) return i + 2;
  // `||` and `??` (a default), and Ruby's and JavaScript's `||=` / `??=` (an assignment unless set).
  if ((c === 124 /* | */ || c === 63) && next === c) return text.charCodeAt(i + 2) === Char.Equals ? i + 3 : i + 2;
  if (c === 44 /* , */ && callArgument) return i + 1;
  if (c === 123 /* { */) return i + 1;
  if (c === 40 /* ( */) return functionReturnEnd(text, i);
  // Rust's `var("KEY").unwrap_or(…)` (RUST_FALLBACK).
  if (c === 41 /* ) */ && text.startsWith(').unwrap_or', i)) {
    let j = i + 11;
    if (text.startsWith('_else', j)) j += 5;
    if (text.charCodeAt(j) !== 40 /* ( */) return -1;
    j = skipBlanks(text, j + 1, 4);
    if (text.startsWith('|_|', j)) j += 3;
    return j;
  }
  return -1;
}

/**
 * Whether a list's first item was read (`x = ["…", …]`) from a list that is joined into one string
 * (`["wJal…", "K7MD…"].join("/")`, a value built from parts): the item is no value of its own.
 */
function joinedList(m: RegExpExecArray, text: string, at: number): boolean {
  const open = m[0].search(/\[[ \t]{0,4}["'`]/);
  if (open === -1) return false;
  const from = at + open;
  const close = text.indexOf(']', from);
  return close !== -1 && close - from < 1024 && /^\][ \t]*\.join\(/.test(text.slice(close, close + 16));
}

/** Whether the quoted key around `at` is a call's first argument (`(` then the opening quote), or the second after Gradle's `"String",`. */
function firstCallArgument(text: string, at: number): boolean {
  const i = keyStartAt(text, at);
  if (!isQuoteChar(text.charCodeAt(i - 1))) return false;
  const open = skipBlanksBack(text, i - 1, 4);
  // A call's first argument, or a C# collection initializer's pair (`{ "ApiKey", "…" }`).
  const c = text.charCodeAt(open - 1);
  return c === 40 /* ( */ || c === 123 /* { */ || (c === Char.Comma && GRADLE_TYPE_BEFORE.test(text.slice(Math.max(0, open - 16), open)));
}

function skipBlanksBack(text: string, i: number, max: number): number {
  for (let n = 0; n < max; n++) {
    const c = text.charCodeAt(i - 1);
    if (c !== Char.Space && c !== Char.Tab) break;
    i--;
  }
  return i;
}

/** The index just past a string type annotation and its "=" (`: string =`, ` string =`), or -1. */
const STRING_TYPE = new RegExp(`${STRING_TYPE_NAMES}[ \\t]{0,8}=(?!=)`, 'y');
const GO_STRING_TYPE = /string[ \t]{0,8}=(?!=)/y;
const SQL_STRING_TYPE_AT = new RegExp(`${SQL_STRING_TYPE}[ \\t]{0,8}=(?!=)`, 'y');
const VB_STRING_TYPE_AT = new RegExp(`${VB_STRING_TYPE}[ \\t]{0,8}=(?!=)`, 'y');

function annotatedEnd(text: string, i: number, keyEnd: number): number {
  let type = GO_STRING_TYPE;
  if (text.charCodeAt(i) === Char.Colon) {
    i = skipBlanks(text, i + 1, 4);
    type = STRING_TYPE;
  } else if (i === keyEnd) return -1;
  else if (text.charCodeAt(i) === 65 /* A */ || text.charCodeAt(i) === 97 /* a */) type = VB_STRING_TYPE_AT;
  else if (text.charCodeAt(i) !== 115 /* s */) type = SQL_STRING_TYPE_AT;
  type.lastIndex = i;
  return type.test(text) ? type.lastIndex : -1;
}

/** The end of the key run through the keyword hit at `at` (the generic rules share it via `memo`). */
function keyEndAt(text: string, at: number, memo: ScanMemo): number {
  if (memo.keyFrom !== undefined && memo.keyEnd !== undefined && at >= memo.keyFrom && at < memo.keyEnd) return memo.keyEnd;
  let end = at;
  const limit = Math.min(text.length, at + 64);
  while (end < limit && isKeyChar(text.charCodeAt(end))) end++;
  // A walk cut off by its limit ends mid-key: a later hit in it must walk for itself (from a review).
  if (end < limit || limit === text.length) {
    memo.keyFrom = at;
    memo.keyEnd = end;
  }
  return end;
}

// STRING_PREFIX's prefixes, before the quote they open.
const STRING_PREFIX_AT = new RegExp(`(?:${STRING_PREFIXES})["'\`]`, 'y');

/** Whether a quote opens a string at `i`, after a literal's prefix or none. */
function quoteAt(text: string, i: number): boolean {
  if (isQuoteChar(text.charCodeAt(i))) return true;
  STRING_PREFIX_AT.lastIndex = i;
  return STRING_PREFIX_AT.test(text);
}

// WRAPPER at an offset (sticky).
const WRAPPER_AT = new RegExp(WRAPPER, 'y');

/** Whether a quote opens a string at `i`, or after a call that wraps it (WRAPPER). */
function quoteOrWrapperAt(text: string, i: number): boolean {
  if (quoteAt(text, i)) return true;
  WRAPPER_AT.lastIndex = i;
  return WRAPPER_AT.test(text) && quoteAt(text, WRAPPER_AT.lastIndex);
}

function valueFollows(text: string, after: number, quoted: boolean): boolean {
  if (after === -1) return false;
  // (Up to ALIGN_MAX blanks: a Ruby hash aligns its values, `password:             "…"`; from a
  // blind grading of email sending, where 5 of 5 such passwords were missed.)
  const i = skipBlanks(text, after, ALIGN_MAX);
  const c = text.charCodeAt(i);
  // A quoted value may follow on the next line (WRAP), and its quote may carry a literal's prefix.
  if (!quoted) {
    if (isQuoteChar(c) || c !== c) return false;
    // A prefixed literal (Python's `u'…'`) is the quoted form's, not a bare value.
    STRING_PREFIX_AT.lastIndex = i;
    return !STRING_PREFIX_AT.test(text);
  }
  if (quoteOrWrapperAt(text, i) || text.startsWith('<<<', i) || DELIMITED_START.test(text.slice(i, i + 20))) return true;
  const wrapped = skipWrap(text, i);
  // (Zig's multiline string opens each of its lines with `\\`.)
  return wrapped !== i && (quoteOrWrapperAt(text, wrapped) || DELIMITED_START.test(text.slice(wrapped, wrapped + 20)) || text.startsWith('\\\\', wrapped));
}

/**
 * Past a call's ")" after a quoted name (`GetEnvironmentVariable("X") ?? "…"`) or a C array's "[]"
 * after a bare one (`kApiKey[] = "…"`), as QUOTED_ASSIGNMENT takes them; else `i` itself.
 */
function skipCallOrArray(text: string, i: number, keyQuoted: boolean): number {
  const c = text.charCodeAt(i);
  if (keyQuoted) {
    if (c !== 41 /* ) */) return i;
    // Only before a fallback's "??" or "||": `env::var("X").unwrap_or(…)` is RUST_FALLBACK's, read from the ")".
    const j = skipBlanks(text, i + 1, 4);
    const d = text.charCodeAt(j);
    return (d === 63 || d === 124) && text.charCodeAt(j + 1) === d ? i + 1 : i;
  }
  return c === 91 /* [ */ && text.charCodeAt(i + 1) === Char.Bracket ? i + 2 : i;
}

/**
 * Whether the identifier around a keyword hit is followed by an assignment (the operators and
 * forms QUOTED_ASSIGNMENT takes), and then by a quote (`quoted`) or not. Most hits
 * ("Object.keys(", "token)") fail here, so the patterns run only where they could match.
 */
function assignmentFollows(text: string, at: number, quoted: boolean, memo: ScanMemo): boolean {
  const keyEnd = keyEndAt(text, at, memo);
  let i = keyEnd;
  const keyQuoted = isQuoteChar(text.charCodeAt(i));
  if (keyQuoted) i++;
  i = skipCallOrArray(text, i, keyQuoted);
  if (text.charCodeAt(i) === Char.Bracket) i++;
  // Nim's export marker: `apiToken* = "…"`.
  if (text.charCodeAt(i) === 42 /* * */) i++;
  i = skipBlanks(text, i, ALIGN_MAX);
  // A comma counts only after a call's first argument (the pattern's rule): string lists such as
  // a source map's "names" hold "apiKey", "next" by the thousand.
  const callArgument = keyQuoted && text.charCodeAt(i) === 44 && firstCallArgument(text, at);
  // Kotlin's `"api_key" to "…"`, Scala's `"api_key" -> "…"`.
  // (Not a backtick's: a document's ``Set `API_KEY` to `…` `` is generic-secret-set-to's.)
  if (keyQuoted && text.charCodeAt(keyEnd) !== Char.Backtick && (text.startsWith('to', i) || text.startsWith('->', i)) && isSpaceChar(text.charCodeAt(i + 2)) && valueFollows(text, i + 2, quoted)) return quoted;
  // `apiToken: string = "…"`: the ":" alone is followed by a type, not a value.
  return valueFollows(text, operatorEnd(text, i, callArgument), quoted) || (!keyQuoted && valueFollows(text, annotatedEnd(text, i, keyEnd), quoted));
}

/**
 * Whether the keyword hit sits in a keyword written with a leading ":" (`:api-token`) followed by
 * blanks or a comma (Ruby's `set :api_token, "…"`), in a tuple's first name (`{api_token,`) or
 * in the name a Lisp definition gives (`(def api-key`), and a quote then opens the value
 * (TUPLE_PAIR).
 */
function inTuple(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const start = keyStartAt(text, at);
  const before = text.charCodeAt(start - 1);
  let i = skipBlanks(text, end, 8);
  if (before === Char.Colon) {
    if (!ednBoundary(start < 2 ? 10 : text.charCodeAt(start - 2))) return false;
    // Ruby's symbol and a comma (Capistrano's `set :api_token, "…"`), or blanks (EDN).
    if (text.charCodeAt(i) === Char.Comma) i = skipBlanks(text, i + 1, 8);
    else if (i === end) return false;
  } else if (text.charCodeAt(skipBlanksBack(text, start, 4) - 1) === 123 /* { */) {
    if (text.charCodeAt(i) !== Char.Comma) return false;
    i = skipBlanks(text, i + 1, 8);
  } else if (before === 64 /* @ */ || (text.charCodeAt(skipBlanksBack(text, start, 4) - 1) === 40 /* ( */ && CMAKE_SET_BEFORE.test(text.slice(Math.max(0, start - 12), start))) || LISP_DEFINE_BEFORE.test(text.slice(Math.max(0, start - 32), start))) {
    // An Elixir attribute (its line start is the pattern's to check), CMake's set( or a Lisp
    // definition: blanks, then the value; Erlang's -define( a comma.
    if (text.charCodeAt(i) === Char.Comma) i = skipBlanks(text, i + 1, 8);
    else if (i === end) return false;
  } else return false;
  TUPLE_VALUE_OPEN.lastIndex = i;
  if (TUPLE_VALUE_OPEN.test(text)) i = TUPLE_VALUE_OPEN.lastIndex;
  return quoteAt(text, i);
}

// What may open a tuple's value before its quote: Aero's `#or [#env NAME`, Erlang's `<<`.
const TUPLE_VALUE_OPEN = new RegExp(`${AERO_ENV_OR}(?:<<)?`, 'y');

/**
 * Whether the keyword hit sits in the first string of a quoted pair (QUOTED_PAIR): a quote around
 * the name, "[" or "(" before it and, before that, "[", "(" or "," (the pair stands in a list or a
 * call); after it a comma and the value's quote.
 */
function inQuotedPair(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const start = keyStartAt(text, at);
  const quote = text.charCodeAt(start - 1);
  if (!isQuoteChar(quote) || text.charCodeAt(end) !== quote) return false;
  let open = skipBlanksBack(text, start - 1, 4) - 1;
  // A string prefix before the name's quote (Python's bytes in an httpx log: `(b'api-key', b'…')`).
  if (STRING_PREFIX_LETTERS.has(text.charCodeAt(open))) open = skipBlanksBack(text, open, 4) - 1;
  if (!PAIR_OPENERS.has(text.charCodeAt(open))) return false;
  let k = open;
  for (let n = 0; n < 64 && isSpaceChar(text.charCodeAt(k - 1)); n++) k--;
  if (!PAIR_OPENERS.has(text.charCodeAt(k - 1)) && text.charCodeAt(k - 1) !== Char.Comma) return false;
  let i = skipBlanks(text, end + 1, 4);
  if (text.charCodeAt(i) !== Char.Comma) return false;
  i = skipBlanks(text, i + 1, 8);
  return quoteAt(text, i);
}
const PAIR_OPENERS = new Set([40 /* ( */, 91 /* [ */]);
const STRING_PREFIX_LETTERS = new Set([...'bBuUrR'].map((c) => c.charCodeAt(0)));
const LISP_DEFINE_BEFORE = new RegExp(`${LISP_DEFINE}$`);
const CMAKE_SET_BEFORE = new RegExp(`${CMAKE_SET}$`);
const ednBoundary = (c: number): boolean => c === 35 /* # (Racket's #:) */ || c === Char.Space || c === Char.Tab || c === 10 || c === 13 || c === 123 || c === 40 || c === 91 || c === Char.Comma;

// What may precede a bare key: a line start (after blanks, `export`, a YAML `- `, Dockerfile
// `ARG`/`ENV`), an escaped line break, or a string's opening quote (BARE_ASSIGNMENT's starts).
// A Quarkus profile's `%prod.` may open the key (`%prod.quarkus.datasource.password=…`).
const BARE_KEY_PREFIX = new RegExp(`(?:[\\n\\r"']|\\\\[nr])${LOG_TIME}[ \\t]{0,16}(?:${COMMENT_MARK}[ \\t]{0,4})?(?:${LINE_PREFIX}|env:[ \\t]|[@:+%-])?[ \\t]{0,4}(?:${NAMESPACE})?$`);

/**
 * Whether the key around a keyword hit starts where BARE_ASSIGNMENT allows. Object literals in
 * code (`{ token: value }`) are most keyword hits followed by ":": they fail here, and the
 * pattern (which must try its starts at every position) does not run for them.
 */
function bareKeyStarts(text: string, at: number): boolean {
  const i = keyStartAt(text, at);
  // "…\nAPI_TOKEN=": the walk took the escape's "n" for part of the key.
  const first = text.charCodeAt(i);
  if (text.charCodeAt(i - 1) === 92 /* \ */ && (first === 110 /* n */ || first === 114) /* r */) return true;
  const from = Math.max(0, i - 40);
  if (BARE_KEY_PREFIX.test((from === 0 ? '\n' : '') + text.slice(from, i))) return true;
  // After a comment's words and a dash or a colon (COMMENT_PROSE).
  if (COMMENT_PROSE_END.test(text.slice(Math.max(0, i - 8), i))) {
    const start = Math.max(0, i - 160);
    if (COMMENT_LINE.test((start === 0 ? '\n' : '') + text.slice(start, i))) return true;
  }
  // A line of git grep's or ripgrep's output: its path (a revision before it) and line number.
  if (text.charCodeAt(skipBlanksBack(text, i, 16) - 1) !== Char.Colon) return false;
  const start = Math.max(0, i - 240);
  return GREP_PREFIX.test((start === 0 ? '\n' : '') + text.slice(start, i));
}
const GREP_PREFIX = new RegExp(`[\\n\\r]${GREP_LINE}[ \\t]{0,16}$`);

/** Whether the keyword hit sits in an XML start tag's name (`<apiToken>`, `<db.password>`). */
function inXmlStartTag(text: string, at: number, memo: ScanMemo): boolean {
  // Forward first (an identifier is rarely followed by ">"), over the key the other generic
  // rules measure too.
  let end = keyEndAt(text, at, memo);
  // `<secret:data>`: a namespaced name goes on after the colon.
  if (text.charCodeAt(end) === Char.Colon) for (end++; end < at + 128 && isKeyChar(text.charCodeAt(end)); end++);
  // Attributes may stand before the ">" (WS-Security's `<wsse:Password Type="…PasswordText">`).
  if (text.charCodeAt(end) === Char.Space) {
    const tag = text.slice(end, end + 130);
    const close = tag.indexOf('>');
    const open = tag.indexOf('<');
    if (close === -1 || (open !== -1 && open < close)) return false;
    end += close;
  }
  if (text.charCodeAt(end) !== 62 /* > */) return false;
  return text.charCodeAt(keyStartAt(text, at, true) - 1) === 60 /* < */;
}

// An image's URL: its query tokens are made to be published (Codecov's README badge token,
// signed CDN image links in a README), so they are not reported. An image is a path with an
// image extension, a Markdown image's target `![alt](…)` or an <img>/<source> `src`. Hosts
// reserved for documentation (RFC 2606: example.com, .example, .invalid) hold sample values.
const IMAGE_PATH = /\.(?:svg|png|jpe?g|gif|webp|avif|ico|bmp)$/i;
const IMAGE_SRC = /<(?:img|source|image)\b[^<>]{0,256}\bsrc=["']?$/i;
const EXAMPLE_HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^/?#@\s]*@)?(?:[a-z0-9-]+\.)*(?:example\.(?:com|net|org)|[a-z0-9-]+\.(?:example|invalid))(?:[:/?#]|$)/i;
// Characters that end a URL on its left: blanks, quotes, brackets.
const URL_END = new Set([32, 9, 10, 13, 34, 39, 96, 40, 41, 60, 62, 91, 93]);
// Signed-URL parameters: a key's id and scope, and the signature of a link made to be handed out
// for a limited time (S3 and GCS presigned URLs; Azure SAS tokens have a rule of their own).
const QUERY_NOT_SECRET = new Set(['x-amz-credential', 'x-goog-credential', 'awsaccesskeyid', 'signature', 'x-amz-signature', 'x-goog-signature']);

/**
 * Whether the parameter at `at` (its ? & or ;) in `text` belongs to an image's URL or a
 * documentation host's. Walks back over its own URL only (bounded), to the "?" and the URL's start.
 */
function publishedUrl(text: string, at: number): boolean {
  let q = at;
  const qLimit = Math.max(0, at - 512);
  while (q > qLimit && text.charCodeAt(q) !== 63 /* ? */ && !URL_END.has(text.charCodeAt(q))) q--;
  if (text.charCodeAt(q) !== 63) return false;
  let u = q;
  for (const limit = Math.max(0, q - 512); u > limit && !URL_END.has(text.charCodeAt(u - 1)); u--);
  // An unquoted `src=` is walked over with the URL.
  if (/^src=/i.test(text.slice(u, u + 4))) u += 4;
  const url = text.slice(u, q);
  if (IMAGE_PATH.test(url) || EXAMPLE_HOST.test(url) || IMAGE_SRC.test(text.slice(Math.max(0, u - 300), u))) return true;
  // A Markdown image `![alt](url)`: the alt text (no brackets) right before "](".
  if (text.charCodeAt(u - 1) !== 40 /* ( */ || text.charCodeAt(u - 2) !== 93 /* ] */) return false;
  let b = u - 3;
  for (const limit = Math.max(0, u - 256); b > limit && !ALT_END.has(text.charCodeAt(b)); b--);
  return text.charCodeAt(b) === 91 /* [ */ && text.charCodeAt(b - 1) === 33 /* ! */;
}
const ALT_END = new Set([91, 93, 40, 41, 10]);

/** Whether the keyword hit sits in the name of a name/value pair, the value's key right after it (ATTRIBUTE_PAIR). */
function inAttributePair(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  VALUE_ATTRIBUTE.lastIndex = end;
  return VALUE_ATTRIBUTE.test(text);
}

/** Whether the keyword hit sits in a row's cell (CELL_PAIR): a comma or tab after it, and one, "(" or a line's start before it. */
// A name of words in a cell is a credential's kind in lower case (`client secret`, `api key`), not
// a person's or a thing's name (`Pepper Pepper` in a door controller's members list).
const LOWER_WORDS_CELL = /^[a-z][a-z0-9_.-]*(?: [a-z][a-z0-9_.-]*){1,3}$/;

function inCell(text: string, at: number, memo: ScanMemo): boolean {
  let end = keyEndAt(text, at, memo);
  if (isQuoteChar(text.charCodeAt(end))) end++;
  const after = text.charCodeAt(end);
  if (after !== Char.Comma && after !== Char.Tab) return false;
  let start = keyStartAt(text, at);
  const quoted = isQuoteChar(text.charCodeAt(start - 1));
  if (quoted) start--;
  let cell = start;
  while (cell > 0 && at - cell < 68 && text.charCodeAt(cell - 1) === Char.Space) cell--;
  // Words before the key run in its cell (`client secret`, `personal access token`): up to three.
  for (let words = 0; words < 3 && !quoted && cell < start && cell > 0 && isKeyChar(text.charCodeAt(cell - 1)); words++) {
    let w = cell - 1;
    while (w > 0 && at - w < 68 && isKeyChar(text.charCodeAt(w - 1))) w--;
    cell = w;
    while (cell > 0 && at - cell < 68 && text.charCodeAt(cell - 1) === Char.Space && cell - 1 > 0 && text.charCodeAt(cell - 2) !== Char.Space) cell--;
  }
  const before = cell === 0 ? 10 : text.charCodeAt(cell - 1);
  if (before !== Char.Comma && before !== Char.Tab && before !== 40 /* ( */ && before !== 10 && before !== 13) return false;
  // And a row of data, not a call or a list in code (most `(key,` and `, key,` hits): the pattern
  // runs only there.
  return rowBefore(text, cell < start && !quoted ? cell : start, quoted, memo);
}

/**
 * Whether the text before `at` is the start of a row of data: cells and their commas or tabs back
 * to the line's start (CSV, TSV, COPY data; blanks only between quoted cells), or back to the "("
 * of a SQL VALUES tuple (after VALUES or the tuple before it, on its line or the one before). Code lists and calls
 * (`['a', 'b']`, `("a", "b")`, source maps' `"names":[…]`, minified `(a,symbolToken,b)`) are no
 * rows. Within 512 characters.
 */
function rowBefore(text: string, at: number, quoted: boolean, memo?: ScanMemo): boolean {
  const limit = Math.max(0, at - 512);
  // Cells one after another (a source map's "names" list, a long CSV line) share their look-back:
  // once a walk found where its row starts (or that none does), a later cell walks only the
  // characters since, and the answer stands unless they hold the row's start or a breaker.
  const reuse = memo?.rowFrom !== undefined && memo.rowFrom <= at && (memo.rowEnd as number) >= limit && memo.rowQuoted === quoted;
  const stop = reuse ? Math.max(limit, memo?.rowFrom as number) : limit;
  const answer = (result: boolean, end: number): boolean => {
    if (memo) {
      memo.rowFrom = at;
      memo.rowEnd = end;
      memo.rowResult = result;
      memo.rowQuoted = quoted;
    }
    return result;
  };
  for (let i = at - 1; i >= stop; i--) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return answer(true, i);
    // A dump writes one tuple a line as often as one line of them: `VALUES⏎  (…),⏎  (…)`.
    if (c === 40 /* ( */) return answer(/(?:values|\))[ \t]*,?[ \t]*(?:\r?\n[ \t]*)?$/i.test(text.slice(Math.max(0, i - 24), i)), i);
    if (c === Char.Space ? !quoted : ROW_BREAKERS.has(c)) return answer(false, i);
  }
  if (reuse && stop > limit) return answer(memo?.rowResult === true, memo?.rowEnd as number);
  // The text's first line is a row too; past 512 characters without a line break, none is.
  return answer(limit === 0, 0);
}
// [ ] { } = : ; ) and a backtick end a row's look-back: code, not data.
const ROW_BREAKERS = new Set([91, 93, 123, 125, 61, 58, 59, 41, 96]);

/** Whether the keyword hit sits in a header name that opens a string and is followed by ":" (HEADER_LINE). */
function inHeaderLine(text: string, at: number, memo: ScanMemo): boolean {
  if (text.charCodeAt(keyEndAt(text, at, memo)) !== Char.Colon) return false;
  const c = text.charCodeAt(keyStartAt(text, at) - 1);
  return c === Char.DoubleQuote || c === Char.Quote;
}

/** Whether the keyword hit sits in a reference's name with a default after it: `${NAME:-` or `${name:` (DEFAULT_VALUE). */
function inDefaultReference(text: string, at: number, memo: ScanMemo): boolean {
  const c = text.charCodeAt(keyEndAt(text, at, memo));
  if (c !== Char.Colon && c !== 45 /* - */ && !isQuoteChar(c)) return false;
  const start = keyStartAt(text, at);
  // Ruby's `fetch('NAME') {` (its block default).
  if (isQuoteChar(c)) return text.charCodeAt(start - 1) === c && text.startsWith('fetch(', start - 7);
  return text.charCodeAt(start - 1) === 123 /* { */ && text.charCodeAt(start - 2) === 36 /* $ */;
}

/** Whether the keyword hit sits in a start tag's name or key attribute (NAMED_ELEMENT): `name="` before it, a quote after. */
function inNamedElement(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const quote = text.charCodeAt(end);
  if (quote !== Char.DoubleQuote && quote !== Char.Quote) return false;
  const start = keyStartAt(text, at, true);
  if (text.charCodeAt(start - 1) !== quote || text.charCodeAt(start - 2) !== Char.Equals) return false;
  return text.startsWith('name', start - 6) || text.startsWith('key', start - 5);
}

/** Whether the keyword hit sits in the last segment of a template reference piped to default (TEMPLATE_DEFAULT). */
function inTemplateDefault(text: string, at: number, memo: ScanMemo): boolean {
  let i = keyEndAt(text, at, memo);
  while (text.charCodeAt(i) === Char.Space || text.charCodeAt(i) === Char.Tab) i++;
  if (text.charCodeAt(i) !== 124 /* | */) return false;
  // The key walk takes the reference's dots (`.Values.apiKey`): it starts with one.
  return text.charCodeAt(keyStartAt(text, at)) === 46 /* . */ && /^[ \t]{0,4}default[ \t]/.test(text.slice(i + 1, i + 14));
}

// The end of a table's name cell (up to four more words of the name): a bar or a closing cell tag (TABLE_ROW).
const TABLE_CELL_END = new RegExp(`(?: [A-Za-z0-9_.-]{1,32}){0,4}${TABLE_NAME_MARK}[ \\t]{0,40}(?:${TABLE_BAR}|${CELL_CLOSE})`, 'y');

/** Whether `at` starts a statement: only blanks between it and a line's start, "{" or ";". */
function statementStart(text: string, at: number): boolean {
  const b = skipBlanksBack(text, at, 16);
  const c = b === 0 ? 10 : text.charCodeAt(b - 1);
  return c === 10 || c === 13 || c === 123 || c === 59;
}

/** Whether the keyword hit sits in a call's name with a string its first argument (CALL_ARGUMENT): `(` then a quote after it. */
function callArgumentFollows(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const open = skipBlanks(text, end, 4);
  // Groovy's and Ruby's call without parentheses: `password "…"` (a Gradle credentials block).
  if (open > end && (text.charCodeAt(open) === Char.DoubleQuote || text.charCodeAt(open) === Char.Quote)) return true;
  return text.charCodeAt(open) === 40 /* ( */ && quoteAt(text, skipBlanks(text, open + 1, 4));
}

/**
 * Whether the keyword hit is a label's last word (LABEL_LINE): a word and a blank before it, and
 * after it ":", "-", "→", bold's closing marks or a word (`is`, `for …`).
 */
function afterLabelWord(text: string, at: number, memo: ScanMemo): boolean {
  const start = keyStartAt(text, at);
  const end = keyEndAt(text, at, memo);
  // A snake- or kebab-case name (`storyblok_oauth_token …` in a commit message, `using
  // riot-api-key "…"` in a service's log) is a label by itself.
  const snake = end - start <= 64 && /[_-]/.test(text.slice(start, end));
  const blank = text.charCodeAt(start - 1);
  // A camel-case name in bold is a label by itself too (`- **secretKey**：…` in a README).
  const boldName = (blank === 42 || blank === 95) && text.charCodeAt(start - 2) === blank && end - start <= 64 && /[a-z][A-Z]/.test(text.slice(start, end));
  if (!snake && !boldName && ((blank !== Char.Space && blank !== Char.Tab) || !isKeyChar(text.charCodeAt(start - 2)))) return false;
  let i = skipBlanks(text, end, 4);
  // Whether blanks stand before the value (after the separator, if any).
  let gap = i > end;
  let c = text.charCodeAt(i);
  // An aside in parentheses (`secret (base64):`): past it.
  if (c === 40 /* ( */) {
    // Its ")" within 49 characters on the line (a bounded walk: a minified line holds no line break).
    let close = i + 1;
    while (close < text.length && close - i <= 49 && text.charCodeAt(close) !== 41 && text.charCodeAt(close) !== 10 && text.charCodeAt(close) !== 40) close++;
    if (text.charCodeAt(close) !== 41 || close - i > 49) return false;
    i = skipBlanks(text, close + 1, 4);
    c = text.charCodeAt(i);
  }
  // `for …` may run on over words, and so may where the value was read from: the pattern decides.
  if (c === 102 /* f */) return text.startsWith('for', i);
  if (LABEL_SOURCE_START.test(text.slice(i, i + 16))) return true;
  // `is`/`was` (or a change's `to`: "update gitee_token to …" in a commit message), bold's or
  // emphasis' closing marks, then the separator.
  if (text.startsWith('is', i) || text.startsWith('was', i) || (text.startsWith('to', i) && isLabelBlank(text.charCodeAt(i + 2)))) {
    i += c === 119 /* w */ ? 3 : 2;
    gap = false;
  }
  while (i < end + 16 && (text.charCodeAt(i) === 42 || text.charCodeAt(i) === 95)) i++;
  let j = skipBlanks(text, i, 4);
  if (j > i) gap = true;
  i = j;
  c = text.charCodeAt(i);
  // (CJK text writes the colon full width, with no blank after it: `- **secretKey**：…`.)
  const separated = c === Char.Colon || c === 45 /* - */ || c === 0x2192 || c === 0xff1a || (c === 46 && text.startsWith('...', i));
  if (separated) {
    // A leader of dots (a PDF's or a printout's `API KEY ........ value`).
    if (c === 46) while (i < end + 64 && text.charCodeAt(i + 1) === 46) i++;
    i++;
    if (text.charCodeAt(i) === 62 /* > of -> */) i++;
    // Bold that closes after the colon (`**API key:** …`).
    if (c === Char.Colon && (text.charCodeAt(i) === 42 || text.charCodeAt(i) === 95) && text.charCodeAt(i + 1) === text.charCodeAt(i)) i += 2;
    gap = c === 0xff1a;
  }
  // The value: after blanks, or on the next line (after a quoted reply's "> "), maybe wrapped.
  j = i;
  for (let n = 0; n < 24 && (isLabelBlank(text.charCodeAt(j)) || (j > i && text.charCodeAt(j) === 62)); n++) j++;
  if (j > i) gap = true;
  if (!gap) return false;
  i = j;
  // In code (`<code>`, with a mail's inline style too), bold, quotes or typographic quotes.
  if (text.startsWith('<code', i) && (text.charCodeAt(i + 5) === 62 || isLabelBlank(text.charCodeAt(i + 5)))) {
    const close = text.slice(i, i + 80).indexOf('>');
    if (close !== -1) i += close + 1;
  }
  else if (text.startsWith('**', i)) i += 2;
  else if (isQuoteChar(text.charCodeAt(i)) || text.charCodeAt(i) === 0x201c) i++;
  // A password after its label and a separator may be as short as a person's (10 characters).
  return valueRun(text, i, !separated && !snake, separated && PASSWORD_LABEL_END.test(text.slice(start, end)) ? LABEL_PASSWORD_MIN : 16);
}
const LABEL_PASSWORD_MIN = 10;
const LABEL_SOURCE_START = new RegExp(`^${LABEL_SOURCE_VERB}`);

// A credential named in a chat message: "the codemagic creds", "an api key", "the token".
const CREDENTIAL_WORD = /\b(?:creds?|credentials?|tokens?|api[ _-]?keys?|secrets?|passwords?|passwd|access[ _-]?keys?)\b/i;

/**
 * Whether a value of 16 characters follows the reply's colon at `at`, and its line or one of the
 * three lines before it (at most 400 characters back, read as a slice) names a credential.
 */
function credentialAskedBefore(text: string, at: number): boolean {
  // The keyword ends in its colon: found within the keyword's own length.
  const offset = text.slice(at, at + 24).indexOf(':');
  if (offset === -1) return false;
  let i = skipBlanks(text, at + offset + 1, 4);
  if (isQuoteChar(text.charCodeAt(i))) i++;
  if (!valueRun(text, i, false)) return false;
  const before = text.slice(Math.max(0, at - 400), at);
  let from = before.length;
  for (let lines = 0; lines < 4 && from > 0; lines++) from = Math.max(0, before.lastIndexOf('\n', from - 1));
  return CREDENTIAL_WORD.test(before.slice(from));
}
// (A label's `creds` in a note or a script's comment, `REM fallback creds for helpdesk: …`, is a password too.)
const PASSWORD_LABEL_END = /(?:password|passphrase|creds)$/i;

/** Whether `length` characters of a label's value (LABEL_VALUE) start at `i`; with `digit`, one of them a digit (a value after a blank alone). */
function valueRun(text: string, i: number, digit: boolean, length = 16): boolean {
  let seen = !digit;
  for (let j = i; j < i + length; j++) {
    const d = text.charCodeAt(j);
    if (d >= 48 && d <= 57) seen = true;
    else if (!((d >= 65 && d <= 90) || (d >= 97 && d <= 122) || LABEL_VALUE_CODES.has(d))) return false;
  }
  return seen;
}
// The blanks and line breaks LABEL_LINE allows before a value (not \s's wider set).
// A no-break space too: text pasted from a document or a chat puts one after the label's colon.
const isLabelBlank = (c: number): boolean => c === Char.Space || c === Char.Tab || c === 10 || c === 13 || c === 0xa0;
const LABEL_VALUE_CODES = new Set([...'+/_~!@#%^&*=-.'].map((ch) => ch.charCodeAt(0)));

/** Whether the keyword hit sits in a table's cell (TABLE_ROW): a bar or a closing cell tag after the name. */
function inTableCell(text: string, at: number, memo: ScanMemo): boolean {
  TABLE_CELL_END.lastIndex = keyEndAt(text, at, memo);
  return TABLE_CELL_END.test(text);
}

// A Markdown column whose header says it holds ids, not secrets: a key inventory's `| system | key
// id | owner |` lists Dynatrace token ids (dt0c01.<public part>) and Elastic API key ids beside
// their names. (From a blind grading of observability configs.)
const ID_HEADER = /^(?:(?:api[ _-]?)?(?:key|token|secret|credential)[ _-]?)?(?:ids?|identifiers?|names?|prefix(?:es)?|fingerprints?|last[ _-]?4|hints?|aliases?)$/i;

/**
 * Whether the Markdown cell holding `at` stands in a column headed by ID_HEADER: back over the
 * table's rows (at most 100) to its `|---|` separator, and the header line above it.
 */
function underIdHeader(text: string, at: number): boolean {
  let lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const row = text.slice(lineStart, at);
  if (!row.trimStart().startsWith('|')) return false;
  const column = row.split('|').length - 2;
  for (let rows = 0; rows < 100 && lineStart > 0; rows++) {
    const prevStart = text.lastIndexOf('\n', lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).trim();
    if (!line.startsWith('|')) return false;
    if (/^\|[ \t:|-]+$/.test(line)) {
      if (prevStart === 0) return false;
      const headStart = text.lastIndexOf('\n', prevStart - 2) + 1;
      const header = text.slice(headStart, prevStart - 1).trim().split('|').slice(1);
      return ID_HEADER.test((header[column] ?? '').trim().replace(/^\*\*(.*)\*\*$/, '$1'));
    }
    lineStart = prevStart;
  }
  return false;
}

/** Whether the keyword hit sits in a name that starts its line and is followed by blanks (SPACED_LINE). */
function startsSpacedLine(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const c = text.charCodeAt(end);
  if (c !== Char.Space && c !== Char.Tab) return false;
  let b = skipBlanksBack(text, keyStartAt(text, at), 16);
  // Dockerfile's older `ENV NAME value`; Tcl's `set name value`.
  if (b >= 3 && (text.startsWith('ENV', b - 3) || text.startsWith('set', b - 3))) b = skipBlanksBack(text, b - 3, 16);
  return b === 0 || text.charCodeAt(b - 1) === 10 || text.charCodeAt(b - 1) === 13;
}

/** Whether the keyword hit sits in a name that opens a block (BLOCK_VALUE): `{` or a line break after it and its "=" or ":". */
function opensBlock(text: string, at: number, memo: ScanMemo): boolean {
  let i = keyEndAt(text, at, memo);
  if (text.charCodeAt(i) === Char.DoubleQuote || text.charCodeAt(i) === Char.Quote) i++;
  i = skipBlanks(text, i, 4);
  if (text.charCodeAt(i) === Char.Colon || text.charCodeAt(i) === Char.Equals) i = skipBlanks(text, i + 1, 4);
  const c = text.charCodeAt(i);
  if (c !== 123 /* { */ && c !== 10 && c !== 13) return false;
  // And where BLOCK_VALUE's name may start: a line's start, after "{" or ",", or a block keyword.
  let start = keyStartAt(text, at);
  if (text.charCodeAt(start - 1) === Char.DoubleQuote || text.charCodeAt(start - 1) === Char.Quote) start--;
  const b = skipBlanksBack(text, start, 32);
  const before = b === 0 ? 10 : text.charCodeAt(b - 1);
  return before === 10 || before === 13 || before === 123 || before === Char.Comma || (b < start && BLOCK_KEYWORD.test(text.slice(Math.max(0, b - 9), b)));
}
const BLOCK_KEYWORD = /(?:variable|parameter|param|input|secret)$/;

/** Whether the keyword hit sits in a property list's `<key>…</key>` or a configuration's `<name>…</name>` (PLIST_PAIR). */
function inPlistKey(text: string, at: number, memo: ScanMemo): boolean {
  if (text.charCodeAt(keyStartAt(text, at) - 1) !== 62 /* > */) return false;
  PAIR_NAME_CLOSE.lastIndex = keyEndAt(text, at, memo);
  return PAIR_NAME_CLOSE.test(text);
}

/** Whether the keyword hit sits in the name a server directive sets (DIRECTIVE), blanks after it. */
function inDirective(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const c = text.charCodeAt(isQuoteChar(text.charCodeAt(end)) ? end + 1 : end);
  if (c !== Char.Space && c !== Char.Tab) return false;
  let start = keyStartAt(text, at);
  if (isQuoteChar(text.charCodeAt(start - 1))) start--;
  // The word before the blanks first (prose puts a blank after most keywords): a directive's
  // name or Header's set/append/add, then the whole check.
  let wordEnd = start;
  while (wordEnd > start - 8 && (text.charCodeAt(wordEnd - 1) === Char.Space || text.charCodeAt(wordEnd - 1) === Char.Tab)) wordEnd--;
  if (wordEnd === start || !DIRECTIVE_LAST_LETTERS.has(text.charCodeAt(wordEnd - 1))) return false;
  return DIRECTIVE_BEFORE.test(text.slice(Math.max(0, start - 64), start));
}
// The last letters of DIRECTIVE_NAME's words: v (SetEnv), m (_param), r (_header, Header), s (_headers), t (set), d (append, add),
// p and n (Caddy's header_up, header_down), l (Stata's local, global), x (setx).
// And fish's flags: x, g, U, u, l, L, e (-gx, -Ux, --global, --universal).
const DIRECTIVE_LAST_LETTERS = new Set([118, 109, 114, 115, 116, 100, 120, 103, 85, 117, 108, 76, 101, 112, 110]);

/** Whether the keyword hit sits in a query parameter's name: after ? & or ; and before "=". */
function inQueryParam(text: string, at: number, memo: ScanMemo): boolean {
  // The "=" first: the key's end is shared with the other generic rules (memo), its start is a walk.
  const end = keyEndAt(text, at, memo);
  let start = keyStartAt(text, at);
  if (text.charCodeAt(end) !== Char.Equals) {
    // A field named in brackets (`user[password]=`): the parameter starts at the outer name.
    start = bracketedFieldStart(text, start, end);
    if (start === -1) return false;
  }
  const c = text.charCodeAt(start - 1);
  // After "\u0026" the key walk took "u0026" for part of the key.
  // A tab: a log's query field (CloudFront's cs-uri-query) starts without its "?".
  if (c === 63 /* ? */ || c === 38 /* & */ || c === 59 /* ; */ || c === Char.Tab || (c === 92 /* \ */ && text.startsWith('u0026', start))) return true;
  // A form body's first parameter, opening a quoted argument (`-d 'client_secret=…&…'`).
  if (c !== Char.DoubleQuote && c !== Char.Quote) return false;
  const b = text.charCodeAt(start - 2);
  return b === Char.Space || b === Char.Tab || b === Char.Equals;
}

/**
 * When the key run [start, end) is a form field's name in brackets, as Rails and PHP nest them
 * (`user[password]=`, `session[user][password]=`), where its outer name starts; else -1. Three
 * levels at most.
 */
function bracketedFieldStart(text: string, start: number, end: number): number {
  if (text.charCodeAt(end) !== 93 /* ] */ || text.charCodeAt(end + 1) !== Char.Equals) return -1;
  let i = start - 1;
  for (let level = 0; level < 3 && text.charCodeAt(i) === 91 /* [ */; level++) {
    if (isKeyChar(text.charCodeAt(i - 1))) return keyStartAt(text, i);
    if (text.charCodeAt(i - 1) !== 93 /* ] */) return -1;
    // Back over the level before: `[name]`.
    let j = i - 2;
    while (j > i - 66 && isKeyChar(text.charCodeAt(j))) j--;
    i = j;
  }
  return -1;
}

/**
 * A query parameter: a secret-named one (access_token) takes any random value, a looser credential
 * name (key, auth) a strictly random one; never in an image's or a documentation host's URL,
 * judged for each match on its own URL (read back from the match's offset in the whole text).
 */
function acceptQueryParam(param: string, raw: string, _m: RegExpExecArray, text: string, at: number): boolean {
  const name = param.toLowerCase();
  if (QUERY_NOT_SECRET.has(name)) return false;
  // An OAuth authorization code beside its grant or its redirect: used once, minutes after it was
  // issued, and spent by the time a script or a log keeps it (an Azure Functions `?code=` key is not).
  if (name === 'code' && /grant_type=authorization_code|[?&]redirect_uri=|[?&]state=/.test(text.slice(Math.max(0, at - 400), at + 400))) return false;
  // Pusher's signed REST calls send the app's public key as `auth_key` beside `auth_timestamp` and
  // `auth_signature` (the signature, made with the secret, is the credential's trace, not it).
  // (From a blind grading of real-time collaboration backends: 17 false positives.)
  if (name === 'auth_key' && /[?&]auth_(?:signature|timestamp)=/.test(text.slice(Math.max(0, at - 300), at + 300))) return false;
  // Judged decoded, as the server reads it: `%242b%2412%24…` is a bcrypt hash, `%3CAPI_KEY%3E` a placeholder.
  const value = percentDecoded(raw);
  // Adjust's app token in its report and server-to-server URLs (`app_token=`, `app_token__in=`).
  if (isAdjustAppToken(name, value)) return false;
  const ok = isSecretKeyName(name) ? looksLikeSecretValue(value, false) : (isSecretQueryParam(name) || isKeyLikeName(name)) && looksLikeSecretValue(value, true) && !(isWeakSecretName(name) && NAMED_DIGEST.test(value));
  return ok && !publishedUrl(text, at);
}

// A long option that takes `NAME=value` (INLINE_ASSIGNMENT's lookbehind), also as a quoted
// argument in a list (`"args": ["--dart-define=API_KEY=…"]` in a launch.json).
const FLAG_BEFORE = /[ \t"']--[a-z][a-z_-]{1,31}=$/;

/** Whether the keyword hit sits in a key that follows a blank mid-line and is followed by one "=" (INLINE_ASSIGNMENT). */
function inlineKeyStarts(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  // "=" then a bare value's character other than "=": JSX's `key={id}` and HTML's `token="…"` stop
  // here. A multi-valued header's list may open first: Spring's HttpHeaders print `X-Api-Key=[…]`.
  const first = text.charCodeAt(end + 1) === 91 /* [ */ ? end + 2 : end + 1;
  if (text.charCodeAt(end) !== Char.Equals || text.charCodeAt(end + 1) === Char.Equals || !BARE_CHAR.test(text.charAt(first))) return false;
  const start = keyStartAt(text, at);
  const c = text.charCodeAt(start - 1);
  // `-Dapi.key=`: the key walk took "-D" for part of the key.
  if (text.charCodeAt(start) === 45 /* - */ && text.charCodeAt(start + 1) === 68 /* D */) return c === Char.Space || c === Char.Tab;
  // `--dart-define=API_KEY=…`: the key walk stopped at the flag's "=".
  if (c === Char.Equals) return FLAG_BEFORE.test(text.slice(Math.max(0, start - 34), start));
  // After a comma: a connection string's options (StackExchange.Redis' `host:6380,password=…,ssl=True`).
  // After "[", "(" or "{": a value printed inside brackets (`Invalid credentials [apiKey=…]`, a
  // Java or Kotlin object's toString `Config{apiKey=…, …}`, `Credentials(apiKey=…)`).
  return c === Char.Space || c === Char.Tab || c === Char.Backtick || c === Char.DoubleQuote || c === Char.Quote || c === Char.Comma || c === 91 /* [ */ || c === 40 /* ( */ || c === 123 /* { */;
}


// Words joined by "/", "." or "-" (digits only ending a word): a resource's path or name, as a
// command's option takes one (`--kms-key=projects/my-project/locations/us-central1/…`).
const WORD_PATH = /^[A-Za-z_*$]+\d*(?:[/.-][A-Za-z_*$]+\d*)+$/;

const NARROW_FLAG = /^[A-Za-z0-9+/_.=~-]*$/;
// Capitalised words joined by "." or "-" and two digits or more (`Raven.Mustang6272`): a person's
// password, where a path's or a name's words are lower-case or end without a number (from a blind
// grading of education platforms: Moodle's `--password='…'` in a shell history missed).
const CAPITALISED_WORDS_DIGITS = /^[A-Z][a-z]{2,11}(?:[.-][A-Z][a-z]{2,11}){1,3}[0-9]{2,6}$/;

// A path's or a name's words (WORD_PATH) — unless their runs of case are a generator's
// (`G_kNjd3-jJHzxUnzsDLH`: a password with "_" and "-" in it; from a blind grading of search
// engines, `--es-password '…'` missed).
const wordPath = (value: string): boolean => WORD_PATH.test(value) && !(value.length >= 12 && /[A-Z]/.test(value) && /[a-z]/.test(value) && mixedCaseRuns(value)) && !CAPITALISED_WORDS_DIGITS.test(value);

function judgeInline(key: string, value: string): boolean {
  // (Under a password's name, a generated passphrase's joined words (`kestrel-saffron-kestrel7`) are
  // no path: from a blind grading of network monitoring, Ansible's `ansible_become_pass=` and
  // mysqldump's `--password=` missed them.)
  const path = wordPath(value) && !(MEMORABLE_PASSPHRASE.test(value) && isPasswordKeyName(key));
  return !isKeyFingerprint(key, value) && !path && (isPasswordKeyName(key) ? isPasswordValue(value) : isSecretKeyName(key) ? looksLikeSecretValue(value, false) : randomUnderKeyLike(key, value));
}

/**
 * Whether the keyword hit sits in a command's long option (`--api-key`, Go's `-token`) that starts
 * an argument and is followed by "=" or a blank (FLAG_OPTION).
 */
function inFlagOption(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  const c = text.charCodeAt(end);
  // "=", a blank, a quote that ends the argument (a list's next holds the value) or a line's end (a YAML list's next item).
  if (c !== Char.Equals && c !== Char.Space && c !== Char.Tab && !isQuoteChar(c) && c !== 10 && c !== 13) return false;
  const start = keyStartAt(text, at);
  if (text.charCodeAt(start) !== 45 /* - */) return false;
  const before = start === 0 ? Char.Space : text.charCodeAt(start - 1);
  return before === Char.Space || before === Char.Tab || before === 10 || isQuoteChar(before);
}

// What a value under a name of no stated kind (isWeakSecretName) must look like: a token of 24 or
// more token characters with upper and lower case and digits. A bare `key` holds cache keys,
// fingerprints, file names, React keys and generated ids (nanoid's 21, cuid's lower case) as
// often as secrets.
const WEAK_NAME_VALUE = /^[A-Za-z0-9_+/=-]{24,}$/;
// Words joined by hyphens and then a hex digest: a cache key (actions/cache's
// `node-cache-Linux-x64-npm-<sha256>`), a content-addressed name, under a bare `key`.
// Words before a "Using … key =" that make it some other key: a cache's, a sort's, a public or SSH key's, a fingerprint.
const USING_OTHER_KEY = /(?:^|[ \t._-])(?:cache|caching|sort|partition|primary|foreign|public|pub|ssh|gpg|pgp|host|signing|verify|verification|idempotency|cursor|lookup|index|map|dedup|routing|shard|group|object|bucket|fingerprint|item|row|column|hash)[ \t._-]/i;
const NAMED_DIGEST = /^(?:[A-Za-z][A-Za-z0-9_.]{0,31}-){2,16}[0-9a-f]{32,128}$/;
// Or 40 or more lower-case letters and digits, not all hex: longer than the ids code generates in
// lower case (cuid's 25, cuid2's 24 to 32) and no digest (Graylog's access tokens, 52; from a
// blind grading of security operations: 11 of 21 under a bare `key:` missed).
const LONG_LOWER_TOKEN = /^(?=[a-z0-9]*[g-z])(?=[a-z0-9]*[0-9])[a-z0-9]{40,128}$/;

// A setting named KEY alone, in capitals, given unquoted (`export KEY=…`, a workflow's `KEY:`),
// holding 32 to 128 hex: a key (an API or an encryption key). In code, a `KEY` constant of hex is
// a test vector as often (an HMAC test's `static final String KEY = "…"`), and a lower-case `key`
// holds a cache key or a digest.
const CAPITAL_KEY = /^KEY\d?$/;
// (Upper-case hex too: Steam's Web API and publisher keys are 32 of it; from a blind grading of game backends.)
const HEX_SECRET = /^(?:[0-9a-f]{32,128}|[0-9A-F]{32,128})$/;

/** A strictly random value under a key-like name; under a weak one, also shaped as a token (or, `bareHex`, hex under KEY). */
function randomUnderKeyLike(key: string, value: string, bareHex = false): boolean {
  return isKeyLikeName(key) && (!isWeakSecretName(key) || (WEAK_NAME_VALUE.test(value) && hasUpperLowerDigit(value) && !NAMED_DIGEST.test(value)) || LONG_LOWER_TOKEN.test(value) || (bareHex && CAPITAL_KEY.test(key) && HEX_SECRET.test(value))) && looksLikeSecretValue(value, true);
}

/**
 * Whether the keyword hit sits in a field name of a Go struct printed with %+v (STRUCT_FIELD): ":"
 * and a non-blank after it, and back from its start only `Name:value` fields, each after one
 * blank, to the struct's "{" (at most 16 fields and 512 characters back; a value holds no blank).
 */
function inStructDump(text: string, at: number, memo: ScanMemo): boolean {
  const end = keyEndAt(text, at, memo);
  if (text.charCodeAt(end) !== Char.Colon) return false;
  const next = text.charCodeAt(end + 1);
  if (Number.isNaN(next) || isSpaceChar(next) || next === 34 || next === 39) return false;
  // The value runs to a blank or "}" with no code punctuation: minified code's `{key:e,token:t}`
  // stops here, before any walk.
  for (let k = end + 1, stopAt = Math.min(text.length, end + 65); k < stopAt; k++) {
    const c = text.charCodeAt(k);
    if (c === Char.Space || c === 125 /* } */) break;
    if (c === Char.Comma || c === 59 /* ; */ || c === 40 /* ( */ || c === 41 /* ) */ || isSpaceChar(c)) return false;
  }
  let i = keyStartAt(text, at) - 1;
  const stop = Math.max(0, i - 512);
  for (let fields = 0; fields <= 16 && i >= stop; fields++) {
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) return true;
    if (c !== Char.Space) return false;
    // The field before: back to the blank or "{" that opens it; it must start `Name:` (its value
    // may hold ":", `Addr::8080`).
    let j = i - 1;
    while (j >= stop && !isSpaceChar(text.charCodeAt(j)) && text.charCodeAt(j) !== 123) j--;
    let k = j + 1;
    while (k < i && isGoNameChar(text.charCodeAt(k))) k++;
    if (k === j + 1 || text.charCodeAt(k) !== Char.Colon) return false;
    i = j;
  }
  return false;
}

/** A-Z a-z 0-9 _ */
function isGoNameChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95;
}

/** The generic judgement of a key name and its value (a password name: a person's password; a secret name: key material). */
export function acceptGeneric(key: string, value: string): boolean {
  return judgeGeneric(key, value, false);
}

// A stored credential's id under a bare, lower-case `credential` (a Flowise flow export's node
// points at its credential by UUID): a reference, not the secret. (`credentials=<uuid>` in a
// Makefile or a properties file is a Railway or Snyk token, both UUIDs: a secret.)
const CREDENTIAL_REFERENCE = /^credential$/;
const AUTHENTICATION_KEY_NAME = /(?:^|[^A-Za-z])(?:authentication|auth)[_.-]?key$|[a-z](?:Authentication|Auth)Key$|^(?:Authentication|Auth)Key$/;

/** acceptGeneric, and for an unquoted value (`bare`), hex under a capital KEY too. */
const ADJUST_APP_TOKEN_NAME = /(?:^|[_.-])app[_.-]?token(?:__in)?$|^(?:adjust)?app[_.-]?token$|adjust[_.-]?app[_.-]?token/i;

/** Adjust's app token under its names: 12 lower-case letters and digits, public in every app's SDK config and report URLs. */
function isAdjustAppToken(name: string, value: string): boolean {
  return ADJUST_APP_TOKEN_NAME.test(name) && /^[a-z0-9]{12}$/.test(value);
}
const AIRSHIP_APP_KEY_NAME = /^(?:ua|airship|urban[_.-]?airship)[_.-]?app[_.-]?key$|^(?:production|development)[_.-]?app[_.-]?key$/i;

function judgeGeneric(key: string, value: string, bare: boolean): boolean {
  // A WPA pre-shared key written as its 64 hex digits (wpa_supplicant's `psk=…`, a router's `wpa_psk`).
  if (isPreSharedKeyName(key) && /^[0-9a-fA-F]{64}$/.test(value)) return shannonEntropy(value) >= 3;
  if (UUID.test(value) && CREDENTIAL_REFERENCE.test(key)) return false;
  // A GUID under an authentication key's name (Applied Epic SDK's `AuthenticationKey`, an `AuthKey`
  // header's): the key, where a bare `key` or an `id` holds GUIDs that name things. (From a blind
  // grading of insurance systems: 41 of 68 missed.)
  if (UUID.test(value) && AUTHENTICATION_KEY_NAME.test(key)) return shannonEntropy(value) >= 3;
  // A stored password's hash (RabbitMQ's definitions.json `password_hash`: base64 of a salt and a
  // SHA-256): the name is a secret's for a logger to mask, but the value is not the password.
  if (PASSWORD_HASH_NAME.test(key)) return false;
  // A SHA-384 or SHA-512 digest (96 or 128 hex) where a password goes: OctoPrint's users.yaml keeps
  // each user's salted hash under `password` (from a blind grading of 3D-printing setups: 52 false positives).
  if (isPasswordKeyName(key) && /^(?:[0-9a-f]{96}|[0-9a-f]{128})$/.test(value)) return false;
  // Pi-hole's setupVars.conf keeps its web password's double SHA-256 (64 hex) under WEBPASSWORD;
  // its Docker variable of the same name holds the password itself.
  if (/^webpassword$/i.test(key) && /^[0-9a-f]{64}$/.test(value)) return false;
  if (isKeyFingerprint(key, value)) return false;
  // Mobile SDKs' public app ids under token and key names: Adjust's app token (12 lower-case letters
  // and digits, in every app's SDK config and in its report API's app_token parameter) and Airship's
  // app key (22 characters; its secret and master secret are the credentials). From a blind grading
  // of mobile engagement: 148 false positives.
  if (isAdjustAppToken(key, value)) return false;
  if (AIRSHIP_APP_KEY_NAME.test(key) && /^[A-Za-z0-9_-]{22}$/.test(value)) return false;
  // A data source name holds a secret only with a password or a key in it (`user:pw@host`,
  // `PWD=…`, Sentry's `https://<key>@…`): `dsn="db.corp.local/PROD"` (python-oracledb's host and
  // service) is an address. (From a blind grading of on-premises administration.)
  if (/(?:^|[_.-])dsn$/i.test(key) && !/@|(?:pass(?:word)?|pwd)=/i.test(value)) return false;
  // A one-time-password seed under its name (`Mfa:TotpSecret`, `otp_secret`): base32 capitals,
  // which the value judges read as a word.
  if (OTP_NAME.test(key) && isOtpSeed(value)) return isSecretKeyName(key);
  // A password may be a person's (words, digits, punctuation) or a machine's (random letters and digits).
  if (isPasswordKeyName(key)) return isPasswordValue(value);
  // (A name ending in "secret" takes a person's password too, as acceptPunctuated does: a RADIUS
  // shared secret `VLCue…%#…`.)
  // (Not a form body's parameters after the first: `client_secret=…&client_id=…&grant_type=…`.)
  if (isSecretKeyName(key)) return looksLikeSecretValue(value, false) || (SECRET_LAST_WORD.test(key) && /[^A-Za-z0-9_+/=.-]/.test(value) && !FORM_PARAMETERS.test(value) && looksLikePassword(value)) || (SECRET_LAST_WORD.test(key) && !SECRET_OBJECT_NAME.test(key) && shortRandomSecret(value));
  return randomUnderKeyLike(key, value, bare);
}

// A short secret a vendor generates (Hotelbeds' 10 lower-case letters and digits, Expedia Rapid's
// 13, Sabre's 8 of both cases): too short for the entropy a key's judge asks (10 random characters
// from 36 measure above 3.2 bits only when none repeats). Under a name ending in "secret", letters
// and digits that change places twice or more (`d9pv8d5yce`, `1kZoGknS`), hardly a character repeated,
// no word of a stand-in. (From a blind grading of travel distribution: 160 missed.)
// Names of a Secret object rather than its value (Helm charts' `existingSecret`, `secretRef`).
const SECRET_OBJECT_NAME = /existing|ref|^(?:k8s|kube|sealed|vault|aws|gcp|azure)[_.-]?secret$/i;
const SHORT_MIXED = /^(?=.*[0-9])(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9]{8,16}$/;
const SHORT_LOWER = /^(?=(?:[a-z]*[0-9]){2})(?=(?:[0-9]*[a-z]){3})[a-z0-9]{10,16}$/;
const SHORT_STAND_IN = /secret|pass|key|token|test|demo|example|sample|dummy|fake|change|default|local|dev|prod|stag|admin|client|abc|xyz|123|000/i;

/** Whether `value` reads as a short secret a vendor generated (see SHORT_MIXED, SHORT_LOWER). */
function shortRandomSecret(value: string): boolean {
  if (!SHORT_MIXED.test(value) && !SHORT_LOWER.test(value)) return false;
  if (SHORT_STAND_IN.test(value) || /^[0-9a-f]+$/i.test(value)) return false;
  // Letters and digits change places twice or more: not a word and a number (`harbor2024x`).
  if ((value.match(/[0-9][A-Za-z]|[A-Za-z][0-9]/g) ?? []).length < 2) return false;
  // A word and digits a person chose (`Summer2024`, `Bluepeak_2024`) stays a password's shape.
  return new Set(value).size >= Math.ceil(value.length * 0.7) && !isDefaultWithDigits(value);
}

// The start of an import statement's line: the names after it are a module's, not a table's cells.
const IMPORT_LINE = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]|import[ \t]*\{|import[ \t]+[\w.]+[ \t]*,|use[ \t]+[\w:]+::\{)/;

/** Whether the line holding `at` (its last 200 characters before it) opens with an import statement. */
function importLine(text: string, at: number): boolean {
  return IMPORT_LINE.test(text.slice(lineStartWithin(text, at, 200), at + 64));
}

// Further parameters of a form body: one snake_case name, or two names, each after "&".
const FORM_PARAMETERS = /&[a-z][a-z0-9]*(?:_[a-z0-9]+)+=|&[a-z_]{2,32}=[^&]*&[a-z_]{2,32}=/;

const OTP_NAME = /otp|mfa|2fa|twofactor|two_factor|authenticator/i;
const PASSWORD_HASH_NAME = /(?:password|passwd|passphrase)[_-]?(?:hash|digest|sha(?:1|224|256|384|512)|md5)(?:[_-]?hex)?$/i;

// An id and its secret joined by ":" (Asana's `2/<gid>/<gid>:<secret>`, an `app-id:secret` pair
// for Basic auth), not a digest (`sha256:…`) or a URL.
const GPG_KEY_ID = /^(?:0x)?(?:[0-9A-F]{16}|[0-9A-F]{40})$/;
const EMAIL_ADDRESS = /^[^\s@]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}$/;
// `key` after one word that does not say secret (`lake key`, `kms key`), not `api key` or `secret key`.
const BARE_WORD_KEY = /^(?:[a-z0-9]+_)?key$/;
const SECRET_WORD_KEY = /(?:^|_)(?:api|access|secret|auth|license|private|master|app|client|service|signing|encryption|admin|root|shared)_key$/;

/**
 * An OpenPGP key's id or fingerprint (upper-case hex) under a signing key's or GPG's name, not
 * the key: Git's `user.signingkey`, and GPG_KEY in official Docker images' environments (the
 * release signing key's fingerprint; from a blind grading of tool output: 75 findings).
 */
function isKeyFingerprint(key: string, value: string): boolean {
  return GPG_KEY_ID.test(value) && /signing_?key|gpg|pgp/i.test(key);
}

/**
 * Whether the line at `at` is a table's header row: three or more comma- or tab-separated cells,
 * each a column name made of words (maybe quoted). A BitLocker recovery
 * export's `ComputerName,…,RecoveryPassword,BackedUpToAD` is read as a name beside a value
 * otherwise (from a blind grading of on-premises administration). Reads the one line, up to 1 KiB.
 */
function headerRow(text: string, at: number): boolean {
  const from = Math.max(0, at - 1024);
  const before = text.slice(from, at);
  const nl = before.lastIndexOf('\n');
  if (nl === -1 && from > 0) return false;
  const after = text.slice(at, at + 1024);
  const cut = after.indexOf('\n');
  if (cut === -1 && at + 1024 < text.length) return false;
  const cells = (before.slice(nl + 1) + (cut === -1 ? after : after.slice(0, cut))).replace(/\r$/, '').split(/,|\t/);
  // (Up to six words: lower-case runs, capitalised or not, short upper-case abbreviations, short numbers; a random value is none.)
  // (Each cell at most 48 characters before the pattern: its word splits are then bounded.)
  return cells.length >= 3 && cells.every((c) => c.length <= 48 && /^[ \t]{0,2}(["']?)(?:[A-Z][a-z]+|[a-z]{2,}|[A-Z]{2,5})(?:[_ ]?(?:[A-Z][a-z]+|[a-z]{2,}|[A-Z]{2,5}|[0-9]{1,2})){0,5}\1[ \t]{0,2}$/.test(c));
}
const CREDENTIAL_PAIR = /^([A-Za-z0-9_./@-]{3,96}):([A-Za-z0-9_+/=-]{16,256})$/;
const DIGEST_NAME = /^(?:sha\d*|md5|blake2[bs]?|crc32c?|xxh\d*|etag)$/i;

/** Whether `value` under `key` is an id and a strictly random secret joined by ":". */
function credentialPair(key: string, value: string): boolean {
  const m = CREDENTIAL_PAIR.exec(value);
  return m !== null && !DIGEST_NAME.test(m[1] as string) && !PASSWORD_REFERENCE.test(value) && !HASH_OR_CIPHER.test(value) && (isSecretKeyName(key) ? looksLikeSecretValue(m[2] as string, true) : randomUnderKeyLike(key, m[2] as string));
}

// A name whose last word is "secret" (`secret`, `client_secret`, `jwtSecret`): people choose these
// as they choose passwords, punctuation included.
const SECRET_LAST_WORD = /secret$/i;
// An option that names where a secret comes from, not the secret (from a blind grading of shell
// histories: `docker login --username AWS --password-stdin <registry>` reported the registry).
const NO_VALUE_FLAG = /[_.-](?:stdin|file|path|dir|env|cmd|command)$/i;

// Punctuation a generated secret holds beyond a token's characters (Django's `!@#$%^&*(-_=+)`).
const SECRET_PUNCTUATION = /[!#$%^&*()+=;?~|@:]/;
// What marks code, a name or settings instead: quotes, escapes, brackets, a scheme (`urn:uuid:…`),
// a dotted identifier (`self.AWS_IMDSV2_TOKEN`), a setting of its own (`Server=tcp:…`), a host name.
const CODE_PUNCTUATION = /["'`\\[\]{}<>]|^(?:[a-z]{2,10}|sha\d{1,3}|md5):|^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$|^[A-Za-z_][\w.-]{0,63}=|[a-z0-9-]{2,63}\.[a-z0-9-]{2,63}\.[a-z]{2,12}\b/;

/**
 * Whether a value shaped as a password (looksLikePassword) is machine-made, as any secret's name
 * may hold it (a Django key's `%(`, an OCI auth token's `:`): 20 or more characters, more spread
 * than a person's password (entropy ≥ 4), and not code or settings.
 */
function machineMadePunctuated(value: string): boolean {
  return value.length >= 20 && value.length <= MAX_VALUE && SECRET_PUNCTUATION.test(value) && !CODE_PUNCTUATION.test(value) && shannonEntropy(value) >= 4;
}

/**
 * A value with punctuation beyond a token's: a password under a password's name or one ending in
 * "secret", a machine-made secret under any secret's name, or an id:secret pair.
 */
function acceptPunctuated(key: string, value: string): boolean {
  // A query string is settings, not one value (`?sort=updated&tokenizer=standard-analyzer-v2`).
  // Under a password's name, only two parameters or more: a generated password may hold a word
  // and "=" after "#" or at its start by chance (`Lv#Iby=!…`, `LvIby=…`).
  const password = isPasswordKeyName(key);
  if (password ? QUERY_PAIRS.test(value) : QUERY_LIKE.test(value)) return false;
  if ((password || isSecretKeyName(key)) && looksLikePassword(value) && (password || SECRET_LAST_WORD.test(key) || machineMadePunctuated(value))) return true;
  return credentialPair(key, value);
}

/** acceptGeneric for a value taken by a wide run (`bare`: unquoted): its punctuation only as acceptPunctuated takes it. */
function acceptWide(narrow: RegExp, bare = false): (key: string, value: string) => boolean {
  return (key, value) => {
    // An unquoted value is judged as read: .properties' escapes (`\:`, `\=`) stand for the character.
    const v = bare && value.includes('\\') ? value.replace(/\\([:=!#$])/g, '$1') : value;
    return narrow.test(v) ? judgeGeneric(key, v, bare) : acceptPunctuated(key, v);
  };
}
const acceptQuoted = acceptWide(NARROW_QUOTED);
const acceptBare = acceptWide(NARROW_BARE, true);
const SAS_LET = /^[ \t]*%let[ \t]/i;

/**
 * Whether `value` assigned to `name` is a secret, as the quoted assignment form judges
 * `name = "value"`: a password name takes a person's password, a secret name a random value, a
 * key-like name a strictly random one. The detector's judgeAssignment applies its config on top.
 */
export function acceptNamedValue(name: string, value: string): boolean {
  if (acceptQuoted(name, value) && !namesItself(name, value)) return true;
  // A name in another language (`mot_de_passe`, `QINIU_GEHEIMNIS`), as the label rule judges it.
  const m = INTL_WORD_IN_NAME.exec(name);
  return m !== null && judgeIntlLabel(name.slice(0, m.index), name.slice(m.index), value);
}
// One of INTL_LABEL's words in a name: at its start, after a separator or at a camel-case boundary.
const INTL_WORD_IN_NAME = new RegExp(`(?:(?<![\\p{L}\\p{N}])|(?<=\\p{Ll})(?=\\p{Lu}))(?:${intlAlternation(INTL_WORDS)})`, 'iu');

/**
 * Whether a value spells its own key's name (`api_key: test_api_key_123`, `token:
 * dummy-token-for-tests`): a stand-in someone typed, not a secret. Not under a password's name,
 * where `password123` is a weak password in use and is reported.
 */
function namesItself(key: string, value: string): boolean {
  if (isPasswordKeyName(key)) return false;
  const words = key.split(/[^A-Za-z0-9]+|(?<=[a-z0-9])(?=[A-Z])/).filter((w) => w !== '');
  const last = (words[words.length - 1] ?? '').toLowerCase();
  const two = words.length > 1 ? `${(words[words.length - 2] as string).toLowerCase()}${last}` : '';
  const lower = value.toLowerCase();
  const word = two.length >= 6 && lower.replace(/[^a-z0-9]/g, '').includes(two) ? two : last.length >= 5 && lower.includes(last) ? last : '';
  if (word === '') return false;
  // A vendor's word prefix before a random body (Statsig's `secret-…`) is a secret still.
  const at = lower.indexOf(word);
  const rest = at === -1 ? '' : value.slice(0, at) + value.slice(at + word.length);
  return !(rest.length >= 16 && looksLikeSecretValue(rest.replace(/^[_.-]+|[_.-]+$/g, ''), true));
}

interface GenericSpec {
  readonly id: string;
  readonly description: string;
  readonly pattern: RegExp;
  /** What follows the key: a quoted value, a bare one, the key is an XML element's name, or a URL query parameter's. */
  readonly form: 'quoted' | 'bare' | 'xml' | 'named' | 'attribute' | 'block' | 'table' | 'tuple' | 'spaced' | 'header' | 'cell' | 'query' | 'inline' | 'directive' | 'default' | 'template' | 'plist' | 'label' | 'call' | 'flag' | 'struct' | 'pair' | 'list';
  /** How far before the keyword the key may start. */
  readonly before: number;
  /** The capture groups of the key and of the value. */
  readonly keyGroup: number;
  readonly valueGroup: number;
  /** The key samples are assigned to (`sampleKey = "…"`), or a whole sample of the form. */
  readonly sampleKey?: string;
  readonly sample?: (g: SampleGen) => string;
  readonly negatives: readonly string[];
}

/** Each form's pre-check at a keyword hit. */
// Each form's bit in formsAt's answer.
const FORM_BIT: Record<GenericSpec['form'], number> = {
  quoted: 1,
  bare: 2,
  xml: 4,
  named: 8,
  attribute: 16,
  header: 32,
  cell: 64,
  query: 128,
  inline: 256,
  directive: 512,
  default: 1024,
  template: 2048,
  plist: 4096,
  block: 8192,
  table: 16384,
  tuple: 32768,
  spaced: 65536,
  label: 131072,
  call: 262144,
  flag: 524288,
  struct: 1048576,
  pair: 2097152,
  list: 4194304,
};
// The first character of an assignment after a key and its blanks (operatorEnd's operators, a
// type annotation's ":", Go's `string`, SQL's `CONSTANT`/`NVARCHAR`/`VARCHAR2`).
const ASSIGNMENT_FIRST = new Set([40 /* ( of a function returning a literal */, 41 /* ) of Rust's ").unwrap_or(" */, 116 /* t of Kotlin's to */, 45 /* - of Scala's -> */, Char.Colon, Char.Equals, 60 /* < of <- */, 63 /* ? */, 46 /* . */, 124 /* | */, Char.Comma, 115 /* s */, 123 /* { */, 67 /* C */, 99 /* c */, 78 /* N */, 110 /* n */, 86 /* V */, 118 /* v */, 65 /* A */, 97 /* a */]);

/** Whether `c` is one of the characters `\s` matches. */
function isSpaceChar(c: number): boolean {
  return c === Char.Space || (c >= 9 && c <= 13) || (c >= 160 && /\s/.test(String.fromCharCode(c)));
}

/**
 * The forms (FORM_BIT) whose NEAR test may pass at a keyword hit, read from the characters right
 * after the key: a necessary condition of each, run once per hit for all thirteen generic rules
 * (Rule.gate). In code most hits (`key)`, `token.value`, `keys`) leave no form.
 */
function formsAt(text: string, at: number, memo: ScanMemo): number {
  const end = keyEndAt(text, at, memo);
  const start = keyStartAt(text, at);
  const c0 = text.charCodeAt(end);
  const table = c0 === Char.Space || c0 === Char.Tab || TABLE_BAR_CODES.has(c0) || c0 === 60 /* < */ || c0 === Char.Backtick || c0 === 42 /* * */ ? FORM_BIT.table : 0;
  const strength = keyRunStrength(text, at, start, end);
  // A run that can name no secret (`keys`, `keyword`, `Object.keys`, `author`: four in ten generic
  // hits in package sources) is no form's name, but a table's cell of words (`| API Keys | … |`).
  if (strength === 0) return table;
  let forms = table;
  if (c0 === Char.Colon) forms |= FORM_BIT.xml | FORM_BIT.header | FORM_BIT.default;
  // A start tag with attributes: `<wsse:Password Type="…">`.
  else if (c0 === Char.Space && startsTag(text, at, start)) forms |= FORM_BIT.xml;
  else if (c0 === 62 /* > */) forms |= FORM_BIT.xml;
  else if (c0 === Char.Equals) forms |= FORM_BIT.query | FORM_BIT.inline;
  else if (bracketedFieldStart(text, start, end) !== -1) forms |= FORM_BIT.query;
  else if (c0 === 45 /* - */) forms |= FORM_BIT.default;
  else if (c0 === 60 /* < */) forms |= FORM_BIT.plist;
  else if (c0 === Char.DoubleQuote || c0 === Char.Quote) forms |= FORM_BIT.named | (text.charCodeAt(start - 1) === c0 && text.charCodeAt(start - 2) === 40 /* ( */ && text.startsWith('fetch(', start - 7) ? FORM_BIT.default : 0);
  if (c0 === 124 /* | */ || c0 === Char.Space || c0 === Char.Tab) forms |= FORM_BIT.template;
  const keyQuoted = isQuoteChar(c0);
  const c1 = keyQuoted ? text.charCodeAt(end + 1) : c0;
  if (c1 === Char.Comma || c1 === Char.Tab) forms |= FORM_BIT.cell;
  if (c1 === Char.Space || c1 === Char.Tab) forms |= FORM_BIT.directive;
  if (c1 === Char.Comma || isSpaceChar(c1) || c1 === 125 /* } */) forms |= FORM_BIT.attribute;
  if (c1 === Char.Colon || c1 === Char.Equals || c1 === Char.Space || c1 === Char.Tab || c1 === 123 /* { */ || c1 === 10 || c1 === 13) forms |= FORM_BIT.block;
  let i = skipCallOrArray(text, keyQuoted ? end + 1 : end, keyQuoted);
  if (text.charCodeAt(i) === Char.Bracket) i++;
  if (text.charCodeAt(i) === 42 /* * */) i++;
  if (ASSIGNMENT_FIRST.has(text.charCodeAt(skipBlanks(text, i, ALIGN_MAX)))) forms |= FORM_BIT.quoted | FORM_BIT.bare;
  if (c0 === Char.Space || c0 === Char.Tab || c0 === Char.Comma) forms |= FORM_BIT.tuple;
  if (keyQuoted && (c1 === Char.Comma || c1 === Char.Space || c1 === Char.Tab)) forms |= FORM_BIT.pair;
  if (c0 === Char.Space || c0 === Char.Tab) forms |= FORM_BIT.spaced;
  if (c0 === Char.Colon || c0 === Char.Space || c0 === Char.Tab || c0 === 42 /* * */ || c0 === 95 /* _ */ || c0 === 10 || c0 === 13 || c0 === 0x2192 || c0 === 0xff1a) forms |= FORM_BIT.label;
  if (c0 === 40 /* ( */ || c0 === Char.Space || c0 === Char.Tab) forms |= FORM_BIT.call;
  if (c0 === Char.Equals || c0 === Char.Space || c0 === Char.Tab || keyQuoted || c0 === 10 || c0 === 13) forms |= FORM_BIT.flag;
  if (c0 === Char.Colon && (text.charCodeAt(start - 1) === 123 /* { */ || text.charCodeAt(start - 1) === Char.Space)) forms |= FORM_BIT.struct;
  if (c1 === Char.Colon && listFollows(text, keyQuoted ? end + 2 : end + 1)) forms |= FORM_BIT.list; // (opensList)
  // A weak name (a bare `key`, common in code) takes only a token of 24 or more characters, which
  // starts within a few operator characters after it: read that before any pattern runs.
  if (strength === 1 && (forms & NAME_BOUND) !== 0 && !tokenRunFollows(text, end, 24)) forms &= ~NAME_BOUND;
  return forms;
}

// The forms whose judge takes the run of key characters around the hit (or a part of it from a
// separator on) for the name, and turns the value down unless that name passes isSecretKeyName,
// isPasswordKeyName or isKeyLikeName (or, for a call or tuple, names a bearer credential). Four
// in ten generic hits in package sources qualify (`key`, `keys`, `Object.keys`, `keyword` do not).
// A name the pattern may take from elsewhere in the window holds a keyword hit of its own.
const NAME_BOUND = FORM_BIT.quoted | FORM_BIT.bare | FORM_BIT.inline | FORM_BIT.call | FORM_BIT.tuple | FORM_BIT.pair | FORM_BIT.spaced | FORM_BIT.directive | FORM_BIT.cell | FORM_BIT.block | FORM_BIT.template | FORM_BIT.flag | FORM_BIT.struct | FORM_BIT.list;
// nameStrength's answers by key run: a few thousand distinct runs hold nearly all hits (6,130 in
// 83 MB of package sources; a smaller cache emptied itself over and over).
const nameAnswers = new Map<string, 0 | 1 | 2>();

/** Whether the key run at the hit, maybe quoted, and ":" end their line, and a YAML list starts on the next. */
function opensList(text: string, at: number, memo: ScanMemo): boolean {
  let i = keyEndAt(text, at, memo);
  if (isQuoteChar(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === Char.Colon && listFollows(text, i + 1);
}

/** Whether a YAML list starts on the line after `i` (just past a name's ":"): blanks to the line's end, then a `- ` item. */
function listFollows(text: string, i: number): boolean {
  i = skipBlanks(text, i, 8);
  if (text.charCodeAt(i) === 13) i++;
  if (text.charCodeAt(i) !== 10) return false;
  i = skipBlanks(text, i + 1, 32);
  return text.charCodeAt(i) === 45 /* - */ && (text.charCodeAt(i + 1) === Char.Space || text.charCodeAt(i + 1) === Char.Tab);
}

/** Whether the key run starting at `start` opens a start tag: "<" before it, or before its namespace. */
function startsTag(text: string, at: number, start: number): boolean {
  const before = text.charCodeAt(start - 1);
  return before === 60 /* < */ || (before === Char.Colon && text.charCodeAt(keyStartAt(text, at, true) - 1) === 60);
}

/** nameStrength of the key run [start, end) around the hit at `at`, cached. */
function keyRunStrength(text: string, at: number, start: number, end: number): 0 | 1 | 2 {
  // A run the walks cut off at 64 characters: the name is not known whole.
  if (at - start >= 64 || end - at >= 64) return 2;
  // A sentence's full stop or a dash after the name is no part of it (`DB_PASS.`, `SDK-AK -`).
  let last = end;
  while (last > at + 1 && (text.charCodeAt(last - 1) === 46 || text.charCodeAt(last - 1) === 45)) last--;
  const run = text.slice(start, last);
  let answer = nameAnswers.get(run);
  if (answer === undefined) {
    if (nameAnswers.size >= 16384) nameAnswers.clear();
    answer = nameStrength(run);
    nameAnswers.set(run, answer);
  }
  return answer;
}

/**
 * Whether a run of at least `min` token characters starts after at most 64 blanks, line breaks,
 * quotes and operators from `i` (as far as any form lets a value stand from its name).
 */
export function tokenRunFollows(text: string, from: number, min: number): boolean {
  const stop = Math.min(text.length, from + 64);
  let i = skipOperators(text, from, stop);
  // A declaration's string type and its "=" between the name and the value (Rust's `KEY: &str = "…"`, Kotlin's `: String =`).
  STRING_TYPE.lastIndex = i;
  if (i < stop && STRING_TYPE.test(text)) i = skipOperators(text, STRING_TYPE.lastIndex, stop);
  const end = i + min;
  if (end > text.length) return false;
  for (; i < end; i++) if (!isTokenChar(text.charCodeAt(i))) return false;
  return true;
}

/** Past the operator characters from `i`, stopping at `stop`. */
function skipOperators(text: string, i: number, stop: number): number {
  while (i < stop && isOperatorChar(text.charCodeAt(i))) i++;
  return i;
}

/** Blank, line break, quote, ":", "=", ">", ",", "(", "{", "[" or "]": what stands between a name and its value. */
function isOperatorChar(c: number): boolean {
  return c === Char.Space || c === Char.Tab || c === 10 || c === 13 || c === Char.DoubleQuote || c === Char.Quote || c === Char.Backtick || c === Char.Colon || c === Char.Equals || c === 62 || c === Char.Comma || c === 40 || c === 123 || c === 91 || c === Char.Bracket;
}

/** A-Z a-z 0-9 _ + / = - */
function isTokenChar(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 43 || c === 47 || c === Char.Equals || c === 45;
}

const NEAR: Record<GenericSpec['form'], (text: string, at: number, memo: ScanMemo) => boolean> = {
  quoted: (text, at, memo) => assignmentFollows(text, at, true, memo),
  bare: (text, at, memo) => assignmentFollows(text, at, false, memo) && bareKeyStarts(text, at),
  xml: inXmlStartTag,
  named: inNamedElement,
  attribute: inAttributePair,
  header: inHeaderLine,
  cell: inCell,
  query: inQueryParam,
  inline: inlineKeyStarts,
  directive: inDirective,
  default: inDefaultReference,
  template: inTemplateDefault,
  plist: inPlistKey,
  block: opensBlock,
  table: inTableCell,
  tuple: inTuple,
  pair: inQuotedPair,
  spaced: startsSpacedLine,
  label: afterLabelWord,
  call: callArgumentFollows,
  flag: inFlagOption,
  struct: inStructDump,
  list: opensList,
};

// Maven's encrypted password: base64 in braces (`{COQLCE6DU6GtcS5P=}`), in a settings.xml
// `<server>` entry; decrypting it takes settings-security.xml's master password. Elsewhere a
// `{base64}` XML password may be a password that holds braces, and is judged as one.
const MAVEN_ENCRYPTED = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/;
function mavenEncrypted(value: string, text: string, at: number): boolean {
  if (!MAVEN_ENCRYPTED.test(value)) return false;
  // A bounded look back: lastIndexOf would walk to the text's start for every such value.
  return text.slice(Math.max(0, at - 1023), at + 8).includes('<server>');
}

/** Whether the name at `at` is a call's keyword argument: "(" or "," before it, past blanks and line breaks (at most 64). */
function keywordArgument(text: string, at: number): boolean {
  let i = at - 1;
  const stop = Math.max(0, at - 64);
  while (i >= stop && isSpaceChar(text.charCodeAt(i))) i--;
  const c = text.charCodeAt(i);
  return c === 40 /* ( */ || c === Char.Comma;
}

// (Or a vendor's short prefix without "X-", When I Work's `W-Key`, and UKG's `appkey`: from a blind
// grading of HR integrations, 13 such headers missed in curl commands.)
const VENDOR_KEY_HEADER = /^X-(?!(?:cache|idempotency|request|correlation|trace|dedupe?|routing|partition|sort|public|pub|csrf|xsrf)-)[A-Za-z0-9]{2,24}-(?:Key|Token|Secret)(?:-\d{1,2})?$|^(?!(?:cache|idempotency|request|correlation|trace|dedupe?|routing|partition|sort|public|pub|csrf|xsrf|primary|foreign|api)-)[A-Z][A-Za-z0-9]{0,23}-(?:Key|Token|Secret)$|^appkey$/i;

/** Each form's judgement of a match's key (or parameter name) and value; the query form also looks at the match's URL. */
const JUDGE: Record<GenericSpec['form'], (key: string, value: string, m: RegExpExecArray, text: string, at: number) => boolean> = {
  // A call's first argument may name the scheme (`new AuthenticationHeaderValue("Bearer", "…")`).
  // (A lower-case `key="…"` with no blank around "=" is a JSX or HTML attribute: React's list key;
  // but not after "(" or ",": a call's keyword argument, `fal_client.SyncClient(key="…")`.)
  quoted: (key, value, m, text, at) => !joinedList(m, text, at) && (/^bearer$/i.test(key) ? looksLikeSecretValue(value, false) : acceptQuoted(key, value) && !(key === 'key' && /(?:^|[^A-Za-z0-9_$.-])key=\{?["'`]/.test(m[0]) && !keywordArgument(text, at + m[0].indexOf('key=')))),
  // (A SAS `%let KEY = value;` ends its statement with ";", which is not the value's.)
  bare: (key, value, m) => acceptBare(key, value.endsWith(';') && SAS_LET.test(m[0]) ? value.slice(0, -1) : value),
  // (A plist's or a dictionary's `<key>` element holds a name: its value is the next element.)
  xml: (key, value, _m, text, at) => !/^key$/i.test(key) && acceptGeneric(key, value) && !mavenEncrypted(value, text, at),
  named: acceptGeneric,
  // Unquoted names and values only in YAML (`name: X`, `value: …`): with "=" they are code, a
  // call's keyword arguments (`AdditionalProperty(key=vlan_key, value=self.…)`).
  // (HCL's `value = <<-EOT` heredoc is a value too: Terraform's aws_ssm_parameter.)
  attribute: (key, value, m) => acceptQuoted(key, value) && ((m[2] !== '' && m[5] !== '') || !/(?:key|name|value)["']?[ \t]*=/.test(m[0]) || /=[ \t]*<<-?[A-Z_]/.test(m[0])),
  // A header name is a secret's (X-Api-Key, Private-Token), and its value strictly random: a
  // string "token: …" in code is as often a cache key or a message (`"token:" + sha1`: hex is
  // held to the floor of other alphabets here).
  // (An API key header, `X-Api-Key`, `X-Auth-Token`, takes a hex key as the other forms do.)
  // A header is written `Name: value`; with no blank after the colon, a lower-case word is a
  // namespaced id or cache key (`"token:<hex>"`), and only a header's own name (X-Api-Key) counts.
  // A UUID counts under a credential header (`-H "apikey: <uuid>"`, `Authorization: <uuid>`), as
  // under a secret's name in an assignment: many APIs issue UUID keys (gitleaks' curl cases). A
  // header's own name only: `"token: <uuid>"` in code is a cache key. A vendor's `X-<name>-Token`
  // or `-Key` header takes hex as an API key header does (Jellyfin's X-Emby-Token, Plex's; from a
  // blind grading of home-lab dashboards).
  // (A vendor's own key header may be numbered, `X-Phantombuster-Key-1`, and its name is no secret's
  // word otherwise: from a blind grading of sales tools.)
  // (Hex under a header named for a secret key or a refresh token: ironSource's documented
  // `secretkey:` and `refreshToken:` headers, from a blind grading of app monetization; and a
  // vendor's `X-…-Authorization`, Tyk's gateway secret in `x-tyk-authorization`, from one of API gateways.)
  header: (key, value, m) =>
    (isSecretKeyName(key) || VENDOR_KEY_HEADER.test(key)) && (/^["'][^:]*:[ \t]/.test(m[0]) || /[-A-Z]/.test(key)) && (looksLikeSecretValue(value, true, /api[-_]?(?:key|token)|auth[-_]?token|access[-_]?token|refresh[-_]?token|secret[-_]?key|client[-_]?secret|(?:^|-)authorization$|^x-[a-z0-9]{1,24}-(?:token|key)$/i.test(key)) || (UUID.test(value) && /api[-_]?key|access[-_]?key|auth|token/i.test(key) && (/[-A-Z]/.test(key) || /^api[-_]?key$/i.test(key)))),
  query: acceptQueryParam,
  // A cell beside a secret's name, quoted as the name is, in a row of data (not a code list), is
  // judged as any value under that name; the name must look like a setting's, not a word of prose.
  // (A CSV writer quotes a value with punctuation and not the name beside it: a row that starts
  // the line may do so. Up to one short cell may stand between, an environment's or a scope's.)
  // (Or after a few bare cells that start the row: an export's `zoom,zoom_client_secret,"…"`.)
  // (Not a header row, whose every cell is a column's name: `…,RecoveryPassword,BackedUpToAD`;
  // read last, as the dearest test.)
  // (Not the names a Python or JS import lists: `from vws_auth_tools import authorization_header, rfc_1123_date`.)
  // (Not a token whose prefix says "secret": `pt_secret_<hex>` in a key column is a value, and the
  // UUID after it no secret of its; from a blind grading of scheduling integrations.)
  cell: (key, value, m, text, at) => !importLine(text, at) && !/[0-9a-f]{16}|[A-Za-z0-9]{24}/.test(key) && (m[1] === m[3] || (m[1] === '' && m[3] === '"' && (at === 0 || text.charCodeAt(at - 1) === 10 || BARE_CELLS_BEFORE.test(text.slice(Math.max(0, at - 100), at))))) && rowBefore(text, at, m[1] !== '') && /[ _.-]|[a-z][A-Z]/.test(key) && (!key.includes(' ') || LOWER_WORDS_CELL.test(key)) && acceptGeneric(key, value) && !headerRow(text, at),
  // A password on a command or inventory line (`ansible_become_pass=…`) is judged as a password;
  // a secret's name (`HEROKU_AUTH_TOKEN=<uuid>`) takes any random value, a key-like one
  // (`-e AZURE_OPENAI_KEY=…`, `-Ddatadog.app-key=…`) a strictly random one.
  // (A name in snake case, `encryption_key=TEST_KEY1`, is a call's keyword argument: the value
  // judges turn it down.)
  inline: judgeInline,
  // An option is judged as an inline `NAME=value`; punctuation beyond a token's (`!`, `@`, `*` …)
  // only in a password's value: a command's other arguments hold it too (`--token ab!c@…` in a
  // document is a stand-in).
  // (A name ending in "secret" takes a person's password as a password's does: PowerShell's `Set-Secret -Secret "…"`.)
  // (`--password-stdin`, `--token-file`: the secret comes from elsewhere, and the next argument is
  // the command's, docker login's registry host.)
  flag: (key, value) => !NO_VALUE_FLAG.test(key) && (NARROW_FLAG.test(value) || isPasswordKeyName(key) || SECRET_LAST_WORD.test(key)) && (judgeInline(key, value) || (SECRET_LAST_WORD.test(key) && looksLikePassword(value))),
  // A struct's field is judged as an inline `NAME=value` (its value unquoted, to a blank).
  struct: judgeInline,
  directive: acceptQuoted,
  default: acceptQuoted,
  template: acceptQuoted,
  plist: acceptQuoted,
  // (Composer's auth.json names a section `bearer`: its hosts' values are bearer tokens.)
  block: (key, value) => (/^bearer$/i.test(key) ? looksLikeSecretValue(value, false) : acceptGeneric(key, value)),
  table: (key, value, m, text, at) => acceptGeneric(key, value) && !underIdHeader(text, at + m[0].lastIndexOf(value)),
  // Elixir's `auth: {:bearer, "…"}` (Req) names the credential by its scheme.
  tuple: (key, value) => (/^bearer$/i.test(key) ? looksLikeSecretValue(value, false) : acceptQuoted(key, value)),
  pair: acceptQuoted,
  list: acceptGeneric,
  spaced: acceptGeneric,
  // The label's words are the name (`your_api_key`, `staging_api_key`); prose is full of words,
  // so only a strictly random value counts.
  label: (key, value, m, text, at) => {
    const name = key.trim().toLowerCase().replace(/[ \t-]+/g, '_');
    // (A UUID counts under a secret's name: Heroku's and many others' API keys are UUIDs.)
    // (A qualified name is a type: `private_key: ed25519.Ed25519PrivateKey` in a signature.)
    if (QUALIFIED_NAME.test(value)) return false;
    // An identifier's, a public key's or a fingerprint's label (`GPG key: 4AEE18F8…`).
    if (NOT_SECRET_KEY_LABEL.test(name)) return false;
    // A cache's key (`Cache restored from key: node-cache-Linux-x64-npm-<sha256>`, actions/cache's
    // log line; from a blind grading of tool output: 210 findings) names an entry, not a secret.
    // (The words before the label are read from the text: the match's window may start inside them.)
    const phrase = `${text.slice(Math.max(0, at - 48), at)}${m[1] ?? key}`.trim().toLowerCase().replace(/[ \t-]+/g, '_');
    if (/(?:^|_|[^a-z])cache_(?:[a-z]+_){0,3}key$/.test(phrase)) return false;
    // A key's id or fingerprint under its algorithm's name (gpg's `using RSA key 4AEE18F8…` in `git log --show-signature`).
    if (GPG_KEY_ID.test(value) && /(?:^|_)(?:rsa|dsa|ecdsa|eddsa|ed25519|cv25519|elg)_key$/.test(name)) return false;
    const written = key.trim();
    const kebab = written.includes('-');
    const between = m[0].slice(key.length, m[0].indexOf(value, key.length));
    // A quoted value after a blank alone is a statement's or a command's syntax (SQL's
    // `PASSWORD '…'`), which other rules read; a label puts ":", "-" or "is" before a quote. A
    // kebab-case name is no statement's keyword (`using riot-api-key "…"` in a log); a snake-case
    // one may be code's (Elixir's `x = @api_token "…"`).
    if (!kebab && /^[ \t]+["']$/.test(between)) return false;
    // A kebab-case name takes its value on its own line, or after a separator: a command's
    // argument (`gcloud secrets update my-secret⏎ --set-kms-key=…`) is none.
    if (value.startsWith('--') || (kebab && /[\r\n]/.test(between) && !/[:\u2192]|->|-[ \t]|\.{3}/.test(between))) return false;
    // A preposition's key with no separator names one by its id in a sentence (IBM Cloud's
    // `"Auto-generated for key 8ccd…"`); `use this token …` hands one over.
    if (/(?:^|_)(?:for|of|with|by|from|on|in|per)_(?:api_|access_)?(?:key|token|secret)$/.test(name) && /^[ \t]+$/.test(between)) return false;
    // A password after its label and a separator: judged as a password, from 10 characters.
    if (PASSWORD_LABEL_END.test(name) && /^[^:\-\u2192.]*[ \t]*(?::|->|\u2192|-[ \t]|\.{3})/.test(m[0].slice(key.length))) return looksLikePassword(value) || (value.length >= 16 && looksLikeSecretValue(value, true));
    // So is one in code quotes after a setting's name (`try this one for DB_PASSWORD \`…\`` in a chat).
    if (PASSWORD_LABEL_END.test(name) && /[_-]/.test(written) && (m[2] === '`' || m[2] === '"' || m[2] === "'")) return looksLikePassword(value);
    if (value.length < 16) return false;
    // (A setting's name is judged as written too: `AZURE_DEVOPS_EXT_PAT` says PAT only in capitals.)
    const secretName = isSecretKeyName(name) || (!/[ \t]/.test(written) && isSecretKeyName(written));
    // A UUID under a bare `<word> key` in prose is an identifier: `lake key <uuid>` names a KMS key
    // (from a blind grading of data-engineering files), where `api key <uuid>` is Heroku's.
    if (UUID.test(value) && BARE_WORD_KEY.test(name) && !SECRET_WORD_KEY.test(name)) return false;
    if (secretName ? looksLikeSecretValue(value, true) || UUID.test(value) : randomUnderKeyLike(name, value)) return true;
    // Any other key's label (`storage key:`, `signing key:`) takes a long, strictly random value,
    // unless it names an identifier or a public or fingerprinted key.
    return /_key$/.test(name) && !/public|publishable|search|site|client|anon|tokenization/.test(name) && !isPublishedKeyName(name) && value.length >= 32 && looksLikeSecretValue(value, true);
  },
  // A call named for a secret (or for a bearer credential) is judged as an assignment to that name.
  // Without parentheses only as a statement (a line's start, after "{" or ";"): in prose,
  // `and password 'xyz'` is a sentence.
  // (A credential pair's constructor takes the user or key id first: `New-Object PSCredential("<app id>",
  // $secret)`, `new NetworkCredential("user", …)`, `new BasicAWSCredentials("AKIA…", …)`; from a blind grading.)
  // (A lookup by key or id takes an identifier: gspread's `gc.open_by_key("<sheet id>")`, from a
  // blind grading of notebooks: 27 findings.)
  // (Nor is an e-mail address, a credentials call's user: `new PasswordAuthentication("ops@…", …)`.)
  // (Jenkins' `credentials('<id>')` takes a stored credential's id, a UUID: from a blind grading of CRMs, 12 false positives.)
  call: (key, value, m, text, at) => !CALL_READS.test(key) && !(key === 'credentials' && UUID.test(value)) && !/(?:_by_|By)(?:key|Key|id|Id|ID|name|Name)$/.test(key) && !EMAIL_ADDRESS.test(value) && !(/credentials?$|authentication$/i.test(key) && m[0].trimEnd().endsWith(',')) && (m[0].includes('(') || statementStart(text, at)) && (/bearer/i.test(key) ? looksLikeSecretValue(value, false) : acceptQuoted(key, value)),
};

// The next piece of a string split over concatenation: the closing quote, an optional "+" (at
// either line's end), one line break, the opening quote, a run of value characters and its
// closing quote. Python's implicit concatenation has no "+".
const CONTINUATION = /(["'])[ \t]{0,8}\+?[ \t]{0,8}\r?\n[ \t]{0,64}\+?[ \t]{0,8}\1[^\s"'`]{1,256}(?=\1)/y;
const MAX_PIECES = 8;

/** The end of a quoted value's last piece when it is split over string concatenation (Rule.continues). */
function concatenated(text: string, end: number): number {
  let at = end;
  for (let n = 0; n < MAX_PIECES; n++) {
    CONTINUATION.lastIndex = at;
    const m = CONTINUATION.exec(text);
    if (m === null) break;
    at = m.index + m[0].length;
  }
  return at;
}

/** A generic rule: the forms differ only in pattern, window, pre-check and groups. */
// Terraform's GitHub provider keeps an Actions, Dependabot or Codespaces secret's value in
// `plaintext_value` and its name in `secret_name` or the resource's label (`terraform show`, a
// plan, state): the value is judged under that name, so a secret named POD_UID holding a UUID is
// no token. Read within the resource's braces, at most 1 KiB either way.
const PLAINTEXT_VALUE = /^["']?plaintext_value["']?$/i;
const SECRET_NAME_FIELD = /(?:^|[\s{,])"?secret_name"?[ \t]{0,40}[=:][ \t]{0,4}"([A-Za-z_][A-Za-z0-9_.-]{0,127})"/;
const SECRET_RESOURCE = /resource[ \t]{1,4}"github_[a-z_]{0,40}secret"[ \t]{1,4}"([A-Za-z_][A-Za-z0-9_-]{0,127})"[ \t]{0,4}$/;

/** The name a value is judged under: the secret's own name for Terraform's `plaintext_value`, else `key`. */
function secretNameOf(key: string, text: string, at: number): string {
  if (BARE_KEY.test(key)) return parentKeyName(key, text, at);
  if (!PLAINTEXT_VALUE.test(key)) return key;
  // Searched in a slice: lastIndexOf and indexOf on the whole text would walk to a brace a
  // megabyte away at every match.
  const from = Math.max(0, at - 1024);
  const window = text.slice(from, Math.min(text.length, at + 1024));
  const rel = at - from;
  const open = window.lastIndexOf('{', rel);
  const close = window.indexOf('}', rel);
  const field = SECRET_NAME_FIELD.exec(window.slice(open >= 0 ? open : 0, close >= 0 ? close : window.length));
  if (field) return field[1] as string;
  if (open >= 0) {
    const resource = SECRET_RESOURCE.exec(window.slice(window.lastIndexOf('\n', open - 1) + 1, open));
    if (resource) return resource[1] as string;
  }
  return key;
}

// A bare `key:` under a YAML mapping that names what it is for (OctoPrint's `api:` ⏎ `  key: …`,
// `auth:` ⏎ `  key: …`): judged as `api_key`. Other parents (`cache:`, `sort:`) keep the bare name.
const BARE_KEY = /^key$/i;
const KEY_PARENT = /^(?:api|auth|secrets?|credentials?|access|signing|encryption|license|webhook)$/i;
const YAML_PARENT = /^([ \t]*)([A-Za-z_][A-Za-z0-9_-]{0,63}):[ \t]*\r?$/;

/**
 * `key`, or `<parent>_key` where the key's line is indented under a mapping KEY_PARENT names
 * (looked for over at most 8 lines and 1,024 characters back: a bounded slice, as a minified or
 * one-line text would make every look-back walk to its start).
 */
function parentKeyName(key: string, text: string, at: number): string {
  const from = Math.max(0, at - 1024);
  const before = text.slice(from, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  if (lineStart === 0) return key;
  // (The match may start at the key's line, before its indent: the indent is read from the text.)
  let indent = 0;
  while (indent < 64 && (text.charCodeAt(from + lineStart + indent) === Char.Space || text.charCodeAt(from + lineStart + indent) === Char.Tab)) indent++;
  if (indent === 0) return key;
  let end = lineStart - 1;
  for (let n = 0; n < 8 && end > 0; n++) {
    const start = before.lastIndexOf('\n', end - 1) + 1;
    // A line cut by the slice's start is no parent to read.
    if (start === 0 && from > 0) return key;
    const line = before.slice(start, end);
    const own = line.search(/\S/);
    if (own !== -1 && own < indent) {
      const m = YAML_PARENT.exec(line);
      return m !== null && KEY_PARENT.test(m[2] as string) ? `${m[2]}_${key}` : key;
    }
    end = start - 1;
  }
  return key;
}

/**
 * Mailgun's webhook signature: a `token` of 50 hex digits beside its `timestamp` and the HMAC
 * `signature`. The token is a one-time nonce Mailgun sends with every event, no credential (the
 * signing key that checks it is). (From a blind grading of email infrastructure: test fixtures.)
 */
function isWebhookNonce(key: string, value: string, text: string, at: number): boolean {
  // A Typeform webhook payload's `form_response.token`: the id of one response.
  if (normalizeKeyName(key) === 'token' && /^[a-z0-9]{32}$/.test(value) && text.slice(Math.max(0, at - 300), at).includes('"form_response"')) return true;
  if (value.length !== 50 || normalizeKeyName(key) !== 'token' || !/^[0-9a-f]{50}$/.test(value)) return false;
  const around = text.slice(Math.max(0, at - 300), at + 400);
  return around.includes('timestamp') && around.includes('signature');
}

const RESOURCE_TOKEN_NAME = /(?:user|card|cardproduct|cardprogram|program|business|transaction|fundingsource|cardholder|digitalwallet|velocitycontrol|authcontrol)token$/;

/**
 * Whether a UUID under `name` (normalised) is a card issuer's resource id: card issuers name their
 * resources' ids "tokens" (Marqeta's `user_token`, `card_product_token` and an object's own
 * `token`, Lithic's `account_token`), UUIDs that open nothing (from a blind grading of
 * banking-as-a-service: 403 such findings). A bare `token` counts so only beside them, and
 * `account_token` only with Lithic named (Postmark's account token is a UUID and a secret).
 */
function isCardResourceToken(name: string, text: string, at: number): boolean {
  if (RESOURCE_TOKEN_NAME.test(name)) return true;
  if (name.endsWith('accounttoken')) return /lithic/i.test(text.slice(Math.max(0, at - 2000), at + 500));
  return name === 'token' && /_token["']?[ \t]{0,4}:[ \t]{0,4}["']?[0-9a-f]{8}-[0-9a-f]{4}-/.test(text.slice(Math.max(0, at - 300), at + 300));
}

/**
 * A value public by its shape or its declared type, under a secret's name: an EVM address (0x and 40
 * hex: `TOKEN_ADDRESS=0x…`, a contract's) and a Cosmos or Tendermint public key's `key` or `value`
 * under its `@type`/`type` (`/cosmos.crypto.ed25519.PubKey`, `tendermint/PubKeyEd25519`; the nearest
 * type before it, so a private key's own `PrivKey…` type still counts), and a Twilio SID (two
 * letters and 32 hex) under a `…Sid` name: `--credential-list-sid CL…` names a resource. (From
 * blind gradings of web3 development and of VoIP: 60 such findings.)
 */
function isPublicValue(key: string, value: string, text: string, at: number): boolean {
  if (value.length === 42 && /^0x[0-9a-fA-F]{40}$/.test(value)) return true;
  // A SigV4 credential scope (`Credential=<key id>/20240310/us-east-1/s3/aws4_request`): the key id
  // is its own rule's, the rest names a date, region and service (from a blind grading of traces).
  if (value.endsWith('/aws4_request')) return true;
  // A PGP key's fingerprint (40 hex, written in capitals) where a text says what signs with it.
  if (/^[0-9A-F]{40}$/.test(value) && /\b(?:sign(?:ed|s|ing)?|signature|fingerprint|gpg|pgp|gnupg)\b/i.test(text.slice(Math.max(0, at - 200), at + 200))) return true;
  const name = normalizeKeyName(key);
  if (UUID.test(value) && isCardResourceToken(name, text, at)) return true;
  // Adjust's app tokens (12 lower-case letters and digits) name an app to its SDK, shipped in every
  // build; its API token is the secret. (From a blind grading of app monetization: 4 false positives.)
  if ((name === 'apptoken' || name === 'apptokens' || name === 'adjustapptoken') && /^[a-z0-9]{12}$/.test(value)) return true;
  // A key's stored digest or masked form (`hashed_key`, `key_hash`), Tyk's `rpc_key` (the
  // organisation's id, 24 hex), and the id AWS's `apigateway get-api-key --api-key` takes (10
  // characters; the key is its value). (From a blind grading of API gateways: 24 false positives.)
  if (/(?<!un|non)hashed|^masked|^digest(?:api)?key$|keyhash$|keydigest$/.test(name) || (name === 'rpckey' && /^[0-9a-f]{24}$/.test(value))) return true;
  if (name === 'apikey' && /^[a-z0-9]{10}$/.test(value) && /apigateway/.test(text.slice(Math.max(0, at - 200), at))) return true;
  // A bare `salt` shorter than a key (Subsonic's per-request salt beside its token, 6 to 12
  // characters): only a salt of 24 characters or more is a server's secret (Langfuse's SALT).
  // (Nor hex: a password hash's salt in a users table, beside the hash.)
  if (name === 'salt' && (value.length < 24 || /^[0-9a-fA-F]+$/.test(value))) return true;
  // (Nor a key derivation's parameter beside its iterations or cost: PBKDF2's, scrypt's, a KDF's test vector.)
  if (name === 'salt' && /(?<![a-z])(?:iterations?|rounds|dklen|keylen|cost|scrypt|pbkdf2|argon2|hkdf|kdf)(?![a-z])/i.test(text.slice(Math.max(0, at - 200), at + 200))) return true;
  // A Mode report's token is its id, in every report URL (12 hex). (From a blind grading of analytics engineering.)
  if (name === 'reporttoken' && /^[0-9a-f]{12}$/.test(value)) return true;
  // A KMS key's id (a UUID under `…_kms_key`, `kms_key_id`): it names the key, whose material stays in KMS.
  if (/kmskey(?:id|arn)?$/.test(name) && UUID.test(value)) return true;
  // A Bitnami SealedSecret's encryptedData: ciphertext for the cluster's key, made to be committed.
  // (A bounded look back: a search of the whole text for each finding was quadratic, caught by the
  // linear-time suite.)
  const manifest = text.slice(Math.max(0, at - 8000), at);
  if (manifest.includes('encryptedData:') && manifest.includes('SealedSecret')) return true;
  // An SSH public key's base64 body (its wire format opens with the key type: ssh-rsa, ssh-ed25519,
  // ecdsa-sha2-…, ssh-dss), as Puppet's ssh_authorized_key `key =>` holds it.
  if (/^AAAA(?:B3NzaC1yc2E|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTItbmlzdHA|B3NzaC1kc3M|C3NzaC1lZDQ0OA)/.test(value)) return true;
  if (name.endsWith('sid') && /^[A-Z]{2}[0-9a-f]{32}$/.test(value)) return true;
  // An Atlassian Connect app's `clientKey` (the installing site's id, a UUID, beside its
  // `sharedSecret`) and a signage player's `hardwareKey` (Xibo's display id): ids under a key's
  // name. (From blind gradings of project-management tools and of signage: 16 false positives.)
  if (name === 'clientkey' && UUID.test(value) && text.slice(Math.max(0, at - 400), at + 400).includes('sharedSecret')) return true;
  if (name === 'hardwarekey') return true;
  // Tailscale's public keys by their type's prefix (`nodekey:`, `discokey:`, `mkey:`, `nlpub:`) and
  // a WireGuard peer's "Public key:" line: public halves under a key's name. (From a blind grading
  // of VPNs: 19 false positives.)
  if (/^(?:nodekey|discokey|mkey|nlpub):[0-9a-f]{64}$/.test(value)) return true;
  // A minisign public key (`RW` and base64 of 42 bytes: dnscrypt-proxy's `minisign_key`, a
  // release's signing key); its secret key is longer. (From a blind grading of DNS filtering.)
  if (value.length === 56 && /^RW[A-Za-z0-9+/]{54}$/.test(value)) return true;
  // A builds.sr.ht manifest's `secrets:` list names stored secrets by their UUIDs: references.
  // (From a blind grading of self-hosted forges: 12 false positives.)
  if (name === 'secrets' && UUID.test(value)) return true;
  if (name === 'key' && /public[ \t]{1,4}key/i.test(text.slice(Math.max(0, at - 10), at + 4))) return true;
  // A borg keyfile's header line (`BORG_KEY <repository id>`): the id; the key is the blob below it.
  if (name === 'borgkey' && /^[0-9a-f]{64}$/.test(value)) return true;
  if (name !== 'key' && name !== 'value') return false;
  const before = text.slice(Math.max(0, at - 200), at);
  const pub = Math.max(before.lastIndexOf('PubKey'), before.lastIndexOf('.PublicKey'));
  return pub !== -1 && pub > before.lastIndexOf('PrivKey');
}

// A line comment after a value that names it a secret key, a token or a password (read at most
// 120 characters on, to the line's end or an escaped one).
// (A comment mark after a blank, not a URL's `//`.)
const COMMENT_NAMING_SECRET = /^[^\n\\]{0,24}?(?:^|[ \t,;])(?:#|\/\/)[^\n\\]{0,80}?(?:secret|api[ _-]?key|access[ _-]?key|token|password)(?![a-z])/i;

/** Whether a comment on the rest of the line after `end` names a secret (COMMENT_NAMING_SECRET). */
function commentNamesSecret(text: string, end: number): boolean {
  const rest = text.slice(end, end + 120);
  // (Not a digest or an id of one: `# sha of the token file`, `# cache key`, `# token id`.)
  return COMMENT_NAMING_SECRET.test(rest) && !/sha\d|sha\b|hash|digest|checksum|fingerprint|cache|etag|nonce|public|publishable|(?<![a-z])ids?(?![a-z])|name|path|file|md5|redis|idempotency|sort|partition|lookup|(?<![a-z])(?:not|no|for the|of the)(?![a-z])/i.test(rest.split(/\n|\\n/, 1)[0] ?? '');
}

// A sibling named secret (`"secret": `, `secret=`, `api_secret:`), as an exchange's key pair is written.
// (Its value a literal: a quoted string or a bare token, not a variable, None, a boolean or a reference.)
const SECRET_SIBLING = /(?<![A-Za-z0-9_])["']?(?:(?:api[_-]?)?secret(?:[_-]?key)?|password|passwd)["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}(?:["'`][^"'`\s$<{][^"'`\s]{3}|(?!None\b|null\b|nil\b|true\b|false\b)[A-Za-z0-9+/=_-]{6,}(?![A-Za-z0-9+/=_.([-]))/i;

/** Whether a bare `key` (`name`) has a secret after it in the same object or line: within 160 characters, before a closing bracket or a blank line. */
function secretBeside(name: string, text: string, end: number): boolean {
  if (name.toLowerCase() !== 'key') return false;
  const after = text.slice(end, end + 160);
  let close = after.search(/[}\]]|\n[ \t]*\n/);
  // (And at a line indented less than the key's: YAML's next mapping, `cache:` → `key:` then `database:` → `password:`.)
  const lineStart = lineStartWithin(text, end, 200);
  const indent = skipBlanks(text, lineStart, 200) - lineStart;
  const dedent = indent > 0 ? dedentedLine(after, indent) : -1;
  if (dedent !== -1 && (close === -1 || dedent < close)) close = dedent;
  return SECRET_SIBLING.test(close === -1 ? after : after.slice(0, close));
}

/** The index of the first line break in `text` whose next line starts, after fewer than `indent` blanks, with a non-blank; -1 if none. */
function dedentedLine(text: string, indent: number): number {
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    const j = skipBlanks(text, i + 1, indent);
    if (j - (i + 1) < indent && j < text.length && /\S/.test(text[j] ?? '')) return i;
  }
  return -1;
}

function genericRule(spec: GenericSpec) {
  const value = (g: SampleGen): string => g.chars(ALNUM, 12) + g.chars(BASE64, 20);
  return defineRule({
    id: spec.id,
    provider: 'Generic',
    description: spec.description,
    keywords,
    pattern: spec.pattern,
    // The keyword sits in the key (≤ 64 chars); the value follows (XML: up to the closing tag),
    // most within ~280 characters; the window grows over a longer one, up to MAX_VALUE.
    window: { before: spec.before, after: spec.form === 'block' ? 640 : spec.form === 'xml' || spec.form === 'named' ? 480 : 360, grows: MAX_VALUE + 400 },
    // The value may sit on the lines between the tags (an option's, on a list's next line).
    ...(spec.form === 'xml' || spec.form === 'attribute' || spec.form === 'plist' || spec.form === 'block' || spec.form === 'label' || spec.form === 'flag' || spec.form === 'list' ? { span: 'block' as const } : {}),
    gate: { test: formsAt, bit: FORM_BIT[spec.form] },
    near: NEAR[spec.form],
    // An inline key follows a blank, a query parameter a "?" "&" or ";", an attribute or header
    // name a quote, a cell a comma, a tab or "(": never an escape.
    ...(spec.form === 'inline' || spec.form === 'flag' || spec.form === 'query' || spec.form === 'attribute' || spec.form === 'header' || spec.form === 'directive' || spec.form === 'cell' ? { afterEscape: false } : {}),
    secretGroup: spec.valueGroup,
    // A Google key published by design (see isPublishedGoogleKey) is no secret under any form.
    accept: (m, text, at) => {
      // A pattern with alternative value groups (the quoted form's text block) fills one of them.
      let g = spec.valueGroup;
      while (g < m.length - 1 && m[g] === undefined) g++;
      const value = m[g] ?? '';
      const named = secretNameOf(m[spec.keyGroup] ?? '', text, at);
      // A bare `KEY` whose line's comment says what it is (`KEY = "…"  # ironsource secret key`,
      // in a notebook's cell): judged under that name. (From a blind grading of app monetization.)
      // (And a bare `key` beside a `secret` of the same object or line: an exchange's key pair in a
      // ccxt or freqtrade config, `key=… secret=…` pasted in a chat; from a blind grading of trading bots.)
      // (Twenty-four characters or more: Pusher's app key, 20 hex beside its secret, is public.)
      // (Or sixteen or more of mixed case and digits: FedEx's Web Services key beside its password.)
      const key = isWeakSecretName(named) && (commentNamesSecret(text, at + m[0].length) || ((value.length >= 24 || (value.length >= 16 && hasUpperLowerDigit(value))) && secretBeside(named, text, at + m[0].length))) ? 'api_key' : named;
      // A Helm template's `checksum/api_key:` annotation holds a digest of the config, not the key.
      const keyAt = at + m[0].indexOf(m[spec.keyGroup] ?? '');
      if (text.startsWith('checksum/', keyAt - 9)) return false;
      // An Apple crash report's `CrashReporter Key:` is a device's anonymised id.
      if (text.startsWith('CrashReporter ', keyAt - 14) || text.startsWith('CrashReporter Key', keyAt)) return false;
      // Laravel's CSRF field in a rendered form (`<input type="hidden" name="_token" value="…">`): one
      // session's request-forgery token, printed into every page.
      if (m[spec.keyGroup] === '_token') return false;
      return JUDGE[spec.form](key, value, m, text, at) && !namesItself(key, value) && !(value.startsWith('AIza') && isPublishedGoogleKey(text, at + m[0].indexOf(value))) && !isWebhookNonce(key, value, text, at) && !isPublicValue(key, value, text, at);
    },
    ...(spec.form === 'quoted' ? { continues: concatenated } : {}),
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: spec.sample ?? value,
    ...(spec.sampleKey !== undefined ? { sampleKey: spec.sampleKey } : {}),
    negatives: spec.negatives,
  });
}

/**
 * The generic rules: a secret-named key (api_key, token, secret, password, client_secret …)
 * assigned a high-entropy value. They run after every provider rule and yield to them.
 */
export const genericRules = [
  genericRule({
    id: 'generic-secret-assignment',
    description: 'High-entropy string literal assigned to a secret-named key (apiKey = "…", "token": "…")',
    pattern: QUOTED_ASSIGNMENT,
    form: 'quoted',
    before: 64,
    keyGroup: 1,
    valueGroup: 3,
    sampleKey: 'service_api_key',
    negatives: ['api_key = "your-api-key-here"', 'password: process.env.DB_PASSWORD', 'token = getToken()', 'secret: "my-secret-name"', 'maxTokens = 4096', 'const token = this.tokenizer.next();', 'const isFirstTokenInTag = !context?.prev;'],
  }),
  genericRule({
    id: 'generic-secret-env',
    description: 'High-entropy bare value under a secret-named key in .env, YAML or INI (API_KEY=…)',
    pattern: BARE_ASSIGNMENT,
    form: 'bare',
    before: 96,
    keyGroup: 1,
    valueGroup: 2,
    sampleKey: 'SERVICE_API_KEY',
    negatives: ['API_KEY=your-api-key-here', 'token: this.token', 'retainEmptyTokens = !preserveSignificantWhitespace)', 'password: ${DB_PASSWORD}'],
  }),
  genericRule({
    id: 'generic-secret-xml',
    description: 'High-entropy value in an XML element named for a secret (<password>…</password> in Maven settings.xml, <apiToken>)',
    pattern: XML_ELEMENT,
    form: 'xml',
    before: 64,
    keyGroup: 1,
    valueGroup: 2,
    sample: (g) => `<server>\n  <id>releases</id>\n  <username>deployer</username>\n  <password>${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}</password>\n</server>`,
    negatives: ['<password>${env.MAVEN_PASSWORD}</password>', '<apiKey>your-api-key-here</apiKey>', '<tokenizer>StandardTokenizerFactory</tokenizer>', '<key>CFBundleIdentifier</key>', '<password></password>'],
  }),
  genericRule({
    id: 'generic-secret-xml-named',
    description: 'High-entropy text of an XML element whose name or key attribute names a secret (Android <string name="api_secret">…</string>, <entry key="db.password">…</entry>)',
    pattern: NAMED_ELEMENT,
    form: 'named',
    before: 64,
    keyGroup: 3,
    valueGroup: 4,
    sample: (g) => `<resources>\n    <string name="app_name">Service</string>\n    <string name="service_api_key">${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}</string>\n</resources>`,
    negatives: ['<string name="api_key_label">Enter your API key</string>', '<string name="password_hint">Password</string>', '<entry key="db.password">${DB_PASSWORD}</entry>', '<string name="api_key">your-api-key-here</string>', '<string name="token_error">Token expired</string>'],
  }),
  genericRule({
    id: 'generic-secret-attribute',
    description: 'High-entropy value of a secret-named name/value pair (.NET <add key="ApiSecret" value="…" />, Spring <property name="password" value="…"/>, HAR/Postman {"name": …, "value": …}, Kubernetes env - name: … value: …)',
    pattern: ATTRIBUTE_PAIR,
    form: 'attribute',
    before: 128,
    keyGroup: 3,
    valueGroup: 6,
    sample: (g) => `<configuration>\n  <appSettings>\n    <add key="ServiceApiKey" value="${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}" />\n  </appSettings>\n</configuration>`,
    negatives: ['<add key="ApiKeyHeaderName" value="X-Api-Key" />', '<add key="Password" value="" />', '<property name="password" value="${db.password}"/>', '<add key="TokenLifetime" value="00:30:00" />', '<add key="SecretsPath" value="/run/secrets/app" />', '<add key="webpages:Version" value="3.0.0.0" />'],
  }),
  genericRule({
    id: 'generic-secret-block',
    description: 'High-entropy value or default of a block named for a secret (Heroku app.json "API_SECRET": { "value": … }, Terraform/Packer variable "api_secret" { default = … }, SAM/CloudFormation parameter Default)',
    pattern: BLOCK_VALUE,
    form: 'block',
    before: 64,
    keyGroup: 2,
    valueGroup: 5,
    sample: (g) => `variable "service_api_key" {\n  type      = string\n  sensitive = true\n  default   = "${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}"\n}\n`,
    negatives: ['variable "api_key" {\n  type    = string\n  default = ""\n}', '"API_KEY": { "description": "Your API key", "required": true }', 'DbPassword:\n  Type: String\n  NoEcho: true\n  Default: changeme', 'variable "token_ttl" {\n  default = "3600"\n}'],
  }),
  genericRule({
    id: 'generic-secret-table',
    description: 'High-entropy value in the cell after a secret-named cell of a table (Markdown, a CLI box table, HTML <td>, Excel XML)',
    pattern: TABLE_ROW,
    form: 'table',
    before: 96,
    keyGroup: 1,
    valueGroup: 2,
    sample: (g) => `| Variable | Value |\n| --- | --- |\n| SERVICE_API_KEY | \`${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}\` |\n`,
    negatives: ['| API_KEY | your-api-key |', '| token | string | The access token |', '<td>API_KEY</td><td><code>&lt;your key&gt;</code></td>', '║ API_TOKEN │ ******** ║', '| SECRET_KEY | ${SECRET_KEY} |'],
  }),
  genericRule({
    id: 'generic-secret-tuple',
    description: "High-entropy string after a secret-named keyword or tuple name (Clojure/EDN :api-token \"…\", Erlang {api_token, \"…\"})",
    pattern: TUPLE_PAIR,
    form: 'tuple',
    before: 72,
    keyGroup: 1,
    valueGroup: 3,
    sample: (g) => `{:service-api-token "${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}"\n :timeout 30}\n`,
    negatives: ['{:api-token "replace-me"}', '{api_token, "${API_TOKEN}"}', '(get config :api-token "default-token")'],
  }),
  genericRule({
    id: 'generic-secret-pair',
    description: 'High-entropy string paired with a secret-named string in brackets (a Sentry event\'s ["X-Api-Key", "…"] headers, Python\'s ("X-Api-Key", "…"))',
    pattern: QUOTED_PAIR,
    form: 'pair',
    before: 72,
    keyGroup: 2,
    valueGroup: 4,
    sample: (g) => `{"request":{"method":"POST","headers":[["Content-Type","application/json"],["X-Service-Api-Key","${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}"]]}}\n`,
    negatives: ['["api_key", "access_token"]', '("X-Api-Key", "${API_KEY}")', "['token', 'refresh_token', 'id_token']", '["Authorization", "your-token-here"]'],
  }),
  genericRule({
    id: 'generic-secret-list',
    description: "High-entropy item of a YAML list under a secret-named key (api_keys: ⏎ - …; aider's api-key: ⏎ - provider=…; a VCR cassette's authorization: ⏎ - Token …)",
    pattern: LIST_ITEM,
    form: 'list',
    before: 64,
    keyGroup: 2,
    valueGroup: 4,
    sample: (g) => `model: sonnet\napi-key:\n  - ${g.pick(['mistral', 'deepseek', 'gemini'])}=${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}\n`,
    negatives: ['api_keys:\n  - ${API_KEY_1}\n  - ${API_KEY_2}\n', 'secrets:\n  - DB_PASSWORD\n  - STRIPE_SECRET_KEY\n', 'tokens:\n  - name: ci\n    scope: read\n', 'api-key:\n  - gemini=<your-key>\n'],
  }),
  genericRule({
    id: 'generic-secret-spaced',
    description: 'High-entropy value set by a blank after a secret-named setting that starts its line (fluentd/Logstash `api_key …`, redis.conf `requirepass …`)',
    pattern: SPACED_LINE,
    form: 'spaced',
    before: 80,
    keyGroup: 1,
    valueGroup: 3,
    sample: (g) => `<match app.**>\n  @type datadog\n  service_api_key ${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}\n</match>\n`,
    negatives: ['  api_key "#{ENV[\'DD_API_KEY\']}"', 'requirepass changeme', 'token ${TOKEN}', 'secret_key_base <%= ENV["SECRET_KEY_BASE"] %>', 'password_file /run/secrets/db_password'],
  }),
  genericRule({
    id: 'generic-secret-header',
    description: 'High-entropy value of a secret-named HTTP header written as one string (curl -H "X-Api-Key: …")',
    pattern: HEADER_LINE,
    form: 'header',
    before: 64,
    keyGroup: 2,
    valueGroup: 3,
    sample: (g) => `curl https://api.service.test/v1/items \\\n  -H "Content-Type: application/json" \\\n  -H "X-Api-Key: ${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}" \\\n  -d '{}'`,
    negatives: ['curl -H "X-Api-Key: $API_KEY" https://api.service.test', 'curl -H "X-Api-Key: <your-api-key>"', "cache.get('token: ' + id)", 'headers: ["X-Api-Key: ${key}"]', 'log("token: expired")'],
  }),
  genericRule({
    id: 'generic-secret-cell',
    description: 'High-entropy cell beside a cell naming a secret in a row of data (SQL dump VALUES, CSV export, COPY data)',
    pattern: CELL_PAIR,
    form: 'cell',
    before: 72,
    keyGroup: 2,
    valueGroup: 4,
    sample: (g) => `id,provider,name,value,updated_at\n1,acme,SERVICE_API_KEY,${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)},2024-04-02T11:00:00Z\n`,
    negatives: ["INSERT INTO settings VALUES (1,'API_KEY_HEADER','X-Api-Key');", 'name,value\nAPI_TOKEN,${API_TOKEN}\n', "const names = ['api_key', 'transferState'];", 'SECRET_KEY,your-secret-key-here,2024-01-01'],
  }),
  genericRule({
    id: 'generic-secret-inline',
    description: 'High-entropy bare value under a secret-named key inside a command or log line (docker run -e API_KEY=…, Using TOKEN=…)',
    pattern: INLINE_ASSIGNMENT,
    form: 'inline',
    before: 64,
    keyGroup: 1,
    valueGroup: 2,
    sample: (g) => `docker run --rm -e SERVICE_API_KEY=${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)} service:latest`,
    negatives: ['docker run -e API_KEY=$API_KEY app', 'TOKEN=$(cat token.txt) ./deploy.sh', 'for (let token=0; token<tokens.length; token++)', 'if (x && token==expected)', 'f(api_key=settings.SERVICE_API_KEY)', 'run --api-key=<your-api-key>', 'const fn = (token=defaultToken) => token', 'echo password=hunter2', 'return <Item key={item.id} token={session.token} />'],
  }),
  genericRule({
    id: 'generic-secret-flag',
    description: 'High-entropy value of a secret-named command-line option (agent --api-key=…, cli --token …, -password=… in a process list or a CI log)',
    pattern: FLAG_OPTION,
    form: 'flag',
    before: 64,
    keyGroup: 1,
    valueGroup: 3,
    sample: (g) => `root  2211  0.3  1.2 /usr/bin/agent --service-api-key=${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)} --site=eu`,
    negatives: ['agent --api-key=$API_KEY', 'agent --api-key <your-api-key>', 'cli --token ${{ secrets.TOKEN }}', 'cli --token-file /run/secrets/token', 'kubectl --token=$(cat token)', 'login --password-stdin', 'gh --api-key-id 1234567890abcdef', 'cli --cache-key a1b2c3d4e5f6a7b8c9d0'],
  }),
  genericRule({
    id: 'generic-secret-struct',
    description: 'High-entropy value of a secret-named field in a Go struct printed with %+v ({Host:db Password:… APIKey:…} in a log line)',
    pattern: STRUCT_FIELD,
    form: 'struct',
    before: 64,
    keyGroup: 1,
    valueGroup: 2,
    sample: (g) => `2026/01/02 15:04:05 loaded config: {Host:db.internal Port:5432 ServiceAPIKey:${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)} Timeout:30s}`,
    negatives: ['config: {Host:db Port:5432 APIKey: Timeout:30s}', 'config: {Host:db APIKey:<nil> Timeout:30s}', 'x={apiKey:e.apiKey,token:t.token}', 'cfg: {Token:${API_TOKEN} Region:eu}', 'cfg: {Password:changeme Region:eu}'],
  }),
  genericRule({
    id: 'generic-secret-directive',
    description: 'High-entropy value a web server directive sets under a secret-named variable or header (Apache SetEnv DB_PASSWORD "…", nginx proxy_set_header X-Api-Key …;)',
    pattern: DIRECTIVE,
    form: 'directive',
    before: 96,
    keyGroup: 2,
    valueGroup: 4,
    sample: (g) => `server {\n  location /search/ {\n    proxy_set_header X-Service-Api-Key ${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)};\n    proxy_pass https://search.internal;\n  }\n}`,
    negatives: ['proxy_set_header X-Api-Key $http_x_api_key;', 'SetEnv DB_PASSWORD "${DB_PASSWORD}"', 'fastcgi_param HTTP_AUTHORIZATION $http_authorization;', 'RequestHeader set X-Api-Key "<your-api-key>"', 'proxy_set_header X-Forwarded-Proto https;'],
  }),
  genericRule({
    id: 'generic-secret-default',
    description: 'High-entropy default of a secret-named variable or property reference (compose ${DB_PASSWORD:-…}, Spring @Value("${api.secret:…}"), Ruby ENV.fetch(\'API_KEY\') { \'…\' })',
    pattern: DEFAULT_VALUE,
    form: 'default',
    before: 64,
    keyGroup: 1,
    valueGroup: 2,
    sample: (g) => `services:\n  db:\n    environment:\n      SERVICE_API_KEY: \${SERVICE_API_KEY:-${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}}\n`,
    negatives: ['POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}', '@Value("${api.token:}")', 'TOKEN=${TOKEN:-$(cat /run/secrets/token)}', '${API_KEY:-your-api-key-here}', '${SECRET_KEY:?SECRET_KEY must be set}'],
  }),
  genericRule({
    id: 'generic-secret-template-default',
    description: 'High-entropy default of a secret-named value in a Helm template ({{ .Values.apiKey | default "…" }})',
    pattern: TEMPLATE_DEFAULT,
    form: 'template',
    before: 64,
    keyGroup: 1,
    valueGroup: 3,
    sample: (g) => `stringData:\n  SERVICE_API_KEY: {{ .Values.serviceApiKey | default "${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}" | quote }}\n`,
    negatives: ['password: {{ .Values.password | default "changeme" | quote }}', 'apiKey: {{ .Values.apiKey | default (randAlphaNum 32) | b64enc }}', 'token: {{ .Values.token | default "your-token-here" }}', 'secretName: {{ .Values.existingSecret | default "app-secrets" }}'],
  }),
  genericRule({
    id: 'generic-secret-plist',
    description: 'High-entropy string under a secret-named key of a property list or an XML name/value pair (iOS Info.plist <key>CLIENT_SECRET</key><string>…</string>, Hadoop <name>fs.s3a.secret.key</name><value>…</value>)',
    pattern: PLIST_PAIR,
    form: 'plist',
    before: 64,
    keyGroup: 2,
    valueGroup: 4,
    sample: (g) => `<dict>\n\t<key>ServiceApiKey</key>\n\t<string>${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}</string>\n</dict>`,
    negatives: ['<key>ApiKeyName</key>\n<string>X-Api-Key</string>', '<key>CLIENT_SECRET</key>\n<string>$(CLIENT_SECRET)</string>', '<key>API_KEY</key>\n<string>${API_KEY}</string>'],
  }),
  genericRule({
    id: 'generic-secret-label',
    description: 'Strictly random value after a label that names a secret in prose, a message or a document (API Key: …, Your access token is …, **Admin password**: …)',
    pattern: LABEL_LINE,
    form: 'label',
    before: 96,
    keyGroup: 1,
    valueGroup: 3,
    sample: (g) => `Hi team,\n\nThe staging service is ready. Service API Key: ${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}\nPlease keep it out of the repository.\n`,
    negatives: ['Your API key: see the dashboard', 'The access token is generated by the identity service.', 'Cache key: users-by-email-and-tenant', 'API Key: YOUR_API_KEY_HERE', 'Next page token: eyJvZmZzZXQiOjEwMH0', 'private token: Token;'],
  }),
  genericRule({
    id: 'generic-secret-call',
    description: 'High-entropy string passed to a call named for a secret (a client builder\'s .apiKey("…"), reqwest\'s .bearer_auth("…"), client.setToken("…"))',
    pattern: CALL_ARGUMENT,
    form: 'call',
    before: 72,
    keyGroup: 1,
    valueGroup: 3,
    sample: (g) => `const client = Client.builder()\n  .endpoint("https://api.service.test")\n  .serviceApiKey("${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}")\n  .build();\n`,
    negatives: ['client.getToken("default-token-name")', 'tokens.find("access_token")', 'auth.apiKey(process.env.API_KEY)', 'builder.apiKey("your-api-key-here")', 'verifyToken("eyJhbGciOiJub25lIn0")', 'i18n.t("api_key.label")'],
  }),
  genericRule({
    id: 'generic-secret-query-param',
    description: 'High-entropy value of a credential query parameter in a URL (?api_key=…, &access_token=…)',
    pattern: QUERY_PARAM,
    form: 'query',
    // The match starts at the "?", "&" or ";" before the key; the image and documentation-host
    // checks read the URL before it from the whole text (accept's text and offset), not the window.
    before: 72,
    keyGroup: 1,
    valueGroup: 2,
    sample: (g) => `https://api.service.test/v1/items?api_key=${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}&page=2`,
    negatives: ['[![codecov](https://codecov.io/gh/o/r/graph/badge.svg?token=lWZ9OBQ7GM)](https://codecov.io/gh/o/r)', 'https://api.service.test/v1/items?api_key=YOUR_API_KEY&page=2', '/oauth/callback?token=${token}&next=/', '?key=cache-control-max-age&v=2', 'https://example.test/?access_token=&state=abc', '?sort=updated&tokenizer=standard-analyzer-v2'],
  }),
  // A vendor's client built with its key as the argument, the vendor named only by the class:
  // `new VercelClient("…")`, `YookassaClient::new("…")`, `influxdb.NewClient(url, "…")`. Strictly
  // judged (20 characters or more, random-looking), and the class must be a client's (`…Client`).
  defineRule({
    id: 'generic-secret-client-argument',
    provider: 'Generic',
    description: 'Random string passed to a vendor client\'s constructor (new VercelClient("…"), Client::new("…"), NewClient(url, "…"), new LexofficeApi("…"))',
    // (Or a vendor's `…Api` class made with `new`: PHP's `new \Baebeca\LexofficeApi('…')`; from a
    // blind grading of ERP integrations.)
    // (Or Python's `SearchClient.create(…)` and `SearchClientSync(…)`, a first argument that is a
    // name (`meilisearch.Client(MEILI_URL, "…")`), Rust's `Client::new(url, Some("…"))`; from a blind
    // grading of search engines: 16 missed.)
    keywords: ['client(', 'client::new(', 'client.new(', 'client.create(', 'clientsync(', 'api('],
    pattern: /(?<![A-Za-z0-9_$])(?:(?:[A-Za-z_$][A-Za-z0-9_$.]{0,48})?Client(?:::new|\.new|\.create|Sync)?|(?<=new[ \t]{1,4}\\?(?:[A-Za-z_][A-Za-z0-9_]{0,48}[.\\]){0,4})[A-Z][A-Za-z0-9_]{0,48}Api)\([ \t]{0,4}(?:(?:(["'`])[^"'`\r\n]{1,200}\1|[A-Za-z_$][A-Za-z0-9_$.]{0,64})[ \t]{0,4},[ \t]{0,4})?(?:Some\()?(["'`])([A-Za-z0-9+/_=.~-]{20,200})\2\)?[ \t]{0,4}[,)]/,
    window: { before: 64, after: 480 },
    secretGroup: 3,
    // A digest named for its algorithm (`sha512-…`, an integrity value) is no key, nor a model's or
    // repository's id (`InferenceClient("openai/whisper-large-v3", token=…)`, from a blind grading
    // of voice AI APIs; an organisation's name may hold capitals, `HuggingFaceH4/zephyr-7b-beta`, from one of MLOps).
    // (After a first argument that is a name, not a literal, the value may be a resource's name or
    // an object id, `TableClient(endpoint, "OrdersArchive2024Q3Partition")`: words in camel case
    // and 24 hex digits are left there.)
    accept: (m, text, at) => {
      const value = m[3] ?? '';
      // The first of two literals is no key (an id before its key, `Client.new("<site id>",
      // "<key>")`): the pattern takes the last. Found so once the key beside it was masked (the
      // redaction property test).
      const end = at + m[0].length;
      if (m[1] === undefined && m[0].endsWith(',') && /^[ \t]{0,4}\\?["'`]/.test(text.slice(end, end + 8))) return false;
      const afterName = m[1] === undefined && /\([ \t]{0,4}[A-Za-z_$]/.test(m[0]);
      if (afterName && (/^[0-9a-f]{24}$/.test(value) || (/[A-Z]/.test(value) && /^[A-Z]?[a-z]+(?:[A-Z0-9][a-z0-9]*)+$/.test(value)))) return false;
      return !/^sha(?:1|224|256|384|512)[-:_]/i.test(value) && !/^[A-Za-z0-9][A-Za-z0-9._-]*\/[A-Za-z0-9][A-Za-z0-9._]*-[A-Za-z0-9._-]*$/.test(value) && looksLikeSecretValue(value, true);
    },
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: (g) => `const vercel = new VercelClient("${g.chars(ALNUM, 10)}7${g.chars(ALNUM, 13)}");`,
    negatives: ['const http = new HttpClient("https://api.example.com/v1");', 'const c = createClient("my-project-name-staging");', 'let client = ApiClient::new("development_environment_key");', 'const s3 = new S3Client({ region: "eu-west-1" });', 'const api = new RestApi("https://api.example.com/v1/resources");', 'callApi("getUserProfileInformationById")'],
  }),
  // A label or a name in another language than English (from a blind grading of international
  // teams' files: 98% of secrets under English labels were found, 24-30% of unprefixed ones under
  // others): "Passwort:", "mot de passe :", "contraseña:", "Пароль:", "数据库密码：", "API-sleutel:",
  // a table's cell, a name in code with its diacritics or transliterated (`hasło = …`,
  // `mot_de_passe = …`, `QINIU_GEHEIMNIS = …`, `kakao_api_kunji = …`, `"BIMILBEONHO" = …`). A
  // password's word takes a person's password; a secret's, a key's (with "API" or a secret's word
  // beside it) or a token's takes a random value.
  defineRule({
    id: 'generic-secret-label-intl',
    provider: 'Generic',
    description: 'Value after a password, secret, key or token label or name in another language (Passwort:, mot de passe :, Пароль:, 密码：, QINIU_GEHEIMNIS = …)',
    keywords: intlKeywords(INTL_WORDS),
    pattern: INTL_LABEL,
    // Most of these words in code and prose have no separator after them: the pattern runs only
    // where one follows, once, at the word.
    near: intlSeparatorFollows,
    anchored: true,
    // A gettext entry's value is on the line after its label (`msgid "…"` ⏎ `msgstr "…"`).
    span: 'block',
    window: { before: 0, after: 360 },
    secretGroup: 3,
    accept: (m, text, at) => {
      // Up to 24 characters of the line before the word (a bounded look: a minified line may be a megabyte).
      const head = text.slice(Math.max(0, at - 24), at);
      const value = m[3] ?? '';
      // A call is code (`secretEnv = _messages.StringField(12)`), though a Django key may hold parentheses.
      if (CALL_SHAPE.test(value)) return false;
      return wholeIntlWord(m[1] ?? '') && judgeIntlLabel(head.slice(head.lastIndexOf('\n') + 1), m[1] ?? '', value);
    },
    severity: 'high',
    confidence: 'medium',
    rotate,
    sample: (g) => `# Zugangsdaten\nDatenbank-Passwort: ${g.chars(ALNUM, 6)}7!${g.chars(ALNUM, 9)}\n`,
    negatives: ['Passwort: <Ihr Passwort>', 'mot de passe : votre_mot_de_passe', 'пароль: ${DB_PASSWORD}', '密码：请联系管理员', 'clave API: tu-clave-api-aqui', 'La parole est à la défense: merci beaucoup', 'jeton: 12345678'],
  }),
  // A chat reply that hands a value over after someone asked for a credential: "[15:10] <tom>
  // here: …", "this one should work: …", "use this: …". The reply, or one of the three lines before
  // it, names a credential; the value is judged as a generic value (mixed letters and digits).
  defineRule({
    id: 'generic-secret-chat-reply',
    provider: 'Generic',
    description: 'Random value handed over in a chat reply ("here: …", "use this: …") after a message that names a credential',
    keywords: ['here:', 'use this:', 'should work:', 'try this:', 'this one:'],
    near: credentialAskedBefore,
    pattern: /(?<![A-Za-z0-9_])(?:[Hh]ere|[Uu]se this|[Tt]his one should work|[Tt]ry this|[Tt]his one):[ \t]{1,4}(["'`]?)([A-Za-z0-9+/_=.~-]{16,256})\1(?=[.,;!?)]?(?:\s|$))/,
    window: { before: 24, after: 300 },
    secretGroup: 2,
    accept: (m) => {
      // Random material holds digits here and there; words joined by hyphens (a product's name) are no value.
      const value = m[2] ?? '';
      return /[0-9][^0-9]*[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/[a-z]{3,}-[a-z]{3,}/i.test(value) && looksLikeSecretValue(value, false);
    },
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: (g) => `[15:10] <ops> can you send the staging creds?\n[15:11] <tom> here: ${g.chars(ALNUM, 12)}7${g.chars(ALNUM, 19)}\n`,
    negatives: ['[15:10] <ops> where are the token docs?\n[15:11] <tom> here: https://docs.example.com/tokens\n', '[15:10] <ops> which password manager?\n[15:11] <tom> use this: 1Password-for-teams\n', 'Read more here: the-getting-started-guide-v2\n'],
  }),
  // An instruction in a README or a wiki: "Set `SERVICE_API_KEY` to `…`" (a setting's name in code
  // quotes, "to", the value in code quotes). The name is judged as any assignment's.
  defineRule({
    id: 'generic-secret-set-to',
    provider: 'Generic',
    description: 'Value a document tells to set a secret-named setting to (Set `API_KEY` to `…`, The value for `API_KEY` is `…`)',
    keywords: ['set `', 'value for `', 'value of `'],
    pattern: /(?<![A-Za-z0-9_])(?:[Ss]et|[Vv]alue (?:for|of))[ \t]{1,4}`([A-Za-z_][A-Za-z0-9_.-]{1,63})`[ \t]{1,4}(?:to|is)[ \t]{1,4}`([^`\s]{8,256})`/,
    window: { before: 8, after: 360 },
    secretGroup: 2,
    accept: (m) => acceptQuoted(m[1] ?? '', m[2] ?? '') && !namesItself(m[1] ?? '', m[2] ?? ''),
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: (g) => `Set \`SERVICE_API_KEY\` to \`${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}\` before starting the worker.`,
    negatives: ['Set `SERVICE_API_KEY` to `<your key>` first.', 'Set `API_TOKEN` to `${{ secrets.API_TOKEN }}`.', 'Set `LOG_LEVEL` to `debugverbose1`.'],
  }),  // A debug line that says which credential a client is using: `[DEBUG] Using adobe KEY=…`,
  // `using key = <64 hex>`, `Using Secret = …` (TruffleHog's detector tests hold many). "Using"
  // says the value is the credential itself, so a bare key, secret or token takes any random run
  // of letters and digits there, lower case and hex too; a key named for something else (a cache,
  // a sort, a public or SSH key, a fingerprint) is not one.
  defineRule({
    id: 'generic-secret-using-log',
    provider: 'Generic',
    description: 'Random value a log line says a client is using as its key, secret or token ([DEBUG] Using KEY=…, using key = …)',
    keywords: ['using '],
    pattern: /(?<![A-Za-z0-9_])using[ \t]{1,4}((?:[A-Za-z][A-Za-z0-9_.-]{0,30}[ \t]{1,4}){0,3})(?:api[ _-]?|access[ _-]?|secret[ _-]?)?(?:key|secret|token)[ \t]{0,4}[=:][ \t]{0,4}(["']?)([A-Za-z0-9+/_.=-]{16,512})\2(?![A-Za-z0-9+/_.=-])/i,
    window: { before: 8, after: 620 },
    secretGroup: 3,
    accept: (m) => {
      const value = m[3] ?? '';
      return !USING_OTHER_KEY.test(m[1] ?? '') && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !NAMED_DIGEST.test(value) && !/^[0-9a-f]{40}$/i.test(value) && looksLikeSecretValue(value, false);
    },
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: (g) => `[INFO] Sending request to the API\n[DEBUG] Using Key=${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}4${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}\n[INFO] Response received: 200 OK\n`,
    negatives: ['[DEBUG] Using cache key=node-cache-Linux-x64-npm-0f3a9c2e1b7d4a6f8e5c3b1a9d7f2e4c6b8a0d1e3f5a7c9b', '[DEBUG] Using key=${API_KEY}', 'Using public key: 4AEE18F83AFDEB23AEE18F83AFDEB23A', '[DEBUG] Using SSH key = SHA256:0f3a9c2e1b7d4a6f8e5c3b1a9d7f2e4c', 'Using token=<your-token-here>', 'using key = your-api-key-here'],
  }),
  // The same said with "with" (`initializing client with key "…"`): only a quoted value. (From a
  // blind grading of analytics SDKs, whose clients log the key they start with.)
  defineRule({
    id: 'generic-secret-with-key-log',
    provider: 'Generic',
    description: 'Random quoted value a log line says a client starts with as its key, secret or token (initializing client with key "…")',
    keywords: ['with key', 'with api key', 'with api_key', 'with apikey', 'with token', 'with secret', 'with access token'],
    pattern: /(?<![A-Za-z0-9_])with[ \t]{1,4}(?:api[ _-]?|access[ _-]?|secret[ _-]?)?(?:key|secret|token)[ \t]{1,4}(["'])([A-Za-z0-9+/_.=-]{16,512})\1/i,
    window: { before: 8, after: 560 },
    secretGroup: 2,
    accept: (m) => {
      const value = m[2] ?? '';
      return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !NAMED_DIGEST.test(value) && !/^[0-9a-f]{40}$/i.test(value) && looksLikeSecretValue(value, false);
    },
    severity: 'medium',
    confidence: 'low',
    rotate,
    sample: (g) => `[WARN] matomo: initializing client with key "${g.chars('abcdefghijklmnopqrstuvwxyz', 6)}4${g.chars('abcdefghijklmnopqrstuvwxyz0123456789', 25)}"\n`,
    negatives: ['signed with key "<key-id>"', 'initializing client with key "${API_KEY}"', 'encrypted with key "your-api-key-here"'],
  }),
];
