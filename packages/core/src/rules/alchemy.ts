import { ALNUM, BASE64URL, chars, defineRule, prefixed } from './define.js';

/** Alchemy credentials. */
export const alchemyRules = [
  prefixed({ id: 'alchemy-access-token', provider: 'Alchemy', description: 'Alchemy auth/access token (alcht_)', prefix: 'alcht_', body: '[A-Za-z0-9]{30}', sample: chars(ALNUM, 30), rotate: { url: 'https://dashboard.alchemy.com/', how: 'Revoke it in Alchemy’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.alchemy.com/reference/notify-api-quickstart' }),
  defineRule({
    id: 'alchemy-rpc-url',
    provider: 'Alchemy',
    description: 'Alchemy API key in a node RPC URL (https://eth-mainnet.g.alchemy.com/v2/<key>, Starknet\'s …/starknet/version/rpc/v0_7/<key>)',
    keywords: ['.g.alchemy.com/v2/', '.alchemyapi.io/v2/', '.g.alchemy.com/starknet/'],
    pattern: /[a-z0-9-]{1,40}\.(?:g\.alchemy\.com|alchemyapi\.io)\/(?:v2|starknet\/version\/rpc\/v\d{1,2}_\d{1,2})\/([A-Za-z0-9_-]{32})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.alchemy.com/', how: 'Apps → the app → delete or rotate its API key and update the RPC URLs that hold it.' },
    docs: 'https://www.alchemy.com/docs/reference/api-overview',
    sample: (g) => `https://eth-mainnet.g.alchemy.com/v2/${chars(BASE64URL, 32)(g)}`,
    negatives: ['https://eth-mainnet.g.alchemy.com/v2/demo', 'https://eth-mainnet.g.alchemy.com/v2/${ALCHEMY_API_KEY}', 'https://eth-mainnet.g.alchemy.com/v2/your-api-key'],
  }),
  // ethers' AlchemyProvider takes the key as its second argument: `new ethers.AlchemyProvider("sepolia", "<key>")`.
  defineRule({
    id: 'alchemy-provider-api-key',
    provider: 'Alchemy',
    description: "Alchemy API key passed to ethers' AlchemyProvider (new AlchemyProvider(network, key))",
    keywords: ['alchemyprovider('],
    pattern: /AlchemyProvider[ \t]*\([ \t]*(?:["'`][a-z0-9-]{1,40}["'`]|\d{1,12}|[A-Za-z_$][\w$.]{0,64})[ \t]*,[ \t]*["'`]([A-Za-z0-9_-]{32})["'`]/,
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dashboard.alchemy.com/', how: 'Apps → the app → delete or rotate its API key, and read it from the environment.' },
    docs: 'https://docs.ethers.org/v6/api/providers/thirdparty/#AlchemyProvider',
    sample: (g) => `const provider = new ethers.AlchemyProvider("sepolia", "${chars(BASE64URL, 32)(g)}");`,
    negatives: ['new ethers.AlchemyProvider("sepolia", process.env.ALCHEMY_API_KEY)', 'new AlchemyProvider("mainnet", "demo")'],
  }),
];
