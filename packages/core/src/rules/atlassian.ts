import { ALNUM, BASE64URL, chars, defineRule, keyed, prefixed } from './define.js';

/** Atlassian credentials. */
export const atlassianRules = [
  prefixed({ id: 'atlassian-api-token', provider: 'Atlassian', description: 'Atlassian API token (ATATT3; 192 characters, give or take a few)', prefix: 'ATATT3', body: '[A-Za-z0-9_=-]{180,200}', right: 'A-Za-z0-9_=-', sample: chars(BASE64URL, 186), rotate: { url: 'https://id.atlassian.com/manage-profile/security/api-tokens', how: 'Account → Security → API tokens → revoke the token.' } }),
  prefixed({ id: 'bitbucket-app-password', provider: 'Atlassian', description: 'Bitbucket app password (ATBB, 32 characters or more: newer ones are longer)', prefix: 'ATBB', body: '[A-Za-z0-9_=.-]{32,40}', right: 'A-Za-z0-9_=.-', sample: chars(ALNUM, 32), rotate: { url: 'https://bitbucket.org/account/settings/app-passwords/', how: 'Personal settings → App passwords → revoke.' } }),
  prefixed({ id: 'bitbucket-data-center-http-access-token', provider: 'Atlassian', description: 'Bitbucket Data Center HTTP access token (BBDC-)', prefix: 'BBDC-', body: '[A-Za-z0-9+/@_-]{40,50}', right: 'A-Za-z0-9_+/@-', sample: chars('+-/0123456789@ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 40), rotate: { url: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html', how: 'Revoke it in Atlassian’s settings, issue a new one and update where it is stored.' }, docs: 'https://confluence.atlassian.com/bitbucketserver/http-access-tokens-939515499.html' }),
  prefixed({ id: 'atlassian-api-token-atctt3', provider: 'Atlassian', description: 'Atlassian API token, ATCTT3 variant (same 192-char shape as ATATT3, ends =<8 hex>)', prefix: 'ATCTT3xFfG', body: '[A-Za-z0-9_=-]{176,196}', right: 'A-Za-z0-9_=-', sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 182), rotate: { url: 'https://id.atlassian.com/manage-profile/security/api-tokens', how: 'Revoke it in Atlassian’s settings, issue a new one and update where it is stored.' }, docs: 'https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/' }),
  defineRule({
    id: 'bitbucket-oauth-client-secret',
    provider: 'Atlassian',
    description: 'Bitbucket OAuth consumer secret (64 chars) under a Atlassian-named key',
    keywords: ['bitbucket'],
    pattern: keyed('bitbucket', '[A-Za-z0-9=_-]{64}', 'A-Za-z0-9_=-'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/', how: 'Revoke it in Atlassian’s settings, issue a new one and update where it is stored.' },
    docs: 'https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/',
    sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 64),
    sampleKey: 'BITBUCKET_SECRET',
    negatives: ['BITBUCKET_SECRET=your_secret_here', 'BITBUCKET_SECRET=${BITBUCKET_SECRET}'],
  }),
];
