import { ALNUM, defineRule } from './define.js';
import { isSecretKeyName } from '../keys.js';
import { isPasswordValue } from './generic.js';

/** GoCD: pipeline variables stored in plain text in cruise-config.xml. */
export const gocdRules = [
  // `<variable name="ARTIFACTORY_PASSWORD"><value>…</value></variable>`: a secure variable is kept
  // as `<encryptedValue>`; one named for a secret with a plain `<value>` is the secret itself (from
  // a blind grading of platform engineering: 3 of 3 missed).
  defineRule({
    id: 'gocd-plain-secret-variable',
    provider: 'GoCD',
    description: 'Pipeline variable named for a secret with a plain <value> in GoCD\'s cruise-config.xml',
    keywords: ['<variable name='],
    pattern: /<variable[ \t]{1,4}name="([A-Za-z0-9_.-]{1,64})"[^>]{0,64}>[ \t\r\n]{0,64}<value>([^<\s]{4,256})<\/value>/,
    secretGroup: 2,
    accept: (m) => isSecretKeyName(m[1] ?? '') && isPasswordValue(m[2] ?? ''),
    window: { before: 0, after: 600 },
    span: 'block',
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.gocd.org/current/faq/dev_use_current_revision_in_build.html', how: 'Rotate the credential and make the variable secure (GoCD then stores it as <encryptedValue>), or read it from a secrets manager plugin.' },
    docs: 'https://docs.gocd.org/current/configuration/configuration_reference.html#variable',
    sample: (g) => `<environmentvariables>\n  <variable name="ARTIFACTORY_PASSWORD">\n    <value>${g.chars(ALNUM, 12)}@${g.chars(ALNUM, 5)}</value>\n  </variable>\n</environmentvariables>`,
    sampleIsBlock: true,
    negatives: ['<variable name="ARTIFACTORY_PASSWORD" secure="true"><encryptedValue>AES:abc:def</encryptedValue></variable>', '<variable name="BUILD_MODE"><value>release-2024</value></variable>'],
  }),
];
