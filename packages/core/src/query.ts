import { isSecretKeyName } from './keys.js';

// Query parameters whose value is a credential even when it does not look like one: OAuth codes
// and tokens, URL signatures (S3/Azure presigned URLs), short API keys and passwords.
const QUERY_SECRETS = new Set(['sig', 'signature', 'code', 'key', 'apikey', 'auth', 'pass', 'pw', 'access_token', 'refresh_token', 'id_token', 'client_secret', 'x-amz-signature', 'x-amz-credential', 'x-amz-security-token']);

const MAX_PARAM = 64;
// A query parameter name: [A-Za-z0-9_.[\]-].
const isNameChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 91) || c === 93 || (c >= 48 && c <= 57) || c === 95 || c === 46 || c === 45;
// A query parameter value: anything but & # " ' < > and JavaScript's \s (so ";" and control
// characters stay inside a value, and a credential is masked whole).
const isValueChar = (c: number): boolean => {
  if (c === 38 || c === 35 || c === 34 || c === 39 || c === 60 || c === 62 || c === 32 || (c >= 9 && c <= 13)) return false;
  if (c < 0xa0) return true;
  return !(c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);
};

/**
 * Whether the "#" at `at` is a URL's fragment: "://" within the run of URL characters before it
 * (an HTML anchor `href="#token=…"` or a regex `/#access_token=(…)/` is not). A bounded look back.
 */
function inUrl(s: string, at: number): boolean {
  for (let i = at - 1; i >= 2 && at - i <= 2048; i--) {
    const c = s.charCodeAt(i);
    if (c === 34 || c === 39 || c === 60 || c === 62 || c === 40 || c === 32 || (c >= 9 && c <= 13)) return false;
    if (c === 47 && s.charCodeAt(i - 1) === 47 && s.charCodeAt(i - 2) === 58) return true;
  }
  return false;
}

/** Whether a query parameter carries a credential: the names above, or a secret-named key. */
export function isSecretQueryParam(name: string): boolean {
  const lower = name.toLowerCase();
  return QUERY_SECRETS.has(lower) || isSecretKeyName(lower);
}

/**
 * `s` with the value of every credential query parameter (`?access_token=…`, `&sig=…`, `;key=…`)
 * masked as `****`, or `s` itself when there is none. A hand-written scanner in linear time:
 * most strings have no "=" at all, and for those that do it allocates only the parameter names.
 */
export function maskQueryParams(s: string, isSecretParam: (name: string) => boolean = isSecretQueryParam): string {
  let eq = s.indexOf('=');
  if (eq === -1) return s;
  const n = s.length;
  // Pieces joined once at the end: repeated concatenation of a growing string costs more with
  // every masked parameter (measured: 1 MiB of "&sig=a" took 5-6x the time of 256 KiB).
  let out: string[] | undefined;
  let copied = 0;
  // From each "=" (found natively), back over the name to its separator: only the "=" signs are
  // visited in JavaScript, and each walk back stops at the "=" before, so every character is
  // visited a bounded number of times.
  for (; eq !== -1; eq = eq + 1 < n ? s.indexOf('=', eq + 1) : -1) {
    let i = eq - 1;
    while (i >= 0 && eq - i <= MAX_PARAM && isNameChar(s.charCodeAt(i))) i--;
    // A separator, a name of 1 to MAX_PARAM characters (a longer one stops the walk on a name
    // character, not a separator), "=", and a non-empty value.
    if (i < 0 || i === eq - 1 || eq + 1 >= n || !isValueChar(s.charCodeAt(eq + 1))) continue;
    const sep = s.charCodeAt(i);
    if (sep !== 63 && sep !== 38 && sep !== 59 && !(sep === 35 && inUrl(s, i))) continue; // ? & ; and a URL's # (OAuth's implicit flow: #access_token=…)
    if (!isSecretParam(s.slice(i + 1, eq))) continue;
    // Only a credential's value is walked to its end, and the search resumes after it (from a
    // bug: walking each innocent value to its end made 1 MiB of ";a=b" take minutes).
    let end = eq + 1;
    while (end < n && isValueChar(s.charCodeAt(end))) end++;
    // Already masked: leave it (redact stays idempotent).
    if (s.slice(eq + 1, end) !== '****') {
      (out ??= []).push(s.slice(copied, eq + 1), '****');
      copied = end;
    }
    eq = end - 1;
  }
  if (out === undefined) return s;
  out.push(s.slice(copied));
  return out.join('');
}

// A URL's user information: no "/", "?", "#", "@", blanks, quotes or angle brackets (RFC 3986
// allows none of them unencoded).
const isUserinfoChar = (c: number): boolean => !(c === 47 || c === 63 || c === 35 || c === 64 || c === 34 || c === 39 || c === 96 || c === 60 || c === 62 || c <= 32 || c === 0x7f);
const MAX_USERINFO = 256;
// A password that is a template's slot, not a value (`${DB_PASSWORD}`, `$(cat pw)`, `{{ .pw }}`,
// `{password}`, `[password]`, `<password>`, `%s`), or already masked.
const isSlot = (p: string): boolean => p === '****' || /^(?:\$|\{[A-Za-z_{ .]|\[[A-Za-z_]+\]$|<|%s$)/.test(p);

/**
 * `s` with the password of every URL's user information masked (`postgres://app:****@db`), or
 * `s` itself when there is none. Unlike the detector, which reports a URL's password only when it
 * is a credential someone could use (not `guest:guest`, not on an example host), a log or an
 * error message is masked whatever the password looks like. Linear: "://" is found natively, and
 * each walk over the user information stops at the next "/", so no character is walked twice.
 */
export function maskUrlPasswords(s: string): string {
  let at = s.indexOf('://');
  if (at === -1) return s;
  const n = s.length;
  let out: string[] | undefined;
  let copied = 0;
  for (; at !== -1; at = s.indexOf('://', at + 3)) {
    const from = at + 3;
    let colon = -1;
    let i = from;
    for (; i < n && i - from <= MAX_USERINFO; i++) {
      const c = s.charCodeAt(i);
      if (!isUserinfoChar(c)) break;
      if (c === 58 && colon === -1) colon = i;
    }
    if (colon === -1 || s.charCodeAt(i) !== 64 || colon + 1 === i) continue;
    if (isSlot(s.slice(colon + 1, i))) continue;
    (out ??= []).push(s.slice(copied, colon + 1), '****');
    copied = i;
  }
  if (out === undefined) return s;
  out.push(s.slice(copied));
  return out.join('');
}
