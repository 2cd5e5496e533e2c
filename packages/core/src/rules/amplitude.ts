import { chars, defineRule, HEX, keyed } from './define.js';

/** Amplitude credentials. */
export const amplitudeRules = [
  defineRule({
    // The project's API key (32 hex too) ships in browsers and apps and Amplitude documents it as
    // public; its secret key, which reads and changes project data, is the one to report.
    id: 'amplitude-secret-key',
    provider: 'Amplitude',
    description: 'Amplitude project secret key (32 hex) under an Amplitude-named secret key',
    keywords: ['amplitude'],
    pattern: keyed('amplitude[a-z0-9_.-]{0,24}?secret', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://amplitude.com/docs/apis/authentication', how: 'Revoke it in Amplitude’s settings, issue a new one and update where it is stored.' },
    docs: 'https://amplitude.com/docs/apis/keys-and-tokens',
    sample: chars(HEX, 32),
    sampleKey: 'AMPLITUDE_SECRET_KEY',
    negatives: ['AMPLITUDE_SECRET_KEY=your_secret_key_here', 'AMPLITUDE_SECRET_KEY=${AMPLITUDE_SECRET_KEY}'],
  }),
];
