import { BASE64, keyed, defineRule } from './define.js';

/** Strapi (and Koa, whose app.keys it sets): the keys that sign session cookies. */
export const strapiRules = [
  // APP_KEYS is a comma-separated list of base64 keys (`strapi new` writes four of 16 bytes);
  // a list is no single value the generic rules take.
  defineRule({
    id: 'strapi-app-keys',
    provider: 'Strapi',
    description: "Strapi's APP_KEYS (Koa app.keys): comma-separated base64 keys that sign session cookies",
    keywords: ['app_keys', 'appkeys', 'app.keys'],
    pattern: keyed('app[_.]?keys', '[A-Za-z0-9+/]{16,88}={0,2}(?:,[ \\t]?[A-Za-z0-9+/]{16,88}={0,2}){1,15}', 'A-Za-z0-9+/=_,'),
    accept: (m) => (m[1] ?? '').split(',').every((k) => /[A-Z]/.test(k) && /[a-z]/.test(k)) && /[0-9+/]/.test(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://docs.strapi.io/cms/configurations/server', how: 'Generate new keys (openssl rand -base64 16, one for each), replace APP_KEYS (sessions signed with the old keys end), and keep the value in the deployment\'s secrets.' },
    docs: 'https://docs.strapi.io/cms/configurations/environment',
    sample: (g) => [0, 1, 2, 3].map(() => `${g.chars(BASE64, 22)}==`).join(','),
    sampleKey: 'APP_KEYS',
    negatives: ['APP_KEYS=toBeModified1,toBeModified2', 'APP_KEYS=${APP_KEYS}', "keys: env.array('APP_KEYS'),"],
  }),
];
