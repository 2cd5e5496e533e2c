import { ALNUM, defineRule, keyed, UUID, uuidSample } from './define.js';

/** SAP BTP (XSUAA) credentials. */
export const sapRules = [
  defineRule({
    id: 'sap-xsuaa-client-secret',
    provider: 'SAP BTP',
    description: 'SAP BTP XSUAA client secret (<UUID>$<43 base64url>=) under a client-secret name: a service key, a binding, a log line',
    keywords: ['clientsecret', 'client_secret', 'client-secret'],
    // The "$" in the middle ends most values a shell reads (`$VAR`): this shape is kept whole.
    pattern: keyed('(?:sap|xsuaa|btp|uaa)?[_.-]?client[_.-]?secret', `${UUID}\\$[A-Za-z0-9_-]{40,48}={0,2}`, 'A-Za-z0-9_=-'),
    minEntropy: 3.5,
    punctuated: true,
    severity: 'critical',
    rotate: { url: 'https://help.sap.com/docs/btp/sap-business-technology-platform/rotate-secrets', how: 'Create a new service key (or rotate the binding secret), update the consumers, then delete the old key.' },
    docs: 'https://help.sap.com/docs/btp/sap-business-technology-platform/rotate-secrets',
    sample: (g) => `${uuidSample(g)}$${g.chars(`${ALNUM}-_`, 43)}=`,
    sampleKey: 'clientsecret',
    negatives: ['clientsecret=${XSUAA_CLIENT_SECRET}', 'clientsecret: <client secret>'],
  }),
];
