import { chars, defineRule, HEX, keyed } from './define.js';

/** Webflow credentials. */
export const webflowRules = [
  defineRule({
    id: 'webflow-api-token',
    provider: 'Webflow',
    description: 'Webflow site/API token (64 hex) under a Webflow-named key',
    keywords: ['webflow'],
    pattern: keyed('webflow', '[a-f0-9]{64}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developers.webflow.com/data/reference/authentication', how: 'Revoke it in Webflow’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.webflow.com/data/reference/authentication',
    sample: chars(HEX, 64),
    sampleKey: 'WEBFLOW_TOKEN',
    negatives: ['WEBFLOW_TOKEN=your_token_here', 'WEBFLOW_TOKEN=${WEBFLOW_TOKEN}'],
  }),
];
