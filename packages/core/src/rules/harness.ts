import { ALNUM, gen, prefixed } from './define.js';

/** Harness credentials. */
export const harnessRules = [
  prefixed({ id: 'harness-personal-access-token', provider: 'Harness', description: 'Harness personal access token (pat.<accountId>.<tokenId>.<secret>)', prefix: 'pat.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22], '.', [ALNUM, 24], '.', [ALNUM, 20]), rotate: { url: 'https://app.harness.io/ng/account/profile', how: 'Revoke it in Harness’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/' }),
  prefixed({ id: 'harness-service-account-token', provider: 'Harness', description: 'Harness service account token (sat.)', prefix: 'sat.', body: '[A-Za-z0-9_-]{22}\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{20}', sample: gen(['-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz', 22], '.', [ALNUM, 24], '.', [ALNUM, 20]), rotate: { url: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/', how: 'Revoke it in Harness’s settings, issue a new one and update where it is stored.' }, docs: 'https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/' }),
];
