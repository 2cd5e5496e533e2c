import type { Rule } from '../types.js';
import { isSecretKeyName } from '../keys.js';
import { ALNUM, defineRule, lineStartWithin, skipBlanks, UUID_ANY_CASE } from './define.js';
import { acceptGeneric, isPasswordValue, looksLikePassword, looksLikeSecretValue } from './generic.js';

// Credentials that runbooks, onboarding notes and wikis write in prose: a variable's name in
// parentheses before a code span, a user and a password as two code spans, a password after a user
// on one line. (From blind gradings of legacy artefacts, MLOps and PHP hosting: 17, 22 and 11 such
// values missed, each under a name or beside a user that says what it is.)

const rotate = { url: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Rotate the credential, then point the document at the secret store that holds it instead of writing it down.' };

/** Fields every prose rule shares (a generic finding of low confidence, judged as written text); a rule gives the rest. */
type ProseSpec = Omit<Rule, 'provider' | 'severity' | 'confidence' | 'rotate' | 'docs' | 'sampleIsBlock'>;

function proseRule(spec: ProseSpec): Rule {
  return defineRule({ provider: 'Generic', severity: 'medium', confidence: 'low', rotate, docs: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html', sampleIsBlock: true, ...spec });
}

/** Credentials written in Markdown prose. */
export const proseCredentialRules = [
  // A chat's `the zywave one for uat: `…``, `prod one: `…``: the message names an environment and
  // gives a code span with a random token. Only a token's shape (mixed case and digits, or 32 hex and
  // more): a commit or an id in a code span reads otherwise. (From a blind grading of insurance tech:
  // 8 missed in chat exports.)
  proseRule({
    id: 'prose-environment-code-span',
    description: "Random token in a code span after a chat's \"one for <environment>:\" (the zywave one for uat: `…`)",
    keywords: ['one for ', ' one: `'],
    // (An environment's name after `one for`, not any word: `the one for Alice:`; a hex value of 32 or 64, not a commit's 40.)
    pattern: /(?<![A-Za-z0-9])one(?:[ \t]for[ \t](?:prod(?:uction)?|uat|dev(?:elopment)?|stag(?:e|ing)|qa|test(?:ing)?|sandbox|live|preprod|demo))?:[ \t]{1,2}`([A-Za-z0-9_+/=-]{20,128})`/i,
    secretGroup: 1,
    window: { before: 40, after: 200 },
    accept: (m) => {
      const value = m[1] ?? '';
      return (/[A-Z]/.test(value) && /[a-z]/.test(value) && /[0-9]/.test(value) && looksLikeSecretValue(value, true)) || (/^(?:[0-9a-f]{32}|[0-9a-f]{64})$/.test(value) && looksLikeSecretValue(value, true));
    },
    sample: (g) => `{"text": "the zywave one for uat: \`${g.chars(ALNUM, 20)}7Qa${g.chars(ALNUM, 21)}\`"}`,
    negatives: ['the new one for prod: `release-2024-06-01-hotfix`', 'the one for uat: `<ask in #secrets>`', 'the one for prod: `3f2a9c1b7d8e4f60a1b2c3d4e5f60718293a4b5c`'],
  }),
  // `- Shared key for the team (OPENAI_API_KEY): `…``: the environment variable names the value.
  proseRule({
    id: 'prose-named-code-span',
    description: 'Secret in a Markdown code span after its variable\'s name in parentheses (- Team key (SERVICE_API_KEY): `…`)',
    keywords: ['): `'],
    pattern: /\(([A-Z][A-Z0-9_]{2,63})\)[ \t]*:[ \t]*`([^`\s]{8,256})`/,
    secretGroup: 2,
    window: { before: 72, after: 280 },
    accept: (m) => isSecretKeyName(m[1] ?? '') && acceptGeneric(m[1] ?? '', m[2] ?? ''),
    sample: (g) => `- Shared key for the team account (SERVICE_API_KEY): \`${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 18)}\``,
    negatives: ['- Where the key goes (SERVICE_API_KEY): `<your key>`', '- The variable (SERVICE_API_KEY): `${{ secrets.SERVICE_API_KEY }}`', '- Region (AWS_REGION): `eu-central-1a`'],
  }),
  // `- Oracle HRPROD: `svc_batch` / `…``: a label, then a user and a password as two code spans.
  proseRule({
    id: 'prose-user-password-spans',
    description: 'Password as the second of two Markdown code spans after a label (- Oracle HRPROD: `svc_batch` / `…`)',
    // (Or a bare user before the slash: `- Proxmox: root@pam / `…``; from a blind grading of hosting runbooks.)
    keywords: ['` / `', '`/`', ' / `'],
    pattern: /:[ \t]{0,4}(?:`[A-Za-z0-9_.@\\-]{1,64}`|[A-Za-z0-9_.@\\-]{1,64})[ \t]*\/[ \t]*`([^`\s]{6,128})`/,
    window: { before: 120, after: 200 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    sample: (g) => `- Oracle HRPROD: \`svc_batch\` / \`${g.chars(ALNUM, 9)}#${g.int(10, 99)}${g.chars(ALNUM, 3)}\``,
    negatives: ['- Methods: `GET` / `POST`', '- Files: `src/a.ts` / `src/b.ts`', '- Cases: `camelCase` / `snake_case`', '- Oracle HRPROD: `svc_batch` / `<password>`'],
  }),
  // The same pair written plainly after a login's label (`Availity portal for Humana: <user> / …`,
  // `Xandr login api-media / …`): the label names a login or a
  // portal, the password must read as one. (From blind gradings of healthcare clearinghouses and
  // programmatic advertising: 26 and 15 missed in tickets and chat.)
  proseRule({
    id: 'prose-login-user-slash-password',
    description: 'Password after a user and " / " on a login\'s line (… portal: user / password, … login user / password)',
    keywords: [' / '],
    pattern: /(?<![A-Za-z0-9])(?:login|logon|portal|sign-in|signin|account|creds|credentials)(?:[ \t]for[ \t][A-Za-z0-9 ._-]{1,40}?)?(?:[ \t]\([a-z ]{1,20}\))?(?:[ \t]{0,2}:[ \t]{1,2}|[ \t]{1,2})([A-Za-z][A-Za-z0-9_.@\\-]{2,63})[ \t]{1,2}\/[ \t]{1,2}([^\s"`',;]{8,64})(?=[\s"`',;]|$)/i,
    secretGroup: 2,
    window: { before: 120, after: 200 },
    // (The user as a login is written, not a capitalised word; and two items, not a list: `Account Types / Billing / Settings`.)
    accept: (m, text, at) => {
      const user = m[1] ?? '';
      if (!/^[a-z]/.test(user) && !/[0-9._@\\-]/.test(user)) return false;
      if (/^[ \t]{1,2}\/[ \t]/.test(text.slice(at + m[0].length, at + m[0].length + 4))) return false;
      return isPasswordValue((m[2] ?? '').replace(/[.?!]$/, ''));
    },
    sample: (g) => `Availity portal for Humana: lakesideortho.ar / ${g.chars(ALNUM, 6)}&Summit${g.int(10, 99)}`,
    negatives: ['Portal for staff: frontend / backend', 'login page: /auth/login / redirect', 'Xandr login api-media / <ask Dana>', 'Account Settings / Billing&Plans2024 / Team'],
  }),
  // The same pair in bold (`CVAT web login: **nlp-team** / **…**`). (From a blind grading of data
  // labeling platforms: 10 of 10 missed.)
  proseRule({
    id: 'prose-user-password-bold',
    description: 'Password as the second of two bold spans after a label (CVAT login: **user** / **…**)',
    keywords: ['** / **', '**/**'],
    pattern: /:[ \t]{0,4}\*\*[A-Za-z0-9_.@\\-]{1,64}\*\*[ \t]*\/[ \t]*\*\*([^*\s]{6,128})\*\*/,
    window: { before: 120, after: 200 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    sample: (g) => `CVAT web login for the pilot: **nlp-team** / **${g.chars(ALNUM, 7)}-${g.chars(ALNUM, 6)}${g.int(10, 99)}**`,
    negatives: ['Methods: **GET** / **POST**', 'login: **admin** / **<password>**', 'Status: **open** / **closed-resolved**'],
  }),
  // An administrator's login written `admin / …` or `admin/…` in a note, a ticket or a chat (a
  // controller's, a router's, a kiosk's): the user by its name alone, then a person's password
  // with digits and letters. (From a blind grading of hospitality networks and kiosks: 88 such
  // credentials missed in prose.)
  proseRule({
    id: 'prose-admin-slash-password',
    description: "Password after an administrator's user and a slash in prose (controller admin / …, admin/…)",
    keywords: ['admin /', 'admin/', 'root /', 'root/', 'administrator /', 'administrator/', 'ubnt /', 'ubnt/', 'superuser /', 'superuser/'],
    pattern: /(?<![A-Za-z0-9_./\\-])(?:admin|administrator|root|ubnt|superuser)([ \t]{0,2})\/[ \t]{0,2}`?([^\s/"'`<>()[\]{}]{7,63}[^\s/"'`<>()[\]{}.,;:])`?(?=[.,;:]?(?:[\s"'<)]|$|\\[nrt"]))/i,
    secretGroup: 2,
    window: { before: 16, after: 120 },
    accept: (m) => {
      const value = m[2] ?? '';
      // Written with no blank around the slash (`admin/…`), the value must hold a password's
      // punctuation: `admin/UserList2.php` and `admin/Fix-login-2fa` are a path and a branch.
      if (m[1] === '' && !/[!@#$%^&*+=?~]/.test(value)) return false;
      if (/\.[a-z]{2,4}$/.test(value)) return false;
      return /[0-9]/.test(value) && /[A-Za-z]/.test(value) && (/[^A-Za-z0-9]/.test(value) || (/[A-Z]/.test(value) && /[a-z]/.test(value))) && looksLikePassword(value) && isPasswordValue(value);
    },
    sample: (g) => `UniFi controller: https://unifi.example-hotel.test:8443  admin / ${g.chars(ALNUM, 7)}w0od!${g.int(1, 9)}`,
    negatives: ['see /var/www/admin/dashboard2024', 'admin / <password>', 'the admin/api/v2 endpoint', 'admin / changeme123'],
  }),
  // `user dsadm, password: …` on one line of prose: the user said first, the password after it.
  proseRule({
    id: 'prose-user-then-password',
    description: 'Password after a user on one line of prose (— user dsadm, password: …; user `root`, password `…`; login admin / pw …)',
    // (Or the password right after its word when a comma ends the user: `username sub30, password
    // …`; from a blind grading of education platforms.)
    // (And `user edi_3nr7 / pass …` in an e-mail: from a blind grading of shipping carriers.)
    keywords: ['password:', 'password =', 'password `', 'pw:', 'pwd:', 'pw `', 'pwd `', 'passwort:', 'mot de passe:', ', password ', ', pw ', '/ pass ', '/ password '],
    // The user is said first on the same line.
    near: (text, at) => /(?:user(?:name)?|login|logged in as|account)\b/i.test(text.slice(lineStartWithin(text, at, 100), at)),
    // (`Logged in as <user> with password `…``: from a blind grading of energy-app notes.)
    pattern: /(?<![A-Za-z0-9_])(?:user(?:name)?|login|logged in as|account)[ \t]*[:=]?[ \t]*`?[A-Za-z0-9_.@\\-]{1,64}`?(?:[ \t]*(?:[,;]|\\?\/)|[ \t]+with|[ \t]{2,4}(?=password:|pass:|pwd:|pw:))[ \t]*(?:password|passwd|pwd|pw|pass|passwort|mot de passe)(?:[ \t]*[:=][ \t]*`?|[ \t]+`|(?<=[,;][ \t]{0,2}(?:password|pw))[ \t]{1,2}|(?<=\/[ \t]{0,2}pass(?:word)?)[ \t]{1,2})([^\s`,;]{6,128})`?(?=[\s,;.)]|$)/i,
    window: { before: 160, after: 200 },
    accept: (m) => isPasswordValue((m[1] ?? '').replace(/[.)]$/, '')),
    sample: (g) => `- Bank SFTP files01.internal: user dsadm, password: ${g.chars(ALNUM, 9)}!${g.int(10, 99)}${g.chars(ALNUM, 4)}`,
    negatives: ['- user dsadm, password: <ask the DBA>', '- user dsadm, password: see the vault', '- login admin, password: changeme'],
  }),
  // A login given as an e-mail address and a password joined by " / " after a word that says so
  // (`admin: fleet@… / …`, `login is sarah@… / …`, `login for the TTLock account: ops@… / …`), in
  // chat and tickets. From blind gradings of connected-car and rental operations: 11 and 40 missed.
  proseRule({
    id: 'prose-email-slash-password',
    description: 'Password after an e-mail login, or a user right after "login is", and " / " in prose (login is user@example.com / …, admin: user@example.com / …, login is deploy / …)',
    keywords: ['login', 'admin', 'creds', 'credentials', 'account:', 'account ', 'sign in', 'signin'],
    // (Or a plain user name right after `login is` or `login:`: `sftp login is edi_upload \/ …`,
    // `console login is admin / …`; from blind gradings of shipping and game backends: 24 missed.
    // And a few words between: `geotab login for the night shift is svc-dispatch / …`, `db creds
    // are slurm / …`, `Service account for Worksite: svc_worksite / …`; from blind gradings of fleet
    // telematics, research computing and legal tech.)
    pattern: /(?<![A-Za-z0-9_])(?:(?:login|admin|creds?|credentials|account|sign[ -]?in)(?![A-Za-z0-9_])[^\r\n"`/]{0,48}?[ \t:][ \t]{0,4}[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}|(?:login|creds?|credentials|account)(?:[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9._'()-]{0,23}){0,5}?(?:[ \t]{1,2}(?:is|are)|[ \t]{0,2}:)[ \t]{1,2}[A-Za-z][A-Za-z0-9._-]{1,31})[ \t]{1,4}\\?\/[ \t]{1,4}`?([^\s"'`]{6,64}?)`?(?=[\s"'`,;)]|\\[nr"]|[.!?](?:\s|$)|$)/i,
    window: { before: 8, after: 200 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    punctuated: true,
    sample: (g) => `[11/12/2024 9:24 AM] Dana: chargepoint admin: fleet@example.test / ${g.chars(ALNUM, 7)}+${g.int(1000, 9999)}${g.chars(ALNUM, 2)}`,
    negatives: ['login is user@example.com / <password>', 'admin: admin@example.com / changeme', 'login: jane@example.com / see 1Password', 'the account for billing: finance / accounting', 'login for staging is deploy / see the vault'],
  }),
  // A sentence that says what the password is (`the wifi password is …`, `new password is …`,
  // `the VPN password: …`): a person's password after the word, judged as one (no reference, no
  // word alone). From blind gradings of internal docs, tickets and industrial maintenance notes:
  // 82 and 37 such passwords missed.
  proseRule({
    id: 'prose-password-is',
    description: "Password stated in a sentence (the wifi password is …, new password is …, the VPN password: …)",
    // (Or the value in a code span right after the word: `the staging DB password `…` was in the
    // same file`, `passphrase `…``; from blind gradings of secrets managers and kiosks.)
    // (And `Reset password to … and`; from a blind grading of VPNs.)
    // (And `pw changed to …`, `password got reset to …`, `reset the password for <account>: …`,
    // `(password: …)`; from blind gradings of fleet telematics, research computing and HR: 30 missed.)
    keywords: ['password is ', 'password was ', 'passphrase is ', 'password: ', 'password now ', 'password**: ', 'pw is ', 'pwd is ', 'pw on ', 'pw for ', 'pwd for ', 'password on ', 'password for ', 'password of ', 'password `', 'passphrase `', 'password to ', 'new one:', 'new one :', 'pw changed to ', 'pwd changed to ', 'password changed to ', 'password got ', 'password has been ', 'password reset to ', 'password set to ', 'password updated to ', 'pw reset to ', 'pw set to ', 'pw was ', 'pwd was ', 'pw got ', 'pwd got ', 'pw updated to ', 'pwd updated to ', 'pwd reset to ', 'pwd set to ', 'passphrase changed to ', 'passphrase reset to ', 'passphrase was ', 'passphrase got '],
    // (The ":" form only after a word of the sentence or a bold label's stars: a config line's
    // `password: …` is the generic rules'.)
    // (And "pw"/"pwd" as chat writes them, and what the password is for between: `rcon pw on the ark
    // server is "…"`, `PW for the estimating SQL box is …`; its quotes escaped in a JSON export
    // or an HTML one. From blind gradings of game backends and construction: 14 missed.)
    pattern: /(?:(?<=(?:[A-Za-z]{2}|\*\*,|[a-z],)[ \t])pass(?:word|phrase)(?=[ \t]`)|(?<=(?:[Rr]eset|[Cc]hanged?|[Ss]et)[ \t]{1,2}(?:[A-Za-z0-9-]{1,16}[ \t]{1,2}){0,3})password[ \t]{1,2}to(?=[ \t])|(?<=pass(?:word|phrase)[^\r\n]{0,40}?)new[ \t]one[ \t]{0,2}:|(?<![A-Za-z0-9_.-])(?:pass(?:word|phrase)|pwd?)(?:[ \t]{1,2}(?:on|for|of|to)(?:[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9._'-]{0,23}){1,4})?[ \t]{1,2}(?:is|was|now|(?:(?:got|was|been|has[ \t]been)[ \t]{1,2})?(?:changed|reset|set|updated)[ \t]{1,2}to)|(?<![A-Za-z0-9_.-])pass(?:word|phrase)[ \t]{1,2}(?:for|of|on)(?:[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9._@'-]{0,40}){1,4}[ \t]{0,2}:|(?:(?<=[A-Za-z]{2}[ \t]|\()pass(?:word|phrase)|(?<=\*\*)pass(?:word|phrase)\*\*)[ \t]{0,2}:)(?:[ \t]{1,2}(?:now|still|set to|changed to|reset to))?[ \t]{1,2}(?:\\?[`"'*]|&quot;){0,2}((?:[^\s`"'*\\]|\*(?![\s*`"']|$)){8,128}?)(?:\\?[`"'*]|&quot;){0,2}(?=[.,;!?)]?(?:\s|$|\\[nr]|["'<]))/i,
    window: { before: 80, after: 200 },
    // (A value that ends a sentence keeps its own full stop out; one with letters, digits and signs mixed as a person's.)
    accept: (m) => {
      const value = m[1] ?? '';
      // (Not a version: `v2.3.1-beta`.)
      return looksLikePassword(value) && isPasswordValue(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/^v?[0-9]{1,4}(?:\.[0-9]{1,4}){1,3}/.test(value);
    },
    sample: (g) => `Reset done, the new password is ${g.chars(ALNUM, 6)}!${g.int(1000, 9999)}${g.chars(ALNUM, 3)} until Friday.`,
    negatives: ['The password is required.', 'The password for the admin account: see the vault entry', 'the password got reset to the default', 'The password is stored in Vault (kv/prod/db).', 'the password is `${DB_PASSWORD}`', 'password: ********', 'The password is the same as last year.', 'Your password is too short (minimum 12 characters).', 'The password is v2.3.1-beta of the tool.', 'the pw for the staging box is in 1Password', 'pw is `$RCON_PASSWORD`'],
  }),
  // A login written as one code span after "log in with" (`login with `admin:…` on https://…`).
  proseRule({
    id: 'prose-login-code-span',
    description: 'user:password written as one code span after "log in with" or "credentials" in prose',
    keywords: ['login with `', 'log in with `', 'sign in with `', 'credentials `', 'creds `', 'credentials: `', 'creds: `'],
    pattern: /(?:log[ \t-]?in|sign[ \t-]?in)[ \t]+(?:with|as|using)[ \t]+`[A-Za-z0-9_.@\\-]{1,64}:([^`\s:]{6,128})`|cred(?:ential)?s:?[ \t]+`[A-Za-z0-9_.@\\-]{1,64}:([^`\s:]{6,128})`/i,
    secretGroup: 1,
    window: { before: 24, after: 240 },
    accept: (m) => isPasswordValue(m[1] ?? m[2] ?? ''),
    sample: (g) => `Then login with \`admin:${g.chars(ALNUM, 9)}#${g.int(10, 99)}${g.chars(ALNUM, 3)}\` on the staging console.`,
    negatives: ['login with `admin:<password>` on the console', 'login with `user:pass` first', 'log in with `root:${ROOT_PASSWORD}`'],
  }),
];

// The cue words with what follows them in a sentence: " key" alone is in every other line of
// code (keyed so, the rules cost 4.5% of a scan; so, 0.9%), so "key" only with its connector;
// "token " and "secret " with a blank, as `API token <value>` writes them.
const PROSE_CUE_KEYWORDS = ['token ', 'token: ', 'secret ', 'secret: ', 'key is ', 'key was ', 'key: ', 'key `', 'key ->', 'key if ', 'key for ', 'key in ', 'key with ', 'key from ', 'key so ', 'creds: ', 'creds ->', 'credentials: ', 'now ->', 'rotation ->', 'pat ', 'pat: '];

// Words that say the value after a phrase is a record's id: a commit, a hash, a release's signing key.
const RECORD_WORDS = /(?:^|[^A-Za-z])(?:commits?|sha\d{0,3}|hash(?:es)?|digests?|fingerprints?|checksums?|ids?|signing|gpg|pgp|releases?|versions?|builds?|revisions?)(?:[^A-Za-z]|$)/i;
// Words that say a value is a documentation's or a test's, between the cue and its value.
const EXAMPLE_WORDS = /(?:^|[^A-Za-z])(?:example|sample|dummy|fake|placeholder|docs?|documentation|test)(?:[^A-Za-z]|$)/i;

/** A prose key rule: the cue's keywords and check, the value in group 2, judged as a machine's key in a sentence. */
function proseTokenRule(spec: Pick<Rule, 'id' | 'description' | 'pattern' | 'sample' | 'negatives'>): Rule {
  return proseRule({
    keywords: PROSE_CUE_KEYWORDS,
    near: proseCueFollows,
    secretGroup: 2,
    window: { before: 16, after: 420 },
    accept: (m, text, at) => proseTokenValue(m[0], m[2] ?? '') && inSentence(text, at),
    ...spec,
  });
}

/** Keys and tokens written in chat and tickets after the word for them: after the generic rules, which they yield to. */
export const proseTokenRules = [
  // A key or token pasted into a chat message or a ticket after a word that says what it is:
  // "prod key is …", "Token used: ….", "API token … / secret …", "token `…`", "new key after
  // rotation -> …", "use this for now -> … / …". The value must be a machine's (random letters and
  // digits, or a UUID after a key's word); the word must stand in a sentence (a blank before it),
  // not start a config line, where the generic rules judge `key: …`. The second of two values
  // joined by " / " is read too. (From blind gradings of affiliate networks, compliance tools,
  // project management and data labeling: 60, 27, 10 and 12 such secrets missed.)
  proseTokenRule({
    id: 'prose-token-value',
    description: 'Key or token written in a sentence after the word for it (prod key is …, Token used: …, API token …, for now -> …)',
    // (Or a few words between the word and a colon: `the admin secret in the KAF module: …`, `token
    // so CI can upload: …`, `key if anyone needs it: …`, `PAT with osf.full_write: …`; from blind
    // gradings of education, fleet and research platforms: 40 missed.)
    pattern: /(?<=[ \t])(?:(?:token|key|secret|creds|credentials|pat)(?:[ \t]{1,2}(?:used|is|was|now))?(?:[ \t]{0,2}:)?|(?:token|key|secret|creds|credentials|pat)(?:[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9._'()-]{0,23}){1,6}?[ \t]{0,2}:|(?:token|key|secret|creds|credentials|now|rotation)[ \t]{1,2}(?:->|→))[ \t]{1,2}(\\?[`"']?)([A-Za-z0-9_~+/=-]{16,128}?|[A-Za-z0-9_~+/=-][A-Za-z0-9_~.+/=-]{14,126}[A-Za-z0-9_~+/=-])\1(?=[.,;!?)]?(?:[\s"'<`]|$|\\[nrt"]))/i,
    sample: (g) => `[9:14] lena: prod key is ${g.chars(ALNUM, 12)}7${g.chars(ALNUM, 19)} (rotate after the audit)`,
    negatives: ['the API key is stored in Vault under kv/prod/app', 'Token used: <redacted>. Please check scopes.', 'the primary key is customer_id_and_created_at', 'use this for now -> ${IMPACT_TOKEN}', 'set the key is_enabled_for_all_regions to true', 'the cache key for the build step: node-modules-v3-linux', 'the token for the CI job: see vault kv/ci/zenodo'],
  }),
  // The second value of a " / " pair after a prose key's value: "API token … / secret …".
  proseTokenRule({
    id: 'prose-token-pair-second',
    description: 'The second of two keys joined by " / " in a sentence (creds: … / …, token … / secret …)',
    pattern: /(?<=[ \t])(?:token|key|secret|creds|credentials|now)(?:[ \t]{1,2}(?:used|is|was|->|→))?(?:[ \t]{0,2}:)?[ \t]{1,2}\\?[`"']?[A-Za-z0-9_~.+/=-]{16,128}\\?[`"']?[ \t]{1,2}\/[ \t]{1,2}(?:(?:secret|key|token|pw|password)[ \t]{1,2})?(\\?[`"']?)([A-Za-z0-9_~+/=-]{16,128}?|[A-Za-z0-9_~+/=-][A-Za-z0-9_~.+/=-]{14,126}[A-Za-z0-9_~+/=-])\1(?=[.,;!?)]?(?:[\s"'<`]|$|\\[nrt"]))/i,
    sample: (g) => `[10:02] mo: new creds: ${g.chars(ALNUM, 19)}4 / ${g.chars(ALNUM, 31)}9 (rotate after the audit)`,
    negatives: ['creds: abcdefghijklmnop1234 / <ask ops>', 'key: src/config/default.json / src/config/prod.json'],
  }),
];

/**
 * Whether the prose cue whose keyword starts at `at` (a blank, then the word) is followed as the
 * patterns need: the word itself (token, key, secret, creds, credentials, now, rotation — not
 * `keys`, `keyof`), then `used`/`is`/`was`/`now`, ":", "->" or "→" and blanks, an optional quote,
 * and a run of 16 value characters holding a digit. A walk over characters with no allocation:
 * " key" and " token" are everywhere in code, where `key =`, `key)` and `keys` end it at once.
 */
function proseCueFollows(text: string, at: number): boolean {
  let i = at;
  const wordStart = i;
  while (i - wordStart < 12 && isLetter(text.charCodeAt(i))) i++;
  if (!wordIn(text, wordStart, i, CUE_WORDS)) return false;
  // Blanks and one connector word.
  let blanks = skipBlanks(text, i, 2) - i;
  i += blanks;
  if (blanks > 0 && isLetter(text.charCodeAt(i))) {
    const connector = i;
    while (i - connector < 5 && isLetter(text.charCodeAt(i))) i++;
    // Not a connector: the value itself (`API token <value>`), or a few words up to a colon.
    if (!wordIn(text, connector, i, CONNECTORS)) return valueRunAt(text, connector) || colonAfterWords(text, connector);
    blanks = skipBlanks(text, i, 2) - i;
    i += blanks;
  }
  const c = text.charCodeAt(i);
  if (c === 58 /* : */) i++;
  else if (c === 45 /* - */ && text.charCodeAt(i + 1) === 62 /* > */) i += 2;
  else if (c === 0x2192 /* → */) i++;
  else if (blanks === 0) return false;
  while (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9) i++;
  return valueRunAt(text, i);
}

const CUE_WORDS = ['token', 'key', 'secret', 'creds', 'credentials', 'now', 'rotation', 'pat'];

/** Whether one to six words from `i` (each up to 24 word characters, blanks between) end at a colon that a value run follows: `in the KAF module: <value>`. */
function colonAfterWords(text: string, i: number): boolean {
  for (let words = 0; words < 6; words++) {
    const start = i;
    while (i - start < 24 && isProseWordChar(text.charCodeAt(i))) i++;
    if (i === start) return false;
    const afterWord = skipBlanks(text, i, 2);
    if (text.charCodeAt(afterWord) === 58 /* : */) return valueRunAt(text, skipBlanks(text, afterWord + 1, 2));
    if (afterWord === i) return false;
    i = afterWord;
  }
  return false;
}

/** A character of a word in a sentence's phrase: letters, digits and . _ ' ( ) -. */
const isProseWordChar = (c: number): boolean => (c >= 48 && c <= 57) || isLetter(c) || c === 46 || c === 95 || c === 39 || c === 40 || c === 41 || c === 45;
const CONNECTORS = ['used', 'is', 'was', 'now'];

/** Whether text[start, end) is one of `words`, in any case (no allocation). */
function wordIn(text: string, start: number, end: number, words: readonly string[]): boolean {
  const n = end - start;
  next: for (const w of words) {
    if (w.length !== n) continue;
    for (let k = 0; k < n; k++) if ((text.charCodeAt(start + k) | 32) !== w.charCodeAt(k)) continue next;
    return true;
  }
  return false;
}

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a run of 16 value characters holding a digit starts at `i` (after an optional quote, backtick or escape). */
function valueRunAt(text: string, i: number): boolean {
  if (text.charCodeAt(i) === 92 /* \ */) i++;
  const q = text.charCodeAt(i);
  if (q === 96 || q === 34 || q === 39) i++;
  const end = Math.min(text.length, i + 130);
  let run = 0;
  let digit = false;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 43 || c === 47 || c === 61 || c === 126 || c === 46) {
      run++;
      if (c >= 48 && c <= 57) digit = true;
      if (run >= 16 && digit) return true;
    } else break;
  }
  return false;
}

// A public key's or a site key's word before the cue (`Using public key: …`).
// And a key or token that names a record, not a credential (`Cache key: …`, `Cache restored from
// key: …`, `ordering key`, `primary key`, `Next page token: …`).
const PUBLIC_BEFORE = /(?:public|publishable|site|client|project|app|cache|from|sort|example|sample|dummy|fake|placeholder|test|partition|primary|foreign|ordering|idempotency|object|row|bucket|routing|shard|lookup|index|group|dedup|hash|etag|license|translation|i18n|map|dict|page|next|continuation|sync|cursor|resume|csrf|xsrf|request|trace|correlation|cancellation|record|message|event|with)[ \t]{1,2}$/i;

/** Whether the cue at `at` follows a word on its line (a sentence), not indentation alone (`  key: '…'` in code), nor a public key's word. */
function inSentence(text: string, at: number): boolean {
  const before = text.slice(lineStartWithin(text, at, 200), at);
  // A word or a sentence's mark before the blank: not `{ key: …` or `, key: …` in code.
  // (An escaped line break before the blanks opens a line: `…\\n  key: …` in a JSON string is YAML's.)
  return /[A-Za-z0-9.!?:)`"'][ \t]{1,2}$/.test(before) && !/\\[nrt][ \t]{1,2}$/.test(before) && /[A-Za-z]/.test(before) && !PUBLIC_BEFORE.test(before);
}

const UUID_VALUE = new RegExp(`^${UUID_ANY_CASE}$`);

/** Whether a prose cue's value is a machine's key: random with a digit (a UUID only after a key's word, no git commit after an arrow). */
function proseTokenValue(match: string, value: string): boolean {
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
  // The words between the cue and the value: not a value they call an example (`key from the
  // docs: …`), nor a record's id (`token in commit: <sha>`, `key for the 2.x releases: 0x…`).
  const phrase = match.slice(0, match.lastIndexOf(value));
  if (EXAMPLE_WORDS.test(phrase)) return false;
  // An EVM address after "token" (`ERC20 token 0x…`) is a contract's, public.
  if (/^0x[0-9a-fA-F]{40}$/.test(value)) return false;
  // A UUID or hex digits only where the sentence says so (`key is …`, `Token used: …`, `-> …`): not
  // `ordering key <uuid>`, `using RSA key <fingerprint>`.
  const said = /^[A-Za-z]+(?:[ \t]{1,2}(?:used|is|was|now))?[ \t]{0,2}(?::|->|→)|^[A-Za-z]+[ \t]{1,2}(?:is|was)[ \t]|^[A-Za-z]+(?:[ \t]{1,2}[A-Za-z0-9][A-Za-z0-9._'()-]{0,23}){1,6}?[ \t]{0,2}:/i.test(match);
  if (UUID_VALUE.test(value)) return said && /^(?:token|key|secret|creds|credentials|pat)/i.test(match);
  if (RECORD_WORDS.test(phrase) || /^0x/i.test(value)) return false;
  if (/^[0-9A-Fa-f]+$/.test(value) && (!said || /^[0-9A-F]+$/.test(value))) return false;
  // A path or a dotted name (`src/config/app.json`, `com.acme.service.v2`) is no key.
  if (/^[a-z0-9_-]+(?:[./][a-z0-9_-]+)+$/i.test(value) && /[./][a-z]/i.test(value) && !/[A-Z].*[a-z].*[0-9]|[0-9].*[A-Z]/.test(value)) return false;
  if (/^[0-9a-f]{40}$/.test(value) && /^(?:now|here)/i.test(match)) return false;
  // (16 to 19 characters only in both cases with digits: ShareASale's 16-character tokens.)
  if (value.length < 20) return /[A-Z]/.test(value) && /[a-z]/.test(value) && looksLikeSecretValue(value, false);
  return looksLikeSecretValue(value, true);
}
