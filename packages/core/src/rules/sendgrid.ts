import { BASE64URL, prefixed } from './define.js';

/** SendGrid credentials. */
export const sendgridRules = [
  prefixed({ id: 'sendgrid-api-key', provider: 'SendGrid', description: 'SendGrid API key (SG.)', prefix: 'SG.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: (g) => `${g.chars(BASE64URL, 22)}.${g.chars(BASE64URL, 43)}`, rotate: { url: 'https://app.sendgrid.com/settings/api_keys', how: 'Settings → API Keys → delete the key and create a new one.' } }),
];
