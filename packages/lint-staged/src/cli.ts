import { ConfigError, KeywardError } from '@keyward/core';
import { CliError } from './errors.js';
import { shown } from './shown.js';
import { completeIo, ExitCode, type Io } from './io.js';
import { VERSION } from './version.js';

export const mainHelp = `Usage: keyward <command> [options]

Keep API tokens out of commits, history and logs.

Commands:
  scan [paths...]     scan files (default .), or --staged for the git index (pre-commit)
  history             scan every commit's added lines (--since <rev>, --all)
  baseline [paths...] accept current findings in .keyward-baseline.json
  init                wire husky + lint-staged + keyward into this project
  doctor              check that commits are guarded
  redact              mask tokens in stdin, write stdout
  verify              check tokens on stdin with their providers (live, invalid, unknown)

Run keyward <command> --help for its options.
Exit status: 0 clean, 1 findings, 2 usage or configuration error.
`;

type Command = (args: string[], io: Io) => Promise<number>;
// Commands load on demand: a pre-commit run pays only for `scan` (start-up is most of its time).
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  scan: async () => (await import('./commands/scan.js')).scanCommand,
  history: async () => (await import('./commands/history.js')).historyCommand,
  baseline: async () => (await import('./commands/baseline.js')).baselineCommand,
  init: async () => (await import('./commands/init.js')).initCommand,
  doctor: async () => (await import('./commands/doctor.js')).doctorCommand,
  redact: async () => (await import('./commands/redact.js')).redactCommand,
  verify: async () => (await import('./commands/verify.js')).verifyCommand,
};

/** A message as printed, line by line: its own line breaks stay (not shown as \\u000a), each line masked and escaped. */
function shownLines(message: string): string {
  return message.split('\n').map(shown).join('\n');
}

/**
 * The whole CLI as a function: parses `argv` (without node and the script), writes only to the
 * given streams and returns the exit status. Never calls process.exit, so tests run it in-process.
 */
export async function run(argv: readonly string[], given?: Partial<Io>): Promise<number> {
  const io = completeIo(given);
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp);
    return name === undefined ? ExitCode.Usage : ExitCode.Clean;
  }
  if (name === '--version' || name === '-v') {
    io.stdout.write(`${VERSION}\n`);
    return ExitCode.Clean;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    // An argument can hold anything, a pasted token included: echoed redacted and escaped.
    io.stderr.write(`keyward: unknown command "${shown(name)}".\n\n${mainHelp}`);
    return ExitCode.Usage;
  }
  try {
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KeywardError || error instanceof CliError) {
      // Line by line: a config error lists every problem on its own line.
      io.stderr.write(`keyward: ${shownLines(error.message)}\n`);
      return ExitCode.Usage;
    }
    if ((error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      // Node's message for an unknown option adds a hint with unmatched quotes: say it plainly.
      const message = (error as Error).message;
      const unknown = /^Unknown option '([^']*)'/.exec(message);
      const said = unknown ? `unknown option ${unknown[1]} (a path that starts with "-" goes after --)` : message.replace(/\.$/, '');
      io.stderr.write(`keyward ${name}: ${shownLines(said)}. See keyward ${name} --help.\n`);
      return ExitCode.Usage;
    }
    // The file system refused (permissions, read-only disk, no space): the user's to fix.
    const fsError = error as NodeJS.ErrnoException;
    if (typeof fsError.code === 'string' && typeof fsError.syscall === 'string' && typeof fsError.path === 'string') {
      io.stderr.write(`keyward ${name}: cannot ${fsError.syscall} ${shown(fsError.path)} (${fsError.code}); check its permissions and the free space, then run again.\n`);
      return ExitCode.Usage;
    }
    // An unexpected failure. Messages can quote input (JSON.parse does), so they are redacted.
    io.stderr.write(`keyward: internal error in ${name}: ${shown(String((error as Error).name))}: ${shownLines(String((error as Error).message))}\n`);
    return ExitCode.Usage;
  }
}
