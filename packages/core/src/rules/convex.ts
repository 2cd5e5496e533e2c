import { BASE64URL, defineRule, token } from './define.js';

// The deployment a key is for, as the Convex CLI reads it from the key: `prod:` or `dev:` and a
// deployment name (adjective-animal-number), or `preview:` and a team and project slug.
const DEPLOYMENT = '(?:(?:prod|dev):[a-z]{2,24}-[a-z]{2,24}-[0-9]{1,4}|preview:[a-z0-9-]{1,64}:[a-z0-9-]{1,64})';
const STARTS = new RegExp(`${DEPLOYMENT}\\|`, 'y');

/** Convex credentials. */
export const convexRules = [
  // CONVEX_DEPLOY_KEY: the deployment, "|", then the key. The deployment part is the key's own
  // shape, so it is reported under any name (a CI variable, a .env line, a client's constructor).
  defineRule({
    id: 'convex-deploy-key',
    provider: 'Convex',
    description: 'Convex deploy key (prod:, dev: or preview: and the deployment, "|", then the key)',
    keywords: ['prod:', 'dev:', 'preview:'],
    near: (text, at) => {
      STARTS.lastIndex = at;
      return STARTS.test(text);
    },
    pattern: token(`${DEPLOYMENT}\\|[A-Za-z0-9_=+/-]{32,400}`, { left: 'A-Za-z0-9_:-', right: 'A-Za-z0-9_=+/-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.convex.dev/cli/deploy-key-types', how: 'The project\'s dashboard → Settings → deploy keys: regenerate the key and update the build environment that holds it.' },
    docs: 'https://docs.convex.dev/cli/deploy-key-types',
    sample: (g) => `prod:${g.pick(['happy', 'quiet', 'brave'])}-${g.pick(['otter', 'jaguar', 'heron'])}-${g.int(10, 999)}|${g.chars(BASE64URL, 80)}`,
    negatives: ['CONVEX_DEPLOY_KEY=prod:happy-otter-123|<your-deploy-key>', 'CONVEX_DEPLOY_KEY=${CONVEX_DEPLOY_KEY}', '"dev:web": "vite --port 3000"'],
  }),
];
