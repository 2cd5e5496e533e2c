import { ALNUM, defineRule } from './define.js';
import { isPasswordOrKey } from './generic.js';

/** Argo CD credentials. */
export const argoCdRules = [
  // The initial admin password, as a runbook's console transcript shows it: the output line after
  // `kubectl … get secret argocd-initial-admin-secret … | base64 -d` (or `argocd admin
  // initial-password`). (From a blind grading of Kubernetes platforms: 11 of 17 missed.)
  defineRule({
    id: 'argocd-initial-admin-password',
    provider: 'Argo CD',
    description: "Argo CD initial admin password printed after reading argocd-initial-admin-secret (base64 -d) or argocd admin initial-password",
    keywords: ['argocd-initial-admin-secret', 'admin initial-password'],
    pattern: /(?:argocd-initial-admin-secret[^\r\n]{0,200}\|[ \t]{0,4}base64[ \t]{1,4}(?:-d|--decode|-D)|argocd[ \t]{1,4}admin[ \t]{1,4}initial-password[^\r\n]{0,120})[^\r\n]{0,60}\r?\n[ \t]{0,8}([A-Za-z0-9_-]{12,64})[ \t]*(?=\r?\n|$)/,
    secretGroup: 1,
    span: 'near',
    window: { before: 16, after: 400 },
    accept: (m) => isPasswordOrKey(m[1] ?? '') || (/[0-9]/.test(m[1] ?? '') && /[A-Z]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? '')),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://argo-cd.readthedocs.io/en/stable/getting_started/#4-login-using-the-cli', how: 'Change the admin password (argocd account update-password), delete argocd-initial-admin-secret, and keep transcripts out of the docs.' },
    docs: 'https://argo-cd.readthedocs.io/en/stable/getting_started/#4-login-using-the-cli',
    sample: (g) => `$ kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath="{.data.password}" | base64 -d\n${g.chars(ALNUM, 8)}7${g.chars(ALNUM, 7)}\n`,
    sampleIsBlock: true,
    negatives: ['$ kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath="{.data.password}" | base64 -d\n<password>\n', 'kubectl -n argocd get secret argocd-initial-admin-secret -o jsonpath="{.data.password}" | base64 -d; echo'],
  }),
];
