import { ALNUM, chars, HEX, prefixed } from './define.js';

/** Supabase credentials. */
export const supabaseRules = [
  prefixed({ id: 'supabase-secret-key', provider: 'Supabase', description: 'Supabase secret API key (sb_secret_)', prefix: 'sb_secret_', body: '[A-Za-z0-9_-]{31,64}', right: 'A-Za-z0-9_-', sample: chars(ALNUM, 40), rotate: { url: 'https://supabase.com/dashboard/project/_/settings/api-keys', how: 'Project settings → API keys → revoke the secret key and create a new one.' } }),
  prefixed({ id: 'supabase-pat', provider: 'Supabase', description: 'Supabase personal access token (sbp_)', prefix: 'sbp_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://supabase.com/dashboard/account/tokens', how: 'Account → Access tokens → revoke the token.' } }),
];
