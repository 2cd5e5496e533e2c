import { ALNUM, BASE64URL, defineRule, prefixed, token } from './define.js';

const rotate = {
  url: 'https://platform.openai.com/api-keys',
  how: 'API keys → revoke the key and create a new one; check usage for abuse.',
} as const;
const docs = 'https://platform.openai.com/docs/api-reference/authentication';
const RIGHT = 'A-Za-z0-9_-';
// Every OpenAI key carries "T3BlbkFJ" ("OpenAI" in base64) in its middle.
const marker = 'T3BlbkFJ';
// Required, as gitleaks, secretlint and TruffleHog require it: a look-alike without it is not
// reported (an assignment to a secret-named key still is, by the generic rules). Each run of token
// characters is tried once (the left fence), so the backtracking to the marker is bounded.
const BODY = `[A-Za-z0-9_-]{20,130}${marker}[A-Za-z0-9_-]{20,130}`;

/** OpenAI API keys. */
export const openaiRules = [
  prefixed({ id: 'openai-project-key', provider: 'OpenAI', description: 'OpenAI project API key (sk-proj-)', prefix: 'sk-proj-', body: BODY, right: RIGHT, sample: (g) => g.chars(BASE64URL, 74) + marker + g.chars(BASE64URL, 74), rotate, docs }),
  prefixed({ id: 'openai-service-account-key', provider: 'OpenAI', description: 'OpenAI service account key (sk-svcacct-)', prefix: 'sk-svcacct-', body: BODY, right: RIGHT, sample: (g) => g.chars(BASE64URL, 74) + marker + g.chars(BASE64URL, 74), rotate, docs }),
  prefixed({ id: 'openai-admin-key', provider: 'OpenAI', description: 'OpenAI admin key (sk-admin-)', prefix: 'sk-admin-', body: BODY, right: RIGHT, sample: (g) => g.chars(BASE64URL, 74) + marker + g.chars(BASE64URL, 74), rotate, docs }),
  defineRule({
    id: 'openai-legacy-key',
    provider: 'OpenAI',
    description: 'OpenAI legacy user API key (sk-…T3BlbkFJ…)',
    keywords: ['t3blbkfj'],
    pattern: token(`sk-[A-Za-z0-9]{20}${marker}[A-Za-z0-9]{20}`, { right: RIGHT, left: RIGHT }),
    prefixes: ['sk-'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate,
    docs,
    sample: (g) => `sk-${g.chars(ALNUM, 20)}${marker}${g.chars(ALNUM, 20)}`,
    negatives: ['sk-your-openai-key', `sk-xxxxxxxxxxxxxxxxxxxx${marker}xxxxxxxxxxxxxxxxxxxx`],
  }),
];
