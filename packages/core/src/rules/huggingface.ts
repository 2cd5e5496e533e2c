import { chars, LOWER, UPPER, prefixed } from './define.js';

const rotate = {
  url: 'https://huggingface.co/settings/tokens',
  how: 'Settings → Access Tokens → Invalidate and refresh (or delete) the token.',
} as const;
const LETTERS = UPPER + LOWER;

/** Hugging Face user and organisation tokens. */
export const huggingfaceRules = [
  prefixed({ id: 'huggingface-access-token', provider: 'Hugging Face', description: 'Hugging Face user access token (hf_)', prefix: 'hf_', body: '[A-Za-z]{34}', sample: chars(LETTERS, 34), rotate, docs: 'https://huggingface.co/docs/hub/security-tokens' }),
  prefixed({ id: 'huggingface-org-token', provider: 'Hugging Face', description: 'Hugging Face organisation API token (api_org_)', prefix: 'api_org_', body: '[A-Za-z]{34}', sample: chars(LETTERS, 34), rotate }),
];
