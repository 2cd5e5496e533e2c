import { chars, prefixed } from './define.js';

/** PostHog credentials. */
export const posthogRules = [
  prefixed({ id: 'posthog-personal-api-key', provider: 'PostHog', description: 'PostHog personal API key (phx_)', prefix: 'phx_', body: '[A-Za-z0-9_]{43,48}', sample: chars('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43), rotate: { url: 'https://us.posthog.com/settings/user-api-keys', how: 'Revoke it in PostHog’s settings, issue a new one and update where it is stored.' }, docs: 'https://posthog.com/docs/api#private-endpoint-authentication' }),
];
