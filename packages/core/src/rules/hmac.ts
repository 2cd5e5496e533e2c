import { isPlaceholder } from '../allowlist.js';
import { ALNUM, defineRule } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';
import { inUse } from './passwords.js';

// A signing key written into the call that signs with it: a webhook's or an identity-verification
// secret with no name beside it. Node's crypto.createHmac(alg, key), PHP's hash_hmac(alg, data, key),
// Python's hmac.new(key, …), Ruby's OpenSSL::HMAC.hexdigest(alg, key, data), Go's
// hmac.New(sha256.New, []byte(key)), Java's new SecretKeySpec(key.getBytes(), …), .NET's
// new HMACSHA256(Encoding.UTF8.GetBytes(key)), PowerShell's `$hmac.Key = [Text.Encoding]::UTF8.GetBytes(key)`,
// `openssl dgst -hmac key`. (From a blind grading of
// customer-support tools: 39 webhook and identity-verification secrets of seven vendors, every one missed.)
const CALLS = [
  'createHmac\\([ \\t]{0,4}["\'`][A-Za-z0-9-]{2,16}["\'`][ \\t]{0,4},[ \\t]{0,4}',
  'hash_hmac\\([ \\t]{0,4}["\'][A-Za-z0-9/-]{2,16}["\'][ \\t]{0,4},[^,\\n]{1,200},[ \\t]{0,4}',
  'hmac\\.new\\([ \\t]{0,4}b?',
  'OpenSSL::HMAC\\.(?:hex|base64)?digest\\([^,\\n]{1,60},[ \\t]{0,4}',
  'hmac\\.New\\([ \\t]{0,4}sha\\d{1,3}\\.New[ \\t]{0,4},[ \\t]{0,4}\\[\\]byte\\([ \\t]{0,4}',
  'new[ \\t]{1,4}SecretKeySpec\\([ \\t]{0,4}',
  'new[ \\t]{1,4}HMACSHA(?:1|256|384|512)\\([ \\t]{0,4}Encoding\\.(?:UTF8|ASCII|Default)\\.GetBytes\\([ \\t]{0,4}',
  'openssl[ \\t]{1,4}dgst[^\\n|;]{0,80}?[ \\t]-hmac[ \\t]{1,4}',
  '\\$[A-Za-z0-9_]{0,32}\\.Key[ \\t]{0,4}=[ \\t]{0,4}\\[(?:System\\.)?Text\\.Encoding\\]::(?:UTF8|ASCII)\\.GetBytes\\([ \\t]{0,4}',
  // Varnish's and Fastly's VCL: `digest.hmac_sha256("<key>", …)` (from a blind grading of CDNs: 6 of 6 missed).
  'digest\\.hmac_(?:sha256|sha1|md5)(?:_base64)?\\([ \\t]{0,4}',
];

const CODE_REFERENCE = /^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)+[,;)]?$|^[A-Za-z_$][\w$]*[,;)]$/;

/** HMAC signing keys written into the signing call. */
export const hmacRules = [
  defineRule({
    id: 'hmac-key-literal',
    provider: 'Generic',
    description: "HMAC signing key written into the call that signs with it (crypto.createHmac('sha256', '…'), hash_hmac(…, '…'), hmac.new(b'…'), OpenSSL::HMAC, Go's hmac.New, SecretKeySpec, HMACSHA256, openssl dgst -hmac)",
    keywords: ['createhmac(', 'hash_hmac(', 'hmac.new(', 'digest.hmac_', 'openssl::hmac', 'secretkeyspec(', 'hmacsha', ' -hmac ', '.key = [text.encoding]', '.key = [system.text.encoding]'],
    pattern: new RegExp(`(?:${CALLS.join('|')})(["'\`]?)([^"'\`\\s\\\\$(){}]{8,256})\\1(?=[\\s,)|;]|\\.getBytes|\\.encode|$)`),
    secretGroup: 2,
    window: { before: 160, after: 480 },
    accept: (m) => {
      const value = m[2] ?? '';
      // Unquoted, a property path or a name before its comma is code: `OpenSSL::HMAC.hexdigest("SHA256",
      // Rails.application.secret_key_base, token)` (from a blind grading of web frameworks).
      if (m[1] === '' && CODE_REFERENCE.test(value)) return false;
      return inUse(value) && !isPlaceholder(value) && (looksLikeSecretValue(value, false) || isPasswordValue(value));
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Rotate the signing secret in the vendor's webhook or identity-verification settings, then read it from the environment where the signature is computed." },
    docs: 'https://nodejs.org/api/crypto.html#cryptocreatehmacalgorithm-key-options',
    sampleIsBlock: true,
    sample: (g) => `const expected = crypto.createHmac('sha256', '${g.chars(ALNUM, 32)}').update(rawBody).digest('hex');`,
    negatives: ["crypto.createHmac('sha256', process.env.WEBHOOK_SECRET)", "crypto.createHmac('sha256', 'secret').update(body)", "hash_hmac('sha256', $payload, $secret)", "hmac.new(key, msg, hashlib.sha256)", 'openssl dgst -sha256 -hmac "$SECRET"', 'OpenSSL::HMAC.hexdigest("SHA256", Rails.application.secret_key_base, token)'],
  }),
];
