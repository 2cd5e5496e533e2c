import { chars, defineRule, gen, keyed, UPPER_ALNUM } from './define.js';

const ROTATE = { url: 'https://www.alphavantage.co/support/#api-key', how: 'Claim a new key on Alpha Vantage’s support page, update where it is stored, and stop using the old one.' };

/** Alpha Vantage credentials. */
export const alphaVantageRules = [
  defineRule({
    id: 'alpha-vantage-api-key',
    provider: 'Alpha Vantage',
    description: 'Alpha Vantage API key (16 uppercase letters and digits) under an Alpha Vantage-named key',
    keywords: ['alpha_vantage', 'alphavantage', 'alpha-vantage'],
    pattern: keyed('alpha[_-]?vantage', '[A-Z0-9]{16}'),
    minEntropy: 3,
    severity: 'medium',
    rotate: ROTATE,
    docs: 'https://www.alphavantage.co/documentation/',
    sample: chars(UPPER_ALNUM, 16),
    sampleKey: 'ALPHA_VANTAGE_KEY',
    negatives: ['ALPHA_VANTAGE_KEY=demo', 'ALPHA_VANTAGE_KEY=${ALPHA_VANTAGE_KEY}'],
  }),
  defineRule({
    id: 'alpha-vantage-client-key',
    provider: 'Alpha Vantage',
    description: 'Alpha Vantage API key given to the alpha_vantage Python client (TimeSeries(key=…), FundamentalData, ForeignExchange, CryptoCurrencies, TechIndicators)',
    keywords: ['timeseries(', 'fundamentaldata(', 'foreignexchange(', 'cryptocurrencies(', 'techindicators('],
    pattern: /(?<![A-Za-z0-9_])(?:TimeSeries|FundamentalData|ForeignExchange|CryptoCurrencies|TechIndicators)\([^()\n]{0,60}?(?<![A-Za-z0-9_])key[ \t]*=[ \t]*\\?["']([A-Z0-9]{16})\\?["']/,
    minEntropy: 3,
    severity: 'medium',
    rotate: ROTATE,
    docs: 'https://github.com/RomelTorres/alpha_vantage',
    sample: gen("ts = TimeSeries(key='", [UPPER_ALNUM, 16], "', output_format='pandas')"),
    negatives: ["ts = TimeSeries(key=os.environ['ALPHA_VANTAGE_KEY'])", "ts = TimeSeries(key='demo')"],
  }),
];
