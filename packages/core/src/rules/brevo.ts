import { ALNUM, gen, HEX, prefixed } from './define.js';

/** Brevo credentials. */
export const brevoRules = [
  prefixed({ id: 'brevo-api-key', provider: 'Brevo', description: 'Brevo (Sendinblue) API v3 key (xkeysib-)', prefix: 'xkeysib-', body: '[a-f0-9]{64}-[A-Za-z0-9]{16}', sample: gen([HEX, 64], '-', [ALNUM, 16]), rotate: { url: 'https://app.brevo.com/settings/keys/api', how: 'Revoke it in Brevo’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.brevo.com/docs/getting-started' }),
  prefixed({ id: 'brevo-smtp-key', provider: 'Brevo', description: 'Brevo (Sendinblue) SMTP key (xsmtpsib-)', prefix: 'xsmtpsib-', body: '[a-f0-9]{64}-[A-Za-z0-9]{16}', sample: gen([HEX, 64], '-', [ALNUM, 16]), rotate: { url: 'https://app.brevo.com/settings/keys/smtp', how: 'Revoke it in Brevo’s settings, issue a new one and update where it is stored.' }, docs: 'https://help.brevo.com/hc/en-us/articles/7959631848850' }),
];
