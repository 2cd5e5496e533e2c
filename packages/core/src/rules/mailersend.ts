import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** MailerSend credentials. */
export const mailersendRules = [
  prefixed({
    id: 'mailersend-api-token',
    provider: 'MailerSend',
    description: 'MailerSend API token (mlsn. + 64)',
    prefix: 'mlsn.',
    body: '[a-z0-9]{64}',
    minEntropy: 3,
    severity: 'high',
    sample: chars(LOWER_ALNUM, 64),
    rotate: { url: 'https://app.mailersend.com/api-tokens', how: 'Integrations → API tokens → revoke the token, create a new one and update where it is stored.' },
    docs: 'https://developers.mailersend.com/general.html#authentication',
  }),
];
