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
];
