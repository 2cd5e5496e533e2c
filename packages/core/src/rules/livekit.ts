import { ALNUM, defineRule } from './define.js';

/**
 * LiveKit server's key file and LIVEKIT_KEYS list pairs each API key (`API` + a random run) with
 * its secret as `<key>: <secret>`; the secret signs every access token. From a blind grading of
 * video conferencing: 25 missed in livekit.yaml and compose files.
 */
export const livekitRules = [
  defineRule({
    id: 'livekit-key-pair',
    provider: 'LiveKit',
    description: "LiveKit API secret in the server's keys map (livekit.yaml keys: API…: <secret>) or LIVEKIT_KEYS=\"API…: <secret>\"",
    keywords: ['keys:', 'livekit_keys'],
    pattern: /(?:^[ \t]{1,16}|LIVEKIT_KEYS["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)API[A-Za-z0-9]{8,24}:[ \t]{1,8}["']?([A-Za-z0-9._-]{20,64})(?![A-Za-z0-9._-])/im,
    span: 'block',
    window: { before: 24, after: 600 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.livekit.io/home/self-hosting/deployment/', how: 'Generate a new pair (livekit-server generate-keys), replace it in the server config and in every backend that signs tokens, then remove the old one.' },
    docs: 'https://docs.livekit.io/home/self-hosting/deployment/',
    sample: (g) => `port: 7880\nkeys:\n  API${g.chars(ALNUM, 12)}: ${g.chars(ALNUM, 43)}\n`,
    sampleIsBlock: true,
    negatives: ['keys:\n  APIKEY: ${LIVEKIT_API_SECRET}\n', 'keys:\n  devkey: secret\n', 'LIVEKIT_KEYS: "APIxxxxxxxxxxxx: <secret>"'],
  }),
];
