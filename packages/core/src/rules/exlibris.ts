import { HEX, prefixed } from './define.js';

/** Ex Libris (Alma, Primo, Leganto, Esploro) API keys. */
export const exlibrisRules = [
  // Keys from the Ex Libris Developer Network, issued by its Layer7 API gateway: "l7xx" and 32 hex
  // digits, sent as ?apikey= or "Authorization: apikey …" (from a blind grading of library systems,
  // where they sat in scripts, SDK constructors, PHP fallbacks and chat).
  prefixed({
    id: 'exlibris-api-key',
    provider: 'Ex Libris',
    description: 'Ex Libris Developer Network API key for Alma, Primo, Leganto or Esploro (l7xx and 32 hex digits)',
    prefix: 'l7xx',
    body: '[0-9a-f]{32}',
    minEntropy: 3,
    severity: 'critical',
    sample: (g) => g.chars(HEX, 32),
    rotate: { url: 'https://developers.exlibrisgroup.com/manage/keys/', how: 'Developer Network → Manage keys: delete the key and create a new one with the least permissions (read-only where possible), read from the environment.' },
    docs: 'https://developers.exlibrisgroup.com/alma/apis/#calling',
  }),
];
