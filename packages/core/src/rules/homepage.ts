import { defineRule, gen, HEX } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

// A widget's settings: its type, the service's URL, then what the widget signs in with. Up to
// eight settings lines are read after `widget:`, each of at most 200 characters.
const WIDGET = /(?:^|\n)[ \t]{0,32}widget:[ \t]*\r?\n(?:[ \t]{2,40}[A-Za-z_]{1,32}:[^\n]{0,200}\n){0,8}?[ \t]{2,40}(key|token|password|secret|api_?key):[ \t]*["']?([^\s"'#]{8,512})["']?[ \t]*\r?$/m;

/** Self-hosted dashboards' service widgets (Homepage's services.yaml). */
export const homepageRules = [
  defineRule({
    id: 'homepage-widget-credential',
    provider: 'Homepage',
    description: "API key, token or password of a Homepage dashboard service widget (services.yaml's widget: type/url/key), which signs in to the service it shows",
    keywords: ['widget:'],
    pattern: WIDGET,
    span: 'block',
    window: { before: 16, after: 2400 },
    // A key or token is random; a password is judged as a person's.
    accept: (m) => (m[1] === 'password' ? isPasswordValue(m[2] ?? '') : looksLikeSecretValue(m[2] ?? '', false)),
    secretGroup: 2,
    severity: 'high',
    rotate: { url: 'https://gethomepage.dev/configs/services/', how: 'Revoke the key in the service the widget shows, create a new one, and read it in services.yaml from an environment variable ({{HOMEPAGE_VAR_…}}) or a file.' },
    docs: 'https://gethomepage.dev/configs/services/#service-widgets',
    sample: gen('- Media:\n    - Sonarr:\n        href: http://sonarr.lan:8989\n        widget:\n          type: sonarr\n          url: http://sonarr.lan:8989\n          key: ', [HEX, 32], '\n'),
    sampleIsBlock: true,
    negatives: ['        widget:\n          type: sonarr\n          url: http://sonarr.lan:8989\n          key: {{HOMEPAGE_VAR_SONARR_KEY}}\n', '        widget:\n          type: plex\n          url: http://plex.lan\n          key: your-api-key-here\n'],
  }),
];
