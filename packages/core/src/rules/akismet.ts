import { defineRule, HEX } from './define.js';

/** Akismet (Automattic's spam filter): the API key, a WordPress.com key of 12 hex. */
export const akismetRules = [
  // wp-config.php's `define('WPCOM_API_KEY', …)`, the plugin's `wordpress_api_key` option (set with
  // WP-CLI), AKISMET_API_KEY: 12 lower-case hex, too short to stand without its name.
  defineRule({
    id: 'akismet-api-key',
    provider: 'Akismet',
    description: 'Akismet API key (12 hex) under WPCOM_API_KEY, wordpress_api_key or an Akismet-named key',
    keywords: ['wpcom_api_key', 'wordpress_api_key', 'akismet'],
    pattern: /(?<![A-Za-z0-9_])["']?(?:WPCOM_API_KEY|wordpress_api_key|akismet[_.-]?(?:api[_.-]?)?key)["']?(?:[ \t]{0,4}(?:=>|[:=,])[ \t]{0,4}|[ \t]{1,4})["']?([0-9a-f]{12})["']?(?![A-Za-z0-9])/i,
    secretGroup: 1,
    window: { before: 24, after: 64 },
    accept: (m) => /[a-f]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? ''),
    minEntropy: 2,
    severity: 'medium',
    rotate: { url: 'https://akismet.com/account/', how: 'Akismet account → regenerate the API key, then update the site settings.' },
    docs: 'https://akismet.com/developers/',
    sample: (g) => `WPCOM_API_KEY=${g.chars(HEX, 5)}7${g.chars('abcdef', 1)}${g.chars(HEX, 5)}`,
    negatives: ["define( 'WPCOM_API_KEY', getenv('AKISMET_KEY') );", 'wp option update wordpress_api_key 000000000000'],
  }),
];
