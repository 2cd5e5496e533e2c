import { chars, defineRule, keyed } from './define.js';

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
];
