import { ALNUM, BASE64URL, chars, prefixed } from './define.js';

/** HashiCorp Vault credentials. */
export const hashicorpVaultRules = [
  prefixed({ id: 'vault-service-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault service token (hvs.; 24 characters in the root namespace, as the docs show it, or 80+)', prefix: 'hvs.', body: '(?:[A-Za-z0-9_-]{80,200}|[A-Za-z0-9]{24})', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 95), rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke', how: '`vault token revoke <accessor>`; audit what it read.' }, docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes' }),
  prefixed({ id: 'vault-batch-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault batch token (hvb.)', prefix: 'hvb.', body: '[A-Za-z0-9_-]{100,400}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 160), rotate: { url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens', how: 'Batch tokens cannot be revoked individually; rotate what issued it and shorten TTLs.' } }),
  prefixed({ id: 'vault-recovery-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault recovery token (hvr.)', prefix: 'hvr.', body: '[A-Za-z0-9]{24,130}', sample: chars(ALNUM, 24), rotate: { url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', how: 'Revoke it in HashiCorp Vault’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes' }),
];
