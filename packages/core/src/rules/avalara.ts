import { defineRule, keyed } from './define.js';

/** Avalara (AvaTax) credentials. */
export const avalaraRules = [
  defineRule({
    id: 'avalara-license-key',
    provider: 'Avalara',
    description: 'Avalara AvaTax license key (16 uppercase hex) under an Avalara- or AvaTax-named key',
    keywords: ['avalara', 'avatax'],
    pattern: keyed('avalara|avatax', '[0-9A-F]{16}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://knowledge.avalara.com/bundle/dqa1657870670369_dqa1657870670369/page/Generate_a_license_key.html', how: 'Generate a new license key in the AvaTax portal (which retires the old one) and update where it is stored.' },
    docs: 'https://developer.avalara.com/avatax/authentication-in-avatax/',
    sample: (g) => g.chars('0123456789ABCDEF', 16),
    sampleKey: 'AVALARA_LICENSE_KEY',
    negatives: ['AVALARA_LICENSE_KEY=${AVALARA_LICENSE_KEY}', 'AVALARA_LICENSE_KEY=<license key>'],
  }),
  // The SDKs' own call: `$client->withSecurity('<account id>', '<license key>')`, .NET's
  // `.WithSecurity(accountId, "…")`, and .NET configuration's `"Avatax:LicenseKey"` (from a blind
  // grading of tax integrations: 26 missed where no Avalara-named key held the value).
  defineRule({
    id: 'avalara-license-key-call',
    provider: 'Avalara',
    description: 'Avalara AvaTax license key given to an SDK client with its account id (withSecurity(account, key)) or under an "Avatax:LicenseKey" setting',
    keywords: ['withsecurity(', 'avatax:', 'avalara:'],
    pattern: /(?:(?<![A-Za-z0-9_])withSecurity\([ \t]{0,4}["']?[0-9]{9,10}["']?[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])(?:Avatax|AvaTax|Avalara):[A-Za-z]{0,16}LicenseKey["'][ \t]{0,4}:[ \t]{0,4})["']([0-9A-F]{16})["']/i,
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://knowledge.avalara.com/bundle/dqa1657870670369_dqa1657870670369/page/Generate_a_license_key.html', how: 'Generate a new license key in the AvaTax portal (which retires the old one) and update where it is stored.' },
    docs: 'https://developer.avalara.com/avatax/authentication-in-avatax/',
    sample: (g) => `$client->withSecurity('${g.int(1, 9)}${g.chars('0123456789', 9)}', '${g.chars('0123456789ABCDEF', 16)}');`,
    sampleIsBlock: true,
    negatives: ["$client->withSecurity($accountId, $licenseKey);", "$client->withSecurity('1234567890', getenv('AVATAX_LICENSE_KEY'));"],
  }),
];
