import { chars, defineRule, HEX, keyed } from './define.js';

/** Cisco Meraki credentials. */
export const ciscoMerakiRules = [
  defineRule({
    id: 'cisco-meraki-api-key',
    provider: 'Cisco Meraki',
    description: 'Cisco Meraki Dashboard API key (40 hex) under a Cisco Meraki-named key',
    keywords: ['meraki'],
    pattern: keyed('meraki', '[0-9a-f]{40}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://dashboard.meraki.com/', how: 'Revoke it in Cisco Meraki’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developer.cisco.com/meraki/api-v1/authorization/',
    sample: chars(HEX, 40),
    sampleKey: 'MERAKI_API_KEY',
    negatives: ['MERAKI_API_KEY=your_api_key_here', 'MERAKI_API_KEY=${MERAKI_API_KEY}'],
  }),
];
