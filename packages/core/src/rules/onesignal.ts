import { chars, LOWER_ALNUM, prefixed } from './define.js';

/** OneSignal credentials. */
export const onesignalRules = [
  // App and organisation API keys in the v2 format: os_v2_app_ / os_v2_org_ and lower-case base32.
  prefixed({
    id: 'onesignal-api-key',
    provider: 'OneSignal',
    description: 'OneSignal app or organisation API key (os_v2_app_ / os_v2_org_)',
    prefix: 'os_v2_',
    body: '(?:app|org)_[a-z0-9]{100,120}',
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => `${g.pick(['app', 'org'])}_${chars(LOWER_ALNUM, 110)(g)}`,
    rotate: { url: 'https://dashboard.onesignal.com/', how: 'Settings → Keys & IDs → rotate or delete the key and update where it is stored.' },
    docs: 'https://documentation.onesignal.com/docs/keys-and-ids',
  }),
];
