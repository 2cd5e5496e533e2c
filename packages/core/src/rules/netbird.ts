import { defineRule, UUID_ANY_CASE, uuidSample } from './define.js';

/** NetBird (WireGuard overlay network) setup keys. */
export const netbirdRules = [
  // A setup key (a UUID, written in capitals by the dashboard) enrolls any machine into the
  // network as a peer: `netbird up --setup-key <key>`, NB_SETUP_KEY / NETBIRD_SETUP_KEY. (From a
  // blind grading of VPNs and overlay networks: 50 of 64 missed.)
  defineRule({
    id: 'netbird-setup-key',
    provider: 'NetBird',
    description: 'NetBird setup key (a UUID) under NB_SETUP_KEY or NETBIRD_SETUP_KEY, or after netbird up --setup-key',
    // (Or a note's or a chat's `setup key for the ci runners: `<key>``; from the same grading.)
    keywords: ['setup_key', 'setup-key', 'setupkey', 'setup key'],
    pattern: new RegExp(`(?:(?<![A-Za-z0-9])(?:NB|NETBIRD|nb|netbird)[_.-]?(?:setup[_.-]?key|SETUP_KEY|SetupKey)["'\`]?\\]?[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,40}|(?<![A-Za-z0-9-])--setup-key(?:=|[ \\t]{1,4})|(?<![A-Za-z0-9])setup[ \\t]key[^\\r\\n:\`]{0,60}?:[ \\t]{0,4})["'\`]?(${UUID_ANY_CASE})(?![A-Za-z0-9-])`),
    secretGroup: 1,
    window: { before: 24, after: 120 },
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.netbird.io/how-to/register-machines-using-setup-keys', how: 'Revoke the setup key in the dashboard (Setup Keys), create a new one and update where it is stored; remove peers it enrolled that you do not know.' },
    docs: 'https://docs.netbird.io/how-to/register-machines-using-setup-keys',
    sample: (g) => `netbird up --setup-key ${uuidSample(g).toUpperCase()}`,
    negatives: ['netbird up --setup-key $NB_SETUP_KEY', 'NB_SETUP_KEY=00000000-0000-0000-0000-000000000000', 'NETBIRD_SETUP_KEY=<your setup key>'],
  }),
];
