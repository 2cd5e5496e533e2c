import { ALNUM, defineRule, keyed, LOWER } from './define.js';
import { isPasswordValue } from './generic.js';

const rotate = { url: 'https://milvus.io/docs/authenticate.md', how: "Change the user's password (utility.reset_password, or the Zilliz Cloud console for a cluster's user), then update where the token is stored." } as const;

/** Whether a Milvus token `user:password` holds a password in use. */
const userPassword = (value: string): boolean => {
  const colon = value.indexOf(':');
  return colon > 0 && isPasswordValue(value.slice(colon + 1));
};

/** Milvus and Zilliz Cloud credentials. */
export const milvusRules = [
  // A Milvus token is `<user>:<password>` with authentication on (or a Zilliz Cloud API key), under
  // MILVUS_TOKEN / ZILLIZ_TOKEN or given to MilvusClient(uri=…, token="…"): the user's name and
  // password in one value, which the generic rules leave (a name, then a colon). (From a blind
  // grading of search engines: 5 missed.)
  defineRule({
    id: 'milvus-user-token',
    provider: 'Milvus',
    description: 'Milvus or Zilliz user token (user:password) under MILVUS_TOKEN or a Milvus-named key',
    keywords: ['milvus', 'zilliz'],
    pattern: keyed('(?:milvus|zilliz)[_.-]?(?:cloud[_.-]?)?(?:token|auth)', '[A-Za-z0-9_.-]{1,64}:[^\\s"\'`]{6,128}', '^\\s"\'`'),
    secretGroup: 1,
    accept: (m) => userPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://milvus.io/docs/authenticate.md',
    sample: (g) => `MILVUS_TOKEN='ingest:${g.chars(LOWER, 6)}_${g.chars(ALNUM, 6)}%${g.chars('0123456789', 2)}'`,
    negatives: ['MILVUS_TOKEN=root:Milvus', 'MILVUS_TOKEN=${MILVUS_USER}:${MILVUS_PASSWORD}', 'milvus_token = "user:password"'],
  }),
  defineRule({
    id: 'milvus-client-token',
    provider: 'Milvus',
    description: 'Milvus user token (user:password) given to a client (MilvusClient(uri=…, token="…"))',
    keywords: ['milvusclient('],
    pattern: /MilvusClient\([^()]{0,300}?\btoken[ \t]{0,4}[=:][ \t]{0,4}(["'])([A-Za-z0-9_.-]{1,64}:[^\s"']{6,128})\1/,
    secretGroup: 2,
    span: 'block',
    window: { before: 0, after: 420 },
    accept: (m) => userPassword(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://milvus.io/api-reference/pymilvus/v2.4.x/MilvusClient/Client/MilvusClient.md',
    sample: (g) => `client = MilvusClient(\n    uri="https://in03-${g.chars('0123456789abcdef', 12)}.api.gcp-us-west1.zillizcloud.com",\n    token="app_rw:${g.chars(ALNUM, 8)}.${g.chars(ALNUM, 6)}",\n)`,
    negatives: ['client = MilvusClient(uri=URI, token=os.environ["MILVUS_TOKEN"])', 'MilvusClient(uri="http://localhost:19530", token="root:Milvus")'],
  }),
];
