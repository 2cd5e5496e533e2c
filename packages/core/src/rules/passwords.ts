// What every password judge shares: the defaults and references that stand where a password goes.
import { isPlaceholder, isReference, isStandIn } from '../allowlist.js';

// Default and example passwords that documentation and local setups use everywhere (Redis'
// `foobared`, the `hunter2` joke).
export const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set(['password', 'pass', 'passwd', 'secret', 'changeme', 'admin', 'root', 'postgres', 'mysql', 'guest', 'test', 'example', 'pwd', 'user', 'username', 'xxx', 'xxxx', 'foobared', 'hunter2']);

// A password that names itself, words of one case joined by "_" or "-" around a password's word:
// a template's `mysql://database_user:database_password@…`, `db_pass`, `YOUR_SECRET`.
const NAMES_ITSELF = /^(?:[a-z][a-z0-9]*[_-])*(?:pass(?:word|wd)?|pwd|pw|secret)(?:[_-][a-z0-9]+)*$|^(?:[A-Z][A-Z0-9]*_)*(?:PASS(?:WORD|WD)?|PWD|PW|SECRET)(?:_[A-Z0-9]+)*$/;

/** Not a reference (`$DB_PASSWORD`, `%(password)s`, `${…}`, an ARN, `vault:secret/…`), a stand-in (`not-set`), a default or its own name: a password in use. */
export function inUse(password: string): boolean {
  return !/^(?:\$[A-Za-z_({]|%(?:\([A-Za-z_]|[A-Za-z_][A-Za-z0-9_.-]*%))/.test(password) && !DEFAULT_PASSWORDS.has(password.toLowerCase()) && !NAMES_ITSELF.test(password) && !isStandIn(password) && !isReference(password);
}

/** A password that stands in for one: a reference, a default, or a placeholder (`your-api-key-here`, `<TOKEN>`). */
export function isStandInPassword(password: string): boolean {
  return !inUse(password) || isPlaceholder(password);
}
