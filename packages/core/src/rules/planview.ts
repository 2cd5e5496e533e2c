import { chars, defineRule, HEX, keyed } from './define.js';

/** Planview credentials. */
export const planviewRules = [
  defineRule({
    id: 'planview-leankit-api-token',
    provider: 'Planview',
    description: 'Planview AgilePlace (LeanKit) API token (128 hex) under a Planview-named key',
    keywords: ['planviewleankit', 'leankit', 'planview'],
    pattern: keyed('planviewleankit|leankit|planview', '[a-f0-9]{128}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://success.planview.com/Planview_AgilePlace/API', how: 'Revoke it in Planview’s settings, issue a new one and update where it is stored.' },
    docs: 'https://success.planview.com/Planview_AgilePlace/API',
    sample: chars(HEX, 128),
    sampleKey: 'PLANVIEWLEANKIT_TOKEN',
    negatives: ['PLANVIEWLEANKIT_TOKEN=your_token_here', 'PLANVIEWLEANKIT_TOKEN=${PLANVIEWLEANKIT_TOKEN}'],
  }),
];
