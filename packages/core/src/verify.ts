// How to check whether a found token is live: each provider's documented read-only identity
// endpoint, as data. Core sends nothing: the CLI (`keyward scan --verify`) reads these specs and
// makes the request. They live in one table, not spread over the rule files, so what is sent
// where can be reviewed in one place; a test checks that every host belongs to its provider.

/** A test on a JSON answer: the value at `path` (dot-separated) equals, is in, or includes. */
export interface AnswerCheck {
  readonly path: string;
  readonly equals?: string | number | boolean | null;
  readonly in?: readonly string[];
  readonly includes?: string;
  /** True: the value at `path` must be present and not null. */
  readonly present?: boolean;
}

/** How a token travels in the request. */
export type VerifyAuth =
  | 'bearer' // Authorization: Bearer <token>
  | 'bot' // Authorization: Bot <token> (Discord)
  | 'raw' // Authorization: <token> (Linear API keys)
  | 'basic-user' // Basic <token>: (Stripe)
  | 'path' // in the URL path where the URL says {token} (Telegram)
  | { readonly header: string }; // a header of its own (x-api-key, PRIVATE-TOKEN)

export interface Verification {
  /** Provider name, also the key of `--verify-endpoint <provider>=<url>` (lowercased, no spaces). */
  readonly provider: string;
  /** Fixed HTTPS URL of the identity endpoint. `{token}` may stand only in the path. */
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly auth: VerifyAuth;
  /** Other headers the endpoint requires (API version headers). */
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON request body (POST). */
  readonly body?: string;
  /** Status codes that prove the token is live (default [200]); 403 where it means "live, lacks scope". */
  readonly live?: readonly number[];
  /** Status codes that mean the token is not accepted. */
  readonly invalid: readonly number[];
  /** Answer bodies that mean the token is not accepted whatever the status (Slack's ok:false). */
  readonly invalidWhen?: readonly AnswerCheck[];
  /** Answer bodies that prove the token live whatever the status (OpenAI's "Missing scopes"). */
  readonly liveWhen?: readonly AnswerCheck[];
  /** Checks a live status must also pass (Slack ok:true); failing them is `unknown`. */
  readonly require?: readonly AnswerCheck[];
  /** JSON paths of the account, bot or workspace name, first present wins. */
  readonly account?: readonly string[];
  /** A response header holding the account or organisation id. */
  readonly accountHeader?: string;
  /** The vendor's description of the endpoint. */
  readonly docs: string;
}

/** A spec as written below: GET, a Bearer token and 401 for "invalid" unless it says otherwise. */
type VerificationSpec = Omit<Verification, 'method' | 'auth' | 'invalid'> & Partial<Pick<Verification, 'method' | 'auth' | 'invalid'>>;

const v = (spec: VerificationSpec): Verification => Object.freeze({ method: 'GET', auth: 'bearer', invalid: [401], ...spec });

const notion = v({
  provider: 'notion',
  url: 'https://api.notion.com/v1/users/me',
  headers: { 'Notion-Version': '2022-06-28' },
  // 403 restricted_resource: the token is valid but lacks a capability.
  live: [200, 403],
  account: ['bot.workspace_name', 'name', 'bot.owner.user.name'],
  docs: 'https://developers.notion.com/reference/get-self',
});
const github = v({
  provider: 'github',
  url: 'https://api.github.com/user',
  headers: { Accept: 'application/vnd.github+json', 'X-GitHub-Api-Version': '2022-11-28' },
  // 403 here is a rate limit, not a verdict.
  account: ['login'],
  docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
});
const gitlab = v({
  provider: 'gitlab',
  url: 'https://gitlab.com/api/v4/user',
  auth: { header: 'PRIVATE-TOKEN' },
  live: [200, 403],
  account: ['username'],
  docs: 'https://docs.gitlab.com/api/users/#get-the-current-user',
});
const slack = v({
  provider: 'slack',
  url: 'https://slack.com/api/auth.test',
  method: 'POST',
  // Slack answers 200 either way; the body says.
  invalidWhen: [{ path: 'error', in: ['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired'] }],
  require: [{ path: 'ok', equals: true }],
  account: ['team', 'user'],
  docs: 'https://api.slack.com/methods/auth.test',
});
const openai = v({
  provider: 'openai',
  url: 'https://api.openai.com/v1/models',
  // 401 is both a bad key (invalid_api_key) and a live key restricted from listing models.
  invalid: [],
  invalidWhen: [{ path: 'error.code', equals: 'invalid_api_key' }],
  liveWhen: [{ path: 'error.message', includes: 'Missing scopes' }],
  accountHeader: 'openai-organization',
  docs: 'https://platform.openai.com/docs/api-reference/models/list',
});
const anthropic = v({
  provider: 'anthropic',
  url: 'https://api.anthropic.com/v1/models',
  auth: { header: 'x-api-key' },
  headers: { 'anthropic-version': '2023-06-01' },
  accountHeader: 'anthropic-organization-id',
  docs: 'https://docs.anthropic.com/en/api/models-list',
});
const huggingface = v({
  provider: 'huggingface',
  url: 'https://huggingface.co/api/whoami-v2',
  account: ['name'],
  docs: 'https://huggingface.co/docs/hub/api#get-apiwhoami-v2',
});
const npm = v({
  provider: 'npm',
  url: 'https://registry.npmjs.org/-/whoami',
  account: ['username'],
  docs: 'https://docs.npmjs.com/cli/v10/commands/npm-whoami',
});
const stripe = v({
  provider: 'stripe',
  url: 'https://api.stripe.com/v1/account',
  auth: 'basic-user',
  // A restricted key without permission for the endpoint gets 403: it exists and is live.
  live: [200, 403],
  account: ['settings.dashboard.display_name', 'business_profile.name', 'id'],
  docs: 'https://docs.stripe.com/api/authentication',
});
const sendgrid = v({
  provider: 'sendgrid',
  url: 'https://api.sendgrid.com/v3/scopes',
  live: [200, 403],
  docs: 'https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions/retrieve-a-list-of-scopes-for-which-this-user-has-access',
});
const linear = v({
  provider: 'linear',
  url: 'https://api.linear.app/graphql',
  method: 'POST',
  // Personal API keys go without "Bearer" (that is for OAuth tokens).
  auth: 'raw',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ query: '{ viewer { name } organization { name } }' }),
  invalidWhen: [{ path: 'errors.0.extensions.code', equals: 'AUTHENTICATION_ERROR' }],
  require: [{ path: 'data.viewer', present: true }],
  account: ['data.organization.name', 'data.viewer.name'],
  docs: 'https://linear.app/developers/graphql#authentication',
});
const linearOAuth = v({ ...linear, auth: 'bearer' });
const vercel = v({
  provider: 'vercel',
  url: 'https://api.vercel.com/v2/user',
  invalidWhen: [{ path: 'error.invalidToken', equals: true }],
  account: ['user.username'],
  docs: 'https://vercel.com/docs/rest-api/reference/endpoints/user/get-the-user',
});
const digitalocean = v({
  provider: 'digitalocean',
  url: 'https://api.digitalocean.com/v2/account',
  account: ['account.team.name', 'account.email'],
  docs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account',
});
const cloudflare = v({
  provider: 'cloudflare',
  url: 'https://api.cloudflare.com/client/v4/user/tokens/verify',
  invalidWhen: [{ path: 'result.status', in: ['disabled', 'expired'] }],
  require: [{ path: 'result.status', equals: 'active' }],
  docs: 'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/',
});
const sentryUser = v({
  provider: 'sentry',
  url: 'https://sentry.io/api/0/',
  require: [{ path: 'user', present: true }],
  account: ['user.username'],
  docs: 'https://docs.sentry.io/api/auth/',
});
const sentryOrg = v({
  provider: 'sentry',
  url: 'https://sentry.io/api/0/auth/validate/',
  invalid: [401, 403],
  docs: 'https://docs.sentry.io/account/auth-tokens/#organization-tokens',
});
const telegram = v({
  provider: 'telegram',
  url: 'https://api.telegram.org/bot{token}/getMe',
  auth: 'path',
  invalid: [401, 404],
  require: [{ path: 'ok', equals: true }],
  account: ['result.username'],
  docs: 'https://core.telegram.org/bots/api#getme',
});
const discord = v({
  provider: 'discord',
  url: 'https://discord.com/api/v10/users/@me',
  auth: 'bot',
  account: ['username'],
  docs: 'https://discord.com/developers/docs/resources/user#get-current-user',
});
const postman = v({
  provider: 'postman',
  url: 'https://api.getpostman.com/me',
  auth: { header: 'X-API-Key' },
  account: ['user.username'],
  docs: 'https://learning.postman.com/docs/developer/postman-api/authentication/',
});
const groq = v({
  provider: 'groq',
  url: 'https://api.groq.com/openai/v1/models',
  docs: 'https://console.groq.com/docs/api-reference#models-list',
});
const replicate = v({
  provider: 'replicate',
  url: 'https://api.replicate.com/v1/account',
  account: ['username'],
  docs: 'https://replicate.com/docs/reference/http#accounts.get',
});
const doppler = v({
  provider: 'doppler',
  url: 'https://api.doppler.com/v3/me',
  account: ['workplace.name', 'name'],
  docs: 'https://docs.doppler.com/reference/auth-me',
});
const airtable = v({
  provider: 'airtable',
  url: 'https://api.airtable.com/v0/meta/whoami',
  account: ['id'],
  docs: 'https://airtable.com/developers/web/api/get-user-id-scopes',
});

/**
 * Rule id → how to verify its tokens. Read-only identity endpoints only: PyPI has none (its peer
 * check is a fake upload) and DigitalOcean refresh tokens can only be checked by minting a new
 * token, so neither is verified. Cloudflare's unprefixed 40-character tokens may be
 * account-owned, which answer only on an account-specific endpoint: only `cfut_` user tokens are
 * checked.
 */
export const verifications: ReadonlyMap<string, Verification> = new Map([
  ['notion-integration-token', notion],
  ['notion-legacy-token', notion],
  ['github-pat-classic', github],
  ['github-fine-grained-pat', github],
  ['github-oauth-token', github],
  ['github-user-to-server-token', github],
  ['gitlab-pat', gitlab],
  ['slack-bot-token', slack],
  ['slack-user-token', slack],
  ['slack-legacy-token', slack],
  ['openai-project-key', openai],
  ['openai-service-account-key', openai],
  ['openai-legacy-key', openai],
  ['anthropic-api-key', anthropic],
  ['huggingface-access-token', huggingface],
  ['huggingface-org-token', huggingface],
  ['npm-access-token', npm],
  ['stripe-secret-key', stripe],
  ['stripe-restricted-key', stripe],
  ['sendgrid-api-key', sendgrid],
  ['linear-api-key', linear],
  ['linear-oauth-token', linearOAuth],
  ['vercel-token', vercel],
  ['vercel-personal-access-token', vercel],
  ['digitalocean-pat', digitalocean],
  ['digitalocean-oauth-token', digitalocean],
  ['cloudflare-user-api-token-v2', cloudflare],
  ['sentry-user-token', sentryUser],
  ['sentry-org-token', sentryOrg],
  ['telegram-bot-token', telegram],
  ['discord-bot-token', discord],
  ['postman-api-key', postman],
  ['groq-api-key', groq],
  ['replicate-api-token', replicate],
  ['doppler-token', doppler],
  ['airtable-pat', airtable],
]);

/** The verification spec for a rule's tokens, if its provider has a read-only identity endpoint. */
export function verificationFor(ruleId: string): Verification | undefined {
  return verifications.get(ruleId);
}
