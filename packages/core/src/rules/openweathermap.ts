import { defineRule, gen, HEX } from './define.js';

const ROTATE = { url: 'https://home.openweathermap.org/api_keys', how: 'Delete the key on OpenWeather’s API keys page, generate a new one and update where it is stored.' };

/** OpenWeather credentials. */
export const openWeatherMapRules = [
  defineRule({
    id: 'openweathermap-api-key',
    provider: 'OpenWeather',
    description: 'OpenWeather API key (32 hex): the appid of an api.openweathermap.org request, the appid/api_key of an openweathermap settings block, or under OpenWeather\'s name (OPENWEATHERMAP_KEY)',
    keywords: ['openweathermap'],
    // A request URL's appid, or a block named for OpenWeather whose first entries hold it.
    pattern: /(?:openweathermap\.org\/[^\s"'<>#?]{0,120}\?(?:[^\s"'<>#&]{0,100}&){0,8}appid=|openweather(?:map)?[A-Za-z0-9_.-]{0,24}["']?[ \t]*[:=][ \t]*\{?[ \t]*(?:\r?\n[ \t]{0,16})?["']?(?:appid|api_?key)["']?[ \t]*[:=][ \t]*["']?|openweather(?:map)?[_.-]?(?:api[_.-]?)?(?:key|appid|app[_.-]?id|token)["']?[ \t]*(?:[:=]|<-)[ \t]*["']?)([a-f0-9]{32})(?![A-Za-z0-9])/i,
    minEntropy: 2.5,
    severity: 'medium',
    rotate: ROTATE,
    docs: 'https://openweathermap.org/appid',
    sample: gen('https://api.openweathermap.org/data/2.5/weather?q=Bergen,NO&units=metric&appid=', [HEX, 32]),
    negatives: ['https://api.openweathermap.org/data/2.5/weather?q=London&appid={API key}', 'openweathermap:\n  appid: ${OWM_APPID}'],
  }),
];
