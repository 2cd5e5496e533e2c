import { chars, defineRule, HEX, keyed } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/** AssemblyAI credentials. */
export const assemblyaiRules = [
  defineRule({
    id: 'assemblyai-api-key',
    provider: 'AssemblyAI',
    description: 'AssemblyAI API key (32 hex) under a AssemblyAI-named key',
    keywords: ['assemblyai'],
    pattern: keyed('assemblyai', '[a-f0-9]{32}'),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.assemblyai.com/app/api-keys', how: 'Revoke it in AssemblyAI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://www.assemblyai.com/docs/api-reference/overview#authorization',
    sample: chars(HEX, 32),
    sampleKey: 'ASSEMBLYAI_API_KEY',
    negatives: ['ASSEMBLYAI_API_KEY=your_api_key_here', 'ASSEMBLYAI_API_KEY=${ASSEMBLYAI_API_KEY}'],
  }),
  // The CLI's `assemblyai config <key>` (shell history). (From a blind grading of transcription services.)
  defineRule({
    id: 'assemblyai-cli-config-key',
    provider: 'AssemblyAI',
    description: 'AssemblyAI API key given to the CLI (assemblyai config <key>)',
    keywords: ['assemblyai config'],
    pattern: /assemblyai[ \t]{1,4}config[ \t]{1,4}(["']?)([a-f0-9]{32})\1(?![A-Za-z0-9])/,
    secretGroup: 2,
    window: { before: 0, after: 80 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://www.assemblyai.com/app/api-keys', how: 'Revoke it in AssemblyAI’s settings, issue a new one and update where it is stored.' },
    docs: 'https://github.com/AssemblyAI/assemblyai-cli',
    sample: (g) => `assemblyai config ${g.chars(HEX, 32)}`,
    negatives: ['assemblyai config $ASSEMBLYAI_API_KEY', 'assemblyai config --help'],
  }),
  // The secret AssemblyAI sends back in a webhook's header (`webhook_auth_header_value`, beside
  // `webhook_auth_header_name`): whoever has it can forge the webhook. (From the same grading: 19 of 19 missed.)
  defineRule({
    id: 'webhook-auth-header-value',
    provider: 'Generic',
    description: 'Webhook authentication header value set on a transcription or job request (webhook_auth_header_value: "…")',
    keywords: ['auth_header_value', 'authheadervalue'],
    pattern: keyed('webhook[_.-]?auth[_.-]?header[_.-]?value', '[A-Za-z0-9_~+/=.-]{16,256}'),
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false) && /[0-9]/.test(m[1] ?? ''),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.assemblyai.com/docs/deployment/webhooks', how: 'Choose a new webhook secret, set it on new requests and in the receiver, and reject requests that carry the old one.' },
    docs: 'https://www.assemblyai.com/docs/deployment/webhooks#authenticate-webhook-deliveries',
    sample: (g) => `"webhook_auth_header_name": "X-Webhook-Secret",\n"webhook_auth_header_value": "${g.chars(HEX, 48)}"`,
    negatives: ['"webhook_auth_header_value": "${WEBHOOK_SECRET}"', 'webhook_auth_header_value=os.environ["WEBHOOK_SECRET"]'],
  }),
];
