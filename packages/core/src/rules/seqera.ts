import { defineRule, DIGITS, gen, HEX, token } from './define.js';

// A Seqera Platform (Nextflow Tower) access token is base64 of `{"tid": <token id>}.<40 hex>`.
const DECODED = /^\{"tid": ?\d{1,12}\}\.[0-9a-f]{40}$/;

function decodesAsToken(value: string): boolean {
  try {
    return DECODED.test(atob(value));
  } catch {
    return false;
  }
}

/** Seqera Platform (Nextflow Tower) credentials. */
export const seqeraRules = [
  defineRule({
    id: 'seqera-platform-access-token',
    provider: 'Seqera',
    description: 'Seqera Platform (Nextflow Tower) personal access token (TOWER_ACCESS_TOKEN, nextflow.config tower.accessToken)',
    // The encoding of `{"tid":` opens every token; the rest decodes to the id and 40 hex digits.
    keywords: ['eyj0awqioi'],
    pattern: token('eyJ0aWQiOi[A-Za-z0-9+/]{40,120}={0,2}', { left: 'A-Za-z0-9+/_-', right: 'A-Za-z0-9+/=_-' }),
    accept: (m) => decodesAsToken(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://docs.seqera.io/platform-cloud/api/overview#authentication', how: 'Delete the token under Your tokens in Seqera Platform, create a new one and update TOWER_ACCESS_TOKEN where it is stored.' },
    docs: 'https://docs.seqera.io/platform-cloud/api/overview#authentication',
    sample: (g) => btoa(`{"tid": ${gen([DIGITS, 5])(g)}}.${gen([HEX, 40])(g)}`).replace(/=+$/, ''),
    negatives: ['TOWER_ACCESS_TOKEN=eyJ0aWQiOiA8eW91ci10b2tlbj4', 'accessToken = "$TOWER_ACCESS_TOKEN"'],
  }),
];
