import { ALNUM, defineRule, keyed } from './define.js';

const TRANSACTION_KEY = '[A-Za-z0-9]{16}';
const rotate = { url: 'https://support.authorize.net/knowledgebase/Knowledgearticle/?code=000001271', how: 'Account → Settings → API Credentials & Keys → obtain a new transaction key (disable the old one now), then update where it is stored.' };
const docs = 'https://developer.authorize.net/api/reference/index.html#authentication';

/** Authorize.Net: the transaction key that, with the API login id, authorises payment API calls. */
export const authorizeNetRules = [
  defineRule({
    id: 'authorize-net-transaction-key',
    provider: 'Authorize.Net',
    description: 'Authorize.Net transaction key (16 letters and digits) under its name (AUTHORIZENET_TRANSACTION_KEY, api_transaction_key, authnetTransactionKey)',
    keywords: ['transaction_key', 'transactionkey', 'transaction-key'],
    pattern: keyed('(?:authorize[_.-]?net[_.-]?|auth[_.-]?net[_.-]?|anet[_.-]?|api[_.-]?)?transaction[_.-]?key', TRANSACTION_KEY),
    minEntropy: 3,
    severity: 'critical',
    rotate,
    docs,
    sample: (g) => g.chars(ALNUM, 16),
    sampleKey: 'AUTHORIZENET_TRANSACTION_KEY',
    negatives: ["'transaction_key' => 'YOUR_TRANSACTION_KEY'", 'AUTHORIZENET_TRANSACTION_KEY=${ANET_KEY}'],
  }),
  // The SDKs' setter: PHP's `$merchantAuthentication->setTransactionKey("…")`, Java's and C#'s alike.
  defineRule({
    id: 'authorize-net-transaction-key-call',
    provider: 'Authorize.Net',
    description: 'Authorize.Net transaction key given to the SDK (setTransactionKey("…"))',
    keywords: ['settransactionkey('],
    pattern: new RegExp(`setTransactionKey\\([ \\t]{0,4}(["'])(${TRANSACTION_KEY})\\1[ \\t]{0,4}\\)`, 'i'),
    secretGroup: 2,
    minEntropy: 3,
    window: { before: 8, after: 64 },
    severity: 'critical',
    rotate,
    docs,
    sample: (g) => `$merchantAuthentication->setTransactionKey("${g.chars(ALNUM, 16)}");`,
    negatives: ['$merchantAuthentication->setTransactionKey(getenv("ANET_TRANSACTION_KEY"));', 'setTransactionKey("YOUR_TRANSACTIONKEY")'],
  }),
];
