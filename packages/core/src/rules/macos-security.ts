import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** macOS's `security` tool: keychain and certificate passwords on CI command lines. */
export const macosSecurityRules = [
  // CI scripts that sign iOS builds make a keychain and import the signing identity:
  // `security create-keychain -p "…"`, `unlock-keychain -p`, `import cert.p12 -P "…"`.
  defineRule({
    id: 'macos-security-keychain-password',
    provider: 'macOS',
    description: "Keychain or certificate password given to macOS's security tool (create-keychain -p, unlock-keychain -p, import -P)",
    keywords: ['security create-keychain', 'security unlock-keychain', 'security import', 'security set-key-partition-list'],
    pattern: /security[ \t]{1,4}(?:create-keychain|unlock-keychain|set-key-partition-list|import)(?:[ \t]{1,4}(?:-[A-Za-z][ \t]{1,4})?[^\s-][^\s]{0,256}){0,8}?[ \t]{1,4}-[pPk][ \t]{1,4}(["']?)(?![$%])([^\s"']{4,128})\1(?=[\s;&|)]|$)/,
    secretGroup: 2,
    window: { before: 8, after: 640 },
    accept: (m) => isPasswordValue(m[2] ?? '') && !/\.keychain(?:-db)?$/.test(m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://developer.apple.com/documentation/xcode/using-the-latest-code-signature-format', how: "Re-export the signing identity with a new password, store the password as a CI secret and pass it from the environment." },
    docs: 'https://ss64.com/mac/security.html',
    sample: (g) => `security import /tmp/cert.p12 -k $KEYCHAIN -P "${g.chars(ALNUM, 14)}@${g.chars(ALNUM, 4)}" -T /usr/bin/codesign`,
    negatives: ['security create-keychain -p "$KEYCHAIN_PASSWORD" build.keychain', 'security import /tmp/cert.p12 -k build.keychain -P "$P12_PASSWORD" -T /usr/bin/codesign'],
  }),
];
