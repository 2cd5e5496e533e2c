import { ALNUM, chars, prefixed } from './define.js';

/** Fleetbase credentials. */
export const fleetbaseRules = [
  prefixed({ id: 'fleetbase-live-api-key', provider: 'Fleetbase', description: 'Fleetbase live API key (flb_live_)', prefix: 'flb_live_', body: '[A-Za-z0-9]{20}', sample: chars(ALNUM, 20), rotate: { url: 'https://console.fleetbase.io/developers/api-keys', how: 'Revoke it in Fleetbase’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.fleetbase.io/' }),
];
