import { defineRule, gen, keyed, LOWER } from './define.js';

/** Apple ID credentials. */
export const appleRules = [
  // An app-specific password signs a tool in to an Apple ID in place of its password (fastlane,
  // altool, notarytool in CI): four groups of four lower-case letters joined by hyphens. The shape
  // is common in other text (slugs), so only under a key that names it
  // (FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD, appSpecificPassword).
  defineRule({
    id: 'apple-app-specific-password',
    provider: 'Apple',
    description: 'Apple ID app-specific password (xxxx-xxxx-xxxx-xxxx) under a key that names one',
    // fastlane's own FASTLANE_PASSWORD holds one too when the Apple ID has two-factor sign-in.
    keywords: ['specific_pass', 'specific-pass', 'specific.pass', 'specificpass', 'fastlane_pass', 'fastlane-pass', 'fastlanepass', 'appleidpass', 'apple_id_pass'],
    pattern: keyed('[a-z0-9_.-]{0,32}?app(?:lication)?[_.-]?specific[_.-]?pass(?:word)?|fastlane[_.-]?pass(?:word)?|apple[_.-]?id[_.-]?pass(?:word)?', '[a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://account.apple.com/account/manage', how: 'Sign-In and Security → App-Specific Passwords: revoke it, create a new one and update where it is stored.' },
    docs: 'https://support.apple.com/en-us/102654',
    sample: gen([LOWER, 4], '-', [LOWER, 4], '-', [LOWER, 4], '-', [LOWER, 4]),
    sampleKey: 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD',
    negatives: ['FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx', 'appSpecificPassword: ${{ secrets.APP_SPECIFIC_PASSWORD }}', 'FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: <app-specific-password>'],
  }),
];
