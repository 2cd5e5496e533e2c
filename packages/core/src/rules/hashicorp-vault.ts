import { ALNUM, BASE64, BASE64URL, chars, defineRule, keyed, prefixed, UUID, uuidSample } from './define.js';


/** HashiCorp Vault credentials. */
export const hashicorpVaultRules = [
  prefixed({ id: 'vault-service-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault service token (hvs.; 24 characters in the root namespace, as the docs show it, or 80+)', prefix: 'hvs.', body: '(?:[A-Za-z0-9_-]{80,200}|[A-Za-z0-9]{24})', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 95), rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke', how: '`vault token revoke <accessor>`; audit what it read.' }, docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes' }),
  prefixed({ id: 'vault-batch-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault batch token (hvb.)', prefix: 'hvb.', body: '[A-Za-z0-9_-]{100,400}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 160), rotate: { url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#batch-tokens', how: 'Batch tokens cannot be revoked individually; rotate what issued it and shorten TTLs.' } }),
  prefixed({ id: 'vault-recovery-token', provider: 'HashiCorp Vault', description: 'HashiCorp Vault recovery token (hvr.)', prefix: 'hvr.', body: '[A-Za-z0-9]{24,130}', sample: chars(ALNUM, 24), rotate: { url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes', how: 'Revoke it in HashiCorp Vault’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes' }),
  // `vault operator init` prints the Shamir shares of the root key: any threshold of them unseals
  // (and, with a root token generated from them, owns) the Vault. 33 bytes each in base64, or hex.
  defineRule({
    id: 'vault-unseal-key',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault unseal or recovery key share as `vault operator init` prints it (Unseal Key 1: …)',
    keywords: ['unseal key', 'recovery key'],
    pattern: /(?:Unseal|Recovery) Key \d{1,2}:[ \t]{1,8}([A-Za-z0-9+/]{43,88}={0,2}|[0-9a-f]{66})(?![A-Za-z0-9+/=])/,
    secretGroup: 1,
    minEntropy: 3.5,
    window: { before: 0, after: 140 },
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey', how: 'Rekey the Vault at once (`vault operator rekey`, or `-target=recovery` for auto-unseal), and revoke any root token generated while the shares were exposed.' },
    docs: 'https://developer.hashicorp.com/vault/docs/commands/operator/init',
    sample: (g) => `Unseal Key 1: ${g.chars(BASE64, 43)}=\nUnseal Key 2: <redacted>\n`,
    negatives: ['Unseal Key 1: <redacted>', 'Unseal Key 1: $UNSEAL_KEY_1'],
  }),
  // An AppRole login's secret_id, as `vault write -f auth/approle/role/…/secret-id` prints it (a
  // table or JSON): a UUID, told from the role_id and the accessor by its name and the
  // secret_id_accessor that follows it.
  defineRule({
    id: 'vault-approle-secret-id',
    provider: 'HashiCorp Vault',
    description: "HashiCorp Vault AppRole secret_id (a UUID) followed by its secret_id_accessor, as Vault's CLI or API prints it",
    keywords: ['secret_id_accessor'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])["']?secret_id["']?(?:[ \\t]{1,32}|[ \\t]{0,4}[:=][ \\t]{0,4}["']?)(${UUID})["']?[ \\t]{0,4},?[ \\t]{0,4}\\r?\\n[ \\t]{0,32}["']?secret_id_accessor`),
    secretGroup: 1,
    span: 'near',
    window: { before: 120, after: 16 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/auth/approle', how: 'Destroy the secret_id (`vault write auth/approle/role/<role>/secret-id-accessor/destroy secret_id_accessor=…`) and issue a new one.' },
    docs: 'https://developer.hashicorp.com/vault/docs/auth/approle',
    sample: (g) => `Key                   Value\n---                   -----\nsecret_id             ${uuidSample(g)}\nsecret_id_accessor    ${uuidSample(g)}\nsecret_id_num_uses    0\n`,
    negatives: ['secret_id             <redacted>\nsecret_id_accessor    <redacted>'],
  }),
  // `vault operator init -format=json` prints the shares as arrays: `"unseal_keys_b64": ["…", …]`,
  // `"unseal_keys_hex"`, and `recovery_keys_*` with auto-unseal. Every item after the name is one.
  defineRule({
    id: 'vault-unseal-key-json',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault unseal or recovery key share in the JSON `vault operator init` prints (unseal_keys_b64, unseal_keys_hex)',
    keywords: ['unseal_keys_b64', 'unseal_keys_hex', 'recovery_keys_b64', 'recovery_keys_hex'],
    window: { before: 0, after: 1400 },
    span: 'block',
    // The quote first, then the look back: a look back first would walk 1,200 characters back at
    // every position of a text (a megabyte of the keywords alone took 20 s in the linear-time suite).
    pattern: /["'](?<=(?:unseal|recovery)_keys_(?:b64|hex)["']?[ \t]{0,4}:[ \t]{0,4}\[[^\]]{0,1200}?["'])([A-Za-z0-9+/]{43,44}={0,2}|[0-9a-f]{64,66})["']/,
    secretGroup: 1,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey', how: 'Rekey the Vault at once (`vault operator rekey`, or `-target=recovery` for auto-unseal), and revoke any root token generated while the shares were exposed.' },
    docs: 'https://developer.hashicorp.com/vault/docs/commands/operator/init',
    sample: (g) => `{\n  "unseal_keys_b64": [\n    "${g.chars(BASE64, 43)}=",\n    "${g.chars(BASE64, 43)}="\n  ],\n  "unseal_shares": 5\n}\n`,
    negatives: ['{\n  "unseal_keys_b64": [],\n  "unseal_shares": 5\n}\n', '{ "unseal_keys_b64": ["<redacted>"] }'],
  }),
  // Tokens before Vault 1.10 were `s.` and 24 characters (`b.` for batch): the init output's
  // `Initial Root Token: s.…`, `vault login s.…`, VAULT_TOKEN and X-Vault-Token. The shape is
  // short, so only where Vault names it.
  defineRule({
    id: 'vault-legacy-token',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault token in the pre-1.10 format (s. and 24 characters) after Initial Root Token, vault login, VAULT_TOKEN or X-Vault-Token',
    // (And the dev server's `VAULT_DEV_ROOT_TOKEN_ID`, with a namespace's `.<id>` after the token;
    // from a blind grading of secrets managers.)
    keywords: ['root token', 'vault login', 'vault_token', 'x-vault-token', 'vaulttoken', 'root_token_id', 'root-token-id'],
    pattern: /(?:Root Token:|vault[ \t]+login(?:[ \t]+-[A-Za-z-]+(?:=\S+)?){0,4}|VAULT_TOKEN["']?[ \t]{0,4}[:=]|X-Vault-Token["']?[ \t]{0,4}[:=]|vaultToken["']?[ \t]{0,4}[:=]|(?:VAULT_)?DEV_ROOT_TOKEN_ID["']?[ \t]{0,4}[:=]|-dev-root-token-id[ \t]{0,4}=|ROOT_TOKEN_ID["']?[ \t]{0,4},)[ \t]{0,8}["']?([sb]\.[A-Za-z0-9]{24}(?:\.[A-Za-z0-9]{4,8})?)(?![A-Za-z0-9_-])/i,
    secretGroup: 1,
    window: { before: 40, after: 120 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke', how: 'Revoke the token (`vault token revoke`; a root token at once), and issue a scoped one through an auth method instead.' },
    docs: 'https://developer.hashicorp.com/vault/docs/concepts/tokens#token-prefixes',
    sample: (g) => `Initial Root Token: s.${g.chars(ALNUM, 24)}\n`,
    negatives: ['Initial Root Token: s.XXXXXXXXXXXXXXXXXXXXXXXX', 'vault login -method=userpass username=ops'],
  }),
  // An AppRole login writes the secret_id beside its role_id (`vault write auth/approle/login
  // role_id=… secret_id=…`, a playbook's `vault_approle_secret_id:`, a provider's auth block).
  defineRule({
    id: 'vault-approle-secret-id-login',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault AppRole secret_id (a UUID) with AppRole or its role_id named nearby',
    keywords: ['secret_id', 'secret-id', 'secretid'],
    context: ['approle', 'role_id', 'role-id', 'roleid'],
    pattern: new RegExp(`(?<![A-Za-z0-9])["']?(?:[A-Za-z0-9]{1,32}[_.-])?secret[_-]?id["']?(?:[ \t]{0,4}(?:[:=]|=>)[ \t]{0,4})["']?(${UUID})["']?(?![0-9a-f-])`, 'i'),
    secretGroup: 1,
    window: { before: 48, after: 80 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/auth/approle', how: 'Destroy the secret_id (by its accessor) and issue a new one, delivered to the app by a trusted orchestrator rather than a file.' },
    docs: 'https://developer.hashicorp.com/vault/docs/auth/approle',
    sample: (g) => `vault write auth/approle/login role_id=${uuidSample(g)} secret_id=${uuidSample(g)}\n`,
    negatives: ['vault write auth/approle/login role_id=$ROLE_ID secret_id=$SECRET_ID\n'],
  }),
  // The same secret_id under a name that says Vault (`VAULT_SECRET_ID`, `vault_approle_secret_id`):
  // no role_id need be near. (From a blind grading of provisioning files.)
  defineRule({
    id: 'vault-secret-id-named',
    provider: 'HashiCorp Vault',
    description: "HashiCorp Vault AppRole secret_id (a UUID) under a name that says Vault's (VAULT_SECRET_ID)",
    // (Or `APPROLE_SECRET_ID`: from a blind grading of secrets managers.)
    keywords: ['vault_secret', 'vault-secret', 'vaultsecret', 'vault_approle', 'vault.secret', 'approle_secret', 'approle-secret', 'approlesecret', 'approle.secret'],
    pattern: keyed('(?:vault[_.-]?(?:approle[_.-]?)?|approle[_.-]?)secret[_.-]?id', UUID),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/auth/approle', how: 'Destroy the secret_id (by its accessor) and issue a new one, delivered to the app by a trusted orchestrator rather than a file.' },
    docs: 'https://developer.hashicorp.com/vault/docs/auth/approle',
    sample: uuidSample,
    sampleKey: 'VAULT_SECRET_ID',
    negatives: ['VAULT_SECRET_ID=${VAULT_SECRET_ID}', 'VAULT_SECRET_ID=00000000-0000-0000-0000-000000000000'],
  }),
  // The same name where no operator stands between it and the value: a fetch's default
  // (`ENV.fetch('APPROLE_SECRET_ID', '…')`), a Kubernetes env entry's `value:` on the next line,
  // `terraform output -json`'s {"sensitive": true, …, "value": "…"}. (From a blind grading of
  // secrets managers: 10 missed.)
  defineRule({
    id: 'vault-secret-id-value',
    provider: 'HashiCorp Vault',
    description: "HashiCorp Vault AppRole secret_id (a UUID) as a fetch's default, an env entry's value or a Terraform output's value under a Vault or AppRole secret_id name",
    keywords: ['vault_secret_id', 'vault-secret-id', 'vaultsecretid', 'approle_secret_id', 'approle-secret-id', 'approlesecretid'],
    pattern: new RegExp(`(?<![A-Za-z0-9])(?:vault[_-]?(?:approle[_-]?)?|approle[_-]?)secret[_-]?id["']?(?:[ \\t]{0,4},[ \\t]{0,4}|[ \\t]{0,4}:[ \\t]{0,4}\\{[^{}]{0,160}?"value"[ \\t]{0,4}:[ \\t]{0,4}|[ \\t]*\\r?\\n[ \\t]{0,24}value:[ \\t]{0,4})["']?(${UUID})(?![0-9A-Fa-f-])`, 'i'),
    secretGroup: 1,
    span: 'block',
    window: { before: 0, after: 260 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/auth/approle', how: 'Destroy the secret_id (by its accessor) and issue a new one, delivered to the app by a trusted orchestrator rather than a file.' },
    docs: 'https://developer.hashicorp.com/vault/docs/auth/approle',
    sample: (g) => `secret_id = ENV.fetch('APPROLE_SECRET_ID', '${uuidSample(g)}')`,
    negatives: ["ENV.fetch('APPROLE_SECRET_ID')", 'env:\n  - name: APPROLE_SECRET_ID\n    valueFrom:\n      secretKeyRef: {name: approle, key: secret_id}'],
  }),
  // An unseal key share given on the command line (`vault operator unseal <key>`, in shell history):
  // base64 of 33 bytes (32 and "=" for a single share). (From a blind grading of secrets managers.)
  defineRule({
    id: 'vault-unseal-key-command',
    provider: 'HashiCorp Vault',
    description: 'HashiCorp Vault unseal key share given to vault operator unseal on the command line',
    keywords: ['operator unseal'],
    pattern: /vault[ \t]{1,4}operator[ \t]{1,4}unseal(?:[ \t]{1,4}-[A-Za-z-]{1,24}(?:=[^\s]{1,200})?){0,3}[ \t]{1,4}["']?([A-Za-z0-9+/]{44}|[A-Za-z0-9+/]{43}=)(?![A-Za-z0-9+/=])/,
    secretGroup: 1,
    window: { before: 12, after: 300 },
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey', how: 'Rekey Vault (vault operator rekey) so new unseal shares replace the leaked one, and pass shares by prompt, never as an argument.' },
    docs: 'https://developer.hashicorp.com/vault/docs/commands/operator/unseal',
    sample: (g) => `vault operator unseal ${btoa(String.fromCharCode(...Array.from({ length: 33 }, () => g.int(0, 255))))}`,
    negatives: ['vault operator unseal', 'vault operator unseal $UNSEAL_KEY_1', 'vault operator unseal -reset'],
  }),
];
