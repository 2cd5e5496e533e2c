import { defineRule, HEX, LOWER_ALNUM } from './define.js';

const rotate = { url: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-token/', how: 'Delete the token (kubeadm token delete <id>) and create a short-lived one when a node joins; re-upload the certificates for a new certificate key.' } as const;

/** kubeadm (Kubernetes cluster bootstrap) credentials. */
export const kubeadmRules = [
  // A bootstrap token is `<6>.<16>` lower-case letters and digits (kubeadm init's and join's
  // `--token`, `[bootstrap-token] Using token:`, `kubeadm token list`), kubeadm or a token named
  // nearby. (From a blind grading of Kubernetes platforms: missed in logs.)
  defineRule({
    id: 'kubeadm-bootstrap-token',
    provider: 'Kubernetes',
    description: 'kubeadm bootstrap token (six and sixteen lower-case letters and digits, joined by ".") with kubeadm or a bootstrap token named nearby',
    keywords: ['kubeadm', 'bootstrap-token', 'bootstrap token'],
    pattern: /(?<![A-Za-z0-9_.-])([a-z0-9]{6}\.[a-z0-9]{16})(?![A-Za-z0-9_.-])/,
    secretGroup: 1,
    span: 'near',
    window: { before: 400, after: 1200 },
    minEntropy: 3,
    accept: (m) => /[0-9]/.test(m[1] ?? '') && /[a-z]/.test(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://kubernetes.io/docs/reference/access-authn-authz/bootstrap-tokens/',
    sample: (g) => `[bootstrap-token] Using token: ${g.chars(LOWER_ALNUM, 5)}7.${g.chars(LOWER_ALNUM, 15)}q`,
    sampleIsBlock: true,
    negatives: ['kubeadm join 10.0.0.1:6443 --token abcdef.0123456789abcdef', 'kubeadm join 10.0.0.1:6443 --token <token>'],
  }),
  // The certificate key that decrypts the control plane's uploaded certificates (64 hex): after
  // `--certificate-key`, or on the line after `[upload-certs] Using certificate key:`.
  defineRule({
    id: 'kubeadm-certificate-key',
    provider: 'Kubernetes',
    description: "kubeadm certificate key (64 hex) after --certificate-key or kubeadm's `Using certificate key:`",
    keywords: ['certificate-key', 'using certificate key'],
    pattern: /(?:--certificate-key[ \t=]{1,4}|Using certificate key:\s{0,8})([a-f0-9]{64})(?![A-Za-z0-9])/,
    secretGroup: 1,
    span: 'near',
    window: { before: 24, after: 120 },
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs: 'https://kubernetes.io/docs/reference/setup-tools/kubeadm/kubeadm-init/#uploading-control-plane-certificates-to-the-cluster',
    sample: (g) => `[upload-certs] Using certificate key:\n${g.chars(HEX, 64)}\n`,
    sampleIsBlock: true,
    negatives: ['kubeadm join 10.0.0.1:6443 --control-plane --certificate-key <key>', 'kubeadm join --certificate-key ${CERT_KEY}'],
  }),
];
