import { defineRule, HEX } from './define.js';

/** Gitea and Forgejo access tokens. */
export const giteaRules = [
  // Creating a token (`POST /api/v1/users/{user}/tokens`, `tea`, a script's curl) answers with the
  // token whole under `sha1` — named for its shape, 40 hex — beside `token_last_eight`, the part
  // Gitea keeps to show later. A transcript or a saved response keeps the token. (From a blind
  // grading of self-hosted forges.)
  defineRule({
    id: 'gitea-token-response',
    provider: 'Gitea',
    description: "Gitea or Forgejo access token in the API's answer to creating it (\"sha1\" beside \"token_last_eight\")",
    keywords: ['token_last_eight'],
    pattern: /"sha1"[ \t]{0,4}:[ \t]{0,4}"([0-9a-f]{40})"[ \t]{0,4},[ \t\r\n]{0,80}"token_last_eight"/,
    // (Over lines: jq and tea print the answer one field a line.)
    span: 'near',
    window: { before: 160, after: 40 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://docs.gitea.com/development/api-usage', how: "Delete the token in the user's settings (Applications) or with DELETE /api/v1/users/{user}/tokens/{name}, create a new one and update where it is stored." },
    docs: 'https://docs.gitea.com/development/api-usage#generating-and-listing-api-tokens',
    sample: (g) => `{"id":${g.int(1, 400)},"name":"ci-${g.int(1, 99)}","sha1":"${g.chars(HEX, 40)}","token_last_eight":"${g.chars(HEX, 8)}","scopes":["write:repository"]}`,
    negatives: ['{"id":3,"name":"ci","sha1":"","token_last_eight":"9fb9d2a1"}'],
  }),
];
