import { chars, prefixed } from './define.js';

/** Duffel credentials. */
export const duffelRules = [
  prefixed({ id: 'duffel-live-access-token', provider: 'Duffel', description: 'Duffel live API access token', prefix: 'duffel_live_', body: '[A-Za-z0-9_=-]{43}', right: 'A-Za-z0-9_=-', sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43), rotate: { url: 'https://app.duffel.com/', how: 'Revoke it in Duffel’s settings, issue a new one and update where it is stored.' }, docs: 'https://duffel.com/docs/api/overview/making-requests/authentication' }),
  prefixed({ id: 'duffel-test-access-token', provider: 'Duffel', description: 'Duffel test-mode API access token', prefix: 'duffel_test_', body: '[A-Za-z0-9_=-]{43}', right: 'A-Za-z0-9_=-', sample: chars('-0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43), rotate: { url: 'https://app.duffel.com/', how: 'Revoke it in Duffel’s settings, issue a new one and update where it is stored.' }, docs: 'https://duffel.com/docs/api/overview/making-requests/authentication' }),
];
