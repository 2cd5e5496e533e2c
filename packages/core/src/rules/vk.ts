import { BASE64URL, chars, prefixed } from './define.js';

/** VK (VKontakte) credentials. */
export const vkRules = [
  prefixed({
    id: 'vk-access-token',
    provider: 'VK',
    description: 'VK ID access token (vk1.a.)',
    prefix: 'vk1.a.',
    body: '[A-Za-z0-9_-]{100,400}',
    right: 'A-Za-z0-9_-',
    sample: chars(BASE64URL, 212),
    rotate: { url: 'https://id.vk.com/about/business/go', how: 'Revoke the token (or the app’s access) in VK ID, issue a new one and update where it is stored.' },
    docs: 'https://id.vk.com/about/business/go/docs/en/vkid/latest/vk-id/tokens/access-token',
  }),
];
