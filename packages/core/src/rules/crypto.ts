import { shannonEntropy } from '../entropy.js';
import { BASE64, BASE64URL, BLOCK_BREAK, defineRule, startsToken, token } from './define.js';
import type { SampleGen } from '../types.js';

const BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const SIGNED_DOCUMENT_NAME = /(?:signed[A-Za-z]{0,24}|[A-Za-z]{0,24}qr[_-]?code)["']?[ \t]{0,4}[:=][ \t]{0,4}["']?$/i;

/** The fixed DER header every P-256 public key starts with: public, but token-shaped. */
const P256_PUBLIC_KEY_HEADER = ['MFkwEwYHKoZIzj0', 'CAQYIKoZIzj0DAQcDQgAE'].join('');
const KINDS = ['RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', ''];
/** The DER header every 2048-bit RSA PKCS#8 key starts with (SEQUENCE, version 0, rsaEncryption), as base64: public, shared by all such keys. */
const RSA_PKCS8_HEADER = btoa(String.fromCharCode(0x30, 0x82, 0x04, 0xbd, 0x02, 0x01, 0x00, 0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00, 0x04, 0x82));

function b64url(json: string): string {
  return btoa(json).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
}

function decodesToJsonWithAlg(segment: string): boolean {
  try {
    const padded = segment.replace(/-/g, '+').replace(/_/g, '/');
    const header = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4))) as unknown;
    return typeof header === 'object' && header !== null && 'alg' in header;
  } catch {
    return false;
  }
}

/** Whether a JWE's protected header decodes to JSON naming both a key algorithm and a content encryption (`alg`, `enc`). */
function decodesToJweHeader(segment: string): boolean {
  try {
    const padded = segment.replace(/-/g, '+').replace(/_/g, '/');
    const header = JSON.parse(atob(padded + '='.repeat((4 - (padded.length % 4)) % 4))) as unknown;
    return typeof header === 'object' && header !== null && 'alg' in header && 'enc' in header;
  } catch {
    return false;
  }
}

function pemBody(g: SampleGen, lines: number): string {
  const out: string[] = [];
  for (let i = 0; i < lines; i++) out.push(g.chars(BASE64, 64));
  return out.join('\n');
}

// The header lines of a legacy (OpenSSL "traditional") encrypted key, between the BEGIN line and
// the body: `Proc-Type: 4,ENCRYPTED` and `DEK-Info: AES-256-CBC,<iv hex>`. Their "-" is kept out
// of the body class (see below), so they are matched here, once, when present.
// A line break, its indent and a comment mark (as the body allows them) go before each.
const HEADER_BREAK = String.raw`(?:\s|\\[rn]){1,16}(?:[#*][ \t]?)?`;
const LEGACY_ENCRYPTED = String.raw`(?:${HEADER_BREAK}Proc-Type:[ \t]?4,ENCRYPTED${HEADER_BREAK}DEK-Info:[ \t]?[A-Z0-9-]{3,32},[0-9A-Fa-f]{8,64})?`;

// The longest run of base64 characters on a line: a PEM body line's, whatever stands around it.
const BASE64_RUN = /[A-Za-z0-9+/=]+/g;

/**
 * Whether the lines between a BEGIN and an END line (each with something before it: a diff's
 * "-", a mail's "> -", git blame's commit and author, git grep's path, a CI log's time, a side by
 * side diff's other column, an HTML row) hold a PEM body: each line's longest base64 run as long
 * as the others (60 to 80 characters; the last no longer), random, 64 characters or more in all.
 */
function prefixedPemBody(block: string): boolean {
  const lines = block.split('\n').slice(1, -1);
  const runs: string[] = [];
  let headers = 0;
  for (const line of lines) {
    let longest = '';
    for (const run of line.match(BASE64_RUN) ?? []) if (run.length > longest.length) longest = run;
    // A legacy encrypted key's headers and the blank line after them.
    if (longest.length < 16 && headers < 3) {
      headers++;
      continue;
    }
    runs.push(longest);
  }
  if (runs.length < 2) return false;
  const width = (runs[0] as string).length;
  if (width < 60 || width > 81 || runs.some((run, i) => (i < runs.length - 1 ? run.length !== width : run.length > width))) return false;
  const body = runs.join('');
  return body.length >= 100 && shannonEntropy(body) >= 5;
}

/** Private keys and signed tokens: PEM/OpenSSH/PGP blocks, age identities, JWTs. */
export const cryptoRules = [
  defineRule({
    id: 'private-key',
    provider: 'Private key',
    description: 'PEM or OpenSSH private key block (RSA, EC, DSA, PKCS#8, OpenSSH)',
    keywords: ['private key-----'],
    // The body class has no "-", so it stops at the END line without backtracking. Literal
    // "\n" escapes are allowed so keys pasted into JSON strings are found too, and "#" and "*"
    // so a key commented out line by line (`# MIIE…`, ` * MIIE…` in a doc comment) is as well.
    // Quotes and commas too, for a key held line by line in a list of strings (a notebook
    // cell's "source": ["-----BEGIN…\n", "MIIE…\n", …]), and "&#xA;" line breaks in XML.
    pattern: new RegExp(String.raw`(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY-----${LEGACY_ENCRYPTED}[A-Za-z0-9+/=\s\\:.,()#*"'&;]{64,65536}-----END[ A-Z0-9]{0,40}PRIVATE KEY-----)`),
    prefixes: KINDS.map((k) => `-----BEGIN ${k}PRIVATE KEY-----`),
    minEntropy: 4,
    span: 'block',
    severity: 'critical',
    rotate: { url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository', how: 'Treat the key pair as compromised: generate a new pair, replace the public key everywhere it is trusted, then purge the old key from history.' },
    sample: (g) => {
      const kind = g.pick(KINDS);
      return `-----BEGIN ${kind}PRIVATE KEY-----\n${pemBody(g, 8)}\n-----END ${kind}PRIVATE KEY-----`;
    },
    sampleIsBlock: true,
    encodesBinary: true,
    negatives: ['-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----', `-----BEGIN PUBLIC KEY-----\n${P256_PUBLIC_KEY_HEADER}\n-----END PUBLIC KEY-----`, "const header = '-----BEGIN PRIVATE KEY-----';"],
  }),
  // A key of 32 bytes with no ASN.1 around it: Nebula's host keys (`NEBULA X25519 PRIVATE KEY`,
  // 44 base64 characters), shorter than the 64 the block rule asks of a body. (From a blind grading
  // of VPNs and overlay networks: 14 of 14 missed.)
  defineRule({
    id: 'private-key-short-body',
    provider: 'Private key',
    description: 'PEM private key block with a body of 40-63 base64 characters (a raw 32-byte key: NEBULA X25519 PRIVATE KEY)',
    keywords: ['private key-----'],
    pattern: new RegExp(String.raw`(-----BEGIN([ A-Z0-9]{0,40})PRIVATE KEY-----${BLOCK_BREAK}[A-Za-z0-9+/]{40,63}={0,2}${BLOCK_BREAK}-----END\2PRIVATE KEY-----)`),
    prefixes: KINDS.map((k) => `-----BEGIN ${k}PRIVATE KEY-----`),
    minEntropy: 3.5,
    span: 'block',
    severity: 'critical',
    rotate: { url: 'https://nebula.defined.net/docs/guides/rotating-certificate-authority/', how: 'Treat the key as compromised: generate a new key pair (nebula-cert keygen / sign), replace the host certificate and remove the old key.' },
    docs: 'https://nebula.defined.net/docs/config/pki/',
    sample: (g) => `-----BEGIN NEBULA X25519 PRIVATE KEY-----\n${g.chars(BASE64, 43)}=\n-----END NEBULA X25519 PRIVATE KEY-----`,
    sampleIsBlock: true,
    negatives: [`-----BEGIN NEBULA X25519 PRIVATE KEY-----\n${'A'.repeat(43)}=\n-----END NEBULA X25519 PRIVATE KEY-----`, '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----'],
  }),
  // A PEM block every line of which carries a prefix the body class does not take (a diff's
  // removed lines `-MIIE…`, `> -` in a review mail, git blame, git grep, diff -y, HTML rows): from
  // a blind grading of version-control artefacts, where 29 of 50 such keys were missed.
  defineRule({
    id: 'private-key-prefixed-lines',
    provider: 'Private key',
    description: 'PEM private key block whose lines carry a prefix (a removed diff line, a quoted review mail, git blame or grep output, a side-by-side diff, an HTML diff page)',
    keywords: ['private key-----'],
    // From the BEGIN line to the first END line of the same kind within 400 lines, any characters
    // on each (one attempt per BEGIN: each line is tried for the END once). No line between holds
    // another BEGIN, which no block does: a text of BEGIN lines costs one line per attempt, not
    // 400 (from an adversarial review: 1 MiB of them took 6 s).
    pattern: /(-----BEGIN([ A-Z0-9]{0,40})PRIVATE KEY-----[^\n]{0,200}\n(?:(?![^\n]{0,400}?-----BEGIN)[^\n]{0,400}\n){2,400}?[^\n]{0,400}-----END\2PRIVATE KEY-----)/,
    prefixes: KINDS.map((k) => `-----BEGIN ${k}PRIVATE KEY-----`),
    // The BEGIN line's start is up to 60 characters before the keyword (its end).
    window: { before: 64, after: 200000 },
    accept: (m) => prefixedPemBody(m[1] ?? ''),
    // Its prefixes hold markup and runs of blanks (an HTML row, a side-by-side diff's column).
    punctuated: true,
    // (The body's entropy is measured in prefixedPemBody: the prefixes' blanks would lower the block's.)
    span: 'block',
    severity: 'critical',
    rotate: { url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository', how: 'Treat the key pair as compromised: generate a new pair, replace the public key everywhere it is trusted, then purge the old key from history.' },
    sample: (g) => {
      const kind = g.pick(KINDS);
      return [`-----BEGIN ${kind}PRIVATE KEY-----`, ...pemBody(g, 8).split('\n'), `-----END ${kind}PRIVATE KEY-----`].map((line) => `-${line}`).join('\n');
    },
    sampleIsBlock: true,
    encodesBinary: true,
    negatives: [`-----BEGIN PRIVATE KEY-----\n-...\n-...\n-----END PRIVATE KEY-----`, `const BEGIN = '-----BEGIN PRIVATE KEY-----';\nconst body = lines.map((line) => line.trim()).join('');\nconst END = '-----END PRIVATE KEY-----';`],
  }),
  defineRule({
    id: 'private-key-truncated',
    provider: 'Private key',
    description: 'The start of a PEM private key block with no END line (a log or error message cut it off): the key material shown',
    keywords: ['private key-----'],
    // Base64 lines (raw or with escaped breaks) after the BEGIN line, taken whole (a lookahead
    // capture, so no shorter run is tried) and reported only when no END line follows them: a
    // whole block is the private-key rule's. A run longer than the bound is reported too (its
    // first 64 KiB masked), so a key too long for the private-key rule still never prints whole.
    pattern: new RegExp(String.raw`(-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY-----${LEGACY_ENCRYPTED}(?=((?:[A-Za-z0-9+/=]|\s|\\[rn]){64,65536}))\2)(?!\\|-----END)`),
    prefixes: KINDS.map((k) => `-----BEGIN ${k}PRIVATE KEY-----`),
    minEntropy: 4,
    span: 'block',
    severity: 'critical',
    confidence: 'medium',
    rotate: { url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository', how: 'Treat the key pair as compromised: part of the key was shown. Generate a new pair, replace the public key everywhere it is trusted, and find where the full key was logged or stored.' },
    sample: (g) => {
      const kind = g.pick(KINDS.filter((k) => k !== 'ENCRYPTED '));
      return `-----BEGIN ${kind}PRIVATE KEY-----\n${pemBody(g, 3)}\n${g.chars(BASE64, 20)}`;
    },
    sampleIsBlock: true,
    encodesBinary: true,
    negatives: [`-----BEGIN PRIVATE KEY-----\n${RSA_PKCS8_HEADER}...\n`, "const header = '-----BEGIN PRIVATE KEY-----';", `-----BEGIN PRIVATE KEY-----\n${'A1b2C3d4'.repeat(8)}\n-----END PRIVATE KEY-----`],
  }),
  // A private key's DER in base64 with no PEM armour (a config value, an environment variable:
  // Alipay's and other payment SDKs take the key so). Its first bytes are fixed by the format:
  // SEQUENCE, version 0, then rsaEncryption (PKCS#8), the modulus (PKCS#1), the P-256 OID or
  // Ed25519's; their base64 is the keyword.
  defineRule({
    id: 'private-key-der-base64',
    provider: 'Private key',
    description: 'Private key as base64 DER without PEM armour (PKCS#8 RSA, EC P-256 or Ed25519; PKCS#1 RSA; SEC1 EC)',
    // (And SEC1 EC keys, `MHcCAQEEI…` for P-256, `MHQCAQEEI…` for secp256k1, `MIGkAgEBBDA…` for
    // P-384: ZATCA's SDK and wallets keep them so; from a blind grading of tax integrations.)
    keywords: ['ibadanbgkqhkig9w0baqefaasc', 'ibaakcaqea', 'ibaakcagea', 'mighageambmgbyqgsm49ageg', 'mc4caqawbqydk2vwbcie', 'mhccaqeei', 'mhqcaqeei', 'migkageebda'],
    // Each kind at its own length: an RSA key is a kilobyte or more, so a documentation example cut
    // short (`"PrivateKeyPlaintext": "MIIG…"` in AWS's) is not one.
    pattern: token(`(?:MII[A-Za-z0-9+/]{2}[AQgw]IB(?:ADANBgkqhkiG9w0BAQEFAASC|AAKC(?:AQEA|AgEA))[A-Za-z0-9+/]{600,8000}|MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQg[A-Za-z0-9+/]{80,400}|MC4CAQAwBQYDK2VwBCIEI[A-Za-z0-9+/]{40,48}|MH[cQ]CAQEEI[A-Za-z0-9+/]{140,170}|MIGkAgEBBDA[A-Za-z0-9+/]{190,220})={0,2}`, { left: 'A-Za-z0-9+/', right: 'A-Za-z0-9+/=' }),
    window: { before: 16, after: 8200 },
    encodesBinary: true,
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/removing-sensitive-data-from-a-repository', how: 'Treat the key pair as compromised: generate a new pair, replace the public key everywhere it is trusted (the payment provider\'s console, the servers), and load the private key from a secret store.' },
    docs: 'https://datatracker.ietf.org/doc/html/rfc5208',
    sample: (g) => `MC4CAQAwBQYDK2VwBCIEI${g.chars('ABCDEFGHIJKLMNOP', 1)}${g.chars(BASE64, 42)}`,
    negatives: ['MC4CAQAwBQYDK2VwBCIEI...', `${RSA_PKCS8_HEADER}<your private key>`, 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC${PRIVATE_KEY}'],
  }),
  defineRule({
    id: 'pgp-private-key-block',
    provider: 'Private key',
    description: 'PGP private key block',
    keywords: ['pgp private key block-----'],
    // Armor headers may hold any text (`Comment: GPGTools - https://gpgtools.org`, `Comment: User-ID:
    // release <ops@…>`; from a blind grading of key material, where such blocks went unreported):
    // up to eight header lines, then the body, whose characters never hold a "-" (so a run of
    // BEGIN lines with no END costs each one a few lines, not the rest of the text).
    pattern: /(-----BEGIN PGP PRIVATE KEY BLOCK-----(?:(?:\r?\n|\\r?\\n)[ \t]{0,16}[A-Za-z][A-Za-z-]{0,31}:[ \t][^\r\n\\]{0,256}){0,8}[A-Za-z0-9+/=\s\\:.,()#*"'&;]{64,65536}-----END PGP PRIVATE KEY BLOCK-----)/,
    prefixes: ['-----BEGIN PGP PRIVATE KEY BLOCK-----'],
    minEntropy: 4,
    span: 'block',
    severity: 'critical',
    rotate: { url: 'https://www.gnupg.org/gph/en/manual/c14.html', how: 'Publish a revocation certificate for the key, generate a new key and re-sign what depends on it.' },
    sample: (g) => `-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n${pemBody(g, 10)}\n=${g.chars(BASE64, 4)}\n-----END PGP PRIVATE KEY BLOCK-----`,
    sampleIsBlock: true,
    encodesBinary: true,
    negatives: ['-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQINBGExample\n-----END PGP PUBLIC KEY BLOCK-----'],
  }),
  defineRule({
    id: 'age-secret-key',
    provider: 'age',
    description: 'age encryption identity (AGE-SECRET-KEY-1…)',
    keywords: ['age-secret-key-1'],
    pattern: token(`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`),
    prefixes: ['AGE-SECRET-KEY-1'],
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://github.com/FiloSottile/age', how: 'Generate a new identity with age-keygen and re-encrypt every file encrypted to the old recipient.' },
    sample: (g) => 'AGE-SECRET-KEY-1' + g.chars(BECH32.toUpperCase(), 58),
    negatives: ['AGE-SECRET-KEY-1XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX', 'AGE-SECRET-KEY-1...'],
  }),
  defineRule({
    id: 'jwt',
    provider: 'JWT',
    description: 'JSON Web Token (eyJ….eyJ….…)',
    keywords: ['eyj'],
    near: startsToken(['eyJ'], 'A-Za-z0-9_.-'),
    pattern: token(`eyJ[A-Za-z0-9_-]{10,4096}\\.eyJ[A-Za-z0-9_-]{10,8192}\\.[A-Za-z0-9_-]{16,2048}`, { left: 'A-Za-z0-9_.-', right: 'A-Za-z0-9_.=-' }),
    window: { after: 16400 },
    prefixes: ['eyJ'],
    minEntropy: 4,
    validate: (secret) => decodesToJsonWithAlg(secret.slice(0, secret.indexOf('.'))),
    // A signed document is no credential: India's e-invoice IRP returns the invoice and its QR code
    // as JWTs signed by the portal (`"SignedInvoice"`, `"SignedQRCode"`), printed on the invoice
    // (from a blind grading of tax integrations: 86 false positives).
    accept: (_m, text, at) => !SIGNED_DOCUMENT_NAME.test(text.slice(Math.max(0, at - 48), at)),
    severity: 'medium',
    rotate: { url: 'https://datatracker.ietf.org/doc/html/rfc7519', how: 'Revoke the session or rotate the signing key so the token no longer verifies; shorten token lifetimes.' },
    sample: (g) => `${b64url(`{"alg":"HS256","typ":"JWT","kid":"${g.chars(BASE64URL, 8)}"}`)}.${b64url(`{"sub":"${g.chars(BASE64URL, 12)}","iat":${g.int(1_600_000_000, 1_900_000_000)}}`)}.${g.chars(BASE64URL, 43)}`,
    negatives: ['eyJhbGciOiJIUzI1NiJ9.eyJ...', 'eyJ0eXAiOiJKV1Qi'],
  }),
  // An encrypted token (JWE compact form: header, encrypted key (empty for "dir"), IV, ciphertext,
  // tag) that an API issues as its bearer or refresh token: AppsFlyer's API V2 tokens, Quantinuum's
  // refresh tokens. Its header names the key algorithm and the content encryption. (From blind
  // gradings of app monetization and quantum clouds: missed in chat, tickets and prose.)
  defineRule({
    id: 'jwe',
    provider: 'JWT',
    description: 'JSON Web Encryption token (eyJ… header with alg and enc, then four more parts)',
    keywords: ['eyj'],
    near: startsToken(['eyJ'], 'A-Za-z0-9_.-'),
    pattern: token(`eyJ[A-Za-z0-9_-]{10,2048}\\.[A-Za-z0-9_-]{0,2048}\\.[A-Za-z0-9_-]{11,64}\\.[A-Za-z0-9_-]{16,16384}\\.[A-Za-z0-9_-]{16,64}`, { left: 'A-Za-z0-9_.-', right: 'A-Za-z0-9_.=-' }),
    window: { after: 20600 },
    prefixes: ['eyJ'],
    minEntropy: 4,
    // (Only a header that names a content encryption: a signed token with extra dots is none.)
    accept: (m) => decodesToJweHeader((m[1] ?? '').slice(0, (m[1] ?? '').indexOf('.'))),
    severity: 'medium',
    rotate: { url: 'https://datatracker.ietf.org/doc/html/rfc7516', how: "Revoke the token with its issuer (or the session it stands for) and issue a new one; an encrypted token is still a bearer credential." },
    docs: 'https://datatracker.ietf.org/doc/html/rfc7516#section-7.1',
    sample: (g) => `${b64url('{"alg":"A256KW","enc":"A256GCM","cty":"JWT"}')}.${g.chars(BASE64URL, 54)}.${g.chars(BASE64URL, 16)}.${g.chars(BASE64URL, 240)}.${g.chars(BASE64URL, 22)}`,
    negatives: ['eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..abc.def.ghi', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl'],
  }),
];
