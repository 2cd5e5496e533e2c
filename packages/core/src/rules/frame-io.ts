import { BASE64URL, chars, prefixed } from './define.js';

/** Frame.io credentials. */
export const frameIoRules = [
  prefixed({ id: 'frameio-api-token', provider: 'Frame.io', description: 'Frame.io developer token (fio-u-)', prefix: 'fio-u-', body: '[A-Za-z0-9_=-]{64}', right: 'A-Za-z0-9_=-', sample: chars(BASE64URL, 64), rotate: { url: 'https://developer.frame.io/', how: 'Developer site → Tokens → delete.' } }),
];
