import { ALNUM, defineRule, token } from './define.js';

/** HashiCorp Terraform credentials. */
export const hashicorpTerraformRules = [
  defineRule({
    id: 'terraform-cloud-token',
    provider: 'HashiCorp Terraform',
    description: 'Terraform Cloud / Enterprise API token (….atlasv1.…)',
    keywords: ['.atlasv1.'],
    pattern: token(`[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=-]{60,70}`, { right: 'A-Za-z0-9_=-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://app.terraform.io/app/settings/tokens', how: 'User settings → Tokens → delete the token.' },
    sample: (g) => `${g.chars(ALNUM, 14)}.atlasv1.${g.chars(ALNUM, 67)}`,
    negatives: ['xxxxxxxxxxxxxx.atlasv1.your-token'],
  }),
  defineRule({
    id: 'terraform-state-random-password',
    provider: 'HashiCorp Terraform',
    description: 'Password a random_password resource generated, in plain text in a Terraform state file (its "result" attribute)',
    // State keeps every attribute in clear, sensitive or not; random_password's "result" is the
    // password itself (its attributes are sorted: bcrypt_hash, id, keepers, length … result).
    keywords: ['"random_password"'],
    // The "result" of the same resource: no other resource's "type" on the way.
    pattern: /"type":[ \t]{0,4}"random_password"(?:(?!"type":)[^]){0,3000}?"result":[ \t]{0,4}"((?:[^"\\\s]|\\.){8,512})"/,
    window: { before: 12, after: 3200 },
    span: 'block',
    // A state file escapes <, > and & as \u003c …: the value is the JSON string as written.
    punctuated: true,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developer.hashicorp.com/terraform/language/state/sensitive-data', how: 'Taint or replace the random_password resource (terraform apply -replace=…) so a new password is generated, and keep state in an encrypted remote backend, never in the repository.' },
    docs: 'https://registry.terraform.io/providers/hashicorp/random/latest/docs/resources/password',
    sample: (g) => `{\n  "resources": [\n    {\n      "mode": "managed",\n      "type": "random_password",\n      "name": "db",\n      "instances": [\n        {\n          "attributes": {\n            "id": "none",\n            "length": 24,\n            "result": "${g.chars(ALNUM, 18)})(${g.chars(ALNUM, 4)}",\n            "special": true\n          }\n        }\n      ]\n    }\n  ]\n}`,
    negatives: ['{"type": "random_password", "instances": [{"attributes": {"result": ""}}]}', '{"type": "random_string", "instances": [{"attributes": {"result": "k8sNodePoolSuffix"}}]}'],
  }),
];
