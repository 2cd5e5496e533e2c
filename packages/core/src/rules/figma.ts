import { BASE64URL, chars, prefixed } from './define.js';

/** Figma credentials. */
export const figmaRules = [
  prefixed({ id: 'figma-pat', provider: 'Figma', description: 'Figma personal access token (figd_)', prefix: 'figd_', body: '[A-Za-z0-9_-]{40}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 40), rotate: { url: 'https://www.figma.com/settings', how: 'Settings → Security → Personal access tokens → revoke.' } }),
  prefixed({ id: 'figma-access-token-figp', provider: 'Figma', description: 'Figma access token, figp_ variant', prefix: 'figp_', body: '[A-Za-z0-9_=-]{40,54}', right: 'A-Za-z0-9_=-', sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 40), rotate: { url: 'https://www.figma.com/settings', how: 'Revoke it in Figma’s settings, issue a new one and update where it is stored.' }, docs: 'https://www.figma.com/developers/api#access-tokens' }),
];
