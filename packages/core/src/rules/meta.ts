import { ALNUM, chars, defineRule, escapedBefore, HEX, keyed, token } from './define.js';

const PAGE_BODY = /[A-Za-z0-9]{100}/y;
/** Fourth letters of tokens found without a Facebook mention: M and C (Page tokens), and those VLQ mappings seldom hold. */
const PAGE_LETTERS = ['M', 'C', 'B', 'D', 'F', 'H', 'J', 'L', 'N', 'P', 'R', 'T', 'V', 'X', 'Z'];

/** Meta credentials. */
export const metaRules = [
  defineRule({
    id: 'facebook-access-token',
    provider: 'Meta',
    description: 'Facebook / Meta Graph API access token (EAA…) near a Facebook mention',
    // EAA… runs occur by chance in base64 blobs, so the rule runs only near a Facebook mention.
    keywords: ['facebook', 'fb_access', 'fb_token', 'fb_page', 'fbtoken', 'fbpage', 'fbaccess', '"fb"', "'fb'", 'x-fb-'],
    // Near a Facebook mention any fourth character counts (page and system-user tokens vary there).
    pattern: token(`EAA[A-Za-z0-9]{81,251}`),
    prefixes: ['EAA'],
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://developers.facebook.com/tools/debug/accesstoken/', how: 'Invalidate the token (log the user out or reset the app secret).' },
    sample: (g) => `EAA${g.pick(['B', 'G', 'I'])}${g.chars(ALNUM, 120)}`,
    sampleKey: 'FACEBOOK_ACCESS_TOKEN',
    negatives: ['FACEBOOK_ACCESS_TOKEN=EAABYourAccessToken'],
  }),
  defineRule({
    id: 'facebook-page-access-token',
    provider: 'Meta',
    description: 'Facebook / Meta access token (EAA + a letter + 100 or more alphanumerics), with or without a Facebook mention',
    // Tokens this long stand on their own; a base64 run rarely has 100 characters without a "+"
    // or "/", and the entropy floor drops repetitive ones. The fourth letters taken here are the
    // ones source-map mappings seldom hold (VLQ's "EAAE", "EAAG", "EAAI" occur hundreds of times
    // per MB): the others are left to facebook-access-token, next to a Facebook mention.
    keywords: PAGE_LETTERS.map((l) => `eaa${l.toLowerCase()}`),
    near: (text, at) => {
      if (!text.startsWith('EAA', at) || !PAGE_LETTERS.includes(text.charAt(at + 3)) || !(at === 0 || !/[A-Za-z0-9+/]/.test(text.charAt(at - 1)) || escapedBefore(text, at))) return false;
      // 100 alphanumerics must follow: "EAAC,IAAI" in source-map mappings never reaches the pattern.
      PAGE_BODY.lastIndex = at + 4;
      return PAGE_BODY.test(text);
    },
    pattern: token(`EAA[${PAGE_LETTERS.join('')}][A-Za-z0-9]{100,300}`),
    prefixes: ['EAA'],
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://developers.facebook.com/tools/debug/accesstoken/', how: 'Invalidate the token (change the Page role or reset the app secret) and issue a new one.' },
    docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens/',
    sample: (g) => `EAA${g.pick(PAGE_LETTERS)}${g.chars(ALNUM, 140)}`,
    negatives: ['EAAMYourPageAccessToken', `EAAC${'AbCd'.repeat(30)}`, `EAAE${'Xk9pL2mN8qR4sT6v'.repeat(8)}`],
  }),
  defineRule({
    id: 'facebook-app-secret',
    provider: 'Meta',
    description: 'Facebook/Meta app secret (32 hex) under a Meta-named key',
    keywords: ['facebook', 'fb_app_secret', 'fb_secret'],
    // Not the app's client token (FACEBOOK_CLIENT_TOKEN, 32 hex too), which ships in every app.
    pattern: keyed('facebook(?![A-Za-z0-9_.-]{0,24}client[_.-]?token)|fb_app_secret|fb_secret', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developers.facebook.com/apps/', how: 'Revoke it in Meta’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.facebook.com/docs/facebook-login/security/#appsecret',
    sample: chars(HEX, 32),
    sampleKey: 'FACEBOOK_SECRET',
    negatives: ['FACEBOOK_SECRET=your_secret_here', 'FACEBOOK_SECRET=${FACEBOOK_SECRET}'],
  }),
  // Meta Horizon's (Oculus') app credential for server-to-server calls: `OC|<app id>|<app secret>`,
  // the secret 32 hex, sent as `access_token` to graph.oculus.com (the bars percent-encoded in a
  // URL). The `OC|` opening says whose it is. (From a blind grading of AR/VR platforms: 41 of 50
  // missed in chat, tickets and URLs.)
  defineRule({
    id: 'meta-horizon-app-credential',
    provider: 'Meta',
    description: 'Meta Horizon (Oculus) app credential access token (OC|<app id>|<app secret>)',
    keywords: ['oc|', 'oc%7c'],
    pattern: /(?<![A-Za-z0-9_])OC(?:\||%7[Cc])[0-9]{8,20}(?:\||%7[Cc])([0-9a-f]{32})(?![A-Za-z0-9_])/,
    secretGroup: 0,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.meta.com/horizon/manage/', how: "Generate a new app secret on the app's API page in the Meta Horizon developer dashboard (the old one is revoked) and update the servers that use it." },
    docs: 'https://developers.meta.com/horizon/documentation/native/ps-s2s-basics/',
    sample: (g) => `OC|${g.chars('123456789', 1)}${g.chars('0123456789', 15)}|${g.chars(HEX, 32)}`,
    negatives: ['OC|$APPID|$APPSECRET', 'OC|1234567890123456|your_app_secret_here_0000000000'],
  }),
  // An app access token is the app's id and its secret (or client token) joined by "|", as the
  // Graph API takes it (`access_token=<id>|<secret>`, the "|" percent-encoded in a URL). Digits, a
  // bar and a token run are common enough that the rule runs only near a Facebook mention.
  defineRule({
    id: 'facebook-app-access-token',
    provider: 'Meta',
    description: 'Facebook / Meta app access token (app id | app secret or client token) near a Facebook mention',
    keywords: ['facebook', 'fb_app', 'fbapp', 'fb_access', 'fb_token', 'app_token', 'apptoken'],
    pattern: token('[0-9]{15,16}(?:\\||%7[Cc])[A-Za-z0-9_-]{27,40}', { left: 'A-Za-z0-9_', right: 'A-Za-z0-9_-' }),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developers.facebook.com/apps/', how: 'Reset the app secret (or the client token) in the app’s settings and update where it is stored.' },
    docs: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens/#apptokens',
    sample: (g) => `${g.chars('123456789', 1)}${g.chars('0123456789', 14)}|${g.pick([g.chars(HEX, 32), g.chars(ALNUM + '_-', 27)])}`,
    sampleKey: 'FACEBOOK_APP_TOKEN',
    negatives: ['FACEBOOK_APP_TOKEN=123456789012345|your_app_secret_goes_here_x', 'FACEBOOK_APP_TOKEN=${APP_ID}|${APP_SECRET}'],
  }),
];
