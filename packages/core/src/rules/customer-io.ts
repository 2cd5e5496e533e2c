import { defineRule, HEX } from './define.js';

/** Customer.io credentials. */
export const customerIoRules = [
  // The Track API's site id and API key (20 hex each) as a client's two arguments: Ruby's
  // Customerio::Client.new(site_id, api_key), Node's new TrackClient(siteId, apiKey), Python's
  // CustomerIO(site_id, api_key). The key (the second) is the secret. (From a blind grading of
  // analytics SDKs.)
  defineRule({
    id: 'customerio-track-api-key-client',
    provider: 'Customer.io',
    description: "Customer.io Track API key passed after the site id to a Customer.io client (Customerio::Client.new, TrackClient, CustomerIO), or an App API key to Customerio::APIClient.new",
    // (The App API's client takes its 32-hex key alone: Customerio::APIClient.new("…").)
    keywords: ['customerio::client', 'customerio::apiclient', 'trackclient(', 'customerio('],
    pattern: /(?<![A-Za-z0-9_$])(?:(?:Customerio::Client\.new|(?:new[ \t]+)?TrackClient|CustomerIO)\(\s{0,64}(["'])[a-f0-9]{20}\1[ \t]{0,4},\s{0,64}|Customerio::APIClient\.new\(\s{0,64})(["'])([a-f0-9]{20}|[a-f0-9]{32})\2/,
    secretGroup: 3,
    // Over line ends: Ruby's style puts each argument on a line of its own.
    span: 'near',
    window: { before: 48, after: 240 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://fly.customer.io/settings/api_credentials', how: 'Account settings → API credentials: regenerate the Track API key and update the servers.' },
    docs: 'https://docs.customer.io/api/track/',
    sample: (g) => `$customerio = Customerio::Client.new("${g.chars(HEX, 20)}", "${g.chars(HEX, 20)}")`,
    negatives: ['$customerio = Customerio::Client.new(ENV["CUSTOMERIO_SITE_ID"], ENV["CUSTOMERIO_API_KEY"])', 'cio = CustomerIO("00000000000000000000", "00000000000000000000")'],
  }),
];
