import { ALNUM, chars, prefixed } from './define.js';

/** crates.io credentials. */
export const cratesIoRules = [
  prefixed({ id: 'crates-io-api-token', provider: 'crates.io', description: 'crates.io API token (cio + 32 alnum)', prefix: 'cio', body: '[A-Za-z0-9]{32}', sample: chars(ALNUM, 32), rotate: { url: 'https://crates.io/settings/tokens', how: 'Revoke it in crates.io’s settings, issue a new one and update where it is stored.' }, docs: 'https://github.com/rust-lang/crates.io/blob/main/src/util/token.rs' }),
];
