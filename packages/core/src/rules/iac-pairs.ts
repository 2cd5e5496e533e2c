import { isPasswordKeyName, isSecretKeyName } from '../keys.js';
import { ALNUM, defineRule } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** Whether `value` is a secret under `name` (the name's last dotted or slashed part), as a generic assignment would judge it. */
function secretUnder(name: string, value: string): boolean {
  const last = name.slice(Math.max(name.lastIndexOf('.'), name.lastIndexOf('/')) + 1);
  if (!isSecretKeyName(last) && !isSecretKeyName(name)) return false;
  return isPasswordKeyName(last) ? isPasswordValue(value) : looksLikeSecretValue(value, false);
}

// A name and a value on neighbouring lines of an HCL block: the Helm provider's `set { name =
// "auth.password" value = "…" }` (and `set_sensitive`), the tfe provider's `tfe_variable` with
// `key = "AWS_SECRET_ACCESS_KEY"` then `value = "…"`, as written and as `terraform plan` prints
// them (`+ name = …` ⏎ `+ value = …`). The name says what the value is.
const PLAN_MARK = '(?:[+~-][ \\t]{1,4})?';
const HCL_PAIR = new RegExp(`(?:set(?:_sensitive)?[ \\t]{0,4}\\{|resource[ \\t]{1,4}"tfe_variable"[^{\\n]{0,128}\\{)(?:[ \\t]{0,32}\\r?\\n[ \\t]{0,32}${PLAN_MARK}(?!value\\b)[A-Za-z_]{1,32}[ \\t]{0,32}=[^\\n]{0,256}){0,6}?[ \\t]{0,32}\\r?\\n[ \\t]{0,32}${PLAN_MARK}(?:name|key)[ \\t]{0,32}=[ \\t]{0,8}"([^"\\n]{1,128})"(?:[ \\t]{0,32}\\r?\\n[ \\t]{0,32}${PLAN_MARK}(?!value\\b)[A-Za-z_]{1,32}[ \\t]{0,32}=[^\\n]{0,256}){0,6}?[ \\t]{0,32}\\r?\\n[ \\t]{0,32}${PLAN_MARK}value[ \\t]{0,32}=[ \\t]{0,8}"([^"\\n]{6,512})"`);

/** Infrastructure-as-code blocks that pair a setting's name with its value. */
export const iacPairRules = [
  defineRule({
    id: 'hcl-named-value-pair',
    provider: 'Terraform',
    description: "Secret in an HCL block that names it on the line before: the Helm provider's set { name = \"…password\" value = \"…\" }, a tfe_variable's key and value, also in terraform plan output",
    keywords: ['set {', 'set{', 'set_sensitive {', 'set_sensitive{', 'tfe_variable'],
    pattern: HCL_PAIR,
    secretGroup: 2,
    window: { before: 40, after: 2400 },
    span: 'block',
    accept: (m) => secretUnder(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/terraform/language/values/variables#suppressing-values-in-cli-output', how: 'Rotate the value at its issuer and pass it as a sensitive variable (TF_VAR_…, a secrets manager data source) instead of a literal in the configuration.' },
    docs: 'https://registry.terraform.io/providers/hashicorp/helm/latest/docs/resources/release',
    sample: (g) => `resource "helm_release" "db" {\n  name  = "db"\n  chart = "postgresql"\n\n  set {\n    name  = "auth.password"\n    value = "${g.chars(ALNUM, 14)}*${g.chars(ALNUM, 5)}"\n  }\n}\n`,
    negatives: ['  set {\n    name  = "auth.password"\n    value = var.db_password\n  }\n', '  set {\n    name  = "replicaCount"\n    value = "3"\n  }\n', '  set_sensitive {\n    name  = "auth.password"\n    value = "changeme"\n  }\n'],
  }),
  // Consul's `consul kv export` writes every key with its value in base64:
  // `{"key": "config/app/db_password", "flags": 0, "value": "<base64>"}`. The key's last part
  // names the value; the value is judged decoded.
  defineRule({
    id: 'consul-kv-export-secret',
    provider: 'HashiCorp Consul',
    description: 'Secret in a consul kv export (base64 value under a key path whose last part names a secret)',
    keywords: ['"flags":'],
    pattern: /"key"[ \t]{0,4}:[ \t]{0,4}"([^"\n]{1,256})"[ \t]{0,4},[ \t]{0,4}"flags"[ \t]{0,4}:[ \t]{0,4}\d{1,20}[ \t]{0,4},[ \t]{0,4}"value"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{8,2048}={0,2})"/,
    secretGroup: 2,
    window: { before: 300, after: 2400 },
    accept: (m) => {
      let decoded: string;
      try {
        decoded = atob(m[2] ?? '');
      } catch {
        return false;
      }
      return /^[\x20-\x7e]{6,}$/.test(decoded) && secretUnder(m[1] ?? '', decoded);
    },
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/consul/commands/kv/export', how: 'Rotate the secret at its issuer, keep secrets in Vault rather than Consul KV, and delete the export.' },
    docs: 'https://developer.hashicorp.com/consul/commands/kv/export',
    sample: (g) => `[\n  {"key": "config/orders/api_token", "flags": 0, "value": "${btoa(`${g.chars(ALNUM, 12)}${g.chars(ALNUM, 20)}`)}"}\n]\n`,
    negatives: [`[{"key": "config/orders/api_token", "flags": 0, "value": "${btoa('changeme')}"}]`, `[{"key": "config/orders/replicas", "flags": 0, "value": "${btoa('three-replicas-please')}"}]`],
  }),
  // `pulumi config set [--plaintext|--secret] <key> <value>`: the value on the command line (a
  // script, a README, shell history), whichever flag stores it.
  defineRule({
    id: 'pulumi-config-set-value',
    provider: 'Pulumi',
    description: 'Secret given on the command line to pulumi config set (--plaintext or --secret) under a secret-named key',
    keywords: ['pulumi config set'],
    pattern: /pulumi[ \t]{1,4}config[ \t]{1,4}set[ \t]{1,4}(?:--(?:plaintext|secret)[ \t]{1,4}|-s[ \t]{1,4}\S{1,128}[ \t]{1,4}|--stack[ \t=]{1,4}\S{1,128}[ \t]{1,4}|--path[ \t]{1,4}){0,3}["']?([A-Za-z0-9_.:/-]{1,128})["']?[ \t]{1,4}(["']?)([^\s"']{6,512})\2(?=[\s;&|]|$)/,
    secretGroup: 3,
    window: { before: 8, after: 800 },
    accept: (m) => secretUnder((m[1] ?? '').replace(/^[^:]*:/, ''), m[3] ?? ''),
    severity: 'high',
    rotate: { url: 'https://www.pulumi.com/docs/iac/concepts/secrets/', how: 'Rotate the value at its issuer, set it again with `pulumi config set --secret <key>` reading the value from stdin, and clear the shell history.' },
    docs: 'https://www.pulumi.com/docs/iac/cli/commands/pulumi_config_set/',
    sample: (g) => `pulumi config set --plaintext dbPassword ${g.chars(ALNUM, 16)}*${g.chars(ALNUM, 4)} -s acme/prod\n`,
    negatives: ['pulumi config set --secret dbPassword "$DB_PASSWORD"', 'pulumi config set aws:region eu-west-1'],
  }),
];
