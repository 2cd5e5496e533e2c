import { ALNUM, defineRule, startsToken, UPPER_ALNUM } from './define.js';
import { isUsablePassword, looksLikeSecretValue } from './generic.js';


const dbKeyStart = startsToken(['db-'], 'A-Za-z0-9_.-');

/** Brokerage and market-data APIs as trading code holds them. (From a blind grading of algorithmic trading.) */
export const tradingRules = [
  // Databento's API keys are "db-" and 29 letters and digits, given to its clients
  // (`db.Historical("db-…")`, `db.Live(key="db-…")`) or under DATABENTO_API_KEY.
  defineRule({
    id: 'databento-api-key',
    provider: 'Databento',
    description: 'Databento API key (db- and 29 letters and digits)',
    keywords: ['databento', 'historical(', 'live(', 'db-'],
    // A "db-" hit must start the key; the others name Databento or its clients.
    near: (text, at) => (text.charCodeAt(at + 1) | 32) !== 98 || dbKeyStart(text, at),
    pattern: /(?<![A-Za-z0-9_.-])(db-[A-Za-z0-9]{29})(?![A-Za-z0-9_.-])/,
    window: { before: 400, after: 400 },
    // "db-" alone starts host names (`db-primary-01…`): a key mixes cases and digits, beside Databento or its clients.
    accept: (m, text, at) => /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '') && /[0-9]/.test(m[1] ?? '') && /databento|\.(?:Historical|Live)\(/i.test(text.slice(Math.max(0, at - 400), at + 400)),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://databento.com/portal/keys', how: 'Portal → API keys: delete the key, create a new one and read it from DATABENTO_API_KEY.' },
    docs: 'https://databento.com/docs/api-historical/basics/authentication',
    sample: (g) => `client = db.Historical("db-${g.chars(ALNUM, 28)}7")`,
    sampleIsBlock: true,
    negatives: ['postgres://app@db-primary-01.internal:5432/app', 'client = db.Historical("db-XXXXXXXXXXXXXXXXXXXXXXXXXXXXX")', 'client = db.Historical(os.environ["DATABENTO_API_KEY"])'],
  }),
  // Alpaca's key pair given together: the key id (PK… for paper trading, AK… for live, 20 upper-case
  // letters and digits) and then its 40-character secret, to the Python SDK's REST/TradingClient or
  // the .NET SDK's `new SecretKey(id, secret)`.
  defineRule({
    id: 'alpaca-secret-key-pair',
    provider: 'Alpaca',
    description: "Alpaca API secret key given with its key id (PK… or AK…) to an SDK client (tradeapi.REST, TradingClient, new SecretKey(id, secret))",
    keywords: ['rest(', 'client(', 'secretkey('],
    pattern: /(?<![A-Za-z0-9_])(?:REST|[A-Za-z]{0,32}Client|SecretKey)\([ \t\r\n]{0,16}(?:key_id[ \t]{0,2}=[ \t]{0,2}|api_key[ \t]{0,2}=[ \t]{0,2})?["'][AP]K[A-Z0-9]{18}["'][ \t]{0,4},[ \t\r\n]{0,16}(?:secret_key[ \t]{0,2}=[ \t]{0,2})?["']([A-Za-z0-9/+]{40})["']/,
    span: 'block',
    window: { before: 48, after: 400 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    severity: 'critical',
    rotate: { url: 'https://app.alpaca.markets/paper/dashboard/overview', how: 'Dashboard → API Keys: regenerate the key pair and read both from APCA_API_KEY_ID and APCA_API_SECRET_KEY.' },
    docs: 'https://docs.alpaca.markets/docs/authentication',
    sample: (g) => `api = tradeapi.REST(\n    'PK${g.chars(UPPER_ALNUM, 18)}',\n    '${g.chars(ALNUM, 38)}Xy',\n    'https://paper-api.alpaca.markets')`,
    sampleIsBlock: true,
    negatives: ['api = tradeapi.REST(os.environ["APCA_API_KEY_ID"], os.environ["APCA_API_SECRET_KEY"])'],
  }),
  // The tastytrade SDK logs in with a user name and password by position: `Session('user', '…')`.
  defineRule({
    id: 'tastytrade-session-password',
    provider: 'tastytrade',
    description: "tastytrade account password given to the SDK's Session(login, password)",
    keywords: ['session('],
    pattern: /(?<![A-Za-z0-9_.])Session\([ \t]{0,4}(["'])[^"'\s]{1,64}\1[ \t]{0,4},[ \t]{0,4}(["'])([^"'\s\\]{6,128})\2/,
    secretGroup: 3,
    window: { before: 24, after: 240 },
    accept: (m, text, at) => /tastytrade|tastyworks/i.test(text.slice(Math.max(0, at - 4000), at + 400)) && isUsablePassword(m[3] ?? ''),
    severity: 'high',
    rotate: { url: 'https://my.tastytrade.com/', how: 'Change the account password (and revoke remembered sessions), and read the login from the environment.' },
    docs: 'https://tastyworks-api.readthedocs.io/en/latest/sessions.html',
    sample: (g) => `from tastytrade import Session\n\nsession = Session('trader${g.chars('0123456789', 2)}', '${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 6)}')`,
    sampleIsBlock: true,
    negatives: ["from tastytrade import Session\nsession = Session(os.environ['TT_USER'], os.environ['TT_PASSWORD'])", "from tastytrade import Session\nsession = Session('user', 'password')"],
  }),
];

// krakenex's key file (`k.load_key('kraken.key')`): the API key (56 base64 characters) on the
// first line, the private key (88, base64 of 64 bytes) on the second.
const KRAKEN_LINE = /^[A-Za-z0-9+/]{56}$|^[A-Za-z0-9+/]{86}==$/;

/** The lines of a krakenex key file, when both are key-shaped and random. */
export function krakenKeyFile(text: string): { start: number; end: number; confidence: 'high' }[] | undefined {
  const found: { start: number; end: number; confidence: 'high' }[] = [];
  let at = 0;
  for (const row of text.split('\n')) {
    const line = row.replace(/[ \t\r]+$/, '');
    if (line.length > 0) {
      if (!KRAKEN_LINE.test(line) || !looksLikeSecretValue(line, true)) return undefined;
      found.push({ start: at, end: at + line.length, confidence: 'high' });
    }
    at += row.length + 1;
  }
  return found.length === 2 ? found : undefined;
}
