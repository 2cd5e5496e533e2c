import { BASE64, BASE64URL, chars, defineRule, prefixed } from './define.js';

const rotate = {
  url: 'https://console.cloud.google.com/apis/credentials',
  how: 'APIs & Services → Credentials → delete or regenerate the key; restrict the new one.',
} as const;

// A Firebase web app's config: `apiKey` beside `authDomain` (…firebaseapp.com) and `projectId`
// or `messagingSenderId`. Its key identifies the project to Google and ships in every page (Firebase
// documents it as not secret: security rules and App Check guard the data).
const FIREBASE_NEAR = 600;

/**
 * Whether the key at `at` is the apiKey of a Firebase web config (its sibling keys within a few
 * lines). Only the key under `apiKey`: another Google key beside the config (a Gemini or Maps
 * server key in the same bundle) is not the app's (from a blind grading of bundles).
 */
function inFirebaseWebConfig(text: string, at: number): boolean {
  if (!/api_?key["'`]?\]?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,8}["'`]?$/i.test(text.slice(Math.max(0, at - 40), at))) return false;
  const near = text.slice(Math.max(0, at - FIREBASE_NEAR), at + FIREBASE_NEAR);
  // FlutterFire's generated firebase_options.dart: `FirebaseOptions(apiKey: …, appId: …)` per platform.
  return (/authDomain/.test(near) && /projectId|messagingSenderId|firebaseapp\.com/.test(near)) || (/FirebaseOptions\(/.test(near) && /appId|messagingSenderId|projectId/.test(near));
}

/** Whether the key at `at` is the `key` parameter of a Google Chat incoming-webhook URL: one published key for every webhook (the URL's `token` is the secret, and its own rule's). */
function inGoogleChatWebhook(text: string, at: number): boolean {
  return /chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{1,64}\/messages\?key=$/.test(text.slice(Math.max(0, at - 128), at));
}

/** Whether the key at `at` is an Android app's Firebase key in google-services.json (`"api_key": [{ "current_key": "AIza…" }]`), public by design as the web config's. */
function inGoogleServicesJson(text: string, at: number): boolean {
  return /"current_key"[ \t]{0,4}:[ \t]{0,4}"$/.test(text.slice(Math.max(0, at - 32), at));
}

/**
 * Whether the key at `at` is an iOS app's Firebase key in GoogleService-Info.plist
 * (`<key>API_KEY</key><string>AIza…`, with GOOGLE_APP_ID or GCM_SENDER_ID in the same file).
 */
function inGoogleServiceInfoPlist(text: string, at: number): boolean {
  if (!/<key>API_KEY<\/key>\s{0,64}<string>$/.test(text.slice(Math.max(0, at - 96), at))) return false;
  return /<key>(?:GOOGLE_APP_ID|GCM_SENDER_ID)<\/key>/.test(text.slice(Math.max(0, at - 2048), at + 2048));
}

/** Whether the key at `at` is an Android app's Maps SDK key in its manifest's meta-data, which Google documents as shipped in the app (restricted to its package and certificate). */
function inAndroidMapsMetaData(text: string, at: number): boolean {
  return /android:name="com\.google\.android\.(?:geo|maps\.v2)\.API_KEY"\s{1,64}android:value="$/.test(text.slice(Math.max(0, at - 160), at));
}

/** Whether the key at `at` is the value of a name that says Firebase (`firebaseApiKey`, `EXPO_PUBLIC_FIREBASE_API_KEY`, Objective-C's `kFirebaseApiKey = @"…"`): a Firebase app's key. */
function underFirebaseName(text: string, at: number): boolean {
  return /firebase[A-Za-z0-9_.-]{0,24}["'`]?\]?[ \t]{0,4}(?:[:=]|=>)[ \t]{0,8}@?["'`]?$/i.test(text.slice(Math.max(0, at - 64), at));
}

/**
 * Whether the AIza key at `at` is one Google publishes by design: a Firebase app's (web config,
 * google-services.json, GoogleService-Info.plist, a Firebase-named setting), an Android Maps SDK
 * key in the manifest, a Google Chat webhook's shared key.
 */
export function isPublishedGoogleKey(text: string, at: number): boolean {
  return inGoogleServicesJson(text, at) || inGoogleChatWebhook(text, at) || inFirebaseWebConfig(text, at) || inGoogleServiceInfoPlist(text, at) || inAndroidMapsMetaData(text, at) || underFirebaseName(text, at);
}

/** Google Cloud credentials. */
export const gcpRules = [
  prefixed({ id: 'gcp-api-key', provider: 'Google Cloud', description: 'Google API key (AIza), except a Firebase app\'s or an Android Maps SDK key in the manifest (public by design: firebaseConfig, google-services.json, GoogleService-Info.plist)', prefix: 'AIza', body: '[A-Za-z0-9_-]{35}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 35), accept: (_m, text, at) => !isPublishedGoogleKey(text, at), rotate, docs: 'https://cloud.google.com/docs/authentication/api-keys', severity: 'high' }),
  // An HMAC key's access ID (the secret is its 40-character pair): like AWS's AKIA key id, it names the key; reported so the pair is looked for.
  prefixed({ id: 'gcs-hmac-access-id', provider: 'Google Cloud', description: 'Google Cloud Storage HMAC access ID (GOOG1…), which names an HMAC key', prefix: 'GOOG1', body: '[A-Z0-9]{50,60}', right: 'A-Za-z0-9', sample: chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 56), severity: 'medium', rotate: { url: 'https://cloud.google.com/storage/docs/authentication/managing-hmackeys', how: 'Deactivate and delete the HMAC key (gcloud storage hmac update --deactivate, then delete) and create a new one.' }, docs: 'https://cloud.google.com/storage/docs/authentication/hmackeys' }),
  prefixed({ id: 'gcp-oauth-client-secret', provider: 'Google Cloud', description: 'Google OAuth client secret (GOCSPX-)', prefix: 'GOCSPX-', body: '[A-Za-z0-9_-]{28}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 28), rotate, docs: 'https://developers.google.com/identity/protocols/oauth2' }),
  prefixed({ id: 'google-oauth-access-token', provider: 'Google Cloud', description: 'Google OAuth access token (ya29., and ya29.c. as service accounts and gcloud print them)', prefix: 'ya29.', body: '(?:c\\.)?[A-Za-z0-9_-]{60,2048}', right: 'A-Za-z0-9_-', sample: chars(BASE64URL, 120), rotate: { url: 'https://myaccount.google.com/permissions', how: 'Access tokens expire within an hour; revoke the grant if the refresh token leaked too.' }, severity: 'high' }),
  defineRule({
    id: 'gcp-service-account-private-key',
    provider: 'Google Cloud',
    description: 'Google Cloud service account key file (private_key in JSON)',
    keywords: ['"private_key"'],
    pattern: /"private_key"[ \t]{0,4}:[ \t]{0,4}"(-----BEGIN PRIVATE KEY-----(?:\\n|[A-Za-z0-9+/=]){64,8192}-----END PRIVATE KEY-----(?:\\n)?)"/,
    prefixes: ['-----BEGIN PRIVATE KEY-----'],
    context: ['service_account', 'client_email', 'private_key_id'],
    severity: 'critical',
    rotate: { url: 'https://console.cloud.google.com/iam-admin/serviceaccounts', how: 'IAM → Service accounts → the account → Keys → delete the key; prefer workload identity.' },
    docs: 'https://cloud.google.com/iam/docs/keys-create-delete',
    sample: (g) => {
      const lines: string[] = [];
      for (let i = 0; i < 6; i++) lines.push(g.chars(BASE64, 64));
      return `{"type": "service_account", "private_key_id": "k1", "private_key": "-----BEGIN PRIVATE KEY-----\\n${lines.join('\\n')}\\n-----END PRIVATE KEY-----\\n", "client_email": "svc@project.iam.gserviceaccount.com"}`;
    },
    sampleIsBlock: true,
    negatives: ['{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n...\\n-----END PRIVATE KEY-----\\n"}'],
  }),
  prefixed({ id: 'google-oauth-refresh-token', provider: 'Google Cloud', description: 'Google OAuth 2.0 refresh token (1//0)', prefix: '1//0', body: '[A-Za-z0-9_-]{50,300}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 50), rotate: { url: 'https://myaccount.google.com/permissions', how: 'Revoke it in Google Cloud’s settings, issue a new one and update where it is stored.' }, docs: 'https://developers.google.com/identity/protocols/oauth2' }),
  // Secret Manager's access response (the API's JSON, `gcloud secrets versions access
  // --format=json`): the secret's bytes in base64 under payload.data, its CRC32C beside it.
  defineRule({
    id: 'gcp-secret-manager-payload',
    provider: 'Google Cloud',
    description: "Google Cloud Secret Manager secret version's payload (base64 under \"payload\": {\"data\": …}, as the API and gcloud --format=json return it)",
    keywords: ['"payload"'],
    pattern: /"payload"[ \t]{0,4}:[ \t]{0,4}\{\s{0,64}"data"[ \t]{0,4}:[ \t]{0,4}"([A-Za-z0-9+/]{12,8192}={0,2})"[ \t]{0,4},\s{0,64}"dataCrc32c"/,
    secretGroup: 1,
    span: 'block',
    window: { before: 8, after: 8400 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://cloud.google.com/secret-manager/docs/add-secret-version', how: 'Rotate the secret at its issuer, add it as a new version, disable the exposed version, and keep access output out of logs and files.' },
    docs: 'https://cloud.google.com/secret-manager/docs/reference/rest/v1/projects.secrets.versions/access',
    sample: (g) => `{\n  "name": "projects/123456789/secrets/db-password/versions/3",\n  "payload": {\n    "data": "${g.chars(BASE64, 32)}",\n    "dataCrc32c": "2401765382"\n  }\n}\n`,
    negatives: ['"payload": {\n    "data": "",\n    "dataCrc32c": "0"\n  }'],
  }),
];
