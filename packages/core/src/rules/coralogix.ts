import { ALNUM, chars, prefixed } from './define.js';

/** Coralogix credentials. */
export const coralogixRules = [
  // Send-your-data and API keys: cxtp_ and 30 letters and digits.
  prefixed({
    id: 'coralogix-api-key',
    provider: 'Coralogix',
    description: 'Coralogix API or send-your-data key (cxtp_)',
    prefix: 'cxtp_',
    body: '[A-Za-z0-9]{26,40}',
    minEntropy: 3.5,
    severity: 'high',
    sample: chars(ALNUM, 30),
    rotate: { url: 'https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/', how: 'Settings → API keys → revoke the key, create a new one and update where it is stored.' },
    docs: 'https://coralogix.com/docs/user-guides/account-management/api-keys/api-keys/',
  }),
];
