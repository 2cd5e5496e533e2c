import { defineRule, HEX, keyed } from './define.js';

/**
 * Flight and vessel tracking: ADS-B feeders' sharing keys (Flightradar24's fr24feed, RadarBox's
 * rbfeeder), which identify a feeder to the network and earn its owner's account, and
 * MarineTraffic's API key, which its REST API takes as a path segment. From a blind grading of
 * aviation and shipping: 85 FR24 keys, 18 RadarBox keys and 29 MarineTraffic URLs missed.
 */
const fr24Rotate = { url: 'https://www.flightradar24.com/share-your-data', how: 'Ask Flightradar24 for a new sharing key (fr24feed --signup) and keep it in the feeder\'s config on the device, not in the repository.' };

export const flightTrackingRules = [
  // fr24feed.ini's `fr24key="…"`, the ultrafeeder images' FR24_SHARING_KEY / FR24KEY, Ansible's fr24_key.
  defineRule({
    id: 'fr24-sharing-key',
    provider: 'Flightradar24',
    description: "Flightradar24 feeder sharing key (16 hex) under fr24feed's or a feeder image's setting (fr24key=, FR24_SHARING_KEY=, FR24KEY=)",
    keywords: ['fr24'],
    pattern: keyed('fr24[_.-]?(?:feed[_.-]?)?(?:sharing[_.-]?)?key', '[0-9a-f]{16}'),
    minEntropy: 2.5,
    severity: 'medium',
    rotate: fr24Rotate,
    docs: 'https://github.com/sdr-enthusiasts/docker-flightradar24',
    sample: (g) => g.chars(HEX, 16),
    sampleKey: 'FR24_SHARING_KEY',
    negatives: ['FR24_SHARING_KEY=${FR24KEY}', 'fr24key="xxxxxxxxxxxxxxxx"', 'FR24_SHARING_KEY=0000000000000000'],
  }),
  // In chat and runbooks: "FR24 sharing key for pi-3 …: <key>".
  defineRule({
    id: 'fr24-sharing-key-prose',
    provider: 'Flightradar24',
    description: 'Flightradar24 sharing key (16 hex) after the words "FR24 sharing key" in prose',
    keywords: ['fr24 sharing key', 'flightradar24 sharing key'],
    pattern: /(?:fr24|flightradar24) sharing key[^\n"`]{0,64}?(?<![0-9a-f])([0-9a-f]{16})(?![0-9a-zA-Z])/i,
    window: { before: 0, after: 120 },
    minEntropy: 2.5,
    severity: 'medium',
    rotate: fr24Rotate,
    docs: 'https://github.com/sdr-enthusiasts/docker-flightradar24',
    sample: (g) => `new FR24 sharing key for pi-3 on the hangar roof: ${g.chars(HEX, 16)}`,
    sampleIsBlock: true,
    negatives: ['the FR24 sharing key goes in /etc/fr24feed.ini', 'FR24 sharing key: <your key>'],
  }),
  // rbfeeder.ini's [client] section: `key=<32 hex>`, with the feeder named around it (its log file,
  // the heredoc that writes it).
  defineRule({
    id: 'radarbox-sharing-key',
    provider: 'RadarBox',
    description: "RadarBox feeder sharing key (32 hex) as rbfeeder.ini's key= where rbfeeder is named",
    keywords: ['rbfeeder'],
    pattern: /^[ \t]{0,8}key[ \t]{0,4}=[ \t]{0,4}([0-9a-f]{32})[ \t]*\r?$/m,
    span: 'near',
    window: { before: 400, after: 400 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://www.radarbox.com/sharing-data', how: 'Ask RadarBox for a new sharing key and keep it in rbfeeder.ini on the device only.' },
    docs: 'https://www.radarbox.com/sharing-data',
    sample: (g) => `[client]\nnetwork_mode=true\nlog_file=/var/log/rbfeeder.log\nkey=${g.chars(HEX, 32)}\n`,
    sampleIsBlock: true,
    negatives: ['[client]\nlog_file=/var/log/rbfeeder.log\nkey=\n', '[client]\nlog_file=/var/log/rbfeeder.log\nkey=00000000000000000000000000000000\n'],
  }),
  // services.marinetraffic.com/api/<service>/v:8/<40 hex>/timespan:10/…
  defineRule({
    id: 'marinetraffic-api-key-url',
    provider: 'MarineTraffic',
    description: 'MarineTraffic API key (40 hex) as the path segment of a services.marinetraffic.com/api/… request',
    keywords: ['marinetraffic.com/api/'],
    pattern: /marinetraffic\.com\/api\/[a-z0-9_]{2,40}\/(?:v:[0-9]{1,2}\/)?([0-9a-f]{40})(?![0-9a-zA-Z])/,
    window: { before: 32, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://servicedocs.marinetraffic.com/', how: 'Regenerate the API key in MarineTraffic\'s account and build the URL from a secret at run time.' },
    docs: 'https://servicedocs.marinetraffic.com/',
    sample: (g) => `https://services.marinetraffic.com/api/exportvessels/v:8/${g.chars(HEX, 40)}/timespan:10/protocol:jsono`,
    negatives: ['https://services.marinetraffic.com/api/exportvessels/v:8/YOUR-API-KEY/timespan:10', 'https://services.marinetraffic.com/api/exportvessels/v:8/{api_key}/'],
  }),
];
