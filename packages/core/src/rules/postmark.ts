import { shannonEntropy } from '../entropy.js';
import { defineRule, HEX, keyed, UUID, uuidSample } from './define.js';

/** Postmark credentials. */
export const postmarkRules = [
  defineRule({
    id: 'postmark-server-token',
    provider: 'Postmark',
    description: 'Postmark server or account token (UUID) under a Postmark-named key',
    keywords: ['postmark'],
    pattern: keyed(`postmark[_.-]?(?:server|account|api)?[_.-]?(?:token|key)`, `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://account.postmarkapp.com/servers', how: 'The server → API Tokens → reset the token.' },
    sample: (g) => `${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`,
    sampleKey: 'POSTMARK_SERVER_TOKEN',
    negatives: ['POSTMARK_SERVER_TOKEN=00000000-0000-0000-0000-000000000000'],
  }),
  // The official clients take the token as their constructor's first argument: PHP's
  // `new PostmarkClient("…")`, Node's `new postmark.ServerClient("…")`, Ruby's `Postmark::ApiClient.new('…')`.
  defineRule({
    id: 'postmark-client-token',
    provider: 'Postmark',
    description: 'Postmark server or account token (UUID) passed to a Postmark client constructor',
    keywords: ['postmarkclient(', 'postmarkadminclient(', 'serverclient(', 'accountclient(', 'apiclient.new(', 'accountapiclient.new('],
    pattern: new RegExp(`(?:PostmarkClient|PostmarkAdminClient|postmark\\.(?:ServerClient|AccountClient)|Postmark::(?:ApiClient|AccountApiClient)\\.new)\\([ \\t]{0,4}(["'])(${UUID})\\1`),
    secretGroup: 2,
    minEntropy: 2.5,
    window: { before: 40, after: 80 },
    severity: 'high',
    rotate: { url: 'https://account.postmarkapp.com/servers', how: 'The server → API Tokens → reset the token, and read it from the environment.' },
    docs: 'https://postmarkapp.com/developer/api/overview#authentication',
    sample: (g) => `$client = new PostmarkClient("${uuidSample(g)}");`,
    negatives: ['$client = new PostmarkClient(getenv("POSTMARK_TOKEN"));', 'new postmark.ServerClient("00000000-0000-0000-0000-000000000000")'],
  }),
  // Postmark's SMTP service takes the server token as both the user name and the password
  // (`smtp.postmarkapp.com:<token>:<token>`, `[smtp.postmarkapp.com]:587 <token>:<token>`).
  defineRule({
    id: 'postmark-smtp-token',
    provider: 'Postmark',
    description: "Postmark server token given as SMTP user and password (token:token, the same UUID twice) with Postmark nearby",
    keywords: ['postmark'],
    // Both copies are the secret: the whole match is reported (and masked).
    pattern: new RegExp(`(?<![A-Za-z0-9_-])(${UUID}):\\1(?![A-Za-z0-9_-])`, 'i'),
    secretGroup: 0,
    window: { before: 600, after: 600 },
    accept: (m) => shannonEntropy(m[1] ?? '') >= 3,
    severity: 'high',
    rotate: { url: 'https://account.postmarkapp.com/servers', how: 'The server → API Tokens → reset the token, then update the relay map on the host.' },
    docs: 'https://postmarkapp.com/developer/user-guide/send-email-with-smtp',
    sample: (g) => {
      const t = `${g.chars('0123456789abcdef', 8)}-${g.chars('0123456789abcdef', 4)}-4${g.chars('0123456789abcdef', 3)}-a${g.chars('0123456789abcdef', 3)}-${g.chars('0123456789abcdef', 12)}`;
      return `smtp.postmarkapp.com:${t}:${t}`;
    },
    negatives: ['smtp.postmarkapp.com:00000000-0000-0000-0000-000000000000:00000000-0000-0000-0000-000000000000'],
  }),
];
