import { BASE64URL, chars, prefixed } from './define.js';

/** Square credentials. */
export const squareRules = [
  prefixed({ id: 'square-access-token', provider: 'Square', description: 'Square production access token (EAAA)', prefix: 'EAAA', body: '[A-Za-z0-9_-]{60}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 60), rotate: { url: 'https://developer.squareup.com/apps', how: 'Developer dashboard → the app → Credentials → replace the access token.' } }),
  prefixed({ id: 'square-oauth-secret', provider: 'Square', description: 'Square OAuth application secret (sq0csp-)', prefix: 'sq0csp-', body: '[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 43), rotate: { url: 'https://developer.squareup.com/apps', how: 'Developer dashboard → the app → OAuth → replace the secret.' } }),
  prefixed({ id: 'square-legacy-access-token', provider: 'Square', description: 'Square legacy personal access token (sq0atp-)', prefix: 'sq0atp-', body: '[A-Za-z0-9_-]{22}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22), rotate: { url: 'https://developer.squareup.com/apps', how: 'Revoke it in Square’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.squareup.com/docs/build-basics/access-tokens' }),
];
