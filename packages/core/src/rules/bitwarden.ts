import { ALNUM, BASE64, defineRule, uuidSample } from './define.js';

/** Bitwarden Secrets Manager access tokens. */
export const bitwardenRules = [
  // A machine account's access token: `0.<client id (a UUID)>.<client secret>:<encryption key,
  // base64 of 16 bytes>`, given to `bws` as --access-token or BWS_ACCESS_TOKEN. The shape is its
  // own; it is read after an access-token name or option. (From a blind grading of secrets
  // managers: 16 of 71 missed, as a command-line option and in log lines.)
  defineRule({
    id: 'bitwarden-sm-access-token',
    provider: 'Bitwarden',
    description: 'Bitwarden Secrets Manager access token (0.<uuid>.<secret>:<key>) after an access-token option or name',
    keywords: ['access-token', 'access_token', 'accesstoken'],
    pattern: /(?<![A-Za-z0-9])(?:[A-Za-z0-9]{1,16}[_.-]){0,3}access[_-]?token["']?(?:[ \t]{0,4}(?:=>|:=|[:=])[ \t]{0,40}|[ \t]{1,4})["']?(0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{20,64}:[A-Za-z0-9+/]{22}==)(?![A-Za-z0-9+/=])/i,
    secretGroup: 1,
    window: { before: 48, after: 200 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://bitwarden.com/help/access-tokens/', how: 'Revoke the access token under the machine account, create a new one and update where it is stored.' },
    docs: 'https://bitwarden.com/help/access-tokens/',
    sample: (g) => `bws secret list --access-token 0.${uuidSample(g)}.${g.chars(ALNUM, 30)}:${g.chars(BASE64, 22)}==`,
    negatives: ['bws secret list --access-token "$BWS_ACCESS_TOKEN"', 'BWS_ACCESS_TOKEN=0.00000000-0000-0000-0000-000000000000.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:AAAAAAAAAAAAAAAAAAAAAA=='],
  }),
];
