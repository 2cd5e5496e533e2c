import { chars, defineRule, keyed } from './define.js';

/** Mixpanel credentials. */
export const mixpanelRules = [
  defineRule({
    id: 'mixpanel-service-account-secret',
    provider: 'Mixpanel',
    description: 'Mixpanel project secret / service account secret (32) under a Mixpanel-named secret key',
    keywords: ['mixpanel'],
    // Not the project token (MIXPANEL_TOKEN, 32 hex too), which every page and app sends.
    pattern: keyed('mixpanel[a-z0-9_.-]{0,24}?(?:secret|passw)', '[A-Za-z0-9-]{32}', 'A-Za-z0-9_-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.mixpanel.com/reference/authentication', how: 'Revoke it in Mixpanel’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.mixpanel.com/reference/authentication',
    sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 32),
    sampleKey: 'MIXPANEL_SECRET',
    negatives: ['MIXPANEL_SECRET=your_secret_here', 'MIXPANEL_SECRET=${MIXPANEL_SECRET}'],
  }),
];
