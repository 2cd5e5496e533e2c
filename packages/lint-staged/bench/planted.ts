// Tokens planted to prove both tools are really armed before they are timed. They are built at
// run time from a seeded generator (same bytes every run, no token-shaped literal in the
// repository) and are never printed.

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const BASE64 = `${BASE62}+/`;

/** mulberry32: a tiny deterministic PRNG. */
function generator(seed: number): (alphabet: string, length: number) => string {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return (alphabet, length) => {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)]!;
    return out;
  };
}

function crc32(s: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < s.length; i++) {
    crc ^= s.charCodeAt(i);
    for (let k = 0; k < 8; k++) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function base62(n: number, width: number): string {
  let out = '';
  for (let rest = n; rest > 0; rest = Math.floor(rest / 62)) out = BASE62[rest % 62]! + out;
  return out.padStart(width, '0');
}

export interface Plant {
  /** What was planted, for the report (never the value). */
  readonly label: string;
  /** keyward's rule id for it. */
  readonly keyward: string;
  /** secretlint's rule and message ids for it, and whether its recommended config reports it. */
  readonly secretlint: { readonly ruleId: string; readonly messageId: string; readonly reported: boolean; readonly note?: string };
}

export const PLANTS: readonly Plant[] = [
  {
    label: 'GitHub classic PAT (valid CRC-32)',
    keyward: 'github-pat-classic',
    secretlint: { ruleId: '@secretlint/secretlint-rule-github', messageId: 'GITHUB_TOKEN', reported: true },
  },
  {
    label: 'AWS secret access key (under secretAccessKey)',
    keyward: 'aws-secret-access-key',
    secretlint: { ruleId: '@secretlint/secretlint-rule-aws', messageId: 'AWSSecretAccessKey', reported: true },
  },
  {
    label: 'AWS access key id (AKIA + 16 base32)',
    keyward: 'aws-access-key-id',
    secretlint: {
      ruleId: '@secretlint/secretlint-rule-aws',
      messageId: 'AWSAccessKeyID',
      reported: false,
      note: 'secretlint-rule-aws reports key ids only with enableIDScanRule, off by default',
    },
  },
];

/** A small config module holding the planted tokens, as a developer might commit it. */
export function plantedSource(seed = 20240611): string {
  const g = generator(seed);
  const body = g(BASE62, 30);
  const githubToken = `ghp_${body}${base62(crc32(body), 6)}`;
  const accessKeyId = `AKIA${g(BASE32, 16)}`;
  const secretAccessKey = g(BASE64, 40);
  return [
    "import { S3Client } from '@aws-sdk/client-s3';",
    '',
    'export const s3 = new S3Client({',
    "  region: 'eu-west-1',",
    '  credentials: {',
    `    accessKeyId: '${accessKeyId}',`,
    `    secretAccessKey: '${secretAccessKey}',`,
    '  },',
    '});',
    '',
    `export const githubToken = '${githubToken}';`,
    '',
  ].join('\n');
}
