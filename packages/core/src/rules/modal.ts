import { ALNUM, defineRule, hasUpperLowerDigit, keyed, mixedChars, pairedSecret, prefixed } from './define.js';

const rotate = { url: 'https://modal.com/settings/tokens', how: 'Revoke the token in Modal’s settings (or `modal token new`), then update where it is stored.' };
const docs = 'https://modal.com/docs/reference/modal.config';

/** Modal (serverless GPUs) credentials: a token is an ID (ak-…) and a secret (as-…). */
export const modalRules = [
  defineRule({
    id: 'modal-token-secret',
    provider: 'Modal',
    description: 'Modal token secret (as- + 22 letters and digits) under a Modal token-secret name',
    keywords: ['modal_token', 'modal-token', 'modaltoken'],
    pattern: keyed('modal[_.-]?token[_.-]?secret', 'as-[A-Za-z0-9]{22}'),
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: (g) => `as-${g.chars(ALNUM, 22)}`,
    sampleKey: 'MODAL_TOKEN_SECRET',
    negatives: ['MODAL_TOKEN_SECRET=${MODAL_TOKEN_SECRET}', 'MODAL_TOKEN_SECRET=as-xxxxxxxxxxxxxxxxxxxxxx'],
  }),
  pairedSecret({
    id: 'modal-token-secret-near-id',
    provider: 'Modal',
    description: 'Modal token secret (as-…) within a few lines after its token ID (ak-…) in a Modal setting, whatever its own name',
    keywords: ['modal_token', 'modal-token', 'modaltoken'],
    idStart: 'ak-',
    keyId: 'ak-[A-Za-z0-9]{22}',
    secret: 'as-[A-Za-z0-9]{22}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sampleName: 'modal_token_id',
    sampleId: (g) => `ak-${g.chars(ALNUM, 22)}`,
    sampleSecret: (g) => `as-${g.chars(ALNUM, 22)}`,
    negatives: [`MODAL_TOKEN_ID=ak-${'x'.repeat(22)}\nMODAL_ENVIRONMENT=main\n`],
  }),
  // A token secret under any name (a Streamlit section's `api_key`, a dict's value): its prefix is
  // short, so only with mixed case and digits, or with Modal named just before it.
  prefixed({
    id: 'modal-token-secret-bare',
    provider: 'Modal',
    description: 'Modal token secret (as- + 22 letters and digits) under any name',
    prefix: 'as-',
    body: '[A-Za-z0-9]{22}',
    right: 'A-Za-z0-9_-',
    context: ['modal'],
    contextConfidence: 'medium',
    accept: (m, text, at) => hasUpperLowerDigit(m[1] ?? '') || /modal/i.test(text.slice(Math.max(0, at - 200), at)),
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs,
    sample: mixedChars(ALNUM, 22),
  }),
];
