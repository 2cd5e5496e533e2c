import { BASE64, chars, defineRule, keyed, prefixed } from './define.js';

/** Agora credentials. */
export const agoraRules = [
  defineRule({
    id: 'agora-app-certificate',
    provider: 'Agora',
    description: 'Agora App Certificate (32 hex characters) under an Agora-named key; it signs the access tokens of every channel of the project',
    keywords: ['agora'],
    pattern: keyed('agora[_.-]?(?:app[_.-]?)?(?:primary[_.-]?|secondary[_.-]?)?cert(?:ificate)?', '[0-9a-fA-F]{32}', '0-9a-fA-F'),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account', how: 'In Agora Console, enable the secondary certificate, switch token generation to it, then delete the leaked one.' },
    docs: 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account',
    sample: chars('0123456789abcdef', 32),
    sampleKey: 'AGORA_APP_CERTIFICATE',
    negatives: ['AGORA_APP_CERTIFICATE=your_app_certificate', 'AGORA_APP_CERTIFICATE=${AGORA_APP_CERTIFICATE}'],
  }),
  // A token server's `appCertificate` (Agora's samples name it so), with Agora or its token
  // builder named near it.
  defineRule({
    id: 'agora-app-certificate-code',
    provider: 'Agora',
    description: 'Agora App Certificate (32 hex characters) under appCertificate in a token server, with Agora or RtcTokenBuilder nearby',
    keywords: ['appcertificate', 'app_certificate'],
    pattern: keyed('app[_.-]?certificate', '[0-9a-fA-F]{32}', '0-9a-fA-F'),
    context: ['agora', 'rtctokenbuilder', 'rtmtokenbuilder'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://docs.agora.io/en/video-calling/get-started/manage-agora-account', how: 'In Agora Console, enable the secondary certificate, switch token generation to it, then delete the leaked one.' },
    docs: 'https://docs.agora.io/en/video-calling/get-started/authentication-workflow',
    sample: (g) => `const { RtcTokenBuilder } = require('agora-token');\nconst appCertificate = '${g.chars('0123456789abcdef', 32)}';\n`,
    negatives: ["const appCertificate = process.env.AGORA_APP_CERTIFICATE;"],
  }),
  // An AccessToken2 (a channel's RTC or RTM token): "007" and the base64 of its zlib-compressed
  // body, whose header makes the first two characters "eJ". It lets its holder join the channel as
  // the user until it expires (24 hours at most). From a blind grading of video conferencing: 5 of 13
  // missed where no name said token (a comment, a log).
  prefixed({
    id: 'agora-access-token',
    provider: 'Agora',
    description: 'Agora AccessToken2 (007 and the base64 of a zlib body: 007eJ…), an RTC or RTM token',
    prefix: '007eJ',
    body: '[A-Za-z0-9+/]{80,2000}={0,2}',
    left: 'A-Za-z0-9+/',
    right: 'A-Za-z0-9+/=',
    encodesBinary: true,
    minEntropy: 4.5,
    severity: 'medium',
    rotate: { url: 'https://docs.agora.io/en/video-calling/get-started/authentication-workflow', how: 'Let the token expire (it lasts at most 24 hours) and mint tokens on the server per user and channel instead of keeping one in code or logs.' },
    docs: 'https://docs.agora.io/en/video-calling/get-started/authentication-workflow',
    sample: (g) => g.chars(BASE64, 180),
    negatives: ['token = "007eJxTYBCYmWV...truncated"', '# 007eJ is the AccessToken2 prefix'],
  }),
];
