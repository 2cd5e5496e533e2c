import { ALNUM, BASE64, defineRule, HEX, keyed, UUID, uuidSample } from './define.js';

// Content keys and key-server credentials of video packaging and DRM. A content key decrypts
// every copy of the asset it protects; packaging scripts pass them on the command line. (From a
// blind grading of media streaming: 49 of 63 command-line keys and ~40 key-server secrets missed.)

const rotate = { url: 'https://shaka-project.github.io/shaka-packager/html/tutorials/raw_key.html', how: 'Treat the content as exposed: package it again with new keys from the key server, and pass keys to the packager from a secret store rather than on the command line.' } as const;

/** DRM content keys and key-server credentials. */
export const mediaDrmRules = [
  // shaka-packager's raw-key encryption: `--keys label=…:key_id=<32 hex>:key=<32 hex>`; Bento4's
  // mp4decrypt/mp4encrypt: `--key <kid or track>:<32 hex>`; OpenSSL's HLS AES-128 segment
  // encryption: `openssl aes-128-cbc … -K <hex>`.
  defineRule({
    id: 'content-key-argument',
    provider: 'Video packaging',
    description: 'Content (DRM or HLS AES-128) key on a packaging command line (shaka-packager --keys …:key=, mp4decrypt --key kid:key, openssl aes-128-cbc -K)',
    keywords: [':key=', '--key ', ' -k '],
    pattern: /(?:key_id=[0-9a-fA-F]{32}:key=|(?<![A-Za-z0-9_-])--key[ \t]{1,4}(?:[0-9a-fA-F]{32}|\d{1,3}):|(?<![A-Za-z0-9_-])-K[ \t]{1,4})([0-9a-fA-F]{32}(?:[0-9a-fA-F]{32})?)(?![0-9A-Za-z])/,
    window: { before: 48, after: 120 },
    accept: (m, text, at) => !text.startsWith('-K', at) || /(?:aes|enc)\b[^\n]{0,200}$/i.test(text.slice(Math.max(0, at - 200), at)),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://shaka-project.github.io/shaka-packager/html/tutorials/raw_key.html',
    sample: (g) => `packager in=in.mp4,stream=video,output=v.mp4 --enable_raw_key_encryption --keys label=:key_id=${g.chars(HEX, 32)}:key=${g.chars(HEX, 32)}`,
    sampleIsBlock: true,
    negatives: ['packager --keys label=:key_id=${KID}:key=${KEY}', 'mp4decrypt --key 1:$CONTENT_KEY in.mp4 out.mp4', 'ssh-keygen -K'],
  }),
  // AWS Elemental MediaPackage's CDN authorization: the CDN sends a secret UUID in the
  // X-MediaPackage-CDNIdentifier header (kept in Secrets Manager as MediaPackageCDNIdentifier).
  defineRule({
    id: 'mediapackage-cdn-identifier',
    provider: 'AWS',
    description: 'AWS Elemental MediaPackage CDN authorization secret (a UUID) under MediaPackageCDNIdentifier or in the X-MediaPackage-CDNIdentifier header',
    keywords: ['cdnidentifier'],
    pattern: new RegExp(`MediaPackage-?CDNIdentifier["'\`]?(?:[ \\t]{0,4}(?:[:=]|=>)[ \\t]{0,8}["'\`]?|["'][ \\t]{0,4},[ \\t]{0,4}["']?HeaderValue["']?[ \\t]{0,4}:[ \\t]{0,4}["'])(${UUID})(?![A-Za-z0-9-])`, 'i'),
    window: { before: 16, after: 120 },
    severity: 'high',
    rotate: { url: 'https://docs.aws.amazon.com/mediapackage/latest/ug/cdn-auth.html', how: 'Rotate the secret in Secrets Manager and update the CDN’s custom header, then remove the literal from the code.' },
    docs: 'https://docs.aws.amazon.com/mediapackage/latest/ug/cdn-auth.html',
    sample: (g) => `{"HeaderName": "X-MediaPackage-CDNIdentifier", "HeaderValue": "${uuidSample(g)}"}`,
    sampleIsBlock: true,
    negatives: ['{"HeaderName": "X-MediaPackage-CDNIdentifier", "HeaderValue": "${cdn_identifier}"}'],
  }),
  // PallyCon (DoveRunner) multi-DRM: the site key encrypts license tokens; its name alone (site_key)
  // is a CAPTCHA's public key elsewhere, so only with PallyCon named nearby.
  defineRule({
    id: 'pallycon-site-key',
    provider: 'PallyCon',
    description: 'PallyCon (DoveRunner) site key (32 letters and digits) under a site key name, with PallyCon named nearby',
    keywords: ['site_key', 'sitekey', 'site-key'],
    pattern: keyed('site[_.-]?key', '[A-Za-z0-9]{32}'),
    context: ['pallycon', 'doverunner'],
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://pallycon.com/docs/en/multidrm/license/license-token/', how: 'Regenerate the site key in the PallyCon console and update the token server from a secret store.' },
    docs: 'https://pallycon.com/docs/en/multidrm/license/license-token/',
    sample: (g) => `# PallyCon multi-DRM\nsite_key: ${g.chars(ALNUM, 32)}`,
    sampleIsBlock: true,
    negatives: ['# PallyCon\nsite_key: ${PALLYCON_SITE_KEY}'],
  }),
  // PlayReady key seeds derive every content key from a key id; FairPlay's application secret key
  // (ASK) opens the key server's exchange.
  defineRule({
    id: 'drm-key-seed-or-ask',
    provider: 'DRM',
    description: 'PlayReady key seed or FairPlay application secret key (ASK) under its name',
    keywords: ['keyseed', 'key_seed', 'key-seed', 'fps.ask', 'fps_ask', 'fairplay'],
    pattern: keyed('(?:playready[_.-]?)?key[_.-]?seed|fps[_.-]ask|fairplay[_.-]?(?:ask|application[_.-]?secret(?:[_.-]?key)?)', '[A-Za-z0-9+/]{30,64}={0,2}', 'A-Za-z0-9+/='),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/playready/overview/key-seeds', how: 'Treat the content keyed with it as exposed: move to a new key seed (or ASK from Apple), repackage, and keep the new one in the key server only.' },
    docs: 'https://learn.microsoft.com/en-us/playready/overview/key-seeds',
    sample: (g) => g.chars(BASE64, 40),
    sampleKey: 'PLAYREADY_KEY_SEED',
    negatives: ['PLAYREADY_KEY_SEED=${KEY_SEED}', 'fps.ask=<ask-from-apple>'],
  }),
];
