import { ALNUM, defineRule, HEX, uuidSample } from './define.js';

/** Music metadata services whose keys sit under a section of a tool's config rather than a telling name. */
export const musicMetadataRules = [
  // beets' config.yaml: `acoustid:` then `apikey: …` indented under it (8–10 letters and digits).
  defineRule({
    id: 'acoustid-api-key-beets',
    provider: 'AcoustID',
    description: "AcoustID application API key in beets' config (acoustid: apikey: …)",
    keywords: ['acoustid:'],
    pattern: /(?<![A-Za-z0-9_])acoustid:[ \t]*\r?\n[ \t]{1,8}apikey:[ \t]{0,4}(["']?)([A-Za-z0-9]{8,12})\1[ \t]*(?:\r?\n|$)/,
    secretGroup: 2,
    span: 'block',
    window: { before: 4, after: 120 },
    minEntropy: 2.5,
    severity: 'medium',
    rotate: { url: 'https://acoustid.org/my-applications', how: 'My applications: register a new application key and drop the old one.' },
    docs: 'https://beets.readthedocs.io/en/stable/plugins/chroma.html',
    sample: (g) => `plugins: chroma\nacoustid:\n  apikey: ${g.chars(ALNUM, 9)}\n`,
    sampleIsBlock: true,
    negatives: ['acoustid:\n  apikey: YOUR_KEY\n', 'acoustid:\n  apikey: ${ACOUSTID_KEY}\n'],
  }),
  // ListenBrainz: a user token (a UUID) under user_token/userToken in a listenbrainz section or name.
  defineRule({
    id: 'listenbrainz-user-token',
    provider: 'ListenBrainz',
    description: 'ListenBrainz user token (a UUID) under a user token setting of a ListenBrainz section',
    keywords: ['user_token', 'usertoken', 'user-token'],
    pattern: /(?<![A-Za-z0-9])(?:listenbrainz[_.-]?)?user[_.-]?token["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![0-9a-f-])/i,
    context: ['listenbrainz'],
    window: { before: 40, after: 80 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://listenbrainz.org/settings/', how: 'Settings → User token: reset the token and read it from the environment.' },
    docs: 'https://listenbrainz.readthedocs.io/en/latest/users/api/index.html#add-the-user-token-to-your-requests',
    sample: (g) => `[listenbrainz]\nuser_token = "${uuidSample(g)}"\n`,
    sampleIsBlock: true,
    negatives: ['[listenbrainz]\nuser_token = "${LB_TOKEN}"\n'],
  }),
  // Last.fm's key in a PHP config array: 'lastfm' => ['key' => '…', 'secret' => '…'] (Laravel's
  // services.php); the secret beside it is the generic rules'.
  defineRule({
    id: 'lastfm-api-key-array',
    provider: 'Last.fm',
    description: "Last.fm API key (32 hex) in a PHP config array ('lastfm' => ['key' => …])",
    keywords: ['lastfm'],
    pattern: /(["'])lastfm\1[ \t]{0,4}=>[ \t]{0,4}(?:\[|array\()[ \t\r\n]{0,40}(["'])(?:api_?)?key\2[ \t]{0,4}=>[ \t]{0,4}(["'])([0-9a-f]{32})\3/,
    secretGroup: 4,
    span: 'block',
    window: { before: 4, after: 160 },
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://www.last.fm/api/accounts', how: 'API accounts: reset the key and shared secret and read them from the environment.' },
    docs: 'https://www.last.fm/api/authentication',
    sample: (g) => `'lastfm' => [\n    'key' => '${g.chars(HEX, 32)}',\n    'secret' => env('LASTFM_SECRET'),\n],`,
    sampleIsBlock: true,
    negatives: ["'lastfm' => [\n    'key' => env('LASTFM_KEY'),\n],"],
  }),
];
