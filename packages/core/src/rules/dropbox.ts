import { DIGITS, defineRule, keyed, LOWER, LOWER_ALNUM, prefixed, token } from './define.js';

const TOKEN_CHARS = '-.0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz';

/** Dropbox credentials. */
export const dropboxRules = [
  // "sl." and 130 or more token characters is Dropbox's own shape: found wherever it stands (a
  // Bearer header, a curl -u, a function argument), with less confidence when "dropbox" is not
  // nearby. "sl." is rare in source (about once per MB of npm packages), so the keyword costs
  // nothing measurable.
  prefixed({
    id: 'dropbox-short-lived-token',
    provider: 'Dropbox',
    description: 'Dropbox short-lived OAuth access token (sl. / sl.u. and 130+ characters)',
    prefix: 'sl.',
    body: '(?:u\\.)?[A-Za-z0-9_=-]{16}[A-Za-z0-9._=-]{114,1484}',
    right: 'A-Za-z0-9._=-',
    context: ['dropbox'],
    contextConfidence: 'medium',
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.dropbox.com/account/connected_apps', how: 'Revoke it in Dropbox’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.dropbox.com/oauth-guide',
    sample: (g) => g.chars(TOKEN_CHARS.replace('.', ''), 16) + g.chars(TOKEN_CHARS, 118),
    negatives: ['DROPBOX_TOKEN=sl.your_token_here', 'DROPBOX_TOKEN=${DROPBOX_TOKEN}', `tmpl.sl.${'a'.repeat(140)}`],
  }),
  // A long-lived (legacy) access token: 11 characters, ten "A"s, 43 more (64 in all). The run of
  // "A"s is the shape's own; a whole 64-character word is required around it.
  defineRule({
    id: 'dropbox-long-lived-token',
    provider: 'Dropbox',
    description: 'Dropbox long-lived (legacy) access token (11 characters, AAAAAAAAAA, 43 more)',
    keywords: ['aaaaaaaaaa'],
    pattern: token('[A-Za-z0-9_-]{11}AAAAAAAAAA[A-Za-z0-9_-]{43}', { left: 'A-Za-z0-9_+/-', right: 'A-Za-z0-9_+/=-' }),
    window: { before: 16, after: 72 },
    context: ['dropbox', 'bearer', 'authorization'],
    contextConfidence: 'medium',
    encodesBinary: true,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.dropbox.com/account/connected_apps', how: 'Revoke it in Dropbox’s settings (or POST /2/auth/token/revoke), issue a new one and update where it is stored.' },
    docs: 'https://developers.dropbox.com/oauth-guide',
    sample: (g) => `${g.chars(TOKEN_CHARS.replace(/[.=]/g, ''), 11)}AAAAAAAAAA${g.chars(TOKEN_CHARS.replace(/[.=]/g, ''), 43)}`,
    negatives: [`data:${'A'.repeat(80)}`, 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  }),
  // An app's key and secret: 15 lower-case letters and digits each (the key is the OAuth client
  // id, the secret its password), read only under a Dropbox-named key.
  defineRule({
    id: 'dropbox-app-key-secret',
    provider: 'Dropbox',
    description: 'Dropbox app secret (15 lower-case letters and digits) under a Dropbox-named key (not the app key: that is the app\'s OAuth client id)',
    keywords: ['dropbox'],
    pattern: keyed('dropbox', '[a-z0-9]{15}'),
    // Random: letters and digits both, and no upper case (the pattern reads case-insensitively).
    // The app key (DROPBOX_APP_KEY, dropboxAppKey) is the app's client id, which PKCE apps ship:
    // from a blind grading of SaaS integrations, 90 of 131 false positives were app keys.
    accept: (m) => /^[a-z0-9]+$/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? '') && !/(?:app|client)[_.-]?(?:key|id)$/i.test(/dropbox[A-Za-z0-9_.-]{0,24}/i.exec(m[0])?.[0] ?? ''),
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://www.dropbox.com/developers/apps', how: 'Regenerate the app secret in the Dropbox App Console and update where it is stored.' },
    docs: 'https://developers.dropbox.com/oauth-guide',
    sample: (g) => `${g.chars(LOWER, 2)}${g.chars(DIGITS, 2)}${g.chars(LOWER_ALNUM, 11)}`,
    sampleKey: 'DROPBOX_APP_SECRET',
    negatives: ['DROPBOX_APP_SECRET=your_app_secret', 'DROPBOX_APP_SECRET=${DROPBOX_APP_SECRET}', 'dropbox_folder=documentsarchive'],
  }),
];
