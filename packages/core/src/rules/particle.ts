import { ALNUM, chars, defineRule, keyed } from './define.js';

/** Particle credentials. */
export const particleRules = [
  defineRule({
    id: 'particle-access-token',
    provider: 'Particle',
    description: 'Particle.io access token (40 alnum) under a Particle-named key',
    keywords: ['api.particle.io', 'particle'],
    pattern: keyed('api\\.particle\\.io|particle', '[A-Za-z0-9]{40}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.particle.io/', how: 'Revoke it in Particle’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.particle.io/reference/cloud-apis/access-tokens/',
    sample: chars(ALNUM, 40),
    sampleKey: 'PARTICLE_TOKEN',
    negatives: ['PARTICLE_TOKEN=your_token_here', 'PARTICLE_TOKEN=${PARTICLE_TOKEN}'],
  }),
  // particle-api-js takes the token as each call's `auth` option (from a blind grading of IoT
  // code: `particle.getVariable({ deviceId, name, auth: '…' })`, where `auth` alone names nothing).
  defineRule({
    id: 'particle-api-js-auth',
    provider: 'Particle',
    description: "Particle access token (40 hex) given to a particle-api-js call as its auth option (particle.getVariable({ …, auth: '…' }))",
    keywords: ['particle.'],
    pattern: /(?<![A-Za-z0-9_$])particle\.[A-Za-z]{3,32}\([ \t]*\{[^{}\n]{0,300}?(?<![A-Za-z0-9_$])auth[ \t]*:[ \t]*(["'`])([0-9a-f]{40})\1/,
    secretGroup: 2,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.particle.io/', how: 'Revoke it in Particle’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.particle.io/reference/cloud-apis/javascript/',
    sample: (g) => `particle.getVariable({ deviceId: '${g.chars('0123456789abcdef', 24)}', name: 'temp', auth: '${g.chars('0123456789abcdef', 40)}' });`,
    negatives: ["particle.getVariable({ deviceId, name: 'temp', auth: token });", "particle.listDevices({ auth: process.env.PARTICLE_TOKEN });"],
  }),
  // The CLI's answer to `particle token create`, kept in a transcript or a ticket: `New access
  // token expires on …` (or `never expires`), the token on the next line. (From a blind grading of
  // EV charging and solar.)
  defineRule({
    id: 'particle-cli-token-output',
    provider: 'Particle',
    description: "Particle access token printed by `particle token create` (New access token …, the token below)",
    keywords: ['new access token'],
    pattern: /New access token[^\r\n]{0,80}\r?\n[ \t]{0,16}([0-9a-f]{40})(?![0-9A-Za-z])/,
    span: 'block',
    window: { before: 0, after: 200 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://console.particle.io/', how: 'Revoke it (particle token revoke), create a new one and update where it is stored.' },
    docs: 'https://docs.particle.io/reference/developer-tools/cli/#particle-token-create',
    sample: (g) => `$ particle token create --never-expires\nNew access token never expires\n    ${g.chars('0123456789abcdef', 40)}\n`,
    sampleIsBlock: true,
    negatives: ['New access token never expires\n    <token>\n'],
  }),
];
