import { defineRule, UPPER } from './define.js';
import { shannonEntropy } from '../entropy.js';

// An RFC 4648 base32 seed of 80 bits or more (16 characters; Google Authenticator's are 16 or
// 32), as authenticator apps and OTP libraries take it, maybe padded.
const SEED = '[A-Z2-7]{16,128}={0,6}';
const WHOLE_SEED = new RegExp(`^${SEED}$`);

/** A base32 seed that is random, not a word in capitals. */
export function isOtpSeed(value: string): boolean {
  return WHOLE_SEED.test(value) && shannonEntropy(value.replace(/=+$/, '')) >= 3.2;
}

/** One-time-password seeds (TOTP/HOTP, RFC 6238/4226): whoever holds one generates the second factor. */
export const totpRules = [
  defineRule({
    id: 'otp-seed-call',
    provider: 'TOTP',
    description: "Base32 TOTP/HOTP seed given to an OTP library (pyotp.TOTP(\"…\"), ROTP::TOTP.new(\"…\"), otplib's authenticator.generate('…'))",
    keywords: ['pyotp.totp', 'pyotp.hotp', 'rotp::totp', 'rotp::hotp', 'authenticator.generate', 'totp.generate', 'hotp.generate'],
    pattern: new RegExp(`(?<![A-Za-z0-9_])(?:pyotp\\.[TH]OTP|ROTP::[TH]OTP\\.new|(?:authenticator|totp|hotp)\\.generate)[ \\t]*\\([ \\t]*(?:s[ \\t]*=[ \\t]*)?["'](${SEED})["']`),
    accept: (m) => isOtpSeed(m[1] ?? ''),
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://datatracker.ietf.org/doc/html/rfc6238', how: 'Reset the account\'s second factor (a new seed), enrol it again in the authenticator, and keep the seed in a secret store.' },
    docs: 'https://pyauth.github.io/pyotp/#time-based-otps',
    sample: (g) => `totp = pyotp.TOTP("${g.chars(UPPER + '234567', 32)}")`,
    sampleIsBlock: true,
    negatives: ['totp = pyotp.TOTP(pyotp.random_base32())', 'pyotp.TOTP(os.environ["MFA_SEED"])', 'pyotp.TOTP("BASE32SECRETBASE32SECRET")'],
  }),
];
