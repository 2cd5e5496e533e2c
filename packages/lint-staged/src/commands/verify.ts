import { parseArgs } from 'node:util';
import { createDetector, verificationFor } from '@keyward/core';
import { loadConfig } from '../config.js';
import { UsageError } from '../errors.js';
import { ExitCode, type Io, readInput } from '../io.js';
import { verifyOptions } from '../verify/apply.js';
import { createVerifier, type VerifyResult } from '../verify/verify.js';

export const verifyCommandHelp = `Usage: printf '%s' "$TOKEN" | keyward verify [options]

Check the token(s) on standard input with each provider's read-only identity endpoint
(Notion GET /v1/users/me, GitHub GET /user, Slack auth.test, …) and print whether each is
live, with the account or bot name, masked. Use it after rotating: the new token should be
verified, the old one invalid. The token is sent over HTTPS to its provider's host only.

Options:
  --format <format>      text | json (default: text)
  --config <file>        configuration file (custom rules, disabled rules)
  --verify-timeout <ms>  per-request timeout (default 5000)
  --verify-endpoint <provider>=<url>
                         a loopback stub instead of the provider (tests only)
  -h, --help             show this help

Exit status: 0 every token verified live, 1 a token invalid, unknown or without a verifier,
2 no token recognised on stdin, or a usage error.
`;

interface Line {
  readonly redacted: string;
  readonly provider: string;
  readonly ruleId: string;
  readonly result: VerifyResult | { status: 'no verifier' };
}

export async function verifyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      format: { type: 'string' },
      config: { type: 'string', short: 'c' },
      'verify-timeout': { type: 'string' },
      'verify-endpoint': { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout.write(verifyCommandHelp);
    return ExitCode.Clean;
  }
  // A token on the command line lands in shell history and `ps`: stdin only.
  if (positionals.length > 0) throw new UsageError('keyward verify reads tokens from stdin only (an argument would land in shell history); pipe it in.');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json; got "${format}".`);
  const options = verifyOptions({ ...values, verify: true });
  const detector = createDetector({ config: (await loadConfig(io.cwd, values.config)).config });
  const text = (await readInput(io.stdin, 1 << 20, () => new UsageError('keyward verify reads at most 1048576 bytes of tokens from stdin.'))).toString('utf8');
  const verifier = createVerifier(options);
  const seen = new Set<string>();
  const pending: Promise<Line>[] = [];
  for (const f of detector.scanRevealing(text)) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const check = verificationFor(f.ruleId) ? verifier.check(f.ruleId, f.secret) : undefined;
    const base = { redacted: f.redacted, provider: f.provider, ruleId: f.ruleId };
    pending.push(check ? check.then((result) => ({ ...base, result })) : Promise.resolve({ ...base, result: { status: 'no verifier' as const } }));
  }
  const lines = await Promise.all(pending);
  if (lines.length === 0) {
    io.stderr.write('keyward verify: no token recognised on stdin (nothing was sent).\n');
    return ExitCode.Usage;
  }
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ version: 1, tokens: lines }, null, 2)}\n`);
  } else {
    for (const l of lines) {
      const r = l.result;
      const detail = 'account' in r && r.account ? ` (account: ${r.account})` : 'reason' in r && r.reason ? ` (${r.reason})` : '';
      const status = r.status === 'verified' ? 'verified: LIVE' : r.status === 'no verifier' ? `not checked: no read-only endpoint for ${l.provider}` : `verified: ${r.status}`;
      io.stdout.write(`${l.redacted}  ${l.ruleId} (${l.provider})  ${status}${detail}\n`);
    }
  }
  return lines.every((l) => l.result.status === 'verified') ? ExitCode.Clean : ExitCode.Findings;
}
