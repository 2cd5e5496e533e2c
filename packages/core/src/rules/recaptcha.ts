import { BASE64URL, defineRule } from './define.js';

/** Google reCAPTCHA credentials. */
export const recaptchaRules = [
  // A site verification request's `secret=` form field holds the server's secret key: reCAPTCHA's
  // `6L` and 38 URL-safe characters. (hCaptcha's, in the same request, are hcaptcha.ts's.) Google's
  // published test secret is allowlisted.
  defineRule({
    id: 'recaptcha-secret-key-verify',
    provider: 'Google reCAPTCHA',
    description: 'reCAPTCHA secret key in a siteverify request body (secret=6L…&response=…)',
    keywords: ['secret=6l'],
    pattern: /(?<![A-Za-z0-9_])secret=(6L[A-Za-z0-9_-]{38})(?![A-Za-z0-9_-])/,
    secretGroup: 1,
    window: { before: 8, after: 60 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.google.com/recaptcha/admin', how: 'Admin console → the site → Settings: delete the key pair and create a new one, then update the site and the server.' },
    docs: 'https://developers.google.com/recaptcha/docs/verify',
    sample: (g) => `curl -s https://www.google.com/recaptcha/api/siteverify -d "secret=6L${g.chars(BASE64URL, 38)}&response=$TOKEN"`,
    negatives: ['-d "secret=6L_your_secret_key_goes_here_xxxxxxxxxxxxxxxx&response=$TOKEN"', 'secret=${RECAPTCHA_SECRET}&response=$TOKEN'],
  }),
];
