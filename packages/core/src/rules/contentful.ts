import { BASE64URL, chars, defineRule, keyed, prefixed } from './define.js';

/** Contentful credentials. */
export const contentfulRules = [
  prefixed({ id: 'contentful-pat', provider: 'Contentful', description: 'Contentful personal access token (CFPAT-)', prefix: 'CFPAT-', body: '[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 43), rotate: { url: 'https://app.contentful.com/account/profile/cma_tokens', how: 'Account → CMA tokens → revoke.' } }),
  defineRule({
    id: 'contentful-delivery-api-token',
    provider: 'Contentful',
    description: 'Contentful Content Delivery/Preview API token (43 chars) under a Contentful-named key',
    keywords: ['contentful'],
    pattern: keyed('contentful', '[A-Za-z0-9=_-]{43}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://app.contentful.com/deeplink?link=api', how: 'Revoke it in Contentful’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.contentful.com/developers/docs/references/authentication/',
    sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43),
    sampleKey: 'CONTENTFUL_TOKEN',
    negatives: ['CONTENTFUL_TOKEN=your_token_here', 'CONTENTFUL_TOKEN=${CONTENTFUL_TOKEN}'],
  }),
];
