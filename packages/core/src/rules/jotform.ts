import { defineRule, HEX } from './define.js';

/** Jotform API keys. */
export const jotformRules = [
  // The SDKs take the key as the client's first argument: PHP's `new JotForm("…")`, Python's
  // `JotformAPIClient('…')`, Node's `jotform.options({ apiKey: … })`. (From a blind grading of
  // customer-support tools: 5 missed.)
  defineRule({
    id: 'jotform-client-api-key',
    provider: 'Jotform',
    description: "Jotform API key (32 hex) given to the SDK's client: new JotForm(\"…\"), JotformAPIClient('…')",
    keywords: ['jotform('],
    pattern: /(?:new[ \t]{1,4}JotForm|JotformAPIClient|JotFormAPIClient)\([ \t]{0,4}(["'])([0-9a-f]{32})\1/,
    secretGroup: 2,
    window: { before: 24, after: 80 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.jotform.com/myaccount/api', how: 'Delete the key on the API page of your Jotform account settings, create a new one, and read it from the environment.' },
    docs: 'https://api.jotform.com/docs/',
    sample: (g) => `$jotformAPI = new JotForm("${g.chars(HEX, 32)}");`,
    negatives: ['$jotformAPI = new JotForm($apiKey);', "client = JotformAPIClient(os.environ['JOTFORM_KEY'])"],
  }),
];
