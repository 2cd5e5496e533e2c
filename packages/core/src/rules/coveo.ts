import { prefixed, UUID, uuidSample } from './define.js';

/** Coveo (enterprise search) API keys. */
export const coveoRules = [
  // `xx` and a UUID: the key the Administration Console or the Authorization Server's create-key
  // call gives, used as a Bearer token by the Push, Search and Platform APIs. (From a blind
  // grading of search engines: missed in create-key responses and Push API scripts.)
  prefixed({
    id: 'coveo-api-key',
    provider: 'Coveo',
    description: 'Coveo API key (xx and a UUID)',
    prefix: 'xx',
    body: UUID,
    severity: 'high',
    rotate: { url: 'https://docs.coveo.com/en/1718/', how: 'Organization → API Keys: disable or delete the key, create one with the same privileges and update where it is stored.' },
    docs: 'https://docs.coveo.com/en/82/',
    sample: uuidSample,
    negatives: ['xx00000000-0000-0000-0000-000000000000', 'xxxxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx', 'accessToken: "xx<your-api-key>"'],
  }),
];
