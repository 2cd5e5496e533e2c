import { BASE64, defineRule, token } from './define.js';

/**
 * Kerberos keytabs held as base64 (a Kubernetes Secret's `krb5.keytab`, a CI variable): a keytab
 * holds the principal's long-term keys. Its file starts 0x05 0x02 (version 2) and a 4-byte entry
 * length, so its base64 starts "BQIAAA".
 */
export const kerberosRules = [
  defineRule({
    id: 'kerberos-keytab-base64',
    provider: 'Kerberos',
    description: 'Kerberos keytab (the principal’s long-term keys) encoded in base64',
    keywords: ['bqiaaa'],
    pattern: token('BQIAAA[A-Za-z0-9+/]{60,16000}={0,2}', { left: 'A-Za-z0-9+/', right: 'A-Za-z0-9+/=' }),
    window: { before: 0, after: 16100 },
    encodesBinary: true,
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://web.mit.edu/kerberos/krb5-latest/doc/admin/admin_commands/ktutil.html', how: 'Change the principal’s password or re-key it (kadmin ktadd -randkey, or a new keytab from Active Directory with ktpass), then remove the old keytab from where it was stored.' },
    docs: 'https://web.mit.edu/kerberos/krb5-latest/doc/formats/keytab_file_format.html',
    sample: (g) => `BQIAAA${g.chars('ABCDEFGHIJKLMNOP', 1)}${g.chars(BASE64, 100)}`,
    negatives: ['BQIAAA...', 'BQIAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'],
  }),
];
