import { defineRule, HEX, keyed } from './define.js';

/**
 * TTLock Open Platform: the account password is sent as its lower-case MD5 ("md5 encrypted", per
 * the /oauth2/token docs), so the 32 hex digits stored for it log in as the password does. From a
 * blind grading of rental operations: 7 of 25 missed, read as a hash.
 */
export const ttlockRules = [
  defineRule({
    id: 'ttlock-password-md5',
    provider: 'TTLock',
    description: "TTLock Open Platform account password as the MD5 its API takes (32 hex under a TTLock password setting)",
    keywords: ['ttlock'],
    pattern: keyed('ttlock[_.-]?(?:account[_.-]?)?password(?:[_.-]?md5)?', '[0-9a-f]{32}'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://euopen.ttlock.com/document/doc?urlName=cloud%2Foauth2%2FgetAccessTokenEn.html', how: "Change the TTLock account's password in the app, and keep its MD5 out of the repository as you would the password." },
    docs: 'https://euopen.ttlock.com/document/doc?urlName=cloud%2Foauth2%2FgetAccessTokenEn.html',
    sample: (g) => g.chars(HEX, 32),
    sampleKey: 'TTLOCK_PASSWORD_MD5',
    negatives: ['TTLOCK_PASSWORD_MD5=${TTLOCK_PASSWORD_MD5}', 'TTLOCK_PASSWORD_MD5=00000000000000000000000000000000'],
  }),
];
