import { BASE64, chars, defineRule, hasUpperLowerDigit, HEX, keyed, LOWER_ALNUM, mixedChars, pairedSecret, prefixed, startsToken, token, UPPER } from './define.js';
import { isPasswordValue } from './generic.js';

const rotate = {
  url: 'https://console.aws.amazon.com/iam/home#/security_credentials',
  how: 'IAM → the user → Security credentials → deactivate and delete the access key, then create a new one.',
} as const;
const BASE32 = UPPER + '234567';
const ALNUM_AWS = UPPER + 'abcdefghijklmnopqrstuvwxyz0123456789';
// AWS's documented example credentials (IAM user guide). They must never be reported; they are
// assembled here so the repository holds no token-shaped literal.
const AWS_EXAMPLE_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
const AWS_EXAMPLE_SECRET = ['wJalrXUtnFEMI', 'K7MDENG', 'bPxRfiCYEXAMPLEKEY'].join('/');

/** AWS credentials. https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids */
export const awsRules = [
  defineRule({
    id: 'aws-access-key-id',
    provider: 'AWS',
    description: 'AWS access key ID (AKIA, ASIA, ABIA, ACCA)',
    keywords: ['akia', 'asia', 'abia', 'acca'],
    near: startsToken(['AKIA', 'ASIA', 'ABIA', 'ACCA'], 'A-Za-z0-9_'),
    pattern: token(`(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}`),
    prefixes: ['AKIA', 'ASIA', 'ABIA', 'ACCA'],
    minEntropy: 2.5,
    severity: 'high',
    rotate,
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_identifiers.html#identifiers-unique-ids',
    sample: (g) => g.pick(['AKIA', 'ASIA', 'ABIA', 'ACCA']) + g.chars(BASE32, 16),
    // AWS's documented example key id ends in EXAMPLE and must never be reported.
    negatives: [AWS_EXAMPLE_KEY_ID, 'AKIAXXXXXXXXXXXXXXXX', 'AKIA1234', 'ASIA_YOUR_KEY_ID'],
  }),
  defineRule({
    id: 'aws-secret-access-key',
    provider: 'AWS',
    description: 'AWS secret access key under an AWS secret key name',
    keywords: ['secret_access_key', 'secretaccesskey', 'secret-access-key', 'aws_secret', 'awssecret'],
    pattern: keyed(`aws[_.-]?secret(?:[_.-]?access)?[_.-]?key|secret[_.-]?access[_.-]?key`, `[A-Za-z0-9/+]{40}`, 'A-Za-z0-9/+='),
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    sample: (g) => g.chars(BASE64, 40),
    sampleKey: 'AWS_SECRET_ACCESS_KEY',
    negatives: [`aws_secret_access_key = ${AWS_EXAMPLE_SECRET}`, 'AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}', 'secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY'],
  }),
  defineRule({
    id: 'aws-secret-access-key-argument',
    provider: 'AWS',
    description: 'AWS secret access key right after its access key ID (a static credentials provider\'s arguments in Go, Java, JS, .NET; the console\'s credentials CSV)',
    // `credentials.NewStaticCredentialsProvider("AKIA…", "<secret>", "")`,
    // `AwsBasicCredentials.create("AKIA…",⏎ "<secret>")`: no secret-key name, but the key ID
    // names it. The pair is quoted strings separated by a comma (and a line break).
    keywords: ['akia', 'asia'],
    // Unquoted in a CSV row: the IAM console's credentials download (`user,password,AKIA…,<secret>,…`).
    pattern: /(?<![A-Za-z0-9])(["'`]?)(?:AKIA|ASIA)[A-Z2-7]{16}\1[ \t]{0,4},\s{0,64}(["'`]?)([A-Za-z0-9/+]{40})\2(?![A-Za-z0-9/+=])/,
    window: { before: 4, after: 160 },
    span: 'block',
    secretGroup: 3,
    accept: (m) => m[3] !== AWS_EXAMPLE_SECRET,
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://docs.aws.amazon.com/sdk-for-go/v2/developer-guide/configure-gosdk.html#specify-credentials-programmatically',
    sample: (g) => `cfg.Credentials = credentials.NewStaticCredentialsProvider("AKIA${g.chars(BASE32, 16)}", "${g.chars(BASE64, 40)}", "")`,
    negatives: [`credentials.NewStaticCredentialsProvider("${AWS_EXAMPLE_KEY_ID}", "${AWS_EXAMPLE_SECRET}", "")`, 'credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")'],
  }),
  defineRule({
    id: 'aws-session-token-prefixed',
    provider: 'AWS',
    description: 'AWS STS session token by its own start (FwoGZXIvYXdzE…, IQoJb3JpZ2luX2Vj…: base64 of the token\'s binary header), under any name',
    keywords: ['fwogzxivyxdze', 'fqogzxivyxdze', 'iqojb3jpz2lux2vj'],
    pattern: token('(?:F[wQ]oGZXIvYXdzE|IQoJb3JpZ2luX2Vj)[A-Za-z0-9/+]{100,1400}={0,2}', { right: 'A-Za-z0-9/+=' }),
    // The mask shows four characters of the constant start, not all sixteen (a redaction that
    // leaves 16 characters of a token reads as a leak).
    prefixes: ['FwoG', 'FQoG', 'IQoJ'],
    window: { after: 1500 },
    // Base64 of a binary envelope: runs of "A" are zero bytes, no placeholder (a blind grading:
    // 0 of 4 found).
    encodesBinary: true,
    minEntropy: 4,
    severity: 'high',
    rotate: { ...rotate, how: 'Session tokens expire; revoke the role session (IAM → Roles → Revoke active sessions) if it is still valid.' },
    docs: 'https://docs.aws.amazon.com/STS/latest/APIReference/API_Credentials.html',
    sample: (g) => `${g.pick(['FwoGZXIvYXdzE', 'IQoJb3JpZ2luX2Vj'])}${g.chars(BASE64, 300)}`,
    negatives: ['FwoGZXIvYXdzE', 'IQoJb3JpZ2luX2Vj...'],
  }),
  defineRule({
    id: 'aws-session-token',
    provider: 'AWS',
    description: 'AWS session token under an AWS session token name',
    keywords: ['session_token', 'sessiontoken', 'security_token'],
    pattern: keyed(`aws[_.-]?(?:session|security)[_.-]?token`, `[A-Za-z0-9/+]{100,1400}={0,2}`, 'A-Za-z0-9/+='),
    window: { after: 2100 },
    // Base64 of a binary envelope: runs of "A" are zero bytes (a blind grading: 0 of 4 found).
    encodesBinary: true,
    minEntropy: 4,
    severity: 'high',
    rotate: { ...rotate, how: 'Session tokens expire; revoke the role session (IAM → Roles → Revoke active sessions) if it is still valid.' },
    sample: (g) => g.chars(BASE64, 300),
    sampleKey: 'AWS_SESSION_TOKEN',
    negatives: ['AWS_SESSION_TOKEN=', 'aws_session_token: <session token>'],
  }),
  defineRule({
    id: 'aws-bedrock-api-key',
    provider: 'AWS',
    description: 'Amazon Bedrock long-term API key (ABSK)',
    keywords: ['absk'],
    pattern: token(`ABSK[A-Za-z0-9+/]{96,269}={0,2}`, { right: 'A-Za-z0-9+/=' }),
    prefixes: ['ABSK'],
    minEntropy: 4,
    severity: 'critical',
    rotate: { url: 'https://console.aws.amazon.com/bedrock/home#/api-keys', how: 'Bedrock → API keys → delete the key and create a new one.' },
    sample: (g) => 'ABSK' + g.chars(BASE64, 132),
    negatives: ['ABSK_YOUR_KEY', 'ABSKxxxx'],
  }),
  defineRule({
    id: 'aws-mws-auth-token',
    provider: 'AWS',
    description: 'Amazon Marketplace Web Service auth token (amzn.mws.)',
    keywords: ['amzn.mws.'],
    pattern: token(`amzn\\.mws\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`),
    prefixes: ['amzn.mws.'],
    severity: 'high',
    rotate: { url: 'https://sellercentral.amazon.com/', how: 'Seller Central → User permissions → revoke the developer access and re-authorise.' },
    sample: (g) => `amzn.mws.${g.chars(HEX, 8)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 4)}-${g.chars(HEX, 12)}`,
    negatives: ['amzn.mws.your-token', 'amzn.mws.xxxxxxxx'],
  }),
  prefixed({ id: 'aws-bedrock-api-key-short-lived', provider: 'AWS', description: 'Amazon Bedrock short-lived API key (bedrock-api-key- + base64 presigned URL)', prefix: 'bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t', body: '[A-Za-z0-9+/=]{100,3000}', right: 'A-Za-z0-9_+/=', sample: chars('+/0123456789=ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 100), rotate: { url: 'https://console.aws.amazon.com/bedrock/home#/api-keys', how: 'Revoke it in AWS’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html' }),
  // An IVS channel's stream key: sk_<region>_<12>_<30+> (Kick's, which streams on IVS, too).
  defineRule({
    id: 'aws-ivs-stream-key',
    provider: 'AWS',
    description: 'Amazon IVS stream key (sk_<region>_<12 alnum>_<30+ alnum>; Kick stream keys too)',
    keywords: ['sk_us-', 'sk_eu-', 'sk_ap-', 'sk_ca-', 'sk_sa-', 'sk_me-', 'sk_af-', 'sk_il-'],
    pattern: token('sk_[a-z]{2}-[a-z]{4,12}-\\d_[A-Za-z0-9]{12}_[A-Za-z0-9]{30,60}', { left: 'A-Za-z0-9_', right: 'A-Za-z0-9_' }),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://console.aws.amazon.com/ivs/', how: 'IVS → the channel → delete the stream key and create a new one (ivs delete-stream-key, create-stream-key), then update the encoder.' },
    docs: 'https://docs.aws.amazon.com/ivs/latest/LowLatencyAPIReference/API_StreamKey.html',
    sample: (g) => `sk_us-west-2_${chars(ALNUM_AWS, 12)(g)}_${chars(ALNUM_AWS, 30)(g)}`,
    negatives: ['sk_us-west-2_<stream-key>', 'sk_us-west-2_xxxxxxxxxxxx_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  prefixed({ id: 'aws-appsync-api-key', provider: 'AWS', description: 'AWS AppSync GraphQL API key (da2-)', prefix: 'da2-', body: '[a-z0-9]{26}', sample: chars(LOWER_ALNUM, 26), rotate: { url: 'https://console.aws.amazon.com/appsync/', how: 'Revoke it in AWS’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html' }),
  pairedSecret({
    id: 'aws-secret-access-key-near-id',
    provider: 'AWS',
    description: 'AWS secret access key within a few lines after its access key ID (AKIA…, ASIA…), whatever its own name',
    keywords: ['akia', 'asia'],
    keyId: '(?:AKIA|ASIA)[A-Z2-7]{16}',
    // Past a session token (several hundred characters) that often stands between them.
    gap: 1200,
    secret: '[A-Za-z0-9/+]{40}',
    right: 'A-Za-z0-9/+=',
    // Base64 of 30 random bytes mixes cases and digits; a hex digest or a word run does not.
    // (Not base64 of a JSON object, `eyJ…`: a pagination cursor in a fixture near the documented
    // example key id; a secret key is random bytes. From a blind grading of sports data.)
    accept: (s) => s !== AWS_EXAMPLE_SECRET && hasUpperLowerDigit(s) && !s.startsWith('eyJ'),
    minEntropy: 4,
    severity: 'critical',
    rotate,
    docs: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html',
    sampleId: (g) => `AKIA${g.chars(BASE32, 16)}`,
    sampleSecret: mixedChars(BASE64, 40),
    negatives: [`aws_access_key_id = ${AWS_EXAMPLE_KEY_ID}\naws_secret_access_key = ${AWS_EXAMPLE_SECRET}\n`, `AWS_ACCESS_KEY_ID=AKIA${'A'.repeat(16)}\nAWS_SECRET_ACCESS_KEY=\${AWS_SECRET_ACCESS_KEY}\n`, `access_key = ASIA${'B'.repeat(16)}\ncommit = ${'0123456789abcdef'.repeat(2)}01234567\n`],
  }),
  // The CDK's way to put a literal where a secret goes (`SecretValue.unsafePlainText('…')`, Python's
  // `unsafe_plain_text`, the deprecated `plainText`): the method's name says the string is one,
  // and it lands in the synthesized template too.
  defineRule({
    id: 'aws-cdk-plaintext-secret',
    provider: 'AWS',
    description: 'Secret given to AWS CDK as plain text (SecretValue.unsafePlainText("…"), unsafe_plain_text, plainText)',
    keywords: ['unsafeplaintext(', 'unsafe_plain_text(', 'secretvalue.plaintext(', 'secretvalue.plain_text('],
    pattern: /SecretValue\.(?:unsafePlainText|unsafe_plain_text|plainText|plain_text)\([ \t]{0,4}(["'`])([^"'`\s\\$]{8,256})\1[ \t]{0,4}\)/,
    secretGroup: 2,
    window: { before: 16, after: 300 },
    accept: (m) => isPasswordValue(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.SecretValue.html', how: 'Rotate the secret, store it in Secrets Manager or SSM and reference it (SecretValue.secretsManager / ssmSecure); the old value is in every synthesized template and deployed stack.' },
    docs: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.SecretValue.html#static-unsafewbrplainwbrtextsecret',
    sample: (g) => `credentials: rds.Credentials.fromPassword('orders_admin', SecretValue.unsafePlainText('${g.chars(LOWER_ALNUM, 9)}#${g.chars(UPPER, 6)}')),`,
    negatives: ["SecretValue.unsafePlainText('changeme')", 'SecretValue.unsafePlainText(props.password)', "SecretValue.unsafePlainText('${DB_PASSWORD}')"],
  }),
];
