import { isPlaceholder, percentDecoded } from '../allowlist.js';
import { shannonEntropy } from '../entropy.js';
import { ALNUM, BASE64URL, defineRule, isKeyChar } from './define.js';
import { looksLikeSecretValue } from './generic.js';
import { inUse } from './passwords.js';

// Session cookies: whoever holds one is signed in as its owner, without the password or the
// second factor. Scrapers and browser automation keep them in cookie jars (Netscape cookies.txt),
// storage-state and EditThisCookie exports, Cookie headers, curl -b and code. (From a blind grading
// of scraping tools: 176 of ~200 such cookies were missed.) Names as browsers send them (case
// matters: `sessionId` in a program's data is no cookie).
const NAMES = [
  'li_at', // LinkedIn
  'xs', // Facebook (with c_user)
  '__Secure-1PSID',
  '__Secure-3PSID', // Google
  'sessionid',
  'sessionid_ss',
  'sid_tt',
  'sid_guard', // Instagram, TikTok, Django
  'reddit_session',
  'user_session',
  '__Host-user_session_same_site',
  '_gh_sess', // GitHub
  'at-main',
  'sess-at-main',
  'x-main',
  'session-token', // Amazon
  'connect.sid', // Express
  '__session', // Firebase Hosting passes only this cookie to functions and Cloud Run
  'PHPSESSID',
  'JSESSIONID',
  'laravel_session',
  '_session_id',
  'ASP.NET_SessionId',
  '.AspNetCore.Session',
  '.AspNetCore.Cookies',
  '.AspNetCore.Identity.Application',
  'next-auth.session-token',
  '__Secure-next-auth.session-token',
  '__Secure-authjs.session-token',
];
const NAME = `(${NAMES.map((n) => n.replace(/[.]/g, '\\.')).join('|')})`;
// Variable names for the cookies (`LI_AT`, `AT_MAIN`), and the cookie each names.
const ENV_TO_COOKIE: Readonly<Record<string, string>> = {
  LI_AT: 'li_at',
  XS: 'xs',
  AT_MAIN: 'at-main',
  SESS_AT_MAIN: 'sess-at-main',
  SESSIONID: 'sessionid',
  SESSION_ID: 'sessionid',
  SID_TT: 'sid_tt',
  REDDIT_SESSION: 'reddit_session',
  USER_SESSION: 'user_session',
  CONNECT_SID: 'connect.sid',
  PHPSESSID: 'PHPSESSID',
  JSESSIONID: 'JSESSIONID',
  LARAVEL_SESSION: 'laravel_session',
  SECURE_1PSID: '__Secure-1PSID',
  SECURE_3PSID: '__Secure-3PSID',
  PSID: '__Secure-1PSID',
};
const ENV_NAMES = Object.keys(ENV_TO_COOKIE).join('|');
// (Facebook's two-letter `xs` by its spellings, and by its value's `%3A2%3A` in a cookies.txt line.)
const KEYWORDS = [...new Set(NAMES.filter((n) => n !== 'xs').map((n) => n.toLowerCase())), 'xs=', 'xs"', "xs'"];

/** Whether the cookie name at `at` stands alone (no name character before it; a quote may open it) and a separator follows it. */
function cookieNameAt(text: string, at: number): boolean {
  if (at > 0 && isKeyChar(text.charCodeAt(at - 1))) return false;
  // A regular expression's escaped "?" or "&" before the name (a crawler's URL exclude pattern,
  // `.*\?sessionid=<hash>.*`): a pattern for URLs, no cookie (from a blind grading of SEO tools).
  if (at > 1 && text.charCodeAt(at - 2) === 92) return false;
  NAME_FOLLOWS.lastIndex = at;
  return NAME_FOLLOWS.test(text);
}
const NAME_FOLLOWS = new RegExp(`${NAME}["']?(?:[ \\t]{0,4}[:=]|\\t)`, 'y');

/** Whether a cookie object's `name` field holds the name at `at` (`"name": "li_at"`): a look 24 characters back. */
function objectNameAt(text: string, at: number): boolean {
  return /name["']?[ \t]{0,4}:[ \t]{0,4}["']$/.test(text.slice(Math.max(0, at - 24), at));
}

// Each known cookie's own shape, where it has one (the rest: a random run, below).
const SHAPES: Readonly<Record<string, RegExp>> = {
  li_at: /^AQED[A-Za-z0-9_-]{60,}$/,
  xs: /^\d{1,3}(?:%3A|:)[A-Za-z0-9_-]{10,20}(?:%3A|:)\d(?:%3A|:)\d{9,11}(?:%3A|:)-?\d(?:%3A|:)\d{2,6}/,
  'at-main': /^"?Atz[ar]\|[A-Za-z0-9_-]{40,}/,
  'sess-at-main': /^"?[A-Za-z0-9+/=_-]{30,}/,
  // Laravel's encrypted session: base64 of {"iv":…,"value":…,"mac":…}, maybe percent-encoded
  // (from a blind grading of traffic captures: 14 of 14 missed, the JSON read as a stand-in).
  laravel_session: /^eyJpdiI6[A-Za-z0-9+/_-]{80,}(?:%3D|=){0,2}$/,
  // ASP.NET Core's cookie authentication ticket, protected by Data Protection (`CfDJ8…`).
  '.AspNetCore.Cookies': /^CfDJ8[A-Za-z0-9_-]{100,}$/,
  '.AspNetCore.Identity.Application': /^CfDJ8[A-Za-z0-9_-]{100,}$/,
};

/** The longest run of token characters in `value` (percent-decoded: `s%3A…` is Express's `s:…`). */
function longestRun(value: string): string {
  let best = '';
  for (const run of percentDecoded(value).split(/[^A-Za-z0-9_-]+/)) if (run.length > best.length) best = run;
  return best;
}

/** Whether `value` is a live session under cookie `name`: its shape, or a random run of 16 or more. */
function isSessionValue(name: string, value: string): boolean {
  // (A long random value spells a word now and then: there, only a word in one case marks a placeholder.)
  const shape = SHAPES[name];
  if (!inUse(value) || (shape === undefined && isPlaceholder(value, value.length >= 40 ? { encodesBinary: true } : undefined)) || /^(?:deleted|null|undefined|true|false)$/i.test(value)) return false;
  if (shape !== undefined) return shape.test(value) && shannonEntropy(value) >= 3;
  const run = longestRun(value);
  if (run.length < 16) return false;
  // (Hex shorter than 32 is an anti-CSRF token under the same name: Steam's `sessionid`, 24 hex.)
  if (/^[0-9a-f]+$/i.test(run)) return run.length >= 32 && shannonEntropy(run) >= 3;
  return looksLikeSecretValue(run, false);
}

const rotate = { url: 'https://owasp.org/www-community/attacks/Session_hijacking_attack', how: "Sign out of the account everywhere (or change its password), which ends the session; keep cookie jars and browser state out of the repository." } as const;

/** Session cookies of sites and frameworks, in the ways programs and exports hold them. */
export const sessionCookieRules = [
  // A Rails app's session cookie (`_<app>_session`): the cookie store keeps the session in the
  // cookie itself, signed (`<base64>--<hex digest>`) or encrypted (`<data>--<iv>--<tag>`), so a
  // HAR file's or a log's Set-Cookie carries a signed-in session. (From a blind grading of EV
  // charging: Enlighten's session cookies in HAR files, 5 missed.)
  defineRule({
    id: 'rails-session-cookie',
    provider: 'Web sessions',
    description: "Rails cookie-store session (_<app>_session=<data>--<digest>) in a Cookie or Set-Cookie header",
    keywords: ['_session='],
    pattern: /(?<![A-Za-z0-9_])_[a-z0-9][a-z0-9_]{0,40}_session=((?:[A-Za-z0-9+/=]|%[0-9A-Fa-f]{2}){20,4096}--(?:[0-9a-f]{40,64}|(?:[A-Za-z0-9+/=]|%[0-9A-Fa-f]{2}){8,64}--(?:[A-Za-z0-9+/=]|%[0-9A-Fa-f]{2}){8,64}))(?![A-Za-z0-9+/=%-])/,
    window: { before: 48, after: 4400 },
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://guides.rubyonrails.org/security.html#session-storage',
    sample: (g) => `Set-Cookie: _shop_session=${g.chars(ALNUM, 120)}%3D%3D--${g.chars('0123456789abcdef', 40)}; path=/; secure; HttpOnly`,
    negatives: ['Set-Cookie: _shop_session=; path=/; max-age=0', '_shop_session=<session>--<digest>'],
  }),
  // `name=value` (a Cookie header, curl -b, document.cookie), `name: value` or `"name": "value"`
  // (a dict of cookies), and a Netscape cookies.txt line (`…\tname\tvalue`).
  defineRule({
    id: 'session-cookie',
    provider: 'Web sessions',
    description: 'Session cookie of a site or framework (LinkedIn li_at, Google __Secure-1PSID, Facebook xs, Instagram/TikTok sessionid, GitHub user_session, Amazon at-main, connect.sid, PHPSESSID …) in a Cookie header, a cookie dict or a cookies.txt line',
    keywords: KEYWORDS,
    near: cookieNameAt,
    // Tried once at each name (the hit): the fence before it is near's.
    anchored: true,
    pattern: new RegExp(`${NAME}["']?(?:[ \\t]{0,4}[:=][ \\t]{0,4}|\\t)["']?([^\\s;"'\`,\\\\]{8,2048})`),
    secretGroup: 2,
    window: { before: 0, after: 2200 },
    accept: (m) => isSessionValue(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies',
    sample: (g) => `curl 'https://www.linkedin.com/voyager/api/me' -b 'lang=v=2&lang=en-us; li_at=AQED${g.chars(BASE64URL, 140)}; JSESSIONID=ajax:${g.chars('0123456789', 19)}'`,
    negatives: ['Cookie: sessionid=<your-session-id>', 'li_at=YOUR_LI_AT_COOKIE', 'document.cookie = "PHPSESSID=deleted; expires=Thu, 01 Jan 1970 00:00:00 GMT"', 'Set-Cookie: sessionid=; Max-Age=0', 'sessionid: ${SESSION_ID}'],
  }),
  // A cookie object of a storage-state, EditThisCookie or Puppeteer export: its name, then (other
  // fields between, within the object) its value.
  defineRule({
    id: 'session-cookie-object',
    provider: 'Web sessions',
    description: 'Session cookie in a cookie object ({"name": "li_at", …, "value": "…"}: Playwright storageState, EditThisCookie, Puppeteer setCookie)',
    keywords: KEYWORDS,
    near: objectNameAt,
    pattern: new RegExp(`["']?name["']?[ \\t]{0,4}:[ \\t]{0,4}["']${NAME}["'][^{}]{0,400}?["']?value["']?[ \\t]{0,4}:[ \\t]{0,4}["']([^"'\\\\\\r\\n]{8,2048})["']`),
    secretGroup: 2,
    // Over line ends: an export writes one field a line.
    span: 'near',
    window: { before: 40, after: 2600 },
    accept: (m) => isSessionValue(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://playwright.dev/docs/api/class-browsercontext#browser-context-storage-state',
    sample: (g) => `[{"domain": ".github.com", "name": "user_session", "path": "/", "secure": true, "value": "${g.chars(ALNUM, 20)}_${g.chars(BASE64URL, 27)}"}]`,
    negatives: ['{"name": "sessionid", "value": "<session id>"}', '{"name": "PHPSESSID", "value": ""}', `{"name": "JSESSIONID", "value": "${'0'.repeat(32)}"}`],
  }),
  // The cookie kept in an environment variable named for it (`LI_AT_COOKIE=…`, `XS_COOKIE=…`,
  // `SESSIONID_COOKIE=…`), as scrapers' .env files hold it.
  defineRule({
    id: 'session-cookie-env',
    provider: 'Web sessions',
    description: 'Session cookie in an environment variable named for it (LI_AT_COOKIE, XS_COOKIE, SESSIONID_COOKIE, AT_MAIN_COOKIE …)',
    keywords: ['_cookie'],
    // A variable's name ends at the hit: an assignment follows.
    near: (text, at) => /^_cookie["']?[ \t]{0,4}[=:]/i.test(text.slice(at, at + 16)),
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:[A-Z0-9]{1,24}_)?(${ENV_NAMES})_COOKIE["']?[ \\t]{0,4}[=:][ \\t]{0,4}["']?([^\\s;"'\`,&\\\\]{8,2048})`),
    secretGroup: 2,
    window: { before: 48, after: 2200 },
    accept: (m) => isSessionValue(ENV_TO_COOKIE[m[1] ?? ''] ?? 'sessionid', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/Guides/Cookies',
    sample: (g) => `LINKEDIN_LI_AT_COOKIE=AQED${g.chars(BASE64URL, 140)}`,
    negatives: ['LI_AT_COOKIE=your_li_at_cookie_here', 'SESSIONID_COOKIE=${SESSIONID_COOKIE}', 'XS_COOKIE='],
  }),
];
