import { chars, defineRule, HEX, keyed } from './define.js';

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
];
