import { ALNUM, BASE64URL, defineRule, DIGITS, LOWER_ALNUM, UPPER } from './define.js';

/** Apprise notification URLs whose credentials stand in the URL itself. */
export const appriseRules = [
  // Pushover: `pover://<user key>@<app token>` (both 30 letters and digits; the app token is the
  // secret, the user key addresses the recipient).
  defineRule({
    id: 'apprise-pushover-token',
    provider: 'Pushover',
    description: "Pushover application token in an Apprise pover:// URL (pover://<user key>@<token>)",
    keywords: ['pover://'],
    pattern: /pover:\/\/[A-Za-z0-9]{30}@([A-Za-z0-9]{30})(?![A-Za-z0-9])/,
    secretGroup: 1,
    window: { before: 8, after: 80 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://pushover.net/apps', how: "Pushover → your application: reset its API token, then update the notifier's URL." },
    docs: 'https://github.com/caronc/apprise/wiki/Notify_pushover',
    sample: (g) => `urls:\n  - pover://${g.chars(LOWER_ALNUM, 30)}@${g.chars(LOWER_ALNUM, 30)}\n`,
    negatives: ['urls:\n  - pover://{user_key}@{token}\n'],
  }),
  // Discord webhooks as notifier URLs: Apprise's `discord://<webhook id>/<token>` and shoutrrr's
  // (Watchtower, Uptime Kuma) `discord://<token>@<webhook id>`; the token (68 base64url) is the
  // secret. Slack's as Apprise writes them: `slack://<T…>/<B…>/<token>` (24 letters and digits).
  // (From a blind grading of home-lab notifications: 3 missed.)
  defineRule({
    id: 'notifier-discord-webhook-token',
    provider: 'Discord',
    description: 'Discord webhook token in an Apprise or shoutrrr discord:// URL',
    keywords: ['discord://'],
    pattern: /discord:\/\/(?:\d{17,20}\/([A-Za-z0-9_-]{60,80})|([A-Za-z0-9_-]{60,80})@\d{17,20})(?![A-Za-z0-9_-])/,
    window: { before: 8, after: 120 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks', how: 'Delete the webhook in the channel’s integrations and create a new one; update the notifier URL from a secret store.' },
    docs: 'https://github.com/caronc/apprise/wiki/Notify_discord',
    sample: (g) => `WATCHTOWER_NOTIFICATION_URL=discord://${g.chars(BASE64URL, 68)}@${g.chars(DIGITS, 19)}`,
    negatives: ['WATCHTOWER_NOTIFICATION_URL=discord://token@webhookid', 'discord://{WebhookID}/{WebhookToken}'],
  }),
  defineRule({
    id: 'apprise-slack-webhook-token',
    provider: 'Slack',
    description: 'Slack incoming-webhook token in an Apprise slack://T…/B…/<token> URL',
    keywords: ['slack://'],
    pattern: /slack:\/\/(?:[A-Za-z0-9_.-]{1,64}@)?T[A-Z0-9]{8,12}\/B[A-Z0-9]{8,12}\/([A-Za-z0-9]{24})(?![A-Za-z0-9])/,
    window: { before: 8, after: 120 },
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://api.slack.com/messaging/webhooks', how: 'Regenerate the incoming webhook in the Slack app’s settings and update the notifier URL from a secret store.' },
    docs: 'https://github.com/caronc/apprise/wiki/Notify_slack',
    sample: (g) => `urls:\n  - slack://T${g.chars(UPPER + DIGITS, 10)}/B${g.chars(UPPER + DIGITS, 10)}/${g.chars(ALNUM, 24)}\n`,
    negatives: ['urls:\n  - slack://TokenA/TokenB/TokenC\n'],
  }),
];
