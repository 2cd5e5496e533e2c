import { ALNUM, gen, prefixed } from './define.js';

/** SaladCloud credentials. */
export const saladcloudRules = [
  prefixed({ id: 'saladcloud-api-key', provider: 'SaladCloud', description: 'SaladCloud API key (salad_cloud_)', prefix: 'salad_cloud_', body: '[A-Za-z0-9]{1,7}_[A-Za-z0-9]{7,235}', sample: gen([ALNUM, 7], '_', [ALNUM, 8]), rotate: { url: 'https://portal.salad.com/api-key', how: 'Revoke it in SaladCloud’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.salad.com/reference/api-usage' }),
];
