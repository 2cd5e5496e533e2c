import { defineRule, keyed, UPPER_ALNUM } from './define.js';

/** Unity: the serial number of a Plus or Pro licence, which CI activates the editor with. */
export const unityRules = [
  defineRule({
    id: 'unity-license-serial',
    provider: 'Unity',
    description: 'Unity licence serial (XX-XXXX-XXXX-XXXX-XXXX-XXXX) under a Unity-named key (UNITY_SERIAL, unityLicenseSerial)',
    keywords: ['unity'],
    pattern: keyed('unity[_.-]?(?:license[_.-]?|licence[_.-]?)?serial', '[A-Z0-9]{2}(?:-[A-Z0-9]{4}){5}'),
    minEntropy: 3,
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://id.unity.com/en/subscriptions', how: 'Return the activations in Unity ID (Subscriptions → the seat), ask Unity for a new serial if it was shared, and keep it in CI secrets.' },
    docs: 'https://game.ci/docs/github/activation#professional-license',
    sample: (g) => [g.chars(UPPER_ALNUM, 2), g.chars(UPPER_ALNUM, 4), g.chars(UPPER_ALNUM, 4), g.chars(UPPER_ALNUM, 4), g.chars(UPPER_ALNUM, 4), g.chars(UPPER_ALNUM, 4)].join('-'),
    sampleKey: 'UNITY_SERIAL',
    negatives: ['UNITY_SERIAL=XX-XXXX-XXXX-XXXX-XXXX-XXXX', 'UNITY_SERIAL=${{ secrets.UNITY_SERIAL }}'],
  }),
];
