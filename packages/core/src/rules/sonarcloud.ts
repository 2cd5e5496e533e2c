import { ALNUM, chars, prefixed } from './define.js';

/** SonarCloud credentials. */
export const sonarcloudRules = [
  prefixed({ id: 'sonarcloud-token', provider: 'SonarCloud', description: 'SonarQube Cloud (SonarCloud) token (sqco_)', prefix: 'sqco_', body: '[A-Za-z0-9]{59}', sample: chars(ALNUM, 59), rotate: { url: 'https://sonarcloud.io/account/security', how: 'Revoke it in SonarCloud’s settings, issue a new one and update where it is stored.' }, docs: 'https://docs.sonarsource.com/sonarqube-cloud/managing-your-account/managing-tokens/' }),
];
