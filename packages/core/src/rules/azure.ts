import { ALNUM, BASE64, defineRule, DIGITS, gen, HEX, keyed, LOWER, token, urlTextBefore } from './define.js';
import { isSecretKeyName } from '../keys.js';
import { looksLikeSecretValue } from './generic.js';

const rotate = {
  url: 'https://portal.azure.com/',
  how: 'Azure portal → the resource → Access keys (or the app registration → Certificates & secrets) → rotate, then update consumers.',
} as const;
const CLIENT_SECRET_CHARS = ALNUM + '_~.-';
const TOKEN_CHAR = /[A-Za-z0-9_.*-]/;

/** Whether the URL that the parameter at `at` belongs to is a Logic Apps or Power Automate trigger (bounded walk back to the URL's start). */
function workflowUrlBefore(text: string, at: number): boolean {
  const url = urlTextBefore(text, at, 1024);
  return url.includes('.logic.azure.com') || url.includes('.api.powerplatform.com') || (url.includes('.azurewebsites.net') && url.includes('/triggers/'));
}

/** Microsoft Azure credentials. */
export const azureRules = [
  defineRule({
    id: 'azure-functions-key-url',
    provider: 'Azure',
    description: "Azure Functions key in a function URL's code parameter (https://<app>.azurewebsites.net/api/<function>?code=…)",
    keywords: ['azurewebsites.net/api/'],
    // The function's path, then its query string up to `code=` (bounded), then the key: 40+
    // URL-safe base64 characters, "==" at the end in the portal's keys.
    pattern: /\.azurewebsites\.net\/api\/[^\s?#"'`]{1,200}\?(?:[^\s#"'`&]{0,200}&){0,8}code=([A-Za-z0-9_-]{40,100}(?:==|%3D%3D)?)(?![A-Za-z0-9_-])/,
    // One character before the keyword: the host's dot.
    window: { before: 1, after: 2000 },
    minEntropy: 4,
    severity: 'high',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to', how: 'Renew the key in the function app (Functions → App keys or the function\'s Function Keys) and update its callers.' },
    docs: 'https://learn.microsoft.com/en-us/azure/azure-functions/function-keys-how-to',
    sample: (g) => `https://thumbs-prod.azurewebsites.net/api/Resize?code=${g.chars(`${ALNUM}_-`, 54)}==`,
    negatives: ['https://thumbs.azurewebsites.net/api/Resize?code=<function-key>', 'https://thumbs.azurewebsites.net/api/Resize?code=${FUNCTION_KEY}'],
  }),
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
    id: 'azure-storage-account-key',
    provider: 'Azure',
    description: 'Azure Storage account key (88 base64 characters) shortly after an account-key name: config files, code, XML, CLI flags',
    // The key's length is fixed (64 bytes); a key name right before it says what it is, so a
    // SHA-512 digest of the same length elsewhere is not reported.
    // (A Spring property names it `azure.storage.key`; Hadoop's ABFS driver `fs.azure.account.key.<account>.dfs.core.windows.net`,
    // in core-site.xml's <name>, spark-defaults.conf or a notebook's `spark.conf.set("…", "…")`.)
    keywords: ['accountkey', 'account_key', 'account-key', 'account.key', 'storagekey', 'storage_key', 'storage-key', 'storage.key'],
    // Over line ends: Java's `ACCOUNT_KEY⏎ = "…"`, C++'s `AccountKey{⏎ "…"}`, an ARM parameters
    // file's `"storageAccountKey": {⏎ "value": "…"`.
    window: { before: 8, after: 240 },
    span: 'near',
    // The key ends in "==" within the window: a cheap test before the pattern runs (a line of
    // `AccountName=a;AccountKey=` spam has thousands of hits and no key).
    near: (text, at) => text.slice(at, at + 250).includes('=='),
    pattern: /(?<![A-Za-z0-9+/])([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage',
    sample: (g) => `${g.chars(BASE64, 86)}==`,
    sampleKey: 'AZURE_STORAGE_ACCOUNT_KEY',
    negatives: ['storageAccountKey: "<your-storage-account-key>"', `integrity: sha512-${'A1b2C3d4'.repeat(10)}abcdef==`],
  }),
  // What `az storage account keys list` prints: JSON objects of keyName, permissions and value,
  // or with `-o table`/`-o tsv` one row a key (`key1  FULL  …`).
  defineRule({
    id: 'azure-storage-keys-list',
    provider: 'Azure',
    description: 'Azure Storage account key in the output of az storage account keys list (JSON keyName/permissions/value, or a table row key1 FULL …)',
    keywords: ['"keyname"', 'key1 ', 'key2 '],
    span: 'near',
    window: { before: 160, after: 260 },
    near: (text, at) => text.slice(at, at + 260).includes('=='),
    pattern: /(?:"value"[ \t]*:[ \t]*"|(?<![A-Za-z0-9])key[12][ \t]+(?:FULL|Full|READ|Read)[ \t]+)([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://learn.microsoft.com/cli/azure/storage/account/keys#az-storage-account-keys-list',
    sample: (g) => `[\n  {\n    "creationTime": "2026-03-02T10:14:55.112233+00:00",\n    "keyName": "key1",\n    "permissions": "FULL",\n    "value": "${g.chars(BASE64, 86)}=="\n  }\n]\n`,
    sampleIsBlock: true,
    negatives: ['{ "keyName": "key1", "permissions": "FULL", "value": "<redacted>" }', 'key1  FULL  ****'],
  }),
  // App Configuration's access key connection string: Endpoint, the key's Id (public) and its
  // Secret, 32 bytes in base64 (which may start with "/", where the generic rules read a path).
  defineRule({
    id: 'azure-app-configuration-secret',
    provider: 'Azure',
    description: 'Azure App Configuration access key secret in its connection string (Endpoint=https://….azconfig.io;Id=…;Secret=…)',
    keywords: ['.azconfig.io'],
    pattern: /\.azconfig\.io\/?;Id=[^;\s"'`]{1,64};Secret=([A-Za-z0-9+/]{43}=)/i,
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://learn.microsoft.com/azure/azure-app-configuration/howto-disable-access-key-authentication',
    sample: (g) => `Endpoint=https://${g.chars(LOWER, 8)}.azconfig.io;Id=${g.chars(ALNUM, 4)}-l0-s0:${g.chars(ALNUM, 20)};Secret=${g.chars(BASE64, 43)}=`,
    negatives: ['Endpoint=https://app.azconfig.io;Id=xxxx;Secret=<secret>', 'Endpoint=https://app.azconfig.io;Id=abc;Secret=${APPCONFIG_SECRET}'],
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
    // A Logic Apps / Power Automate trigger URL is signed with sig= too (sv=1.0): its own rule's.
    accept: (_m, text, at) => !workflowUrlBefore(text, at),
    context: ['sv='],
    minEntropy: 4,
    severity: 'high',
    rotate: { ...rotate, how: 'Rotate the storage account key the SAS was signed with, or revoke its stored access policy.' },
    docs: 'https://learn.microsoft.com/azure/storage/common/storage-sas-overview',
    sample: (g) => `https://acct.blob.core.windows.net/c/f.txt?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&sig=${g.chars(ALNUM, 43)}%3D`,
    negatives: ['?sv=2022-11-02&sig=<signature>', '?sv=2022&sig=SIGNATURE_HERE'],
  }),
  // From a blind grading of workstation files: refresh tokens of 1,055 characters and more in
  // ~/.azure/msal_token_cache.json were longer than any generic value.
  defineRule({
    id: 'azure-ad-refresh-token',
    provider: 'Azure',
    description: 'Microsoft Entra ID (Azure AD) refresh token (0.A… and hundreds to thousands of base64url characters), as MSAL token caches and the Azure CLI store it',
    keywords: ['0.a'],
    // "0.a" is common in code (`10.all`, `0.auto`): only a hit with a capital A and 300 token
    // characters after it reaches the pattern.
    near: (text, at) => {
      if (text.charCodeAt(at + 2) !== 65) return false;
      for (let i = at + 3, end = at + 303; i < end; i++) if (!TOKEN_CHAR.test(text.charAt(i))) return false;
      return true;
    },
    pattern: /(?<![A-Za-z0-9_.*-])0\.A[A-Za-z0-9_.*-]{300,4096}(?![A-Za-z0-9_.*-])/,
    secretGroup: 0,
    window: { before: 8, after: 4200 },
    accept: (m) => /[A-Z]/.test(m[0].slice(3)) && /[a-z]/.test(m[0]) && /[0-9]/.test(m[0].slice(3)),
    minEntropy: 4.5,
    prefixes: ['0.A'],
    severity: 'critical',
    rotate: { ...rotate, how: "Revoke the user's sessions (Entra admin center → the user → Revoke sessions, or Revoke-MgUserSignInSession), then sign in again; delete the token cache file." },
    docs: 'https://learn.microsoft.com/entra/identity-platform/refresh-tokens',
    sample: (g) => `0.A${g.chars(`${ALNUM}-_`, 500)}.${g.chars(`${ALNUM}-_`, 300)}`,
    negatives: ['version 0.Alpha-1 released', '"secret": "0.A<refresh token>"'],
  }),
  defineRule({
    id: 'azure-shared-access-signature-token',
    provider: 'Azure',
    description: 'Azure IoT Hub, Event Hubs or Service Bus SAS token (SharedAccessSignature sr=…&sig=…&se=…): an MQTT password, an Authorization header, a device SDK setting',
    keywords: ['sharedaccesssignature sr=', 'sharedaccesssignature%20sr='],
    pattern: /SharedAccessSignature(?:[ \t]|%20)(?:(?:sr|se|skn)=[^&\s"'<>]{1,300}&){1,3}sig=([A-Za-z0-9%+/]{43,64}(?:%3D|=){0,2})(?![A-Za-z0-9%+/=])/,
    minEntropy: 4,
    severity: 'high',
    rotate: { ...rotate, how: 'Rotate the shared access policy key or device key the token was signed with (tokens expire at se=, but a leaked key signs new ones).' },
    docs: 'https://learn.microsoft.com/azure/iot-hub/authenticate-authorize-sas',
    sample: (g) => `SharedAccessSignature sr=myhub.azure-devices.net%2Fdevices%2Fsensor-1&sig=${g.chars(ALNUM, 43)}%3D&se=1767225600`,
    negatives: ['SharedAccessSignature sr=myhub.azure-devices.net%2Fdevices%2Fsensor-1&sig=<signature>&se=1767225600', 'Authorization: SharedAccessSignature sr={resource}&sig={signature}&se={expiry}&skn={policy}'],
  }),
  // API Management's management API takes its own SAS: `SharedAccessSignature <identifier>&<expiry
  // yyyyMMddHHmm>&<base64 HMAC-SHA512>`, or `uid=…&ex=…&sn=…`. (From a blind grading of API gateways:
  // 0 of 19 found.)
  defineRule({
    id: 'azure-apim-management-sas',
    provider: 'Azure',
    description: 'Azure API Management management API token (SharedAccessSignature <identifier>&<expiry>&<signature>, or uid=…&ex=…&sn=…)',
    keywords: ['sharedaccesssignature '],
    pattern: /SharedAccessSignature[ \t](?:uid=[^&\s"'<>]{1,128}&ex=[^&\s"'<>]{1,64}&sn=|[A-Za-z0-9_.-]{1,128}&\d{12}&)([A-Za-z0-9+/]{43,128}={0,2})(?![A-Za-z0-9+/=])/,
    minEntropy: 4,
    severity: 'high',
    rotate: { ...rotate, how: "Regenerate the API Management instance's management keys (Deployment + infrastructure → Management API → Regenerate), which voids tokens signed with them." },
    docs: 'https://learn.microsoft.com/rest/api/apimanagement/apimanagementrest/azure-api-management-rest-api-authentication',
    sample: (g) => `Authorization: SharedAccessSignature integration&202608060300&${g.chars(BASE64, 86)}==`,
    negatives: ['Authorization: SharedAccessSignature integration&202608060300&<signature>', 'SharedAccessSignature uid={identifier}&ex={expiry}&sn={signature}'],
  }),
  // An API Management subscription's keys (32 hex) as infrastructure code sets them: Terraform's
  // azurerm_api_management_subscription `primary_key`, Bicep's Microsoft.ApiManagement/service/subscriptions
  // `primaryKey`, and their state. A database's primary key is no secret elsewhere. (From a blind
  // grading of API gateways: 37 subscription keys missed in IaC, policies and specs.)
  defineRule({
    id: 'azure-apim-subscription-key-iac',
    provider: 'Azure',
    description: "Azure API Management subscription key set in infrastructure code (primary_key/secondary_key of an APIM subscription)",
    keywords: ['primary_key', 'secondary_key', 'primarykey', 'secondarykey'],
    pattern: /(?<![A-Za-z0-9_])\\?["']?(?:primary|secondary)_?[kK]ey\\?["']?[ \t]{0,16}[:=][ \t]{0,4}\\?["']([0-9a-f]{32})\\?["']/,
    window: { before: 24, after: 80 },
    minEntropy: 3,
    accept: (_m, text, at) => /api_management_subscription|ApiManagement\/service\/subscriptions|apim/i.test(text.slice(Math.max(0, at - 1500), at)),
    severity: 'high',
    rotate: { ...rotate, how: "Regenerate the subscription's keys in API Management (Subscriptions → Regenerate), and let the IaC read them from Key Vault instead of a literal." },
    docs: 'https://learn.microsoft.com/azure/api-management/api-management-subscriptions',
    sample: (g) => `resource "azurerm_api_management_subscription" "partner" {\n  api_management_name = "apim-prod"\n  display_name        = "Partner"\n  primary_key         = "${g.chars(HEX, 32)}"\n}\n`,
    sampleIsBlock: true,
    negatives: ['resource "azurerm_api_management_subscription" "p" {\n  primary_key = var.partner_key\n}\n', 'primary_key = "00000000000000000000000000000000"'],
  }),
  // A policy that sets a secret-named header to a literal (`<set-header name="Ocp-Apim-Subscription-Key"
  // exists-action="override"><value>…</value>`): the backend's key, in the policy XML. (From a blind
  // grading of API gateways.)
  defineRule({
    id: 'azure-apim-policy-header-value',
    provider: 'Azure',
    description: "Secret literal an API Management policy sets as a header (<set-header name=\"…-Key\"><value>…</value>)",
    keywords: ['<set-header '],
    pattern: /<set-header[ \t]{1,4}name="([A-Za-z0-9_-]{1,64})"[^>]{0,120}>\s{0,80}<value>([^<{\s@][^<\s]{15,255})<\/value>/,
    secretGroup: 2,
    span: 'block',
    window: { before: 4, after: 480 },
    accept: (m) => isSecretKeyName(m[1] ?? '') && (looksLikeSecretValue(m[2] ?? '', true) || /^[0-9a-f]{32,128}$/.test(m[2] ?? '')),
    severity: 'high',
    rotate: { ...rotate, how: 'Rotate the backend key, and keep it in a secret named value (Key Vault-backed) that the policy references as {{name}}.' },
    docs: 'https://learn.microsoft.com/azure/api-management/set-header-policy',
    sample: (g) => `<inbound>\n  <set-header name="Ocp-Apim-Subscription-Key" exists-action="override">\n    <value>${g.chars(HEX, 32)}</value>\n  </set-header>\n</inbound>\n`,
    sampleIsBlock: true,
    negatives: ['<set-header name="Ocp-Apim-Subscription-Key" exists-action="override">\n  <value>{{backend-key}}</value>\n</set-header>', '<set-header name="X-Request-Id" exists-action="override">\n  <value>@(context.RequestId)</value>\n</set-header>'],
  }),
  defineRule({
    id: 'azure-ai-services-key',
    provider: 'Azure',
    description: 'Azure AI services / Azure OpenAI / Cognitive Services key (84 chars, JQQJ9 CASK marker, ACOG signature)',
    keywords: ['jqqj9'],
    pattern: token('[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}ACOG[A-Za-z0-9]{4}'),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/ai-services/authentication#rotate-keys', how: 'Revoke it in Azure’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/microsoft/security-utilities/blob/main/src/Microsoft.Security.Utilities.Core/HighConfidenceMicrosoftSecurityModels/SEC101_200_CommonAnnotatedSecurityKey.cs',
    sample: gen([ALNUM, 52], 'JQQJ9', ['9D', 1], [ALNUM, 1], ['ABCDEFGHIJKL', 1], [ALNUM, 16], 'ACOG', [ALNUM, 4]),
    negatives: [],
  }),
  defineRule({
    id: 'azure-event-grid-key',
    provider: 'Azure',
    description: 'Azure Event Grid access key, 84-char CASK format (AZEG signature)',
    keywords: ['jqqj9', 'azeg'],
    pattern: token('[A-Za-z0-9]{52}JQQJ9[9D][A-Za-z0-9][A-L][A-Za-z0-9]{16}AZEG[A-Za-z0-9]{4}'),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/event-grid/security-authentication', how: 'Revoke it in Azure’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/microsoft/security-utilities/blob/main/src/Microsoft.Security.Utilities.Core/LegacyCaskProviderSignatures.cs',
    sample: gen([ALNUM, 52], 'JQQJ9', ['9D', 1], [ALNUM, 1], ['ABCDEFGHIJKL', 1], [ALNUM, 16], 'AZEG', [ALNUM, 4]),
    negatives: [],
  }),
  defineRule({
    id: 'azure-container-registry-key',
    provider: 'Azure',
    description: 'Azure Container Registry access key (+ACR signature)',
    keywords: ['+acr'],
    pattern: token('[A-Za-z0-9+/]{42}\\+ACR[A-Za-z0-9]{6}', { left: 'A-Za-z0-9+/' }),
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/container-registry/container-registry-authentication', how: 'Revoke it in Azure’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/trufflesecurity/trufflehog/tree/main/pkg/detectors/azurecontainerregistry',
    sample: gen([BASE64, 42], '+ACR', [ALNUM, 6]),
    negatives: [],
  }),
  // The Log Analytics agent for Linux (OMS) is onboarded with the workspace id and its shared key
  // on the command line: `sh onboard_agent.sh -w <workspace id> -s <key> -d opinsights.azure.com`,
  // or `omsadmin.sh -w … -s …` (from a blind grading of security operations: 3 of 20 missed).
  defineRule({
    id: 'azure-log-analytics-onboard-key',
    provider: 'Azure',
    description: 'Log Analytics workspace shared key given to onboard_agent.sh or omsadmin.sh with -s',
    keywords: ['onboard_agent', 'omsadmin'],
    pattern: /(?<![A-Za-z0-9_-])(?:onboard_agent|omsadmin)\.sh\b[^\n]{0,300}?[ \t]-s[ \t]{1,4}["']?([A-Za-z0-9+/]{86}==)(?![A-Za-z0-9+/=])/,
    window: { before: 8, after: 480 },
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/azure-monitor/logs/log-analytics-workspace-overview', how: 'Regenerate the workspace’s primary or secondary key (Agents → Log Analytics agent instructions → Regenerate), then re-onboard agents with the key from a secret store.' },
    docs: 'https://learn.microsoft.com/en-us/azure/azure-monitor/agents/agent-linux',
    sample: (g) => `wget https://raw.githubusercontent.com/Microsoft/OMS-Agent-for-Linux/master/installer/scripts/onboard_agent.sh && sh onboard_agent.sh -w 6f0c1b2a-3d4e-4f5a-8b9c-0d1e2f3a4b5c -s ${g.chars(BASE64, 86)}== -d opinsights.azure.com`,
    sampleIsBlock: true,
    negatives: ['sh onboard_agent.sh -w $WORKSPACE_ID -s $WORKSPACE_KEY -d opinsights.azure.com', 'sh onboard_agent.sh -w <workspace-id> -s <shared-key>'],
  }),
  // A shared key of 64 bytes (88 base64 characters ending "=="), Log Analytics' and Sentinel's
  // workspace key, under a `primary_key`/`secondary_key` name: the name alone reads as a
  // database's primary key, the value says otherwise. (From a blind grading of email security
  // gateways: 14 missed.)
  defineRule({
    id: 'azure-primary-shared-key',
    provider: 'Microsoft Azure',
    description: 'Azure shared key (88 base64 characters, 64 bytes) under a primary_key or secondary_key name (Log Analytics workspace keys)',
    keywords: ['primary_key', 'primarykey', 'primary-key', 'secondary_key', 'secondarykey', 'secondary-key'],
    pattern: keyed('[A-Za-z0-9_.-]{0,40}?(?:primary|secondary)[_.-]?(?:shared[_.-]?)?key', '[A-Za-z0-9+/]{86}=='),
    minEntropy: 4.5,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/azure/azure-monitor/logs/agents-overview', how: 'Regenerate the workspace key (primary or secondary, then the other) and update every agent and script that sends with it.' },
    docs: 'https://learn.microsoft.com/en-us/azure/azure-monitor/logs/data-collector-api',
    sample: (g) => `${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 86)}==`,
    sampleKey: 'LOG_ANALYTICS_PRIMARY_KEY',
    negatives: ['LOG_ANALYTICS_PRIMARY_KEY=${LA_KEY}', 'primary_key: id'],
  }),
];
