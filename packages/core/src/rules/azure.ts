import { ALNUM, BASE64, defineRule, DIGITS, token } from './define.js';

const rotate = {
  url: 'https://portal.azure.com/',
  how: 'Azure portal → the resource → Access keys (or the app registration → Certificates & secrets) → rotate, then update consumers.',
} as const;
const CLIENT_SECRET_CHARS = ALNUM + '_~.-';

/** Microsoft Azure credentials. */
export const azureRules = [
  defineRule({
    id: 'azure-storage-connection-string',
    provider: 'Azure',
    description: 'Azure Storage account key in a connection string (AccountKey=)',
    keywords: ['accountkey='],
    pattern: /(?<![A-Za-z0-9])AccountKey=([A-Za-z0-9+/]{86}==)/i,
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://learn.microsoft.com/azure/storage/common/storage-configure-connection-string',
    sample: (g) => `DefaultEndpointsProtocol=https;AccountName=acct${g.chars(DIGITS, 4)};AccountKey=${g.chars(BASE64, 86)}==;EndpointSuffix=core.windows.net`,
    negatives: ['DefaultEndpointsProtocol=https;AccountName=devstoreaccount1;AccountKey=<your-account-key>;'],
  }),
  defineRule({
    id: 'azure-shared-access-key',
    provider: 'Azure',
    description: 'Azure Service Bus / Event Hubs / IoT shared access key (SharedAccessKey=)',
    keywords: ['sharedaccesskey='],
    pattern: /(?<![A-Za-z0-9])SharedAccessKey=([A-Za-z0-9+/]{43}=)/i,
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas',
    sample: (g) => `Endpoint=sb://ns${g.chars(DIGITS, 3)}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${g.chars(BASE64, 43)}=`,
    negatives: ['Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=Root;SharedAccessKey=<key>'],
  }),
  defineRule({
    id: 'azure-ad-client-secret',
    provider: 'Azure',
    description: 'Microsoft Entra ID (Azure AD) application client secret (…Q~…)',
    keywords: ['q~'],
    pattern: token(`[A-Za-z0-9_~.-]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`, { left: 'A-Za-z0-9_~.-', right: 'A-Za-z0-9_~.-' }),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://entra.microsoft.com/', how: 'App registrations → the app → Certificates & secrets → delete the secret and add a new one.' },
    docs: 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
    sample: (g) => `${g.chars(ALNUM, 3)}${g.chars(DIGITS, 1)}Q~${g.chars(CLIENT_SECRET_CHARS, 33)}${g.chars(ALNUM, 1)}`,
    negatives: ['abc8Q~your-client-secret', 'xxx8Q~'],
  }),
  defineRule({
    id: 'azure-sas-token',
    provider: 'Azure',
    description: 'Azure shared access signature (sig= with sv= in the URL)',
    keywords: ['sig='],
    pattern: /[?&]sig=([A-Za-z0-9%+/]{43,64}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/i,
    context: ['sv='],
    minEntropy: 4,
    severity: 'high',
    rotate: { ...rotate, how: 'Rotate the storage account key the SAS was signed with, or revoke its stored access policy.' },
    docs: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
    sample: (g) => `https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=${g.chars(ALNUM, 43)}%3D`,
    negatives: ['?sv=2022-11-02&sig=<signature>', '?sv=2022&sig=SIGNATURE_HERE'],
  }),
];
