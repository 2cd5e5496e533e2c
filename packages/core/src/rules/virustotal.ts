import { chars, defineRule, HEX, keyed } from './define.js';

/** VirusTotal credentials. */
export const virustotalRules = [
  defineRule({
    id: 'virustotal-api-key',
    provider: 'VirusTotal',
    description: 'VirusTotal API key (64 hex) under a VirusTotal-named key',
    keywords: ['virustotal', 'vt_api_key'],
    pattern: keyed('virustotal|vt_api_key', '[a-f0-9]{64}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.virustotal.com/gui/my-apikey', how: 'Revoke it in VirusTotal’s settings, issue a new one and update where it is stored.' },
    docs: 'https://docs.virustotal.com/reference/authentication',
    sample: chars(HEX, 64),
    sampleKey: 'VIRUSTOTAL_API_KEY',
    negatives: ['VIRUSTOTAL_API_KEY=your_api_key_here', 'VIRUSTOTAL_API_KEY=${VIRUSTOTAL_API_KEY}'],
  }),
];
