import { isPlaceholder } from '../allowlist.js';
import { defineRule, gen, HEX, keyed, LOWER, token } from './define.js';

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
  // The same password where a command or a note says what it is: altool's and notarytool's
  // `-p`/`--password` (`xcrun altool --upload-app … -u me@… -p abcd-efgh-ijkl-mnop`), a README's
  // "App-specific password for altool: `…`". The name is the tool or the words, nearby.
  defineRule({
    id: 'apple-app-specific-password-near',
    provider: 'Apple',
    description: 'Apple ID app-specific password (xxxx-xxxx-xxxx-xxxx) passed to altool or notarytool, or named "app-specific password" nearby',
    keywords: ['altool', 'notarytool', 'app-specific password', 'app specific password', 'application-specific password', 'application specific password'],
    window: { before: 300, after: 300 },
    span: 'near',
    pattern: /(?<![A-Za-z0-9_-])([a-z]{4}-[a-z]{4}-[a-z]{4}-[a-z]{4})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    // Four distinct-looking groups: xxxx-xxxx-… and abcd-efgh-… are placeholders (isPlaceholder),
    // and a slug of short words repeats letters a generated one rarely does.
    accept: (m) => {
      const letters = (m[1] ?? '').replaceAll('-', '');
      return new Set(letters).size >= 7 && !isPlaceholder(letters);
    },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://account.apple.com/account/manage', how: 'Sign-In and Security → App-Specific Passwords: revoke it, create a new one and store it as a CI secret.' },
    docs: 'https://developer.apple.com/documentation/security/customizing-the-notarization-workflow',
    sample: (g) => `xcrun notarytool submit build/App.zip --apple-id dev@example.com --team-id ABCDE12345 --password ${g.chars('abcdefghijklmnopqrstuvwxyz', 4)}-${g.chars('abcdefghijklmnopqrstuvwxyz', 4)}-${g.chars('abcdefghijklmnopqrstuvwxyz', 4)}-${g.chars('abcdefghijklmnopqrstuvwxyz', 4)} --wait`,
    negatives: ['xcrun altool --upload-app -f App.ipa -u dev@example.com -p xxxx-xxxx-xxxx-xxxx', 'xcrun notarytool submit App.zip --keychain-profile "AC_PASSWORD" --wait', 'App-specific password: abcd-efgh-ijkl-mnop'],
  }),
  // fastlane's FASTLANE_SESSION (from `fastlane spaceauth`): a YAML list of cookies, one line with
  // `\n` escapes in a CI variable, whose `myacinfo` cookie is the signed-in Apple developer
  // session (DAWTKNV2/3 and a long hex run). Whoever holds it acts as the account for about a month.
  defineRule({
    id: 'apple-developer-session-cookie',
    provider: 'Apple',
    description: "Apple developer session cookie (myacinfo, DAWTKNV…) as fastlane's FASTLANE_SESSION holds it",
    keywords: ['dawtknv'],
    pattern: token('DAWTKNV[23][A-Za-z0-9+/=_-]{64,4096}', { right: 'A-Za-z0-9+/=_-' }),
    prefixes: ['DAWTKNV'],
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://docs.fastlane.tools/best-practices/continuous-integration/#use-of-application-specific-passwords-and-spaceauth', how: "Sign the Apple ID out of every session (appleid.apple.com → Sign-In and Security), run `fastlane spaceauth` again and store the new session only as a CI secret." },
    docs: 'https://docs.fastlane.tools/getting-started/ios/authentication/',
    sample: (g) => `DAWTKNV3${g.chars(HEX, 560)}${g.chars('0123456789ABCDEF', 8)}SRVX`,
    sampleKey: 'FASTLANE_SESSION',
    negatives: ['FASTLANE_SESSION=${{ secrets.FASTLANE_SESSION }}', 'value: DAWTKNV3...'],
  }),
];
