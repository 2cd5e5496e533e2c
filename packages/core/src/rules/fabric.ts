import { defineRule, HEX } from './define.js';

/** Fabric (Crashlytics' predecessor): the API key and build secret of its Xcode run script. */
export const fabricRules = [
  // The Xcode build phase `"${PODS_ROOT}/Fabric/run" <api key> <build secret>` (40 and 64 hex), as
  // project.pbxproj stores it (quotes escaped) and as setup guides print it.
  defineRule({
    id: 'fabric-build-secret',
    provider: 'Fabric',
    description: "Fabric build secret (64 hex) after the API key in Fabric's Xcode run script (Fabric/run <key> <secret>)",
    keywords: ['fabric/run'],
    pattern: /Fabric\/run\\?"?[ \t]{1,4}[0-9a-f]{40}[ \t]{1,4}([0-9a-f]{64})(?![0-9a-f])/,
    secretGroup: 1,
    window: { before: 40, after: 140 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://firebase.google.com/docs/crashlytics/upgrade-sdk', how: 'Fabric is retired: remove the run script and the keys from the project, and move crash reporting to Firebase Crashlytics.' },
    docs: 'https://firebase.google.com/docs/crashlytics/upgrade-sdk',
    sample: (g) => `shellScript = "\\"\${PODS_ROOT}/Fabric/run\\" ${g.chars(HEX, 40)} ${g.chars(HEX, 64)}\\n";`,
    negatives: ['shellScript = "\\"${PODS_ROOT}/Fabric/run\\" ${FABRIC_API_KEY} ${FABRIC_BUILD_SECRET}\\n";'],
  }),
];
