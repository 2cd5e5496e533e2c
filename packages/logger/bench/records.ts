// Deterministic HTTP-request log records for the logger benchmark.
//
// Every record looks like what an HTTP access logger (pino-http and friends) writes: the request
// (method, url with query string, route and params, 8 common headers, remote address), the
// response, the response time, and nested user/session objects. A small fraction carries a real
// token, built at run time from a catalog rule's sample() (no token is ever written in a file):
// in an `authorization: Bearer …` header, in the url's query string, or in the message.

import { catalog, createSampleGen } from '@keyward/core';
import type { Rule, SampleGen } from '@keyward/core';

export const SEED = 20_240_601;

/** Where a record's token sits (`none` for the records without one). */
export type Placement = 'none' | 'header' | 'url' | 'message';

export interface LogRecord {
  /** The merging object: `logger.info(obj, msg)`. */
  readonly obj: Record<string, unknown>;
  readonly msg: string;
  readonly placement: Placement;
  /** The planted token (only for records with one; never printed). */
  readonly token?: string;
  readonly ruleId?: string;
}

/** Per mille of records carrying a token, by placement. */
export const PER_MILLE: Readonly<Record<Exclude<Placement, 'none'>, number>> = { header: 20, url: 10, message: 10 };

const METHODS = ['GET', 'GET', 'GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
const STATUSES = [200, 200, 200, 200, 200, 200, 201, 204, 301, 304, 400, 401, 403, 404, 404, 409, 422, 429, 500, 503] as const;
const ACCEPT = ['application/json', 'application/json, text/plain, */*', 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', '*/*'] as const;
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW'] as const;
const LANGUAGES = ['en-US,en;q=0.9', 'de-DE,de;q=0.9,en;q=0.8', 'fr-FR,fr;q=0.8', 'ja,en-US;q=0.7,en;q=0.3'] as const;
const HOSTS = ['api.example.com', 'app.example.com', 'internal-gateway.svc.cluster.local:8080', 'eu.api.example.com'] as const;
const USER_AGENTS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'curl/8.5.0',
  'okhttp/4.12.0',
  'python-requests/2.31.0',
  'axios/1.6.8',
  'Go-http-client/2.0',
] as const;
const ROLES = ['viewer', 'editor', 'admin', 'billing', 'support'] as const;
const PLANS = ['free', 'team', 'business', 'enterprise'] as const;
const NAMES = ['ada', 'grace', 'linus', 'margaret', 'ken', 'barbara', 'dennis', 'frances'] as const;
const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

interface Route {
  readonly route: string;
  readonly build: (g: SampleGen) => { path: string; params: Record<string, string> };
  readonly query: (g: SampleGen) => string;
}

const ROUTES: readonly Route[] = [
  {
    route: '/api/v1/users/:userId/orders/:orderId',
    build: (g) => {
      const userId = String(g.int(1000, 999_999));
      const orderId = `ord_${g.chars(ALNUM, 12)}`;
      return { path: `/api/v1/users/${userId}/orders/${orderId}`, params: { userId, orderId } };
    },
    query: (g) => `?expand=items&currency=${g.pick(['usd', 'eur', 'gbp'])}`,
  },
  {
    route: '/api/v1/projects/:projectId/issues',
    build: (g) => {
      const projectId = String(g.int(1, 50_000));
      return { path: `/api/v1/projects/${projectId}/issues`, params: { projectId } };
    },
    query: (g) => `?page=${g.int(1, 40)}&per_page=${g.pick(['20', '50', '100'])}&sort=${g.pick(['created', 'updated'])}&state=open`,
  },
  {
    route: '/api/v2/search',
    build: () => ({ path: '/api/v2/search', params: {} }),
    query: (g) => `?q=${g.pick(['invoice', 'red+shoes', 'quarterly%20report', 'kubernetes'])}&limit=${g.int(5, 50)}&offset=${g.int(0, 500)}`,
  },
  {
    route: '/api/v1/files/:fileId/download',
    build: (g) => {
      const fileId = g.chars(HEX, 24);
      return { path: `/api/v1/files/${fileId}/download`, params: { fileId } };
    },
    query: (g) => `?inline=${g.pick(['true', 'false'])}&v=${g.int(1, 9)}`,
  },
  {
    route: '/health',
    build: () => ({ path: '/health', params: {} }),
    query: () => '',
  },
];

// The url query parameter a token travels in: both credential names and innocuous ones, so the
// detector (not only the parameter-name rule) has to find it.
const URL_TOKEN_PARAMS = ['access_token', 'token', 'api_key', 'ref', 'state'] as const;
const MESSAGES_WITH_TOKEN: readonly ((t: string) => string)[] = [
  (t) => `upstream call failed, retrying with key ${t}`,
  (t) => `webhook verified using ${t}`,
  (t) => `token refreshed: ${t}`,
];

/**
 * Rules whose sample is a single url-safe token (no spaces, no "://", no key=value): the shape a
 * bearer token, a query parameter value or a pasted key has. Key-assigned and context-bound rules
 * are left out, since a bare token of theirs is not a secret by design.
 */
export function tokenRules(): Rule[] {
  const probe = createSampleGen(SEED);
  return catalog.filter((r) => !r.context && !r.sampleKey && !r.sampleIsBlock && /^[A-Za-z0-9_.~-]+$/.test(r.sample(probe)));
}

/** `count` records, the same for every run (fixed seed). */
export function generateRecords(count: number): LogRecord[] {
  const g = createSampleGen(SEED);
  const rules = tokenRules();
  const records: LogRecord[] = new Array<LogRecord>(count);
  const headerUpTo = PER_MILLE.header;
  const urlUpTo = headerUpTo + PER_MILLE.url;
  const messageUpTo = urlUpTo + PER_MILLE.message;
  let nextRule = 0;
  const now = Date.UTC(2025, 4, 1, 12, 0, 0);

  for (let i = 0; i < count; i++) {
    const dice = g.int(0, 999);
    const placement: Placement = dice < headerUpTo ? 'header' : dice < urlUpTo ? 'url' : dice < messageUpTo ? 'message' : 'none';
    let token: string | undefined;
    let ruleId: string | undefined;
    if (placement !== 'none') {
      const rule = rules[nextRule++ % rules.length]!;
      token = rule.sample(g);
      ruleId = rule.id;
    }

    const method = g.pick(METHODS);
    const r = g.pick(ROUTES);
    const { path, params } = r.build(g);
    let query = r.query(g);
    if (placement === 'url') query = `${query === '' ? '?' : `${query}&`}${g.pick(URL_TOKEN_PARAMS)}=${token!}`;
    const url = path + query;
    const statusCode = g.pick(STATUSES);
    const responseTime = g.int(1, 2500) / 10;
    const requestId = `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-4${g.chars(HEX, 3)}-a${g.chars(HEX, 3)}-${g.chars(HEX, 12)}`;
    const remoteAddress = `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
    const userAgent = g.pick(USER_AGENTS);

    const headers: Record<string, string> = {
      host: g.pick(HOSTS),
      'user-agent': userAgent,
      accept: g.pick(ACCEPT),
      'accept-encoding': 'gzip, deflate, br',
      'accept-language': g.pick(LANGUAGES),
      'content-type': g.pick(CONTENT_TYPES),
      'x-request-id': requestId,
      'x-forwarded-for': `203.0.113.${g.int(1, 254)}, ${remoteAddress}`,
    };
    if (placement === 'header') headers.authorization = `Bearer ${token!}`;

    const name = g.pick(NAMES);
    const roles = [g.pick(ROLES)];
    if (g.int(0, 3) === 0) roles.push(g.pick(ROLES));
    const startedAt = new Date(now - g.int(0, 86_400_000)).toISOString();

    const obj: Record<string, unknown> = {
      req: {
        id: requestId,
        method,
        url,
        route: r.route,
        params,
        headers,
        remoteAddress,
        remotePort: g.int(1024, 65_535),
      },
      res: { statusCode, headers: { 'content-type': 'application/json; charset=utf-8', 'content-length': String(g.int(2, 48_000)) } },
      responseTime,
      user: { id: `usr_${g.chars(ALNUM, 10)}`, email: `${name}.${g.int(1, 999)}@example.com`, roles, org: { id: g.int(1, 5000), plan: g.pick(PLANS) } },
      session: { id: `sess_${g.chars(ALNUM, 16)}`, startedAt, mfa: g.int(0, 1) === 1, ttl: 3600 },
    };
    const msg = placement === 'message' ? g.pick(MESSAGES_WITH_TOKEN)(token!) : `${method} ${path} ${statusCode} ${responseTime}ms`;
    records[i] = token === undefined ? { obj, msg, placement } : { obj, msg, placement, token, ruleId: ruleId! };
  }
  return records;
}
