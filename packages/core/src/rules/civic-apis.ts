import { ALNUM, defineRule, keyed, UPPER, UUID_ANY_CASE, uuidSample } from './define.js';


/**
 * Public-sector APIs whose credentials have no shape of their own. From a blind grading of civic
 * tech: the ABN Lookup GUID (0 of 52 found), USPS Web Tools user ids (0 of 37), Socrata app tokens
 * given by position or header (8 missed).
 */
export const civicApiRules = [
  // Australia's ABN Lookup web services: the authenticationGuid issued at registration is the
  // credential of every call (a SOAP or JSON parameter).
  defineRule({
    id: 'abn-lookup-authentication-guid',
    provider: 'Australian Business Register',
    description: 'ABN Lookup web services authentication GUID (authenticationGuid, ABN_GUID)',
    keywords: ['authenticationguid', 'authentication_guid', 'abn_guid', 'abn-guid', 'abr_guid', 'abr_auth_guid', 'abn_lookup_guid', 'abnlookupguid', 'abnguid'],
    pattern: keyed('authentication_?guid|(?:abn|abr)[_.-]?(?:lookup[_.-]?)?(?:auth(?:entication)?[_.-]?)?guid', UUID_ANY_CASE),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://abr.business.gov.au/Tools/WebServices', how: 'Ask the ABR for a new GUID (the registration form), and read it from the environment.' },
    docs: 'https://abr.business.gov.au/Documentation/WebServiceMethods',
    sample: uuidSample,
    sampleKey: 'ABN_LOOKUP_GUID',
    negatives: ['ABN_LOOKUP_GUID=${ABN_GUID}', 'authenticationGuid = config["abr"]["guid"]'],
  }),
  // USPS Web Tools: the USERID attribute of a request's root element (an XML= URL parameter,
  // percent-encoded in logs) or a USPS user id setting; 12 capitals and digits.
  defineRule({
    id: 'usps-web-tools-userid',
    provider: 'USPS',
    description: 'USPS Web Tools USERID in a request’s XML (USERID="…") or a USPS user id setting',
    // (And Magento's config path, `'carriers/usps/userid', '…'`: from a blind grading of shipping carriers.)
    keywords: ['userid="', 'userid=\\"', "userid='", 'usps_userid', 'usps_user_id', 'usps-userid', 'uspsuserid', 'usps_webtools_userid', 'usps/userid'],
    pattern: /(?:(?<![A-Za-z0-9_])USERID=\\?["']|(?<![A-Za-z0-9])usps[_./-]?(?:web[_.-]?tools[_.-]?)?user[_.-]?id["']?[ \t]{0,4}(?:[:=]|,(?=[ \t]{0,4}["']))[ \t]{0,4}["']?)([0-9A-Z]{12})(?![0-9A-Za-z])/i,
    context: ['usps', 'shippingapi', 'addressvalidate', 'ratev4', 'trackfield', 'citystatelookup', 'zipcodelookup', 'webtools'],
    window: { before: 40, after: 80 },
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? ''),
    minEntropy: 2.5,
    severity: 'medium',
    rotate: { url: 'https://www.usps.com/business/web-tools-apis/', how: 'Ask USPS Web Tools support for a new user id, and read it from the environment.' },
    docs: 'https://www.usps.com/business/web-tools-apis/general-api-developer-guide.htm',
    sample: (g) => `https://secure.shippingapis.com/ShippingAPI.dll?API=Verify&XML=<AddressValidateRequest USERID="${g.int(100, 999)}${g.chars(UPPER, 5)}${g.int(1000, 9999)}"><Revision>1</Revision></AddressValidateRequest>`,
    sampleIsBlock: true,
    negatives: ['<AddressValidateRequest USERID="YOUR_USER_ID">', '<AddressValidateRequest USERID="${USPS_USERID}">'],
  }),
  // Socrata (Tyler Data & Insights): an app token by position to sodapy's Socrata(domain, token)
  // or in an X-App-Token header.
  defineRule({
    id: 'socrata-app-token',
    provider: 'Socrata',
    description: "Socrata app token given to sodapy's Socrata(domain, token) or sent as X-App-Token",
    keywords: ['socrata(', 'x-app-token'],
    pattern: /(?:(?<![A-Za-z0-9_])Socrata\([ \t]{0,4}(["'])[A-Za-z0-9.-]{3,253}\1[ \t]{0,4},[ \t]{0,4}(?:app_token[ \t]{0,2}=[ \t]{0,2})?["']|X-App-Token["']?[ \t]{0,4}[:=,][ \t]{0,4}["']?)([A-Za-z0-9]{20,40})(?![A-Za-z0-9])/i,
    secretGroup: 2,
    window: { before: 8, after: 400 },
    accept: (m) => /[0-9]/.test(m[2] ?? '') || (/[A-Z]/.test(m[2] ?? '') && /[a-z]/.test(m[2] ?? '')),
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://support.socrata.com/hc/en-us/articles/210138558-Generating-App-Tokens-and-API-Keys', how: 'Developer settings: delete the app token and create a new one, read from the environment.' },
    docs: 'https://dev.socrata.com/docs/app-tokens.html',
    sample: (g) => `client = Socrata("data.cityofchicago.org", "${g.chars(ALNUM, 25)}")`,
    sampleIsBlock: true,
    negatives: ['client = Socrata("data.cityofchicago.org", None)', 'client = Socrata("data.cityofchicago.org", os.environ["SOCRATA_TOKEN"])'],
  }),
];
