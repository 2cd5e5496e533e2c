import { defineRule, LOWER_ALNUM } from './define.js';

// A Conjur API key: 50 to 60 lower-case letters and digits, both present.
const apiKey = (value: string): boolean => /[0-9]/.test(value) && /[a-z]/.test(value);

/** CyberArk Conjur API keys. */
export const conjurRules = [
  // A host's or user's API key (its .netrc password, CONJUR_AUTHN_API_KEY) given to the CLI
  // (`conjur login -i host/… -p <key>`) or named in a note (`Conjur host API key …: <key>`): no
  // secret's name stands beside it. (From a blind grading of secrets managers: 6 of 47 missed.)
  defineRule({
    id: 'conjur-api-key-cli',
    provider: 'CyberArk Conjur',
    description: 'Conjur API key given to conjur login (-p/--password) or named as a Conjur API key in text',
    keywords: ['conjur '],
    pattern: /(?<![A-Za-z0-9_-])conjur[ \t](?:(?:authn[ \t]{1,4})?login(?:[ \t]{1,4}-{1,2}[A-Za-z-]{1,16}(?:[ =][^\s-][^\s]{0,200})?){0,4}?[ \t]{1,4}(?:-p|--password)(?:=|[ \t]{1,4})["']?|[^\r\n]{0,80}?API[ \t_-]?key[^\r\n]{0,60}?[: \t]["'`]?)([a-z0-9]{50,60})(?![A-Za-z0-9])/i,
    secretGroup: 1,
    window: { before: 0, after: 400 },
    accept: (m) => apiKey(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-host-rotate-api-key.htm', how: 'Rotate the API key (conjur host rotate-api-key / user rotate-api-key), then update where it is stored.' },
    docs: 'https://docs.cyberark.com/conjur-open-source/latest/en/content/developer/cli/cli-login.htm',
    sample: (g) => `conjur login -i host/identity/app -p 1${g.chars(LOWER_ALNUM, 52)}`,
    negatives: ['conjur login -i host/identity/app -p "$CONJUR_AUTHN_API_KEY"', 'conjur login -i admin', 'conjur host rotate-api-key -i host/app'],
  }),
];
