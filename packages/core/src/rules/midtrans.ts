import { chars, prefixed } from './define.js';

/** Midtrans credentials. */
export const midtransRules = [
  prefixed({ id: 'midtrans-server-key', provider: 'Midtrans', description: 'Midtrans server key (Mid-server-; sandbox keys add SB- in front)', prefix: 'Mid-server-', body: '[A-Za-z0-9_-]{24}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 24), rotate: { url: 'https://dashboard.midtrans.com/settings/config_info', how: 'Revoke it in Midtrans’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.midtrans.com/docs/retrieving-api-access-keys' }),
];
