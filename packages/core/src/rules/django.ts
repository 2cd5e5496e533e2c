import { defineRule, keyed } from './define.js';

/** The alphabet of django.core.management.utils.get_random_secret_key() (50 characters of it), as a character class. */
const DJANGO_CLASS = 'a-z0-9!@#$%^&*(\\-_=+)';
const DJANGO_VALUE = `(?:django-insecure-)?[${DJANGO_CLASS}]{50}`;
// keyed() matches case-insensitively; the value is checked again as Django writes it (no capitals).
const DJANGO_KEY = new RegExp(`^${DJANGO_VALUE}$`);
const DJANGO_CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)';

/** Django credentials. */
export const djangoRules = [
  defineRule({
    id: 'django-secret-key',
    provider: 'Django',
    description: 'Django SECRET_KEY (50 characters of get_random_secret_key()\'s alphabet, with or without startproject\'s django-insecure- prefix)',
    // Nine keys in ten hold "(" or ")", which the generic rules' values stop at (code punctuation):
    // this rule knows Django's alphabet (from a blind grading: 87 of 100 generated keys were missed).
    keywords: ['secret_key', 'secretkey', 'secret-key'],
    pattern: keyed('(?:django[_.-]?)?secret[_.-]?key', DJANGO_VALUE, `A-Z${DJANGO_CLASS}`),
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
];
