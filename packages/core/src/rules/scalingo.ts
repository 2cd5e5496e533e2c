import { chars, prefixed } from './define.js';

/** Scalingo credentials. */
export const scalingoRules = [
  prefixed({ id: 'scalingo-api-token', provider: 'Scalingo', description: 'Scalingo API token (tk-us-)', prefix: 'tk-us-', body: '[A-Za-z0-9_-]{48}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 48), rotate: { url: 'https://dashboard.scalingo.com/account/tokens', how: 'Revoke it in Scalingo’s settings, issue a new one and update where it is stored.' }, docs: 'https://doc.scalingo.com/platform/cli/start' }),
];
