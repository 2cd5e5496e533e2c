import { BASE64URL, gen, prefixed } from './define.js';

/** Mapbox credentials. */
export const mapboxRules = [
  prefixed({ id: 'mapbox-secret-token', provider: 'Mapbox', description: 'Mapbox secret access token (sk.eyJ)', prefix: 'sk.eyJ', body: '[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{20,40}', right: 'A-Za-z0-9_-', sample: (g) => `${g.chars(BASE64URL, 60)}.${g.chars(BASE64URL, 22)}`, rotate: { url: 'https://account.mapbox.com/access-tokens/', how: 'Access tokens → delete or rotate the secret token.' } }),
  prefixed({ id: 'mapbox-temporary-token', provider: 'Mapbox', description: 'Mapbox temporary access token (tk.eyJ)', prefix: 'tk.eyJ', body: '[A-Za-z0-9_-]{50,300}\\.[A-Za-z0-9_-]{20,40}', right: 'A-Za-z0-9_-', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 50], '.', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 20]), rotate: { url: 'https://account.mapbox.com/access-tokens/', how: 'Revoke it in Mapbox’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.mapbox.com/api/accounts/tokens/' }),
];
