import { ALNUM, defineRule, DIGITS, HEX, prefixed, UPPER_ALNUM } from './define.js';
import type { SampleGen } from '../types.js';

const rotate = {
  url: 'https://api.slack.com/apps',
  how: 'Your app → OAuth & Permissions → Revoke tokens / Rotate, then reinstall the app to the workspace.',
} as const;
const docs = 'https://api.slack.com/authentication/token-types';
const ids = (g: SampleGen) => `${g.chars(DIGITS, 12)}-${g.chars(DIGITS, 13)}`;

/** Slack tokens and incoming webhooks. */
export const slackRules = [
  prefixed({ id: 'slack-bot-token', provider: 'Slack', description: 'Slack bot token (xoxb-)', prefix: 'xoxb-', body: '[0-9]{10,13}-[0-9]{10,13}-[A-Za-z0-9]{24,32}', sample: (g) => `${ids(g)}-${g.chars(ALNUM, 24)}`, rotate, docs, right: 'A-Za-z0-9_-' }),
  prefixed({ id: 'slack-user-token', provider: 'Slack', description: 'Slack user token (xoxp-, and xoxe- as files.slack.com links carry it)', prefix: ['xoxp-', 'xoxe-'], body: '[0-9]{10,13}-[0-9]{10,13}-[0-9]{10,13}-[a-f0-9]{32}', sample: (g) => `${ids(g)}-${g.chars(DIGITS, 13)}-${g.chars(HEX, 32)}`, rotate, docs, right: 'A-Za-z0-9_-' }),
  // Legacy tokens (workspace, app, and the older two-part bot tokens) carry one or two numeric ids
  // and a shorter tail than today's tokens.
  prefixed({ id: 'slack-legacy-token', provider: 'Slack', description: 'Slack legacy workspace, app, bot or browser session token (xoxa-, xoxo-, xoxs-, xoxr-, xoxc-, two-part xoxb-)', prefix: 'xox', body: '[abcors]-[0-9]{1,13}-[A-Za-z0-9-]{10,160}', sample: (g) => (g.int(0, 1) === 0 ? `${g.pick(['a', 'o', 's', 'r'])}-2-${g.chars(ALNUM, 40)}` : `${g.pick(['a', 'b', 'o'])}-${g.chars(DIGITS, 11)}-${g.chars(DIGITS, 13)}`), rotate, docs, right: 'A-Za-z0-9_-' }),
  prefixed({ id: 'slack-config-token', provider: 'Slack', description: 'Slack app configuration token (xoxe.xoxp-/xoxe.xoxb-)', prefix: 'xoxe.xox', body: '[bp]-1-[A-Za-z0-9_-]{140,200}', sample: (g) => `${g.pick(['b', 'p'])}-1-${g.chars(ALNUM, 166)}`, rotate, docs, right: 'A-Za-z0-9_-' }),
  prefixed({ id: 'slack-refresh-token', provider: 'Slack', description: 'Slack configuration refresh token (xoxe-1-)', prefix: 'xoxe-1-', body: '[A-Za-z0-9_-]{130,160}', sample: (g) => g.chars(ALNUM, 146), rotate, docs, right: 'A-Za-z0-9_-' }),
  prefixed({ id: 'slack-app-token', provider: 'Slack', description: 'Slack app-level token (xapp-)', prefix: 'xapp-', body: '[0-9]-[A-Z0-9]{8,15}-[0-9]{8,16}-[a-f0-9]{32,80}', sample: (g) => `1-${g.chars(UPPER_ALNUM, 10)}-${g.chars(DIGITS, 13)}-${g.chars(HEX, 64)}`, rotate, docs, right: 'A-Za-z0-9_-' }),
  // The `d` cookie of a signed-in Slack browser session (with an xoxc- token it acts as the user),
  // URL-encoded as browsers send it. (From a blind grading of tool output: found only under a TOKEN name.)
  prefixed({ id: 'slack-session-cookie', provider: 'Slack', description: "Slack browser session cookie (d=xoxd-…), which with the session's xoxc- token signs in as the user", prefix: 'xoxd-', body: '[A-Za-z0-9%+/=_-]{60,400}', right: 'A-Za-z0-9%+/=_-', minEntropy: 3.5, sample: (g) => `${g.chars(ALNUM, 30)}%2B${g.chars(ALNUM, 40)}%2F${g.chars(ALNUM, 20)}%3D%3D`, rotate: { url: 'https://slack.com/help/articles/214613347-Sign-out-of-Slack', how: 'Sign the session out everywhere (Account → Sign out all other sessions) so the cookie stops working, and change the password if the session was stolen.' }, docs, severity: 'high' }),
  // Airflow's Slack webhook connection carries the webhook's path as the password of a
  // `slackwebhook://` URI (`AIRFLOW_CONN_SLACK=slackwebhook://:T…/B…/…@hooks.slack.com/services`).
  defineRule({
    id: 'slack-webhook-connection-uri',
    provider: 'Slack',
    description: "Slack incoming webhook path as the password of an Airflow slackwebhook:// connection URI",
    keywords: ['slackwebhook://'],
    pattern: /slackwebhook:\/\/[^:@\s/]{0,64}:(T[A-Z0-9]{8,12}(?:\/|%2F)B[A-Z0-9]{8,12}(?:\/|%2F)[A-Za-z0-9]{24})@/,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://api.slack.com/apps', how: 'Your app → Incoming Webhooks → remove the webhook and add a new one, then store the new URL in an Airflow secrets backend.' },
    docs: 'https://airflow.apache.org/docs/apache-airflow-providers-slack/stable/connections/slack-incoming-webhook.html',
    sample: (g) => `AIRFLOW_CONN_SLACK_ALERTS=slackwebhook://:T${g.chars(UPPER_ALNUM, 10)}/B${g.chars(UPPER_ALNUM, 10)}/${g.chars(ALNUM, 24)}@hooks.slack.com/services`,
    negatives: ['AIRFLOW_CONN_SLACK=slackwebhook://:T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX@hooks.slack.com/services'],
  }),
  defineRule({
    id: 'slack-webhook-url',
    provider: 'Slack',
    description: 'Slack incoming webhook or workflow URL (hooks.slack.com)',
    keywords: ['hooks.slack.com'],
    pattern: /hooks\.slack\.com\/(?:services|workflows|triggers)\/([A-Za-z0-9_/+-]{40,120})(?![A-Za-z0-9_/+-])/,
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://api.slack.com/apps', how: 'Your app → Incoming Webhooks → remove the webhook and add a new one.' },
    docs: 'https://api.slack.com/messaging/webhooks',
    sample: (g) => `https://hooks.slack.com/services/T${g.chars(UPPER_ALNUM, 10)}/B${g.chars(UPPER_ALNUM, 10)}/${g.chars(ALNUM, 24)}`,
    negatives: ['https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX', 'https://hooks.slack.com/services/YOUR/WEBHOOK/URL'],
  }),
  // The webhook's path alone, where a capture prints the request line or HTTP/2's `:path` without the
  // host (`POST /services/T…/B…/… HTTP/1.1`, a proxy's `path` field; from a blind grading of
  // traffic captures: 16 of 16 missed).
  defineRule({
    id: 'slack-webhook-path',
    provider: 'Slack',
    description: 'Slack incoming webhook path without its host (/services/T…/B…/<token>) in a request line or a capture',
    keywords: ['/services/t'],
    pattern: /(?<![A-Za-z0-9_.-])\/services\/(T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/[A-Za-z0-9]{24})(?![A-Za-z0-9_/-])/,
    window: { before: 8, after: 80 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://api.slack.com/apps', how: 'Your app → Incoming Webhooks → remove the webhook and add a new one.' },
    docs: 'https://api.slack.com/messaging/webhooks',
    sample: (g) => `POST /services/T${g.chars(UPPER_ALNUM, 10)}/B${g.chars(UPPER_ALNUM, 10)}/${g.chars(ALNUM, 24)} HTTP/1.1`,
    sampleIsBlock: true,
    negatives: ['POST /services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX HTTP/1.1', 'GET /services/users/list HTTP/1.1'],
  }),
];

