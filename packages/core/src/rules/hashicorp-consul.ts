import type { SampleGen } from '../types.js';
import { BASE64, defineRule, UUID, uuidSample } from './define.js';


/** HashiCorp Consul (and Nomad) credentials. */
export const hashicorpConsulRules = [
  defineRule({
    id: 'consul-gossip-encryption-key',
    provider: 'HashiCorp Consul',
    description: 'Consul or Nomad gossip encryption key (`encrypt = "…"`: 32 bytes in base64) in an agent config',
    keywords: ['encrypt'],
    // The setting's name (`encrypt`, or a Consul-named one: `consul_encrypt`, `CONSUL_GOSSIP_KEY`,
    // a header `X-Consul-Encrypt`; not `encryption_customer_key_md5` and friends, which hold
    // digests), then a 32-byte key (or 16, which older agents accept) in standard base64, quoted as
    // the setting is or bare.
    pattern: /(?<![A-Za-z0-9_.-])["']?(?:encrypt|[A-Za-z0-9_-]{0,32}consul[_-]?(?:gossip[_-]?(?:encryption[_-]?)?key|encrypt(?:ion[_-]?key)?))["']?[ \t]{0,16}(?:=>|[=:])[ \t]{0,4}(["']?)([A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{22}==)\1(?![A-Za-z0-9+/=])/i,
    secretGroup: 2,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/consul/docs/security/encryption/gossip/rotate/vm', how: 'Generate a key with `consul keygen`, install it on every agent with `consul keyring -install`, switch with `-use`, then `-remove` the leaked one.' },
    docs: 'https://developer.hashicorp.com/consul/docs/security/encryption/gossip/enable',
    sample: (g: SampleGen) => `encrypt = "${g.chars(BASE64, 43)}="`,
    negatives: ['encrypt = "${CONSUL_GOSSIP_KEY}"', 'encrypt = true', 'encrypt_verify_incoming = true', 'consul_encrypt: "{{ vault_consul_key }}"'],
  }),
  // ACL tokens are UUIDs: the secret one is told by its place. `consul acl bootstrap` and `consul
  // acl token read` print `SecretID:` after `AccessorID:` (the accessor is no secret); `nomad acl
  // bootstrap` prints `Secret ID =` after `Accessor ID =`.
  defineRule({
    id: 'consul-nomad-acl-secret-id',
    provider: 'HashiCorp Consul',
    description: 'Consul or Nomad ACL token secret (a UUID) after its accessor, as `consul acl bootstrap` / `nomad acl bootstrap` print it',
    keywords: ['secretid:', 'secret id'],
    pattern: new RegExp(`Accessor ?ID:?[ \\t]{0,16}=?[ \\t]{0,16}${UUID}[ \\t]*\\r?\\n[ \\t]{0,16}Secret ?ID:?[ \\t]{0,16}=?[ \\t]{0,16}(${UUID})`),
    secretGroup: 1,
    span: 'near',
    window: { before: 100, after: 80 },
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/consul/commands/acl/token/delete', how: 'Delete the token (`consul acl token delete -accessor-id …`, `nomad acl token delete …`) and create a new one; a leaked bootstrap token owns the cluster.' },
    docs: 'https://developer.hashicorp.com/consul/commands/acl/bootstrap',
    sample: (g: SampleGen) => `AccessorID:       ${uuidSample(g)}\nSecretID:         ${uuidSample(g)}\nDescription:      Bootstrap Token (Global Management)\n`,
    negatives: ['AccessorID:       <redacted>\nSecretID:         <redacted>'],
  }),
  // An agent's own tokens in its config: `acl { tokens { initial_management = "…" agent = "…" } }`.
  defineRule({
    id: 'consul-acl-config-token',
    provider: 'HashiCorp Consul',
    description: 'Consul ACL token (a UUID) in an agent config\'s acl.tokens block (initial_management, agent, default, replication …)',
    keywords: ['tokens {', 'tokens{', '"tokens":'],
    // Every token of the block, each matched on its own (the block's opening looked behind for).
    pattern: new RegExp(`(?<=tokens"?[ \\t]{0,4}:?[ \\t]{0,4}\\{[^{}]{0,400}?)"?(?:initial_management|master|agent|agent_recovery|agent_master|default|replication|config_file_service_registration|dns)"?[ \\t]{0,32}[=:][ \\t]{0,8}"(${UUID})"`),
    secretGroup: 1,
    span: 'block',
    window: { before: 16, after: 600 },
    minEntropy: 2.5,
    severity: 'critical',
    rotate: { url: 'https://developer.hashicorp.com/consul/docs/security/acl/tokens', how: 'Delete the token in Consul (`consul acl token delete`), create a new one, and give it to the agent through a file or `consul acl set-agent-token` instead of the config.' },
    docs: 'https://developer.hashicorp.com/consul/docs/agent/config/config-files#acl_tokens',
    sample: (g: SampleGen) => `acl {\n  enabled = true\n  tokens {\n    agent = "${uuidSample(g)}"\n  }\n}\n`,
    negatives: ['acl {\n  tokens {\n    agent = "${CONSUL_AGENT_TOKEN}"\n  }\n}'],
  }),
];
