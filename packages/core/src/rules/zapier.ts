import { ALNUM, DIGITS, gen, prefixed } from './define.js';

/** Zapier credentials. */
export const zapierRules = [
  prefixed({ id: 'zapier-webhook-url', provider: 'Zapier', description: 'Zapier catch-hook webhook URL', prefix: 'hooks.zapier.com/hooks/catch/', body: '[0-9]{1,12}/[A-Za-z0-9]{5,12}', sample: gen([DIGITS, 8], '/', [ALNUM, 8]), rotate: { url: 'https://zapier.com/app/zaps', how: 'Revoke it in Zapier’s settings, issue a new one and update where it is stored.' }, docs: 'https://help.zapier.com/hc/en-us/articles/8496288690317' }),
];
