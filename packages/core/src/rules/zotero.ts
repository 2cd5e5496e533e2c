import { ALNUM, defineRule } from './define.js';

/** Zotero: Web API keys (24 letters and digits). */
export const zoteroRules = [
  // pyzotero's client takes the library id, its type and the key by position
  // (`zotero.Zotero("299475", "user", "<key>")`); from a blind grading of research code.
  defineRule({
    id: 'zotero-api-key-client',
    provider: 'Zotero',
    description: "Zotero Web API key given to pyzotero's client by position (Zotero(library_id, library_type, api_key))",
    keywords: ['zotero('],
    pattern: /(?<![A-Za-z0-9_])Zotero\([ \t]{0,4}["']?[0-9]{1,12}["']?[ \t]{0,4},[ \t]{0,4}(["'])(?:user|group)\1[ \t]{0,4},[ \t]{0,4}(?:api_key[ \t]{0,2}=[ \t]{0,2})?(["'])([A-Za-z0-9]{24})\2/,
    secretGroup: 3,
    minEntropy: 3.2,
    severity: 'high',
    rotate: { url: 'https://www.zotero.org/settings/keys', how: 'Settings → Security → Applications: revoke the key, make a new one and read it from the environment.' },
    docs: 'https://pyzotero.readthedocs.io/en/latest/',
    sample: (g) => `zot = zotero.Zotero("${g.chars('0123456789', 7)}", "user", "${g.chars(ALNUM, 24)}")`,
    sampleIsBlock: true,
    negatives: ['zot = zotero.Zotero(library_id, "user", os.environ["ZOTERO_API_KEY"])', 'zot = zotero.Zotero("123456", "group", api_key)'],
  }),
];
