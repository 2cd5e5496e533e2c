import { defineRule, gen, keyed } from './define.js';

/** Dropbox credentials. */
export const dropboxRules = [
  defineRule({
    id: 'dropbox-short-lived-token',
    provider: 'Dropbox',
    description: 'Dropbox short-lived OAuth access token (sl. / sl.u.) under a Dropbox-named key',
    keywords: ['dropbox'],
    pattern: keyed('dropbox', 'sl\\.[A-Za-z0-9._=-]{130,1500}', 'A-Za-z0-9_.=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.dropbox.com/account/connected_apps', how: 'Revoke it in Dropbox’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.dropbox.com/oauth-guide',
    sample: gen('sl.', ['-.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 130]),
    sampleKey: 'DROPBOX_TOKEN',
    negatives: ['DROPBOX_TOKEN=your_token_here', 'DROPBOX_TOKEN=${DROPBOX_TOKEN}'],
  }),
];
