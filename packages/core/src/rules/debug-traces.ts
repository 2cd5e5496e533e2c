import { isSecretKeyName } from '../keys.js';
import { ALNUM, defineRule } from './define.js';
import { acceptGeneric, isPasswordValue } from './generic.js';

// What debuggers and protocol analysers print of a running program: a library call with its
// result, a dissected header. (From a blind grading of traffic captures and debug traces.)

const rotate = { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Rotate the credential, and keep traces and captures of production processes out of tickets and repositories.' } as const;

/** Credentials in debug traces and dissected captures. */
export const debugTraceRules = [
  // ltrace (and gdb's `call getenv(…)`) print a variable's value beside its name:
  // `getenv("CF_API_KEY") = "…"`.
  defineRule({
    id: 'traced-getenv-secret',
    provider: 'Generic',
    description: 'Secret-named environment variable read by getenv() in an ltrace or debugger trace (getenv("API_KEY") = "…")',
    keywords: ['getenv("'],
    pattern: /getenv\("([A-Za-z_][A-Za-z0-9_]{1,63})"\)[ \t]{0,4}=[ \t]{0,4}"([^"\r\n\\]{8,512})"/,
    secretGroup: 2,
    window: { before: 8, after: 640 },
    accept: (m) => isSecretKeyName(m[1] ?? '') && acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://man7.org/linux/man-pages/man1/ltrace.1.html',
    sample: (g) => `[pid 22886] getenv("SERVICE_API_KEY") = "${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 18)}"`,
    sampleIsBlock: true,
    negatives: ['[pid 22886] getenv("SERVICE_API_KEY") = nil', '[pid 22886] getenv("HOME") = "/home/deploy/app-builds"'],
  }),
  // Wireshark's HTTP dissector prints a Basic header's decoded pair under it: `Credentials: user:password`.
  defineRule({
    id: 'wireshark-http-credentials',
    provider: 'Generic',
    description: "Basic-auth user and password as Wireshark's HTTP dissector prints them (Credentials: user:password)",
    keywords: ['credentials: '],
    pattern: /(?<![A-Za-z0-9_-])Credentials: [^:\s]{1,64}:(\S{4,128})[ \t]*\r?$/m,
    window: { before: 24, after: 220 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://www.wireshark.org/docs/dfref/h/http.html',
    sample: (g) => `        Credentials: app_user:${g.chars(ALNUM, 9)}#${g.int(10, 99)}${g.chars(ALNUM, 4)}\n`,
    sampleIsBlock: true,
    negatives: ['        Credentials: app_user:password', '        Credentials: app_user:<password>'],
  }),
  // A process's argv as strace's execve() and JSON process lists print it, one quoted string per
  // argument: a password flag's value is the next element (`"-P", "…"`, `"--password", "…"`), and
  // `aws configure set aws_secret_access_key "…"` names its value the element before.
  defineRule({
    id: 'argv-array-password',
    provider: 'Generic',
    description: 'Password or secret key as the element after its flag in a printed argv array (execve(…, ["mysql", "-p", "…"]), ["aws", "configure", "set", "aws_secret_access_key", "…"])',
    keywords: ['"-p", "', '"-p","', '"--password", "', '"--password","', '"--pass", "', '"aws_secret_access_key", "', '"aws_secret_access_key","'],
    pattern: /"(?:-[pP]|--password|--pass|aws_secret_access_key)",[ \t]?"([^"\s\\]{6,256})"/,
    window: { before: 8, after: 300 },
    accept: (m, text, at) => (text.startsWith('"aws_secret_access_key"', at) ? /^[A-Za-z0-9/+]{40}$/.test(m[1] ?? '') : isPasswordValue(m[1] ?? '')),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://man7.org/linux/man-pages/man1/strace.1.html',
    sample: (g) => `execve("/opt/mssql-tools/bin/sqlcmd", ["sqlcmd", "-S", "db.internal", "-U", "sa", "-P", "${g.chars(ALNUM, 9)}@${g.int(10, 99)}${g.chars(ALNUM, 4)}", "-Q", "SELECT 1"], 0x7ffd7670b181 /* 46 vars */) = 0`,
    sampleIsBlock: true,
    negatives: ['execve("/usr/bin/mysql", ["mysql", "-p", "$DB_PASSWORD"], …) = 0', 'spawn("ssh", ["-p", "2222", "host"])'],
  }),
];
