import { chars, prefixed } from './define.js';

/** Endor Labs credentials. */
export const endorLabsRules = [
  prefixed({ id: 'endor-labs-api-key', provider: 'Endor Labs', description: 'Endor Labs API key (endr+)', prefix: 'endr+', body: '[A-Za-z0-9-]{16}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 16), rotate: { url: 'https://app.endorlabs.com/', how: 'Revoke it in Endor Labs’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.endorlabs.com/rest-api/using-the-rest-api/authentication/' }),
];
