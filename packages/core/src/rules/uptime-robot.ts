import { ALNUM, defineRule, gen, HEX, keyed, token } from './define.js';

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
  // The account's main key by its shape (u, the account number, a dash, 24 hex; a read-only key
  // starts "ur"), anywhere UptimeRobot is named nearby: a form body's `api_key=u…`, a CI variable
  // `UPTIME_ROBOT_KEY`. (A monitor's "m" key reads one monitor's status and is left.)
  defineRule({
    id: 'uptimerobot-main-api-key',
    provider: 'Uptime Robot',
    description: 'UptimeRobot main or read-only API key (u/ur, the account number, a dash, 24 hex) with UptimeRobot named nearby',
    keywords: ['uptimerobot', 'uptime_robot', 'uptime-robot', 'uptime robot'],
    window: { before: 400, after: 400 },
    span: 'near',
    pattern: token('ur?[0-9]{5,10}-[a-f0-9]{24}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.uptimerobot.com/integrations', how: 'Integrations & API → reset the main API key, then update the scripts that use it.' },
    docs: 'https://uptimerobot.com/api/',
    sample: (g) => `curl -X POST https://api.uptimerobot.com/v2/getMonitors -d "api_key=u${g.chars('0123456789', 7)}-${g.chars(HEX, 24)}&format=json"`,
    negatives: ['curl -X POST https://api.uptimerobot.com/v2/getMonitors -d "api_key=u1234567-xxxxxxxxxxxxxxxxxxxxxxxx&format=json"'],
  }),
];
