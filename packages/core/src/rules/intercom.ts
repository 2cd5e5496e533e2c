import { chars, defineRule, keyed } from './define.js';

/** Intercom credentials. */
export const intercomRules = [
  defineRule({
    id: 'intercom-access-token',
    provider: 'Intercom',
    description: 'Intercom access token (60 chars, base64 \'tok:...\') under a Intercom-named key',
    keywords: ['intercom'],
    pattern: keyed('intercom', '[A-Za-z0-9=_-]{60}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.intercom.com/a/apps/_/developer-hub', how: 'Revoke it in Intercom’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
    sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 60),
    sampleKey: 'INTERCOM_TOKEN',
    negatives: ['INTERCOM_TOKEN=your_token_here', 'INTERCOM_TOKEN=${INTERCOM_TOKEN}'],
  }),
];
