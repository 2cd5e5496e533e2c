import { ALNUM, chars, defineRule, LOWER_ALNUM, prefixed } from './define.js';

/** Render credentials. */
export const renderRules = [
  prefixed({ id: 'render-api-key', provider: 'Render', description: 'Render API key (rnd_ and 28 to 32 letters and digits: keys seen in public repositories have 28)', prefix: 'rnd_', body: '[A-Za-z0-9]{28,32}', sample: chars(ALNUM, 32), rotate: { url: 'https://dashboard.render.com/u/settings#api-keys', how: 'Account settings → API keys → revoke the key.' } }),
  // A deploy hook: anyone with the URL deploys the service (`?key=` is its secret).
  defineRule({
    id: 'render-deploy-hook',
    provider: 'Render',
    description: "Render deploy hook URL's key (https://api.render.com/deploy/srv-…?key=…: a POST to it deploys the service)",
    keywords: ['api.render.com/deploy/'],
    pattern: /api\.render\.com\/deploy\/srv-[a-z0-9]{16,32}\?key=([A-Za-z0-9_-]{8,64})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 160 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://render.com/docs/deploy-hooks', how: "Regenerate the service's deploy hook (Settings → Deploy Hook), update the CI secret that calls it, and keep the URL out of the repository." },
    docs: 'https://render.com/docs/deploy-hooks',
    sample: (g) => `curl -X POST "https://api.render.com/deploy/srv-${g.chars(LOWER_ALNUM, 20)}?key=${g.chars(ALNUM, 11)}"`,
    negatives: ['https://api.render.com/deploy/srv-abc123def456ghi789jk?key=${RENDER_DEPLOY_KEY}', 'https://api.render.com/deploy/srv-xxxxxxxxxxxxxxxxxxxx?key=xxxxxxxxxxx'],
  }),
];
