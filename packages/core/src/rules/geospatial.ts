import { shannonEntropy } from '../entropy.js';
import { defineRule, DIGITS, gen, HEX, keyed, prefixed, UPPER_ALNUM, UUID, uuidSample } from './define.js';
import { isPasswordValue } from './generic.js';

// Mapping, geocoding and Earth-observation services. (From a blind grading of geospatial, weather
// and satellite-imagery services: every one of these was missed.)

const rotate = (url: string, how = 'Delete the key in the provider\'s dashboard, create a new one, and read it from the environment or a secret store.') => ({ url, how });
const HEX_OR_DIGITS_ONLY = /^[0-9]+$|^[a-f]+$/i;
const randomEnough = (value: string, min = 2.8): boolean => !HEX_OR_DIGITS_ONLY.test(value) && shannonEntropy(value) >= min;

/** Geospatial and mapping services' keys. */
export const geospatialRules = [
  // LocationIQ access tokens: `pk.` and 32 hex digits (Mapbox's `pk.` tokens are base64 JSON, `pk.eyJ…`).
  prefixed({
    id: 'locationiq-access-token',
    provider: 'LocationIQ',
    description: 'LocationIQ access token (pk. and 32 hex digits)',
    prefix: 'pk.',
    body: '[0-9a-f]{32}',
    minEntropy: 2.5,
    sample: (g) => g.chars(HEX, 32),
    rotate: rotate('https://my.locationiq.com/dashboard'),
    docs: 'https://docs.locationiq.com/docs/authentication',
  }),
  // Planet's API keys: `PLAK` and 32 hex digits.
  prefixed({
    id: 'planet-api-key',
    provider: 'Planet',
    description: 'Planet Labs API key (PLAK and 32 hex digits)',
    prefix: 'PLAK',
    body: '[0-9a-f]{32}',
    minEntropy: 2.5,
    sample: (g) => g.chars(HEX, 32),
    rotate: rotate('https://www.planet.com/account/#/user-settings', "Regenerate the API key on Planet's account settings page, and update where it is stored."),
    docs: 'https://docs.planet.com/develop/authentication/',
  }),
  // openrouteservice's keys: its organisation's 24 hex digits, then 32 more.
  prefixed({
    id: 'openrouteservice-api-key',
    provider: 'openrouteservice',
    description: 'openrouteservice API key (5b3ce3597851110001cf6248 and 32 hex digits)',
    prefix: '5b3ce3597851110001cf6248',
    body: '[0-9a-f]{32}',
    minEntropy: 2.5,
    sample: (g) => g.chars(HEX, 32),
    rotate: rotate('https://openrouteservice.org/dev/#/home'),
    docs: 'https://openrouteservice.org/dev/#/api-docs',
  }),
  // Mapillary's client tokens: `MLY|<app id>|<32 hex>`.
  prefixed({
    id: 'mapillary-client-token',
    provider: 'Mapillary',
    description: 'Mapillary client access token (MLY|<app id>|<32 hex>)',
    // (A URL's query may carry it percent-encoded, `MLY%7C…%7C…`: core's percent-decoded view reads that.)
    prefix: 'MLY|',
    body: '[0-9]{10,20}\\|[0-9a-f]{32}',
    minEntropy: 3,
    sample: (g) => `${g.chars(DIGITS, 16)}|${g.chars(HEX, 32)}`,
    rotate: rotate('https://www.mapillary.com/dashboard/developers'),
    docs: 'https://www.mapillary.com/developer/api-documentation',
  }),
  // what3words keys are eight upper-case letters and digits: only under what3words' name.
  defineRule({
    id: 'what3words-api-key',
    provider: 'what3words',
    description: 'what3words API key (8 upper-case letters and digits) under what3words\' name',
    keywords: ['what3words', 'w3w'],
    pattern: keyed('(?:what3words|w3w)[_.-]?(?:api[_.-]?)?key', '[A-Z0-9]{8}'),
    accept: (m) => /^[A-Z0-9]{8}$/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && new Set(m[1] ?? '').size >= 5,
    severity: 'medium',
    rotate: rotate('https://accounts.what3words.com/'),
    docs: 'https://developer.what3words.com/public-api/docs',
    sample: gen([UPPER_ALNUM, 3], [DIGITS, 1], [UPPER_ALNUM, 3], [DIGITS, 1]),
    sampleKey: 'WHAT3WORDS_API_KEY',
    negatives: ['WHAT3WORDS_API_KEY=${W3W_KEY}', 'WHAT3WORDS_API_KEY=XXXXXXXX'],
  }),
  // HERE's legacy credentials pair an app_id with a 22-character app_code.
  defineRule({
    id: 'here-app-code',
    provider: 'HERE',
    description: "HERE legacy app_code (22 characters) under HERE's name",
    keywords: ['here_app', 'here.app', 'here-app', 'hereapp'],
    pattern: keyed('here[_.-]?app[_.-]?code', '[A-Za-z0-9_-]{22}'),
    accept: (m) => randomEnough(m[1] ?? ''),
    severity: 'high',
    rotate: rotate('https://platform.here.com/admin/apps'),
    docs: 'https://www.here.com/docs/bundle/identity-and-access-management-developer-guide/page/topics/plat-using-apikeys.html',
    sample: gen([UPPER_ALNUM, 6], '_', [HEX, 15]),
    sampleKey: 'HERE_APP_CODE',
    negatives: ['HERE_APP_CODE=${HERE_APP_CODE}', 'HERE_APP_CODE=<your-app-code>'],
  }),
  // Stadia Maps' API keys are UUIDs: only under Stadia's name.
  defineRule({
    id: 'stadia-maps-api-key',
    provider: 'Stadia Maps',
    description: "Stadia Maps API key (a UUID) under Stadia's name",
    keywords: ['stadia'],
    pattern: keyed('stadia[_.-]?(?:maps[_.-]?)?(?:api[_.-]?)?key', UUID),
    minEntropy: 3,
    severity: 'medium',
    rotate: rotate('https://client.stadiamaps.com/dashboard/'),
    docs: 'https://docs.stadiamaps.com/authentication/',
    sample: uuidSample,
    sampleKey: 'STADIA_MAPS_KEY',
    negatives: ['STADIA_MAPS_KEY=${STADIA_MAPS_KEY}', 'STADIA_MAPS_KEY=00000000-0000-0000-0000-000000000000'],
  }),
  // Thunderforest's keys (32 hex digits) in its tile URLs' `apikey` or under its name.
  defineRule({
    id: 'thunderforest-api-key',
    provider: 'Thunderforest',
    description: "Thunderforest API key (32 hex digits): a tile URL's apikey parameter, or under Thunderforest's name",
    keywords: ['thunderforest'],
    pattern: /(?:thunderforest\.com\/[^\s"'<>#?]{0,200}\?(?:[^\s"'<>#&]{0,100}&){0,8}apikey=|thunderforest[A-Za-z0-9_.-]{0,24}["']?[ \t]*[:=][ \t]*["']?)([0-9a-f]{32})(?![A-Za-z0-9])/i,
    minEntropy: 3,
    severity: 'medium',
    rotate: rotate('https://manage.thunderforest.com/dashboard'),
    docs: 'https://www.thunderforest.com/docs/apikeys/',
    sample: gen('https://tile.thunderforest.com/transport/{z}/{x}/{y}.png?apikey=', [HEX, 32]),
    negatives: ['https://tile.thunderforest.com/cycle/{z}/{x}/{y}.png?apikey=<insert-your-apikey-here>'],
  }),
  // geocode.earth's keys: `ge-` and 16 hex digits, under its name.
  defineRule({
    id: 'geocode-earth-api-key',
    provider: 'geocode.earth',
    description: "geocode.earth API key (ge- and 16 hex digits) under geocode.earth's name",
    keywords: ['geocode_earth', 'geocode-earth', 'geocodeearth', 'geocode.earth'],
    pattern: keyed('geocode[_.-]?earth[_.-]?(?:api[_.-]?)?key', 'ge-[0-9a-f]{16}'),
    minEntropy: 2.5,
    severity: 'medium',
    rotate: rotate('https://app.geocode.earth/keys'),
    docs: 'https://geocode.earth/docs/guides/authentication/',
    sample: gen('ge-', [HEX, 16]),
    sampleKey: 'GEOCODE_EARTH_KEY',
    negatives: ['GEOCODE_EARTH_KEY=ge-xxxxxxxxxxxxxxxx', 'GEOCODE_EARTH_KEY=${GE_KEY}'],
  }),
  // A MapServer mapfile's cascading-WMS credentials: `"wms_auth_password" "…"` in a LAYER's METADATA.
  defineRule({
    id: 'mapserver-auth-password',
    provider: 'MapServer',
    description: 'Password in a MapServer mapfile\'s METADATA ("wms_auth_password" "…", "wfs_proxy_auth_password" "…")',
    keywords: ['_auth_password"'],
    pattern: /"(?:wms|wfs|wcs|ows)_(?:proxy_)?auth_password"[ \t]{1,32}"([^"\r\n]{4,128})"/i,
    window: { before: 24, after: 200 },
    accept: (m) => isPasswordValue(m[1] ?? '') || (/[0-9]/.test(m[1] ?? '') && /[A-Za-z]/.test(m[1] ?? '') && (m[1] ?? '').length >= 8),
    severity: 'high',
    rotate: rotate('https://mapserver.org/ogc/wms_client.html', 'Change the password on the remote WMS/WFS server, then read it from the environment (MapServer expands ${VAR} in CONFIG and METADATA).'),
    docs: 'https://mapserver.org/ogc/wms_client.html',
    sample: (g) => `    METADATA\n      "wms_auth_username" "tiles"\n      "wms_auth_password" "${g.chars(UPPER_ALNUM, 6)}-${g.chars(HEX, 8)}"\n    END`,
    sampleIsBlock: true,
    negatives: ['"wms_auth_password" "${WMS_PASSWORD}"', '"wms_auth_password" "changeme"'],
  }),
];
