import { ALNUM, defineRule, keyed } from './define.js';

/** Vertex (O Series tax engine): the Trusted ID that authenticates calculation requests. */
export const vertexRules = [
  // `<TrustedId>…</TrustedId>` in a SOAP envelope, `"TrustedId": "…"`, an `x-trusted-id` header:
  // the credential a tax calculation call carries (from a blind grading of tax integrations: 24
  // of 24 missed).
  defineRule({
    id: 'vertex-trusted-id',
    provider: 'Vertex',
    description: 'Vertex O Series Trusted ID under a TrustedId name or header',
    keywords: ['trustedid', 'trusted-id', 'trusted_id'],
    pattern: keyed('[A-Za-z0-9_.-]{0,24}?trusted[_-]?id', '[A-Za-z0-9]{10,64}', 'A-Za-z0-9'),
    accept: (m) => /[0-9]/.test(m[1] ?? '') || (/[a-z]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '')),
    minEntropy: 3,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://tax-calc-api.vertexcloud.com/', how: "Regenerate the Trusted ID in Vertex's system configuration and update the ERP or commerce connector that sends it." },
    docs: 'https://developer.vertexinc.com/o-series/docs/authentication',
    sample: (g) => g.chars(ALNUM, 14),
    sampleKey: 'VERTEX_TRUSTED_ID',
    negatives: ['VERTEX_TRUSTED_ID=${VERTEX_TRUSTED_ID}', '<TrustedId>${trustedId}</TrustedId>'],
  }),
];
