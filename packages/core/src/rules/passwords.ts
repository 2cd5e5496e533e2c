// What every password judge shares: the defaults and references that stand where a password goes.
import { isReference, isStandIn } from '../allowlist.js';

// Default and example passwords that documentation and local setups use everywhere (Redis'
// `foobared`, the `hunter2` joke).
export const DEFAULT_PASSWORDS: ReadonlySet<string> = new Set(['password', 'pass', 'passwd', 'secret', 'changeme', 'admin', 'root', 'postgres', 'mysql', 'guest', 'test', 'example', 'pwd', 'user', 'username', 'xxx', 'xxxx', 'foobared', 'hunter2']);

/** Not a reference (`$DB_PASSWORD`, `%(password)s`, `${…}`, an ARN, `vault:secret/…`), a stand-in (`not-set`) or a default: a password in use. */
export function inUse(password: string): boolean {
  return !/^(?:\$[A-Za-z_({]|%(?:\([A-Za-z_]|[A-Za-z_][A-Za-z0-9_.-]*%))/.test(password) && !DEFAULT_PASSWORDS.has(password.toLowerCase()) && !isStandIn(password) && !isReference(password);
}
