import { ALNUM, BASE64, defineRule } from './define.js';
import { isStandInPassword } from './passwords.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** A literal handed to a key or credential API: in use, and no placeholder. */
const literalInUse = (value: string): boolean => !isStandInPassword(value) && !/^[<{$%]/.test(value);

/** Secrets handed to Java and .NET security APIs as literals. */
export const jvmDotnetRules = [
  // Duende/IdentityServer hashes a client secret where it is declared: `new Secret("…".Sha256())`.
  // Whatever the literal (a GUID too), it is the client's shared secret.
  defineRule({
    id: 'identityserver-client-secret',
    provider: 'IdentityServer',
    description: 'IdentityServer client secret declared in code (new Secret("…".Sha256()))',
    keywords: ['new secret('],
    pattern: /new[ \t]+Secret\([ \t]{0,4}@?"([^"\r\n]{8,256})"\.Sha(?:256|512)\(\)/,
    secretGroup: 1,
    window: { before: 8, after: 300 },
    accept: (m) => literalInUse(m[1] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://docs.duendesoftware.com/identityserver/fundamentals/clients/', how: "Give the client a new secret from configuration or a secret store (not code), then remove the old one from the client's secrets." },
    docs: 'https://docs.duendesoftware.com/identityserver/tokens/client-authentication/',
    sample: (g) => `ClientSecrets = { new Secret("${g.chars(ALNUM, 24)}".Sha256()) },`,
    negatives: ['ClientSecrets = { new Secret("secret".Sha256()) },', 'ClientSecrets = { new Secret(configuration["Clients:Web:Secret"].Sha256()) },'],
  }),
  // A signing key given to the JWT libraries' key types as a literal: jjwt's
  // `Keys.hmacShaKeyFor(Decoders.BASE64.decode("…"))`, Java's `new SecretKeySpec("…".getBytes(), …)`,
  // .NET's `new SymmetricSecurityKey(Encoding.UTF8.GetBytes("…"))`.
  defineRule({
    id: 'hmac-signing-key-literal',
    provider: 'JWT',
    description: "Literal HMAC signing key handed to a key type (jjwt Keys.hmacShaKeyFor, SecretKeySpec, .NET SymmetricSecurityKey)",
    keywords: ['hmacshakeyfor', 'secretkeyspec', 'symmetricsecuritykey'],
    pattern: /(?:hmacShaKeyFor|SecretKeySpec|SymmetricSecurityKey)[ \t]{0,4}\([ \t]{0,4}(?:(?:Decoders\.BASE64(?:URL)?\.decode|Base64\.(?:getDecoder|getUrlDecoder)\(\)\.decode|Encoding\.(?:UTF8|ASCII|Default)\.GetBytes|Convert\.FromBase64String|TextCodec\.BASE64\.decode)[ \t]{0,4}\([ \t]{0,4})?@?"([^"\r\n]{16,512})"/,
    secretGroup: 1,
    window: { before: 8, after: 640 },
    accept: (m) => literalInUse(m[1] ?? '') && (looksLikeSecretValue(m[1] ?? '', false) || isPasswordValue(m[1] ?? '')),
    severity: 'high',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/JSON_Web_Token_for_Java_Cheat_Sheet.html', how: 'Generate a new signing key, load it from configuration or a key vault, and expect every token signed with the old one to be forgeable until it expires.' },
    docs: 'https://github.com/jwtk/jjwt#secretkey-formats',
    sample: (g) => `private final SecretKey key = Keys.hmacShaKeyFor(Decoders.BASE64.decode("${g.chars(BASE64, 43)}="));`,
    negatives: ['Keys.hmacShaKeyFor(Decoders.BASE64.decode(jwtProperties.getSecret()))', 'new SymmetricSecurityKey(Encoding.UTF8.GetBytes(configuration["Jwt:Key"]))'],
  }),
  // JNDI's LDAP login: `env.put(Context.SECURITY_CREDENTIALS, "…")` (or its property name).
  defineRule({
    id: 'jndi-security-credentials',
    provider: 'Java LDAP',
    description: 'Password given to JNDI as Context.SECURITY_CREDENTIALS (java.naming.security.credentials)',
    keywords: ['security_credentials', 'java.naming.security.credentials'],
    pattern: /(?:Context\.SECURITY_CREDENTIALS|"java\.naming\.security\.credentials")[ \t]{0,4},[ \t]{0,4}"([^"\r\n]{4,128})"/,
    secretGroup: 1,
    window: { before: 8, after: 200 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://docs.oracle.com/javase/jndi/tutorial/ldap/security/simple.html', how: "Change the bind account's password in the directory and read it from configuration or a secret store." },
    docs: 'https://docs.oracle.com/javase/tutorial/jndi/ldap/simple.html',
    sample: (g) => `env.put(Context.SECURITY_CREDENTIALS, "${g.chars(ALNUM, 12)}*${g.chars(ALNUM, 4)}");`,
    negatives: ['env.put(Context.SECURITY_CREDENTIALS, ldapPassword);', 'env.put(Context.SECURITY_CREDENTIALS, "changeme");'],
  }),
  // Spring Cloud Config's symmetric key: `encrypt.key=…` or `encrypt:` ⏎ `key: …`.
  defineRule({
    id: 'spring-cloud-encrypt-key',
    provider: 'Spring Cloud',
    description: "Spring Cloud Config's symmetric encryption key (encrypt.key)",
    keywords: ['encrypt.key', 'encrypt:'],
    pattern: /(?:encrypt\.key[ \t]{0,4}[=:][ \t]{0,4}|encrypt:[ \t]*\r?\n[ \t]{1,16}key:[ \t]{1,4})(["']?)([^\s"'#]{8,256})\1(?=[ \t]*(?:#|$|\r?\n))/m,
    secretGroup: 2,
    window: { before: 8, after: 300 },
    accept: (m) => literalInUse(m[2] ?? '') && (isPasswordValue(m[2] ?? '') || looksLikeSecretValue(m[2] ?? '', false)),
    severity: 'high',
    rotate: { url: 'https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html', how: 'Choose a new key (or an RSA key store), re-encrypt the {cipher} values with it and give it to the Config Server through its environment.' },
    docs: 'https://docs.spring.io/spring-cloud-config/reference/server/encryption-and-decryption.html',
    sample: (g) => `encrypt:\n  key: ${g.chars(ALNUM, 14)}+${g.chars(ALNUM, 6)}\n`,
    negatives: ['encrypt:\n  key: ${ENCRYPT_KEY}\n', 'encrypt:\n  key-store:\n    location: classpath:/server.jks\n'],
  }),
];
