import { defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Drupal: the hash salt in settings.php. */
export const drupalRules = [
  defineRule({
    id: 'drupal-hash-salt',
    provider: 'Drupal',
    description: "Drupal hash salt in settings.php ($settings['hash_salt'], Drupal 7's $drupal_hash_salt): it signs one-time login links and form tokens",
    keywords: ['hash_salt'],
    pattern: /(?:\$settings\[[ \t]{0,4}(["'])hash_salt\1[ \t]{0,4}\]|\$drupal_hash_salt)[ \t]{0,8}=[ \t]{0,8}(["'])([^"'\s\\]{20,256})\2/,
    secretGroup: 3,
    window: { before: 32, after: 320 },
    accept: (m) => looksLikeSecretValue(m[3] ?? '', false),
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory', how: "Set a new random hash_salt (drush php-eval 'echo \\Drupal\\Component\\Utility\\Crypt::randomBytesBase64(55)'), or read it from a file outside the web root; every one-time link is invalidated." },
    docs: 'https://api.drupal.org/api/drupal/sites%21default%21default.settings.php/11.x',
    sample: (g) => `$settings['hash_salt'] = '${g.chars(BASE64URL, 74)}';\n`,
    negatives: ["$settings['hash_salt'] = '';", "$settings['hash_salt'] = file_get_contents('/home/example/salt.txt');", "$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');"],
  }),
];
