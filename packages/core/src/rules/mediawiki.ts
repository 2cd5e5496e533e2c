import { defineRule, HEX } from './define.js';

/** MediaWiki: LocalSettings.php's upgrade key. */
export const mediawikiRules = [
  // $wgUpgradeKey (16 hex, from the installer) opens the web upgrader: whoever has it can run
  // the installer's upgrade against the wiki's database. ($wgSecretKey is a generic secret name.)
  defineRule({
    id: 'mediawiki-upgrade-key',
    provider: 'MediaWiki',
    description: "MediaWiki upgrade key ($wgUpgradeKey in LocalSettings.php)",
    keywords: ['$wgupgradekey'],
    pattern: /\$wgUpgradeKey[ \t]{0,8}=[ \t]{0,8}(["'])([0-9a-f]{16})\1/,
    secretGroup: 2,
    window: { before: 8, after: 64 },
    minEntropy: 2.5,
    severity: 'medium',
    rotate: { url: 'https://www.mediawiki.org/wiki/Manual:$wgUpgradeKey', how: 'Set a new random $wgUpgradeKey in LocalSettings.php and keep the file out of version control.' },
    docs: 'https://www.mediawiki.org/wiki/Manual:$wgUpgradeKey',
    sample: (g) => `$wgUpgradeKey = "${g.chars(HEX, 16)}";\n`,
    negatives: ['$wgUpgradeKey = "";', '$wgUpgradeKey = getenv("MW_UPGRADE_KEY");'],
  }),
];
