import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { catalog, createSampleGen, EnvError } from '@keyward/core';
import { createLogger } from '@keyward/logger';
import { loadConfig } from './config.js';
import { startServer } from './server.js';
import { startStubNotion } from './stub-notion.js';

export interface TourStep {
  readonly name: string;
  readonly ok: boolean;
  /** What a person would see: tool output, already masked by the tools themselves. */
  readonly output: string;
}

export interface TourResult {
  readonly steps: TourStep[];
  /** The generated token, for tests to prove it never appears in any output. Never print it. */
  readonly token: string;
}

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const GIT = ['-c', 'user.name=Demo User', '-c', 'user.email=demo@example.test', '-c', 'commit.gpgsign=false'];

function run(cwd: string, command: string, args: string[]): { code: number; output: string } {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { code: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/** A throw-away copy of apps/demo, in its own git repository, with the hook installed. */
function throwAwayCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'keyward-demo-'));
  for (const entry of ['package.json', 'eslint.config.js', 'src']) cpSync(join(APP_DIR, entry), join(dir, entry), { recursive: true });
  symlinkSync(join(APP_DIR, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, '.gitignore'), 'node_modules\n');
  // Setup must succeed: a tour without its hook would "pass" the commit step for the wrong reason.
  const setup: [string, string[]][] = [
    ['git', ['init', '-q', '-b', 'main']],
    [process.execPath, [join(dir, 'node_modules', '@keyward', 'lint-staged', 'bin', 'keyward.cjs'), 'init']],
    [process.execPath, [join(dir, 'node_modules', 'husky', 'bin.js')]],
  ];
  for (const [command, args] of setup) {
    const r = run(dir, command, args);
    if (r.code !== 0) throw new Error(`demo setup failed: ${[command, ...args].join(' ')} exited ${r.code}: ${r.output}`);
  }
  return dir;
}

/**
 * The tour: in a throw-away copy of the demo, ESLint catches a hardcoded token and a raw
 * process.env, the pre-commit hook blocks a commit with a token and lets a clean one through,
 * the logger masks a token in a real request's log line, and defineEnv rejects a malformed token.
 */
export async function runTour(): Promise<TourResult> {
  const token = catalog.find((r) => r.id === 'notion-integration-token')?.sample(createSampleGen(Date.now() % 100_000)) ?? '';
  const steps: TourStep[] = [];
  const dir = throwAwayCopy();
  try {
    // 1. The clean app commits through the hook.
    run(dir, 'git', ['add', '.']);
    const clean = run(dir, 'git', [...GIT, 'commit', '-m', 'notion-sync service']);
    steps.push({ name: 'a clean commit passes the hook', ok: clean.code === 0, output: clean.output });

    // 2. ESLint, with the demo's own eslint.config.js, on a file that leaks.
    mkdirSync(join(dir, 'src'), { recursive: true });
    const leaky = join('src', 'leaky.ts');
    writeFileSync(join(dir, leaky), `export const notionKey = '${token}';\nexport const apiUrl = process.env.NOTION_API_URL;\n`);
    const eslint = run(dir, process.execPath, [join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'), leaky, '--format', 'json']);
    let rules: string[] = [];
    try {
      rules = (JSON.parse(eslint.output.slice(eslint.output.indexOf('['))) as { messages: { ruleId: string }[] }[]).flatMap((f) => f.messages.map((m) => m.ruleId));
    } catch {
      rules = [];
    }
    steps.push({
      name: 'ESLint catches the hardcoded token and the raw process.env',
      ok: rules.includes('keyward/no-hardcoded-tokens') && rules.includes('keyward/no-raw-process-env'),
      output: run(dir, process.execPath, [join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'), leaky]).output,
    });

    // 3. Committing it: the hook blocks, the report is masked, nothing is committed.
    run(dir, 'git', ['add', leaky]);
    const blocked = run(dir, 'git', [...GIT, 'commit', '-m', 'add leaky config']);
    const committed = run(dir, 'git', ['log', '--oneline']).output.trim().split('\n').length;
    steps.push({ name: 'a commit with a token is blocked, with a masked report', ok: blocked.code !== 0 && blocked.output.includes('ntn_****') && committed === 1, output: blocked.output });
    run(dir, 'git', ['rm', '-q', '--cached', leaky]);
    rmSync(join(dir, leaky));

    // 4. The service, against a stub Notion API on loopback: the token is masked in the logs.
    const stub = await startStubNotion(token);
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const config = loadConfig({ NOTION_TOKEN: token, NOTION_API_URL: stub.url, PORT: '0', LOG_LEVEL: 'debug' });
    const server = await startServer(config, createLogger({ level: 'debug', base: undefined }, sink));
    const response = await fetch(`${server.url}/pages`);
    const pages = ((await response.json()) as { pages?: unknown[] }).pages ?? [];
    await server.close();
    await stub.close();
    const requestLine = lines.find((l) => l.includes('notion request')) ?? '';
    steps.push({ name: 'the log line of the Notion request shows ntn_****', ok: response.status === 200 && pages.length === 2 && requestLine.includes('Bearer ntn_****'), output: lines.join('\n') });

    // 5. Configuration: a malformed token is rejected before the service starts.
    let message = '';
    try {
      loadConfig({ NOTION_TOKEN: `ntn_${token.slice(4, 14)}` });
    } catch (error) {
      message = error instanceof EnvError ? error.message : String(error);
    }
    steps.push({ name: 'defineEnv rejects a malformed token with a clear message', ok: message.includes('NOTION_TOKEN') && message.includes('ntn_… or secret_…'), output: message });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { steps, token };
}

/** Package metadata of the demo, for the tour's header. */
export function demoVersion(): string {
  return (JSON.parse(readFileSync(join(APP_DIR, 'package.json'), 'utf8')) as { version: string }).version;
}
