import { ALNUM, defineRule } from './define.js';
import { isPasswordOrKey, isSlotSecret } from './generic.js';

const rotate = { url: 'https://min.io/docs/minio/linux/administration/identity-access-management/minio-user-management.html', how: "Change the user's secret key (mc admin user add/svcacct edit) or the root password, then update the clients; keep the credentials out of scripts." } as const;

/** MinIO (S3-compatible object storage) credentials. */
export const minioRules = [
  // The MinIO client stores a server's access and secret key with `mc alias set <name> <url>
  // <access> <secret>` (`mc config host add` before it): the fourth argument is the secret.
  defineRule({
    id: 'minio-mc-alias-secret',
    provider: 'MinIO',
    description: 'Secret key (or root password) given to the MinIO client: mc alias set <name> <url> <access-key> <secret-key>',
    keywords: ['mc alias set', 'mc config host add'],
    pattern: /(?<![A-Za-z0-9_-])mc[ \t]{1,4}(?:alias[ \t]{1,4}set|config[ \t]{1,4}host[ \t]{1,4}add)[ \t]{1,4}[^\s]{1,128}[ \t]{1,4}[^\s]{1,512}[ \t]{1,4}["']?[^\s"']{1,128}["']?[ \t]{1,4}(["']?)([^\s"'`$]{6,128})\1(?=[\s;|&"'`)]|$)/,
    secretGroup: 2,
    window: { before: 16, after: 900 },
    accept: (m) => isSlotSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://min.io/docs/minio/linux/reference/minio-mc/mc-alias-set.html',
    sample: (g) => `mc alias set local http://127.0.0.1:9000 ${g.chars(ALNUM, 20)} ${g.chars(ALNUM, 40)}`,
    negatives: ['mc alias set local http://127.0.0.1:9000 minioadmin minioadmin', 'mc alias set local http://127.0.0.1:9000 "$MINIO_ROOT_USER" "$MINIO_ROOT_PASSWORD"', 'mc alias set myminio https://minio.example.com ACCESS_KEY SECRET_KEY'],
  }),
  // minio-go's static credentials: credentials.NewStaticV4(access, secret, token).
  defineRule({
    id: 'minio-go-static-secret',
    provider: 'MinIO',
    description: 'Secret key passed to minio-go credentials.NewStaticV4(access, secret, token)',
    keywords: ['newstaticv4('],
    pattern: /(?<![A-Za-z0-9_])NewStaticV4\(\s{0,32}(["'`])[^"'`\r\n]{3,128}\1[ \t]{0,4},\s{0,32}(["'`])([A-Za-z0-9+/=_.-]{8,128})\2/,
    secretGroup: 3,
    window: { before: 24, after: 400 },
    accept: (m) => isPasswordOrKey(m[3] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://min.io/docs/minio/linux/developers/go/API.html',
    sample: (g) => `Creds: credentials.NewStaticV4("${g.chars(ALNUM, 20)}", "${g.chars(ALNUM, 40)}", ""),`,
    negatives: ['Creds: credentials.NewStaticV4(accessKey, secretKey, ""),', 'Creds: credentials.NewStaticV4("minioadmin", "minioadmin", ""),', 'credentials.NewStaticV4("YOUR-ACCESSKEYID", "YOUR-SECRETACCESSKEY", "")'],
  }),
];
