import { BASE64, DIGITS, prefixed } from './define.js';

/** Backblaze B2 Cloud Storage: application keys. */
export const backblazeRules = [
  // A key's id (25 hex digits after "00", or 12 for the master key) is public: B2 shows it in
  // every listing. The key is "K", three digits and 27 base64 characters, and B2 shows it once.
  prefixed({
    id: 'backblaze-b2-application-key',
    provider: 'Backblaze',
    description: 'Backblaze B2 application key (K, three digits, 27 base64 characters) near B2 or Backblaze (B2_APPLICATION_KEY, b2 authorize-account, b2sdk authorize_account)',
    prefix: 'K00',
    body: `[${DIGITS}][A-Za-z0-9+/]{27}`,
    left: 'A-Za-z0-9+/_',
    right: 'A-Za-z0-9+/=_',
    // (rclone reads a remote's settings from RCLONE_CONFIG_<REMOTE>_KEY and the like.)
    context: ['b2_', 'b2.', 'b2 ', 'b2-', 'b2sdk', 'b2api', 'b2_api', 'backblaze', 'authorize_account', 'authorize-account', 'applicationkey', 'application_key', 'rclone_config_'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://www.backblaze.com/docs/cloud-storage-create-and-manage-app-keys', how: 'Delete the application key in the Backblaze console (App Keys) or with `b2 key delete`, create a new one with the capabilities the job needs, and update where it is used.' },
    docs: 'https://www.backblaze.com/docs/cloud-storage-application-keys',
    sample: (g) => `${g.chars(DIGITS.slice(1, 6), 1)}${g.chars(BASE64, 27)}`,
    sampleKey: 'B2_APPLICATION_KEY',
    negatives: ['K001xxxxxxxxxxxxxxxxxxxxxxxxxxx', 'K00<your-application-key>'],
  }),
];
