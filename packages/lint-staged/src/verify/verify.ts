// Live verification of found tokens (opt-in: --verify). For each finding whose rule has a
// verification spec in core, call the provider's documented read-only identity endpoint and
// mark the finding verified, invalid or unknown, with the account name the answer gives.
//
// Safety: a token goes only over HTTPS to the host fixed in core's spec for its rule (the one
// override, --verify-endpoint, is accepted for loopback addresses only); redirects are not
// followed; each distinct token is sent once per run; requests per host are limited and spaced;
// every request has a timeout. Nothing here prints: callers print account names through the
// redactor.

import { type AnswerCheck, redact, type Verification, verificationFor } from '@keyward/core';
import { UsageError } from '../errors.js';
import { shown } from '../shown.js';
import { VERSION } from '../version.js';

export type VerifyStatus = 'verified' | 'invalid' | 'unknown';

export interface VerifyResult {
  readonly status: VerifyStatus;
  /** Account, bot or workspace name from the answer, redacted and stripped of control characters. */
  readonly account?: string;
  /** Why the answer was `unknown` (timeout, HTTP 429, redirect not followed …). */
  readonly reason?: string;
}

export interface VerifyOptions {
  /** Per-request timeout in milliseconds (default 5000). */
  readonly timeoutMs?: number;
  /** Requests in flight per host (default 2). */
  readonly perHost?: number;
  /** Least time between two requests to one host, in milliseconds (default 100). */
  readonly spacingMs?: number;
  /** Provider → loopback base URL, from --verify-endpoint (tests' local stubs). */
  readonly endpoints?: ReadonlyMap<string, URL>;
  /** The fetch to use (tests may pass their own); default the global fetch. */
  readonly fetch?: typeof fetch;
}

const MAX_BODY = 1 << 20;
// Node's own fetch, taken when this module loads: a JavaScript keyward.config in the scanned
// repository is loaded later, and must not be able to swap the function that sends tokens.
const builtinFetch: typeof fetch = globalThis.fetch;
const LOOPBACK_V4 = /^127\.(?:\d{1,3})\.(?:\d{1,3})\.(?:\d{1,3})$/;

/** True for 127.0.0.0/8, ::1 and localhost: the only hosts --verify-endpoint may name. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || LOOPBACK_V4.test(host);
}

/**
 * Parses `--verify-endpoint <provider>=<url>` values. Any host other than a loopback address is
 * a usage error: a token is never sent to a host taken from the command line or a config file.
 */
export function parseEndpoints(values: readonly string[] | undefined, known: ReadonlySet<string>): Map<string, URL> {
  const out = new Map<string, URL>();
  for (const value of values ?? []) {
    const eq = value.indexOf('=');
    const provider = eq > 0 ? value.slice(0, eq).trim().toLowerCase() : '';
    let url: URL | undefined;
    try {
      url = eq > 0 ? new URL(value.slice(eq + 1)) : undefined;
    } catch {
      url = undefined;
    }
    if (!provider || !url) throw new UsageError(`--verify-endpoint takes <provider>=<url>, e.g. notion=http://127.0.0.1:8080; got "${shown(value)}".`);
    if (!known.has(provider)) throw new UsageError(`--verify-endpoint: no verifier for provider "${shown(provider)}"; known: ${[...known].sort().join(', ')}.`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--verify-endpoint ${provider}: only http(s) URLs; got "${url.protocol}".`);
    if (!isLoopback(url.hostname)) {
      throw new UsageError(`--verify-endpoint ${provider}: "${shown(url.hostname)}" is not a loopback address. Tokens are only ever sent to their provider's own host; the override exists for local test stubs (127.0.0.1, ::1, localhost).`);
    }
    out.set(provider, url);
  }
  return out;
}

/** The request for `token` under `spec`, with the endpoint override applied. */
export function buildRequest(spec: Verification, token: string, endpoints?: ReadonlyMap<string, URL>): { url: URL; init: RequestInit } {
  const fixed = new URL(spec.url);
  const override = endpoints?.get(spec.provider);
  let url: URL;
  if (override) {
    // Keep the endpoint's path under the stub's base, so a stub can tell endpoints apart.
    url = new URL(override.href);
    url.pathname = `${override.pathname.replace(/\/$/, '')}${fixed.pathname}`;
  } else {
    url = fixed;
  }
  // Telegram's "digits:AA…" keeps its ":" (a path may hold one; the token is sent as issued).
  if (spec.auth === 'path') url.pathname = url.pathname.replace('%7Btoken%7D', encodeURIComponent(token).replace(/%3A/gi, ':'));
  const headers: Record<string, string> = { 'User-Agent': `keyward/${VERSION} (+https://www.npmjs.com/package/keyward)`, Accept: 'application/json', ...spec.headers };
  const auth = spec.auth;
  if (auth === 'bearer') headers['Authorization'] = `Bearer ${token}`;
  else if (auth === 'bot') headers['Authorization'] = `Bot ${token}`;
  else if (auth === 'raw') headers['Authorization'] = token;
  else if (auth === 'basic-user') headers['Authorization'] = `Basic ${Buffer.from(`${token}:`).toString('base64')}`;
  else if (auth !== 'path') headers[auth.header] = token;
  return { url, init: { method: spec.method, headers, redirect: 'manual', ...(spec.body === undefined ? {} : { body: spec.body }) } };
}

function at(body: unknown, path: string): unknown {
  let cur: unknown = body;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = Object.hasOwn(cur, key) ? (cur as Record<string, unknown>)[key] : undefined;
  }
  return cur;
}

function holds(body: unknown, check: AnswerCheck): boolean {
  const value = at(body, check.path);
  if (check.present) return value !== undefined && value !== null;
  if ('equals' in check) return value === check.equals;
  if (check.in) return typeof value === 'string' && check.in.includes(value);
  if (check.includes !== undefined) return typeof value === 'string' && value.includes(check.includes);
  return false;
}

/**
 * An account name fit to print: control, bidi and zero-width characters removed, then redacted
 * whole, then shortened (cutting first could halve a token so the redactor no longer sees it).
 */
function cleanAccount(value: unknown): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // eslint-disable-next-line no-control-regex
  const text = redact(String(value).slice(0, 4096).replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '').trim());
  return text ? (text.length > 100 ? `${text.slice(0, 99)}…` : text) : undefined;
}

/** The verdict an answer gives under `spec`. Pure: tests call it with canned answers too. */
export function classify(spec: Verification, status: number, body: unknown, header: (name: string) => string | null): VerifyResult {
  if (status >= 300 && status < 400) return { status: 'unknown', reason: `HTTP ${status}: redirect not followed` };
  if (spec.invalidWhen?.some((c) => holds(body, c))) return { status: 'invalid' };
  const liveByBody = spec.liveWhen?.some((c) => holds(body, c)) ?? false;
  if (!liveByBody && spec.invalid.includes(status)) return { status: 'invalid' };
  if (!liveByBody && !(spec.live ?? [200]).includes(status)) return { status: 'unknown', reason: `HTTP ${status}` };
  if (!liveByBody && status < 300 && spec.require && !spec.require.every((c) => holds(body, c))) return { status: 'unknown', reason: body === undefined ? 'answer was not JSON' : 'unexpected answer' };
  let account: string | undefined;
  for (const path of spec.account ?? []) {
    account = cleanAccount(at(body, path));
    if (account) break;
  }
  if (!account && spec.accountHeader) account = cleanAccount(header(spec.accountHeader));
  return account ? { status: 'verified', account } : { status: 'verified' };
}

/** The answer as JSON, reading at most MAX_BODY bytes (a hostile or broken server may send more). */
async function readBody(response: Response): Promise<unknown> {
  const reader = response.body?.getReader();
  if (!reader) return undefined;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_BODY) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Per-host gate: at most `limit` requests in flight, starts at least `spacing` ms apart. */
class HostGate {
  private active = 0;
  private nextStart = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly spacing: number,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    const now = Date.now();
    const wait = Math.max(0, this.nextStart - now);
    this.nextStart = Math.max(now, this.nextStart) + this.spacing;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    try {
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

/**
 * A verifier for one run: `check(ruleId, token)` sends each distinct (rule, token) once and
 * caches the verdict. Rules with no spec answer undefined (nothing is sent).
 */
export function createVerifier(options: VerifyOptions = {}): { check(ruleId: string, token: string): Promise<VerifyResult> | undefined; readonly requests: number } {
  const timeoutMs = options.timeoutMs ?? 5000;
  const doFetch = options.fetch ?? builtinFetch;
  const gates = new Map<string, HostGate>();
  const cache = new Map<string, Promise<VerifyResult>>();
  let requests = 0;

  const send = async (spec: Verification, token: string): Promise<VerifyResult> => {
    const { url, init } = buildRequest(spec, token, options.endpoints);
    // Only HTTPS leaves the machine; plain HTTP only to a loopback stub.
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) return { status: 'unknown', reason: 'refused: not HTTPS' };
    let gate = gates.get(url.host);
    if (!gate) {
      gate = new HostGate(options.perHost ?? 2, options.spacingMs ?? 100);
      gates.set(url.host, gate);
    }
    return gate.run(async () => {
      requests++;
      try {
        const response = await doFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        const redirect = response.status >= 300 && response.status < 400;
        if (redirect) await response.body?.cancel().catch(() => {});
        const body = redirect ? undefined : await readBody(response);
        const result = classify(spec, response.status, body, (name) => response.headers.get(name));
        // Say who rejected it: a self-hosted GitLab, GitHub Enterprise or Sentry token is only
        // ever checked against the public service, which rejects it although it may be live.
        // (The host asked: a stub's under --verify-endpoint, from a new-user trial.)
        return result.status === 'invalid' ? { ...result, reason: `rejected by ${url.host}` } : result;
      } catch (error) {
        const name = (error as Error).name;
        return { status: 'unknown', reason: name === 'TimeoutError' || name === 'AbortError' ? `no answer in ${timeoutMs} ms` : 'network error' };
      }
    });
  };

  return {
    check(ruleId, token) {
      const spec = verificationFor(ruleId);
      if (!spec) return undefined;
      const key = `${spec.provider}\0${token}`;
      let pending = cache.get(key);
      if (!pending) {
        pending = send(spec, token);
        cache.set(key, pending);
      }
      return pending;
    },
    get requests() {
      return requests;
    },
  };
}
