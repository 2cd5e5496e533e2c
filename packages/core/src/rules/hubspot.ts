import { defineRule, gen, HEX, keyed, prefixed } from './define.js';

/** HubSpot credentials. */
export const hubspotRules = [
  prefixed({ id: 'hubspot-private-app-token-na1', provider: 'HubSpot', description: 'HubSpot private app access token, NA data center (pat-na1-)', prefix: 'pat-na1-', body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://app.hubspot.com/private-apps/', how: 'Revoke it in HubSpot’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.hubspot.com/docs/api/private-apps' }),
  // HubSpot's other data centers (na2, ap1 …) name theirs the same way.
  prefixed({ id: 'hubspot-private-app-token-other', provider: 'HubSpot', description: 'HubSpot private app access token, another data center (pat-na2-, pat-ap1- …)', prefix: ['pat-na2-', 'pat-na3-', 'pat-ap1-', 'pat-eu2-'], body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://app.hubspot.com/private-apps/', how: 'Revoke it in HubSpot’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.hubspot.com/docs/api/private-apps' }),
  prefixed({ id: 'hubspot-private-app-token-eu1', provider: 'HubSpot', description: 'HubSpot private app access token, EU data center (pat-eu1-)', prefix: 'pat-eu1-', body: '[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}', sample: gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12]), rotate: { url: 'https://app-eu1.hubspot.com/private-apps/', how: 'Revoke it in HubSpot’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.hubspot.com/docs/api/private-apps' }),
  defineRule({
    id: 'hubspot-legacy-api-key',
    provider: 'HubSpot',
    description: 'HubSpot legacy hapikey (uppercase UUID) under a HubSpot-named key',
    keywords: ['hubspot', 'hapikey', 'hubapi'],
    pattern: keyed('hubspot|hapikey|hubapi', '[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://developers.hubspot.com/docs/api/migrate-an-api-key-integration-to-a-private-app', how: 'Revoke it in HubSpot’s settings, issue a new one and update where it is stored.' },
    docs: 'https://developers.hubspot.com/docs/api/migrate-an-api-key-integration-to-a-private-app',
    sample: gen(['0123456789ABCDEFabcdef', 8], '-', ['0123456789ABCDEFabcdef', 4], '-', ['0123456789ABCDEFabcdef', 4], '-', ['0123456789ABCDEFabcdef', 4], '-', ['0123456789ABCDEFabcdef', 12]),
    sampleKey: 'HUBSPOT_API_KEY',
    negatives: ['HUBSPOT_API_KEY=your_api_key_here', 'HUBSPOT_API_KEY=${HUBSPOT_API_KEY}'],
  }),
];
