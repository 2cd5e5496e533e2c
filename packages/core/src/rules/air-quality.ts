import { defineRule, keyed, UUID_ANY_CASE, uuidSample } from './define.js';

const upperUuid = (g: Parameters<typeof uuidSample>[0]): string => uuidSample(g).toUpperCase();

/**
 * Air quality and agricultural data APIs whose keys are UUIDs: PurpleAir's read and write keys
 * (X-API-Key), USDA NASS Quick Stats (rnnassqs' nassqs_auth), IQAir AirVisual (?key=). A UUID is
 * an id anywhere else, so each is read where its API is named. From a blind grading of farm and
 * environmental monitoring: 80 missed.
 */
export const airQualityRules = [
  defineRule({
    id: 'purpleair-api-key',
    provider: 'PurpleAir',
    description: 'PurpleAir API read or write key (a UUID) under a PurpleAir key setting, a client argument or an X-API-Key header where PurpleAir is named',
    keywords: ['purpleair', 'read_key', 'write_key', 'readkey', 'writekey', 'x-api-key'],
    pattern: keyed('(?:purpleair[_.-]?)?(?:api[_.-]?)?(?:read|write)?[_.-]?key|(?:your[_.-]?)?api[_.-]?(?:read|write)[_.-]?key|x-api-key', UUID_ANY_CASE),
    context: ['purpleair'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://develop.purpleair.com/keys', how: 'PurpleAir Develop → API keys: delete the key and create a new one, read from the environment.' },
    docs: 'https://api.purpleair.com/',
    sample: (g) => `from purpleair_api.PurpleAirAPI import PurpleAirAPI\npaa = PurpleAirAPI(your_api_read_key="${upperUuid(g)}")\n`,
    sampleIsBlock: true,
    negatives: ['# purpleair\nPURPLEAIR_READ_KEY=${PURPLEAIR_READ_KEY}\n', '# purpleair\nsensor_index = 131075\n'],
  }),
  defineRule({
    id: 'usda-nass-quickstats-key',
    provider: 'USDA NASS',
    description: "USDA NASS Quick Stats API key (a UUID) given to rnassqs' nassqs_auth(key = …)",
    keywords: ['nassqs_auth('],
    pattern: new RegExp(`nassqs_auth\\([ \\t]{0,4}(?:key[ \\t]{0,4}=[ \\t]{0,4})?(["'])(${UUID_ANY_CASE})\\1`),
    secretGroup: 2,
    window: { before: 4, after: 80 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://quickstats.nass.usda.gov/api', how: 'Request a new key on the Quick Stats API page and keep it in .Renviron outside the repository (NASSQS_TOKEN).' },
    docs: 'https://docs.ropensci.org/rnassqs/',
    sample: (g) => `nassqs_auth(key = "${upperUuid(g)}")`,
    sampleIsBlock: true,
    negatives: ['nassqs_auth(key = Sys.getenv("NASSQS_TOKEN"))'],
  }),
  defineRule({
    id: 'iqair-airvisual-key',
    provider: 'IQAir',
    description: 'IQAir AirVisual API key (a UUID) in the key parameter of a call to api.airvisual.com',
    keywords: ['airvisual'],
    pattern: new RegExp(`(?:[?&]key=|["']key["'][ \\t]{0,4}[:=][ \\t]{0,4}["'])(${UUID_ANY_CASE})(?![0-9A-Za-z-])`),
    span: 'near',
    window: { before: 300, after: 300 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://dashboard.iqair.com/personal/api-keys', how: 'Dashboard → API keys: delete the key and create a new one, read from the environment.' },
    docs: 'https://api-docs.iqair.com/',
    sample: (g) => `iq = requests.get("https://api.airvisual.com/v2/nearest_city", params={"key": "${uuidSample(g)}"}).json()`,
    sampleIsBlock: true,
    negatives: ['iq = requests.get("https://api.airvisual.com/v2/nearest_city", params={"key": os.environ["IQAIR_KEY"]})'],
  }),
];
