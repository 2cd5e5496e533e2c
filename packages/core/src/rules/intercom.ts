import { chars, defineRule, keyed, prefixed } from './define.js';

// An access token is base64 of "tok:", a UUID and two numbers (`tok:<uuid>:1:0`): its own shape.
// The UUID's parts are joined by "_" (as Intercom writes it) or "-", the same one throughout.
const DECODED = /^tok:[0-9a-f]{8}([_-])[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{4}\1[0-9a-f]{12}:\d{1,4}:\d{1,4}$/;

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
  prefixed({
    id: 'intercom-access-token-encoded',
    provider: 'Intercom',
    description: "Intercom access token (base64 of 'tok:<uuid>:1:0', dG9rO…), under any name",
    prefix: 'dG9rO',
    body: '[A-Za-z0-9+/]{44,70}={0,2}',
    right: 'A-Za-z0-9+/=',
    accept: (m) => {
      try {
        return DECODED.test(atob(m[1] ?? ''));
      } catch {
        return false;
      }
    },
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => btoa(`tok:${[8, 4, 4, 4, 12].map((n) => g.chars('0123456789abcdef', n)).join('_')}:1:0`).slice(5),
    rotate: { url: 'https://app.intercom.com/a/apps/_/developer-hub', how: 'Revoke the access token in the Developer Hub (the app → Authentication), issue a new one and update where it is stored.' },
    docs: 'https://developers.intercom.com/docs/build-an-integration/learn-more/authentication',
  }),
];
