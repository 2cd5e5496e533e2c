import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifications } from '@keyward/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../src/verify/verify.js';
import { cli, project, repo, sh, token, write } from './helpers.js';

// Every verifier against a loopback stub: live, invalid, 403, 429, timeout, a redirect to
// another host, and a malformed body. No test touches the network: --verify-endpoint points each
// provider at the stub, and anything but a loopback address is refused.

interface Answer {
  readonly status: number;
  readonly body?: unknown;
  readonly raw?: string;
  readonly headers?: Record<string, string>;
  readonly delayMs?: number;
}

interface Seen {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

let answer: Answer = { status: 200, body: {} };
// How the stub answers a request; by default the current `answer`.
let respond: (request: Seen) => Answer = () => answer;
const seen: Seen[] = [];
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const request: Seen = { method: req.method ?? '', path: req.url ?? '', headers: req.headers, body };
      seen.push(request);
      const answer = respond(request);
      const send = (): void => {
        if (res.destroyed) return;
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body)));
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

type Verdict = 'verified' | 'invalid' | 'unknown';

/** Per provider: a rule to draw a token from, its live and invalid answers, what 403 means. */
interface Fixture {
  readonly provider: string;
  readonly ruleId: string;
  readonly live: Answer;
  readonly account?: string;
  readonly invalid: Answer;
  readonly on403: Verdict;
  /** Where the token must travel. */
  readonly carries: (seen: Seen, token: string) => boolean;
}

const bearer = (s: Seen, t: string): boolean => s.headers.authorization === `Bearer ${t}`;
const header = (name: string) => (s: Seen, t: string) => s.headers[name] === t;

const fixtures: readonly Fixture[] = [
  { provider: 'notion', ruleId: 'notion-integration-token', live: { status: 200, body: { object: 'user', name: 'Sync bot', bot: { workspace_name: 'Acme' } } }, account: 'Acme', invalid: { status: 401, body: { code: 'unauthorized' } }, on403: 'verified', carries: (s, t) => bearer(s, t) && s.headers['notion-version'] === '2022-06-28' },
  { provider: 'github', ruleId: 'github-pat-classic', live: { status: 200, body: { login: 'octo' } }, account: 'octo', invalid: { status: 401, body: { message: 'Bad credentials' } }, on403: 'unknown', carries: (s, t) => bearer(s, t) && String(s.headers['user-agent']).startsWith('keyward/') },
  { provider: 'gitlab', ruleId: 'gitlab-pat', live: { status: 200, body: { username: 'ada' } }, account: 'ada', invalid: { status: 401, body: { message: '401 Unauthorized' } }, on403: 'verified', carries: header('private-token') },
  { provider: 'slack', ruleId: 'slack-bot-token', live: { status: 200, body: { ok: true, team: 'Acme', user: 'deploybot' } }, account: 'Acme', invalid: { status: 200, body: { ok: false, error: 'invalid_auth' } }, on403: 'unknown', carries: (s, t) => bearer(s, t) && s.method === 'POST' },
  { provider: 'openai', ruleId: 'openai-project-key', live: { status: 200, body: { data: [] }, headers: { 'openai-organization': 'org-acme' } }, account: 'org-acme', invalid: { status: 401, body: { error: { code: 'invalid_api_key' } } }, on403: 'unknown', carries: bearer },
  { provider: 'anthropic', ruleId: 'anthropic-api-key', live: { status: 200, body: { data: [] }, headers: { 'anthropic-organization-id': 'org-1' } }, account: 'org-1', invalid: { status: 401, body: { type: 'error' } }, on403: 'unknown', carries: (s, t) => s.headers['x-api-key'] === t && s.headers['anthropic-version'] === '2023-06-01' },
  { provider: 'huggingface', ruleId: 'huggingface-access-token', live: { status: 200, body: { name: 'ada' } }, account: 'ada', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'npm', ruleId: 'npm-access-token', live: { status: 200, body: { username: 'ada' } }, account: 'ada', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'stripe', ruleId: 'stripe-secret-key', live: { status: 200, body: { id: 'acct_1', settings: { dashboard: { display_name: 'Acme' } } } }, account: 'Acme', invalid: { status: 401 }, on403: 'verified', carries: (s, t) => s.headers.authorization === `Basic ${Buffer.from(`${t}:`).toString('base64')}` },
  { provider: 'sendgrid', ruleId: 'sendgrid-api-key', live: { status: 200, body: { scopes: ['mail.send'] } }, invalid: { status: 401 }, on403: 'verified', carries: bearer },
  { provider: 'linear', ruleId: 'linear-api-key', live: { status: 200, body: { data: { viewer: { name: 'Ada' }, organization: { name: 'Acme' } } } }, account: 'Acme', invalid: { status: 400, body: { errors: [{ extensions: { code: 'AUTHENTICATION_ERROR' } }] } }, on403: 'unknown', carries: (s, t) => s.headers.authorization === t && s.method === 'POST' && s.body.includes('viewer') },
  { provider: 'vercel', ruleId: 'vercel-personal-access-token', live: { status: 200, body: { user: { username: 'ada' } } }, account: 'ada', invalid: { status: 403, body: { error: { code: 'forbidden', invalidToken: true } } }, on403: 'unknown', carries: bearer },
  { provider: 'digitalocean', ruleId: 'digitalocean-pat', live: { status: 200, body: { account: { team: { name: 'Acme' } } } }, account: 'Acme', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'cloudflare', ruleId: 'cloudflare-user-api-token-v2', live: { status: 200, body: { success: true, result: { id: 'abc', status: 'active' } } }, invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'sentry', ruleId: 'sentry-user-token', live: { status: 200, body: { user: { username: 'ada' } } }, account: 'ada', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'telegram', ruleId: 'telegram-bot-token', live: { status: 200, body: { ok: true, result: { username: 'acme_bot' } } }, account: 'acme_bot', invalid: { status: 401, body: { ok: false } }, on403: 'unknown', carries: (s, t) => s.path === `/bot${t}/getMe` },
  { provider: 'discord', ruleId: 'discord-bot-token', live: { status: 200, body: { username: 'acmebot' } }, account: 'acmebot', invalid: { status: 401 }, on403: 'unknown', carries: (s, t) => s.headers.authorization === `Bot ${t}` },
  { provider: 'postman', ruleId: 'postman-api-key', live: { status: 200, body: { user: { username: 'ada' } } }, account: 'ada', invalid: { status: 401 }, on403: 'unknown', carries: header('x-api-key') },
  { provider: 'groq', ruleId: 'groq-api-key', live: { status: 200, body: { data: [] } }, invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'replicate', ruleId: 'replicate-api-token', live: { status: 200, body: { username: 'ada' } }, account: 'ada', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'doppler', ruleId: 'doppler-token', live: { status: 200, body: { workplace: { name: 'Acme' } } }, account: 'Acme', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
  { provider: 'airtable', ruleId: 'airtable-pat', live: { status: 200, body: { id: 'usrAcme' } }, account: 'usrAcme', invalid: { status: 401 }, on403: 'unknown', carries: bearer },
];

interface Scenario {
  readonly name: string;
  readonly answer: (f: Fixture) => Answer;
  readonly expect: (f: Fixture) => { status: Verdict; account?: string };
  /** --verify-timeout for this scenario (default 5000: a loaded CI machine is slow to answer). */
  readonly timeoutMs?: number;
}

const requiresBody = (provider: string): boolean => [...verifications.values()].some((v) => v.provider === provider && v.require !== undefined);

const scenarios: readonly Scenario[] = [
  { name: 'live', answer: (f) => f.live, expect: (f) => ({ status: 'verified', ...(f.account ? { account: f.account } : {}) }) },
  { name: 'invalid', answer: (f) => f.invalid, expect: () => ({ status: 'invalid' }) },
  { name: '403', answer: () => ({ status: 403, body: { message: 'forbidden' } }), expect: (f) => ({ status: f.on403 }) },
  { name: '429', answer: () => ({ status: 429, body: { message: 'slow down' } }), expect: () => ({ status: 'unknown' }) },
  { name: 'timeout', answer: (f) => ({ ...f.live, delayMs: 1500 }), expect: () => ({ status: 'unknown' }), timeoutMs: 300 },
  { name: 'redirect to another host', answer: () => ({ status: 302, headers: { location: 'https://collector.invalid/steal' } }), expect: () => ({ status: 'unknown' }) },
  // A live status with a body that is not JSON: providers whose verdict is in the body cannot tell.
  { name: 'malformed body', answer: (f) => ({ status: f.live.status, raw: '<html>not json' }), expect: (f) => ({ status: requiresBody(f.provider) ? 'unknown' : 'verified' }) },
];

describe('every verifier has a stub fixture', () => {
  it('covers every provider with a verifier, and at least 15 of them', () => {
    const providers = new Set([...verifications.values()].map((v) => v.provider));
    expect(new Set(fixtures.map((f) => f.provider))).toEqual(providers);
    expect(providers.size).toBeGreaterThanOrEqual(15);
  });
});

describe.each(fixtures.map((f) => [f.provider, f] as const))('verifier %s', (_provider, fixture) => {
  it.each(scenarios.map((s) => [s.name, s] as const))('%s', async (_name, scenario) => {
    const secret = token(fixture.ruleId);
    const dir = project({ 'config/app.env': `${fixture.provider.toUpperCase()}_TOKEN=${secret}\n` });
    answer = scenario.answer(fixture);
    seen.length = 0;
    const r = await cli(dir, ['scan', '.', '--verify', '--verify-timeout', String(scenario.timeoutMs ?? 5000), '--verify-endpoint', `${fixture.provider}=${base}`, '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { ruleId: string; verification?: { status: string; account?: string; reason?: string } }[] };
    const finding = report.findings.find((f) => f.ruleId === fixture.ruleId);
    expect(finding?.verification?.status).toBe(scenario.expect(fixture).status);
    // The host that answered is named, the stub's here (from a new-user trial: the provider's was).
    if (scenario.name === 'invalid') expect(finding?.verification?.reason).toBe(`rejected by ${new URL(base).host}`);
    const account = scenario.expect(fixture).account;
    if (account !== undefined) expect(finding?.verification?.account).toBe(account);
    // One request, carrying the token where the provider documents it, to the endpoint's path.
    expect(seen).toHaveLength(1);
    const spec = [...verifications.entries()].find(([id]) => id === fixture.ruleId)?.[1];
    expect(spec).toBeDefined();
    expect(fixture.carries(seen[0]!, secret), 'token placement').toBe(true);
    if (spec!.auth !== 'path') expect(seen[0]!.path).toBe(new URL(spec!.url).pathname);
    // Nothing printed holds the token.
    expect(r.stdout + r.stderr).not.toContain(secret);
  });
});

describe('verification safety', () => {
  it('sends every token over HTTPS to a host of its own provider', () => {
    const hosts: Record<string, RegExp> = {
      notion: /^api\.notion\.com$/,
      github: /^api\.github\.com$/,
      gitlab: /^gitlab\.com$/,
      slack: /^slack\.com$/,
      openai: /^api\.openai\.com$/,
      anthropic: /^api\.anthropic\.com$/,
      huggingface: /^huggingface\.co$/,
      npm: /^registry\.npmjs\.org$/,
      stripe: /^api\.stripe\.com$/,
      sendgrid: /^api\.sendgrid\.com$/,
      linear: /^api\.linear\.app$/,
      vercel: /^api\.vercel\.com$/,
      digitalocean: /^api\.digitalocean\.com$/,
      cloudflare: /^api\.cloudflare\.com$/,
      sentry: /^sentry\.io$/,
      telegram: /^api\.telegram\.org$/,
      discord: /^discord\.com$/,
      postman: /^api\.getpostman\.com$/,
      groq: /^api\.groq\.com$/,
      replicate: /^api\.replicate\.com$/,
      doppler: /^api\.doppler\.com$/,
      airtable: /^api\.airtable\.com$/,
    };
    for (const [ruleId, spec] of verifications) {
      const url = new URL(spec.url);
      expect(url.protocol, ruleId).toBe('https:');
      expect(url.hostname, ruleId).toMatch(hosts[spec.provider] ?? /^$/);
      expect(url.search, `${ruleId}: no token or data in the query`).toBe('');
      expect(spec.docs, ruleId).toMatch(/^https:\/\//);
    }
  });

  it('refuses --verify-endpoint to anything but a loopback address, before sending anything', async () => {
    const dir = project({ 'a.env': `NOTION=${token()}\n` });
    seen.length = 0;
    for (const target of ['notion=https://api.evil.test', 'notion=http://10.0.0.1:8080', 'notion=http://127.0.0.1.evil.test', 'nosuch=http://127.0.0.1:1', 'notion']) {
      const r = await cli(dir, ['scan', '.', '--verify', '--verify-endpoint', target]);
      expect(r.code, target).toBe(2);
      expect(r.stderr, target).toMatch(/verify-endpoint/);
    }
    expect(seen).toHaveLength(0);
  });

  it('sends each distinct token once per run, however many files hold it', async () => {
    const secret = token();
    const dir = project({ 'a.env': `NOTION=${secret}\n`, 'b.ts': `const t = "${secret}";\n`, 'c.json': `{"t": "${secret}"}\n` });
    answer = { status: 200, body: { name: 'bot' } };
    seen.length = 0;
    const r = await cli(dir, ['scan', '.', '--verify', '--verify-endpoint', `notion=${base}`, '--format', 'json']);
    expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toHaveLength(3);
    expect(seen).toHaveLength(1);
  });

  it('sends nothing without --verify, and not for rules without a verifier', async () => {
    const dir = project({ 'a.env': `NOTION=${token()}\nAWS_ACCESS_KEY_ID=${token('aws-access-key-id')}\n` });
    seen.length = 0;
    expect((await cli(dir, ['scan', '.'])).code).toBe(1);
    expect(seen).toHaveLength(0);
    answer = { status: 200, body: {} };
    await cli(dir, ['scan', '.', '--verify', '--verify-endpoint', `notion=${base}`]);
    expect(seen).toHaveLength(1);
  });

  it('does not print an account name that holds a token or control characters', () => {
    const spec = verifications.get('notion-integration-token')!;
    const secret = token('github-pat-classic');
    const r = classify(spec, 200, { name: `evil\u001b[2J ${secret}` }, () => null);
    expect(r.status).toBe('verified');
    expect(r.account).not.toContain(secret);
    expect(r.account).not.toContain('\u001b');
  });
});

describe('--verify in reports', () => {
  it('--only-verified keeps live tokens alone; text and SARIF mark them', async () => {
    const live = token();
    const dead = token();
    let only: { stdout: string } | undefined;
    const dir = project({ 'live.env': `NOTION=${live}\n`, 'dead.env': `NOTION=${dead}\n`, 'aws.env': `AWS_ACCESS_KEY_ID=${token('aws-access-key-id')}\n` });
    // The stub answers by the token it is sent: one live, the other rejected.
    respond = (request) => (request.headers.authorization === `Bearer ${live}` ? { status: 200, body: { name: 'Prod sync' } } : { status: 401, body: { code: 'unauthorized' } });
    try {
      const text = await cli(dir, ['scan', '.', '--verify', '--verify-endpoint', `notion=${base}`]);
      expect(text.stdout).toMatch(/verified: LIVE \(account: Prod sync\)/);
      expect(text.stdout).toMatch(/verified: invalid/);
      const json = await cli(dir, ['scan', '.', '--only-verified', '--verify-endpoint', `notion=${base}`, '--format', 'json']);
      const report = JSON.parse(json.stdout) as { findings: { path: string }[]; summary: { verified: number } };
      expect(report.findings.map((f) => f.path)).toEqual(['live.env']);
      expect(report.summary.verified).toBe(1);
      only = await cli(dir, ['scan', '.', '--only-verified', '--verify-endpoint', `notion=${base}`, '--format', 'sarif']);
    } finally {
      respond = () => answer;
    }
    const sarif = JSON.parse(only?.stdout ?? '{}') as { runs: { results: { level: string; properties?: { verification?: string } }[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(1);
    for (const result of sarif.runs[0]!.results) {
      expect(result.level).toBe('error');
      expect(result.properties?.verification).toBe('verified');
    }
  });
});

describe('keyward verify (stdin)', () => {
  it('prints each token masked with its verdict and account; exit 0 only when all are live', async () => {
    const secret = token();
    const dir = project();
    answer = { status: 200, body: { name: 'Sync bot' } };
    seen.length = 0;
    const live = await cli(dir, ['verify', '--verify-endpoint', `notion=${base}`], `${secret}\n`);
    expect(live.code).toBe(0);
    expect(live.stdout).toMatch(/^ntn_\*{4} {2}notion-integration-token \(Notion\) {2}verified: LIVE \(account: Sync bot\)$/m);
    expect(live.stdout + live.stderr).not.toContain(secret);
    expect(seen).toHaveLength(1);

    answer = { status: 401, body: { code: 'unauthorized' } };
    const dead = await cli(dir, ['verify', '--verify-endpoint', `notion=${base}`, '--format', 'json'], secret);
    expect(dead.code).toBe(1);
    expect(JSON.parse(dead.stdout)).toMatchObject({ version: 1, tokens: [{ redacted: 'ntn_****', ruleId: 'notion-integration-token', result: { status: 'invalid' } }] });
  });

  it('fails with exit 2 when stdin holds no token, and refuses a token as an argument', async () => {
    const dir = project();
    seen.length = 0;
    const none = await cli(dir, ['verify'], 'no token here\n');
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/no token recognised/);
    const secret = token();
    const argv = await cli(dir, ['verify', secret]);
    expect(argv.code).toBe(2);
    expect(argv.stderr).not.toContain(secret);
    expect(seen).toHaveLength(0);
  });

  it('says which tokens have no read-only endpoint instead of sending them anywhere', async () => {
    const dir = project();
    seen.length = 0;
    const r = await cli(dir, ['verify'], `${token('aws-access-key-id')}\n`);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/not checked: no read-only endpoint for AWS/);
    expect(seen).toHaveLength(0);
  });
});

describe('README', () => {
  it('lists every verifier endpoint and the rules that use it (docs say exactly what is sent where)', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [ruleId, spec] of verifications) {
      const row = readme.split('\n').find((l) => l.includes(`| ${spec.method} ${spec.url} |`) && l.includes(`\`${ruleId}\``));
      expect(row, ruleId).toBeDefined();
      expect(row, ruleId).toContain(`| ${(spec.live ?? [200]).join(', ')} |`);
    }
  });
});

describe('verification hardening (review findings)', () => {
  it('uses the built-in fetch even when a JavaScript config replaces globalThis.fetch', async () => {
    const secret = token();
    const dir = project({ 'a.env': `NOTION=${secret}\n`, 'keyward.config.mjs': 'globalThis.__stolen = []; const real = globalThis.fetch; globalThis.fetch = (url, init) => { globalThis.__stolen.push(String(url)); return real(url, init); }; export default {};\n' });
    const real = globalThis.fetch;
    answer = { status: 200, body: { name: 'bot' } };
    seen.length = 0;
    try {
      const r = await cli(dir, ['scan', '.', '--verify', '--verify-endpoint', `notion=${base}`, '--format', 'json']);
      expect(r.code).toBe(1);
      expect(seen).toHaveLength(1);
      expect((globalThis as { __stolen?: string[] }).__stolen ?? []).toEqual([]);
    } finally {
      globalThis.fetch = real;
    }
  });

  it('--only-verified says how many findings it left out', async () => {
    const dir = project({ 'a.env': `NOTION=${token()}\n`, 'b.env': `AWS_ACCESS_KEY_ID=${token('aws-access-key-id')}\n` });
    answer = { status: 401, body: { code: 'unauthorized' } };
    const r = await cli(dir, ['scan', '.', '--only-verified', '--verify-endpoint', `notion=${base}`]);
    expect(r.stderr).toMatch(/2 findings not shown: 1 invalid, 0 unknown \(could not be checked\), 1 with no verifier/);
  });

  it('redacts an account name before shortening it, so half a token cannot slip through', () => {
    const spec = verifications.get('notion-integration-token')!;
    const secret = token('github-pat-classic');
    const r = classify(spec, 200, { name: `${'x'.repeat(70)} ${secret}` }, () => null);
    expect(r.account).not.toContain(secret.slice(4, 20));
  });

  it('reads at most 1 MiB of an answer', async () => {
    const dir = project({ 'a.env': `NOTION=${token()}\n` });
    answer = { status: 200, raw: JSON.stringify({ name: 'x'.repeat(2 << 20) }) };
    const r = await cli(dir, ['scan', '.', '--verify', '--verify-endpoint', `notion=${base}`, '--format', 'json']);
    const finding = (JSON.parse(r.stdout) as { findings: { verification?: { status: string; account?: string } }[] }).findings[0];
    expect(finding?.verification).toEqual({ status: 'verified' });
  });
});

describe('keyward history --verify', () => {
  it('verifies a token that only history holds, with the commit it came in', async () => {
    const secret = token();
    const dir = repo({ 'app.env': `NOTION=${secret}\n` });
    sh(dir, 'add', '.');
    sh(dir, 'commit', '-qm', 'add config');
    write(dir, { 'app.env': 'NOTION=\n' });
    sh(dir, 'commit', '-qam', 'remove it');
    answer = { status: 200, body: { name: 'Prod sync' } };
    seen.length = 0;
    const r = await cli(dir, ['history', '--only-verified', '--verify-endpoint', `notion=${base}`, '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { path: string; commit?: { sha: string }; verification?: { status: string; account?: string } }[] };
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ path: 'app.env', verification: { status: 'verified', account: 'Prod sync' } });
    expect(report.findings[0]!.commit?.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(seen).toHaveLength(1);
    expect(r.stdout + r.stderr).not.toContain(secret);
  });
});
