import { defineRule, HEX } from './define.js';
import { isPasswordValue } from './generic.js';

/** Jenkins: API tokens and passwords handed to its CLI. */
export const jenkinsRules = [
  // jenkins-cli.jar authenticates with `-auth user:token` (or `-auth user:password`); an API
  // token is "11" and 32 hex digits since Jenkins 2.129.
  defineRule({
    id: 'jenkins-cli-auth',
    provider: 'Jenkins',
    description: 'API token or password given to jenkins-cli.jar with -auth user:token',
    keywords: ['jenkins-cli', '-auth '],
    pattern: /jenkins-cli(?:\.jar)?[^\n|;&]{0,256}?[ \t]-auth[ \t]+["']?[^\s:"'@]{1,64}:([^\s"']{8,256})["']?(?=[\s;|&]|$)/,
    accept: (m) => /^11[0-9a-f]{32}$/.test(m[1] ?? '') || isPasswordValue(m[1] ?? ''),
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://www.jenkins.io/doc/book/managing/cli/#authentication', how: 'Revoke the API token in the user\'s Security settings (or change the password), create a new one, and pass it from a credentials store (-auth @file, JENKINS_API_TOKEN) instead of the command line.' },
    docs: 'https://www.jenkins.io/doc/book/managing/cli/#authentication',
    sample: (g) => `java -jar jenkins-cli.jar -s https://ci.example.org/ -auth deploy:11${g.chars(HEX, 32)} build release`,
    sampleIsBlock: true,
    negatives: ['java -jar jenkins-cli.jar -s https://ci/ -auth @/run/secrets/jenkins build x', 'java -jar jenkins-cli.jar -auth $JENKINS_USER:$JENKINS_API_TOKEN who-am-i', 'jenkins-cli.jar -auth user:<api-token> build'],
  }),
];
