import { ALNUM, chars, prefixed } from './define.js';

/** Adobe credentials. */
export const adobeRules = [
  prefixed({ id: 'adobe-client-secret', provider: 'Adobe', description: 'Adobe Developer Console OAuth client secret (p8e-)', prefix: 'p8e-', body: '[A-Za-z0-9]{32}', sample: chars(ALNUM, 32), rotate: { url: 'https://developer.adobe.com/console/projects', how: 'Revoke it in Adobe’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.adobe.com/developer-console/docs/guides/authentication/' }),
];
