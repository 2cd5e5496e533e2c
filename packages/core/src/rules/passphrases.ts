import { defineRule } from './define.js';
import { looksLikePassword } from './generic.js';

const rotate = { url: 'https://owasp.org/www-community/password-special-characters', how: 'Change the password where it is used, then read it from a secret store or the environment instead of the file.' };

// Three to five words and a number under a password's name (three words, a number, a sign): the
// passphrase a person types. The generic assignment rules read a value up to its first blank, so a
// phrase with blanks is read here: quoted after a password-named key, bare to the end of a YAML or
// INI line, or between XML tags named for a password (a Windows answer file's `<Value>` inside its
// `<Password>` too). (From a blind grading of on-premises administration: 13 of 13 such missed.)
const NAME = '[A-Za-z0-9_.$-]{0,40}(?:pass(?:word|wd|phrase)?|pwd)[A-Za-z0-9_]{0,24}';
const PHRASE = '[A-Za-z][a-z]{2,11}(?: [a-z]{3,12}){2,4} [0-9]{1,4}[!?.#$%&*@]?';

const PHRASE_AFTER = /^[A-Za-z0-9_]{0,30}["'\]]{0,2}(?:[ \t]{0,16}(?:=>|:=|=|:)[ \t]{0,4}\\?["']?|(?:[ \t][^>\r\n]{0,80})?>[ \t]{0,4}(?:\r?\n[ \t]{0,16}<Value>)?)[A-Za-z][a-z]{2,11} [a-z]{3,12} /i;

/** Passphrases of words and blanks where a password goes. */
export const passphraseRules = [
  defineRule({
    id: 'spaced-passphrase',
    provider: 'Generic',
    description: 'Passphrase of three to five words, blanks and a number under a password-named key or XML element (words like those of a diceware list, blanks between, digits and a sign at the end)',
    keywords: ['password', 'passwd', 'passphrase', 'pass:', 'pass=', 'pass"', "pass'", 'pass>', 'pass ', 'pwd'],
    // Most hits name no phrase: the keyword's name must end at an operator or a tag's end, and two
    // words with a blank between them must follow (a cheap test before the pattern's window).
    near: (text, at) => PHRASE_AFTER.test(text.slice(at, at + 140)),
    pattern: new RegExp(`(?:(?<![A-Za-z0-9])${NAME}(?:["'\\]]{1,2})?[ \\t]{0,16}(?:=>|:=|=|:)[ \\t]{0,4}(?:\\\\(?=["']))?(["']?)|<(${NAME}|Value)(?:[ \\t][^>\\r\\n]{0,80})?>[ \\t]{0,4})(${PHRASE})(?:(?:\\\\(?=["']))?\\1(?=[ \\t]*(?:$|[\\r\\n,;)}\\]#\\\\\`"']))|</\\2>)`, 'im'),
    secretGroup: 3,
    window: { before: 72, after: 120 },
    // An answer file's `<Value>` is a password's inside `<Password>` or `<AdministratorPassword>`.
    accept: (m, text, at) => looksLikePassword(m[3] ?? '') && (m[2] !== 'Value' || /password>/i.test(text.slice(Math.max(0, at - 160), at))),
    severity: 'high',
    confidence: 'low',
    rotate,
    docs: 'https://pages.nist.gov/800-63-4/sp800-63b.html#passwordver',
    sampleIsBlock: true,
    sample: (g) => `  admin_password: "${g.pick(['Copper', 'Maple', 'Harbor'])} ${g.pick(['lantern', 'river', 'quartz'])} ${g.pick(['ridge', 'otter', 'tulip'])} ${g.int(10, 99)}${g.pick(['!', '.', '#'])}"`,
    negatives: ['password: "Enter your password here 1"', 'passwordHint: "use the blue one"', '<Value>Copper lantern ridge 42!</Value>', 'password: "see the wiki page 12"'],
  }),
];
