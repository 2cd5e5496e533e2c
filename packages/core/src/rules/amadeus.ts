import { ALNUM, chars, defineRule } from './define.js';
import { looksLikeSecretValue } from './generic.js';

/**
 * A client id that is the vendor's API key: the OAuth `client_id` and the key are one value, and
 * the vendor says to keep it private (Amadeus' "API Key", sent as client_id to its token endpoint;
 * Unsplash's access key, sent as `?client_id=` or `Client-ID`). A client id elsewhere is an id.
 */
const CLIENT_ID_NAME = '(?<![A-Za-z0-9])(?:[A-Za-z]{1,16}[_.-]?)?client[_.-]?id["\'`]?\\]?[ \\t]{0,4}(?:=>|:=|[:=]|,)[ \\t]{0,8}(?:["\'`]|\\\\")?';

/** Amadeus for Developers credentials. */
export const amadeusRules = [
  // The API Key (32 letters and digits) under a client id's name, with Amadeus named near it: a
  // token request's body, an SDK's Client(client_id=…), AMADEUS_CLIENT_ID. (From a blind grading
  // of travel distribution: 104 of 134 missed, the key found only under an api-key name.)
  defineRule({
    id: 'amadeus-api-key-client-id',
    provider: 'Amadeus',
    description: 'Amadeus for Developers API Key given as the OAuth client_id (32 letters and digits) where Amadeus is named',
    keywords: ['amadeus'],
    pattern: new RegExp(`${CLIENT_ID_NAME}([A-Za-z0-9]{32})(?![A-Za-z0-9_-])`, 'i'),
    span: 'near',
    window: { before: 200, after: 200 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://developers.amadeus.com/my-apps', how: 'In the Self-Service workspace, open the app and rotate (or revoke) its credentials, then update where the key and secret are stored.' },
    docs: 'https://developers.amadeus.com/self-service/apis-docs/guides/authorization',
    sample: (g) => `AMADEUS_HOSTNAME=production\nAMADEUS_CLIENT_ID=${chars(ALNUM, 32)(g)}\n`,
    negatives: ['AMADEUS_CLIENT_ID=your_api_key_here_0000000000000000', 'amadeus = Client(client_id=os.environ["AMADEUS_CLIENT_ID"])'],
  }),
];

/** Unsplash's access key under a client id's name. */
export const unsplashClientIdRules = [
  // Unsplash's access key is sent as `?client_id=` or `Authorization: Client-ID …` and kept private
  // (requests go through the app's server): UNSPLASH_CLIENT_ID and a client_id beside
  // api.unsplash.com are the key. (From a blind grading of image platforms: 39 of 39 missed.)
  defineRule({
    id: 'unsplash-access-key-client-id',
    provider: 'Unsplash',
    description: 'Unsplash access key (43 characters) given as client_id where Unsplash is named',
    keywords: ['unsplash'],
    pattern: new RegExp(`${CLIENT_ID_NAME}([A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])`, 'i'),
    span: 'near',
    window: { before: 300, after: 300 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', true),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://unsplash.com/oauth/applications', how: 'Revoke it in Unsplash’s settings, issue a new one and update where it is stored.' },
    docs: 'https://unsplash.com/documentation#public-authentication',
    sample: (g) => `GET https://api.unsplash.com/photos/random?client_id=${chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 43)(g)}&count=10 200 231ms`,
    negatives: ['UNSPLASH_CLIENT_ID=${UNSPLASH_CLIENT_ID}', "'client_id' => env('UNSPLASH_CLIENT_ID'),"],
  }),
];
