import { chars, defineRule, HEX, keyed } from './define.js';

/** Amplitude credentials. */
export const amplitudeRules = [
  defineRule({
    id: 'amplitude-api-key',
    provider: 'Amplitude',
    description: 'Amplitude API/secret key (32 hex) under a Amplitude-named key',
    keywords: ['amplitude'],
    pattern: keyed('amplitude', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://amplitude.com/docs/apis/authentication', how: 'Revoke it in Amplitude’s settings, issue a new one and update where it is stored.' },
    docs: 'https://amplitude.com/docs/apis/authentication',
    sample: chars(HEX, 32),
    sampleKey: 'AMPLITUDE_API_KEY',
    negatives: ['AMPLITUDE_API_KEY=your_api_key_here', 'AMPLITUDE_API_KEY=${AMPLITUDE_API_KEY}'],
  }),
];
