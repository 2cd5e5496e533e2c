import { chars, defineRule, gen, HEX, keyed } from './define.js';

/** Weights & Biases credentials. */
export const weightsBiasesRules = [
  defineRule({
    id: 'wandb-api-key',
    provider: 'Weights & Biases',
    description: 'Weights & Biases API key (40 hex) under a Weights & Biases-named key',
    keywords: ['wandb', 'wandb_api_key'],
    pattern: keyed('wandb|wandb_api_key', '[a-f0-9]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://wandb.ai/authorize', how: 'Revoke it in Weights & Biases’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.wandb.ai/guides/track/environment-variables',
    sample: chars(HEX, 40),
    sampleKey: 'WANDB_API_KEY',
    negatives: ['WANDB_API_KEY=your_api_key_here', 'WANDB_API_KEY=${WANDB_API_KEY}'],
  }),
  defineRule({
    id: 'wandb-login-key',
    provider: 'Weights & Biases',
    description: 'Weights & Biases API key (40 hex) given to wandb.login(key=…)',
    keywords: ['wandb.login('],
    pattern: /wandb\.login\([^()\n]{0,80}?(?<![A-Za-z0-9_])key[ \t]*=[ \t]*["']([0-9a-f]{40})["']/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://wandb.ai/authorize', how: 'Revoke it in Weights & Biases’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.wandb.ai/ref/python/login/',
    sample: gen('wandb.login(key="', [HEX, 40], '")'),
    negatives: ['wandb.login(key=os.environ["WANDB_API_KEY"])', 'wandb.login(key="<your key>")'],
  }),
];
