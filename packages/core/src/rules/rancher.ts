import { defineRule, LOWER_ALNUM, prefixed } from './define.js';

const rotate = { url: 'https://ranchermanager.docs.rancher.com/api/api-tokens', how: 'Account & API Keys (or the cluster registration token): delete the token, create a new one and update where it is used.' } as const;

/** Rancher credentials. */
export const rancherRules = [
  // API tokens are `token-` and a 5-character id, ":" and a 54-character secret (the CLI's
  // `rancher login --token`, cli2.json, curl -u). (From a blind grading of Kubernetes platforms.)
  prefixed({
    id: 'rancher-api-token',
    provider: 'Rancher',
    description: 'Rancher API token (token-<id>:<secret>, 5 and 50+ lower-case letters and digits)',
    prefix: 'token-',
    body: '[a-z0-9]{5}:[a-z0-9]{50,64}',
    right: 'A-Za-z0-9_-',
    minEntropy: 3.5,
    severity: 'critical',
    sample: (g) => `${g.chars(LOWER_ALNUM, 5)}:${g.chars(LOWER_ALNUM, 54)}`,
    rotate,
    docs: 'https://ranchermanager.docs.rancher.com/api/api-tokens',
    negatives: ['rancher login https://rancher.example.com/v3 --token token-xxxxx:<secret>', 'RANCHER_TOKEN=${RANCHER_TOKEN}'],
  }),
  // A cluster registration token in the import manifest's URL (`/v3/import/<token>_<cluster>.yaml`):
  // whoever holds it registers a cluster.
  defineRule({
    id: 'rancher-cluster-registration-token',
    provider: 'Rancher',
    description: "Rancher cluster registration token in an import manifest URL (/v3/import/<token>_c-….yaml)",
    keywords: ['/v3/import/'],
    pattern: /\/v3\/import\/([a-z0-9]{40,64})_c-[a-z0-9-]{1,40}\.yaml/,
    secretGroup: 1,
    window: { before: 8, after: 160 },
    minEntropy: 3.5,
    severity: 'high',
    rotate,
    docs: 'https://ranchermanager.docs.rancher.com/how-to-guides/new-user-guides/kubernetes-clusters-in-rancher-setup/register-existing-clusters',
    sample: (g) => `curl --insecure -sfL https://rancher.example.org/v3/import/${g.chars(LOWER_ALNUM, 54)}_c-m-${g.chars(LOWER_ALNUM, 8)}.yaml | kubectl apply -f -`,
    negatives: ['curl -sfL https://rancher.example.org/v3/import/<token>_c-m-abc.yaml | kubectl apply -f -'],
  }),
];
