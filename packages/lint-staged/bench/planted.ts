import { catalog, createSampleGen, type SampleGen } from '@keyward/core';

// Tokens planted to prove both tools are really armed before they are timed. They are built at
// run time from a seeded generator (same bytes every run, no token-shaped literal in the
// repository) and are never printed.

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A token from a catalog rule's own generator (a GitHub PAT comes with its valid CRC-32). */
function sample(ruleId: string, gen: SampleGen): string {
  const rule = catalog.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId} in the catalog`);
  return rule.sample(gen);
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
  const g = createSampleGen(seed);
  const githubToken = sample('github-pat-classic', g);
  const accessKeyId = `AKIA${g.chars(BASE32, 16)}`;
  const secretAccessKey = sample('aws-secret-access-key', g);
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
