import type { SampleGen } from '../types.js';
import { BASE64, defineRule } from './define.js';

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
];
