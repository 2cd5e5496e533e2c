import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** WildFly and JBoss EAP (Elytron): clear-text credentials in standalone.xml and the CLI. */
export const wildflyRules = [
  defineRule({
    id: 'wildfly-clear-text-credential',
    provider: 'WildFly',
    description: 'Clear-text password in a WildFly/JBoss Elytron credential reference (<credential-reference clear-text="…"/>, credential-reference={clear-text=…})',
    keywords: ['clear-text'],
    pattern: /credential-reference[^<>\n]{0,160}?clear-text[ \t]{0,4}=[ \t]{0,4}(?:"([^"\s]{6,256})"|([^\s"',}]{6,256}))/,
    secretGroup: 1,
    window: { before: 200, after: 300 },
    accept: (m) => isPasswordValue(m[1] ?? m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.wildfly.org/32/WildFly_Elytron_Security.html#credential-store', how: 'Change the password where it is used (a key store, a data source), then keep it in an Elytron credential store and reference it by alias.' },
    docs: 'https://docs.wildfly.org/32/WildFly_Elytron_Security.html#credential-reference',
    sample: (g) => `<key-store name="httpsKS">\n    <credential-reference clear-text="${g.chars(ALNUM, 9)}#${g.chars(ALNUM, 6)}"/>\n    <implementation type="JKS"/>\n</key-store>\n`,
    negatives: ['<credential-reference store="credstore" alias="keystore-pw"/>', '<credential-reference clear-text="${env.KEYSTORE_PASSWORD}"/>'],
  }),
];
