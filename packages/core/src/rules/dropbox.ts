import { prefixed } from './define.js';

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
];
