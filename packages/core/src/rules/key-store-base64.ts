import { binaryRules } from '../binary.js';
import { defineRule } from './define.js';

// A key store carried as base64 text: CI secrets and .env files hold an Android upload key
// (`ANDROID_KEYSTORE_BASE64: /u3+7Q…`) or a signing identity (`P12_BASE64=MII…`) that a build
// step decodes to a file. The text is judged as the file would be (binary.ts): a Java KeyStore
// or JCEKS with a private-key entry, a PKCS#12 store with a readable key (its MAC opens with a
// well-known password, or none). Opening bytes: JKS FE ED FE ED, JCEKS CE CE CE CE, PKCS#12 a
// SEQUENCE then version 3 ("MII…IBAzCC" with a two-byte length, "MIA…" when indefinite).
const MAX_BASE64 = 1 << 17;
const BASE64_RUN = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a base64 run, read leniently (a pasted value may have lost its padding or its last character). */
function decode(run: string): Uint8Array | undefined {
  if (!BASE64_RUN.test(run)) return undefined;
  let body = run.replace(/=+$/, '');
  if (body.length % 4 === 1) body = body.slice(0, -1);
  const text = atob(body + '='.repeat((4 - (body.length % 4)) % 4));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

// The binary judges of key stores (a DER key on its own does not travel this way).
const KEY_STORE_JUDGES = binaryRules.filter((r) => r.id === 'pkcs12-private-key' || r.id === 'java-keystore-private-key');

/** Whether the decoded run is a key store one of the binary judges reports. */
function holdsKey(run: string): boolean {
  const bytes = decode(run);
  return bytes !== undefined && KEY_STORE_JUDGES.some((r) => r.judge(bytes) !== undefined);
}

export const keyStoreBase64Rules = [
  defineRule({
    id: 'key-store-base64',
    provider: 'Private key',
    description: 'Java KeyStore, JCEKS or PKCS#12 store with a private key, base64-encoded in text (a CI secret, an .env value)',
    keywords: ['/u3+7q', 'zs7ozg', 'ibazcc', 'miacaqmwga'],
    window: { before: 16, after: 256, grows: MAX_BASE64 + 64 },
    pattern: new RegExp(`(?<![A-Za-z0-9+/])((?:\\/u3\\+7Q|zs7Ozg|MII[A-Za-z0-9+/]{2}IBAzCC|MIACAQMwgA)[A-Za-z0-9+/]{40,${MAX_BASE64}}={0,2})(?![A-Za-z0-9+/=])`),
    secretGroup: 1,
    accept: (m) => holdsKey(m[1] ?? ''),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://developer.android.com/studio/publish/app-signing#reset_upload_key', how: 'Treat the key as exposed: reset the upload key (Play Console) or revoke the certificate (Apple Developer), store the new store only as a CI secret and rotate its password.' },
    docs: 'https://docs.oracle.com/en/java/javase/17/docs/specs/man/keytool.html',
    // A JKS with one private-key entry ("upload"), as keytool writes it, encoded at run time.
    sample: (g) => {
      const head = [0xfe, 0xed, 0xfe, 0xed, 0, 0, 0, 2, 0, 0, 0, 1, 0, 0, 0, 1, 0, 6, 0x75, 0x70, 0x6c, 0x6f, 0x61, 0x64];
      const body = Array.from({ length: 120 }, () => g.int(0, 255));
      return btoa(String.fromCharCode(...head, ...body));
    },
    sampleKey: 'ANDROID_KEYSTORE_BASE64',
    negatives: ['ANDROID_KEYSTORE_BASE64: ${{ secrets.ANDROID_KEYSTORE_BASE64 }}', `P12_BASE64=${'MIIKeQIBAzCC'}${'A'.repeat(120)}`],
  }),
];
