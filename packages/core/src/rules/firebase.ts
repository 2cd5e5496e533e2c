import { BASE64URL, defineRule } from './define.js';

/** Firebase credentials. */
export const firebaseRules = [
  defineRule({
    id: 'firebase-cloud-messaging-server-key',
    provider: 'Firebase',
    description: 'Firebase Cloud Messaging legacy server key (AAAA…:APA91b)',
    keywords: [':apa91b'],
    pattern: /(?<![A-Za-z0-9_-])(AAAA[A-Za-z0-9_-]{7}:APA91b[A-Za-z0-9_-]{134})(?![A-Za-z0-9_-])/,
    prefixes: ['AAAA'],
    severity: 'high',
    rotate: { url: 'https://console.firebase.google.com/', how: 'Project settings → Cloud Messaging → migrate to the HTTP v1 API and delete the legacy key.' },
    sample: (g) => `AAAA${g.chars(BASE64URL, 7)}:APA91b${g.chars(BASE64URL, 134)}`,
    negatives: ['AAAAxxxxxxx:APA91bYOUR_SERVER_KEY'],
  }),
];
