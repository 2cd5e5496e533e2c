import { prefixed } from './define.js';

const BASE32_LOWER = 'abcdefghijklmnopqrstuvwxyz234567';

/** Tolgee (localization platform) credentials. */
export const tolgeeRules = [
  // Since Tolgee 2.38 every project API key starts `tgpak_` and every personal access token
  // `tgpat_`, then lower-case base32; they travel in X-API-Key, the `ak` query parameter and
  // TOLGEE_API_KEY.
  prefixed({
    id: 'tolgee-api-key',
    provider: 'Tolgee',
    description: 'Tolgee project API key or personal access token (tgpak_ / tgpat_ and base32)',
    prefix: ['tgpak_', 'tgpat_'],
    body: '[a-z0-9]{30,100}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'high',
    sample: (g) => g.chars(BASE32_LOWER, 52),
    rotate: { url: 'https://docs.tolgee.io/platform/account_settings/api_keys_and_pat_tokens', how: 'User menu → Project API keys (or Personal access tokens) → delete or regenerate the key, then update where it is stored.' },
    docs: 'https://docs.tolgee.io/platform/account_settings/api_keys_and_pat_tokens',
    negatives: ['TOLGEE_API_KEY=tgpak_your_api_key_here', 'TOLGEE_API_KEY=${TOLGEE_API_KEY}'],
  }),
];
