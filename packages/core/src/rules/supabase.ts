import { isPlaceholder } from '../allowlist.js';
import { ALNUM, BASE64, chars, defineRule, HEX, prefixed } from './define.js';
import { acceptNamedValue } from './generic.js';

/** Supabase credentials. */
export const supabaseRules = [
  prefixed({ id: 'supabase-secret-key', provider: 'Supabase', description: 'Supabase secret API key (sb_secret_)', prefix: 'sb_secret_', body: '[A-Za-z0-9_-]{31,64}', right: 'A-Za-z0-9_-', sample: chars(ALNUM, 40), rotate: { url: 'https://supabase.com/dashboard/project/_/settings/api-keys', how: 'Project settings → API keys → revoke the secret key and create a new one.' } }),
  prefixed({ id: 'supabase-pat', provider: 'Supabase', description: 'Supabase personal access token (sbp_)', prefix: 'sbp_', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate: { url: 'https://supabase.com/dashboard/account/tokens', how: 'Account → Access tokens → revoke the token.' } }),
  // Supabase Vault's `vault.create_secret('<secret>', '<name>', …)` (a seed file, a migration):
  // the value comes before the name that says what it is. (From a blind grading of database
  // dumps: 20 of 60 missed.)
  defineRule({
    id: 'supabase-vault-create-secret',
    provider: 'Supabase',
    description: "Secret stored with Supabase Vault's vault.create_secret('<secret>', '<name>') under a secret's name",
    keywords: ['create_secret('],
    pattern: /(?<![A-Za-z0-9_])create_secret\([ \t]{0,4}'([^'\\\r\n]{8,1024})'[ \t]{0,4},[ \t]{0,4}'([A-Za-z_][A-Za-z0-9_.-]{0,63})'/,
    secretGroup: 1,
    window: { before: 16, after: 1200 },
    accept: (m) => acceptNamedValue(m[2] ?? '', m[1] ?? '') && !isPlaceholder(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://supabase.com/docs/guides/database/vault', how: 'Rotate the credential at its issuer, then store it with vault.update_secret from a session, not a seed file in the repository.' },
    docs: 'https://supabase.com/docs/guides/database/vault',
    sample: (g) => `select vault.create_secret('${g.chars(ALNUM, 12)}${g.chars(BASE64, 20)}', 'service_api_key', 'Service API key');`,
    negatives: ["select vault.create_secret('<your-api-key>', 'service_api_key');", "select vault.create_secret('https://project.supabase.co', 'project_url');"],
  }),
];
