import { chars, defineRule, HEX, token } from './define.js';

/** SignalWire credentials. */
export const signalwireRules = [
  // A project's API token is PT and 48 hex, passed with the project id to the client
  // (`signalwire_client(project, "PT…")`, `new RestClient(project, token, …)`). (From a blind
  // grading of real-time communication.)
  defineRule({
    id: 'signalwire-api-token',
    provider: 'SignalWire',
    description: 'SignalWire project API token (PT + 48 hex) with SignalWire named nearby',
    keywords: ['signalwire'],
    pattern: token('PT[0-9a-f]{48}', { left: 'A-Za-z0-9_', right: 'A-Za-z0-9_' }),
    span: 'near',
    window: { before: 600, after: 600 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.signalwire.com/platform/dashboard/get-started/', how: 'Dashboard → API → delete the token and create a new one, then update the clients.' },
    docs: 'https://developer.signalwire.com/sdks/reference/compatibility-sdk/rest/',
    sample: (g) => `from signalwire.rest import Client as signalwire_client\nclient = signalwire_client("${chars(HEX, 8)(g)}-${chars(HEX, 4)(g)}-${chars(HEX, 4)(g)}-${chars(HEX, 4)(g)}-${chars(HEX, 12)(g)}", "PT${chars(HEX, 48)(g)}", signalwire_space_url='example.signalwire.com')`,
    negatives: ['client = signalwire_client(project, os.environ["SIGNALWIRE_TOKEN"], signalwire_space_url=space)', `SIGNALWIRE_TOKEN=PT${'0'.repeat(48)}`],
  }),
];
