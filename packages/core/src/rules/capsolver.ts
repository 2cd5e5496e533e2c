import { chars, prefixed } from './define.js';

/** CapSolver (CAPTCHA solving) credentials. */
export const capsolverRules = [
  // API keys are `CAP-` and 32 upper-case hex digits (the client key of every createTask call).
  prefixed({
    id: 'capsolver-api-key',
    provider: 'CapSolver',
    description: 'CapSolver API key (CAP- and 32 upper-case hex digits)',
    prefix: 'CAP-',
    body: '[A-F0-9]{32}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    sample: chars('0123456789ABCDEF', 32),
    rotate: { url: 'https://dashboard.capsolver.com/dashboard/overview', how: 'Dashboard → API key: reset it and update the scrapers that solve CAPTCHAs.' },
    docs: 'https://docs.capsolver.com/en/guide/api-server/',
    negatives: ['CAPSOLVER_KEY=CAP-XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'CAPSOLVER_KEY=CAP-your-api-key'],
  }),
];
