import { ALNUM, defineRule, gen, keyed } from './define.js';

/** Uptime Robot credentials. */
export const uptimeRobotRules = [
  defineRule({
    id: 'uptimerobot-api-key',
    provider: 'Uptime Robot',
    description: 'UptimeRobot API key (u/ur/m and 6-10 digits, a dash, 24 characters) under a Uptime Robot-named key',
    keywords: ['uptimerobot'],
    pattern: keyed('uptimerobot', '[A-Za-z0-9]{7,11}-[A-Za-z0-9]{24}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.uptimerobot.com/integrations', how: 'Revoke it in Uptime Robot’s settings, issue a new one and update where it is stored.' },
    docs: 'https://uptimerobot.com/api/',
    sample: gen([ALNUM, 9], '-', [ALNUM, 24]),
    sampleKey: 'UPTIMEROBOT_API_KEY',
    negatives: ['UPTIMEROBOT_API_KEY=your_api_key_here', 'UPTIMEROBOT_API_KEY=${UPTIMEROBOT_API_KEY}'],
  }),
];
