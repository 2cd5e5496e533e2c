import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Shutterstock credentials. */
export const shutterstockRules = [
  defineRule({
    id: 'shutterstock-oauth-token',
    provider: 'Shutterstock',
    description: 'Shutterstock OAuth access token (v2/ + 388) under a Shutterstock-named key',
    keywords: ['shutterstock'],
    pattern: keyed('shutterstock', 'v2/[A-Za-z0-9]{388}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://api-reference.shutterstock.com/#authentication', how: 'Revoke it in Shutterstock’s settings, issue a new one and update where it is stored.' },
    docs: 'https://api-reference.shutterstock.com/#authentication',
    sample: gen('v2/', [ALNUM, 388]),
    sampleKey: 'SHUTTERSTOCK_TOKEN',
    negatives: ['SHUTTERSTOCK_TOKEN=your_token_here', 'SHUTTERSTOCK_TOKEN=${SHUTTERSTOCK_TOKEN}'],
  }),
];
