import { defineRule } from './define.js';

const LOWER = 'abcdefghijklmnopqrstuvwxyz';

/**
 * A password's name and its operator, as settings write them (`SMTP_PASSWORD=`, `"pass": `,
 * `$password =>`), then the blanks and quote that open the value: the start of the mail
 * credential rules' patterns, which then say what the value is. (PHP's `define('SMTP_PASS', '…')`
 * names it as a string, a comma for its operator.)
 */
export const PASSWORD_KEY = '(?<![A-Za-z0-9])[A-Za-z0-9_.-]{0,48}pass(?:word|wd)?(?:["\'`]?[ \\t]{0,8}(?:=>|:=|[:=])|["\'][ \\t]{0,8},)';
export const VALUE_OPEN = '[ \\t]{0,8}(?:"""|["\'`])?';

/**
 * PASSWORD_KEY, or a mail client's password directive at a line's start with a blank for its
 * operator (msmtp's `password …`, isync's `Pass …`, ssmtp's `AuthPass …`; fetchmail's `with
 * password …` mid-line), or a command's option (swaks' `--auth-password …`): the `m` flag is wanted.
 */
export const PASSWORD_DIRECTIVE = `(?:${PASSWORD_KEY}|(?:^[ \\t]*|[ \\t]with[ \\t]{1,8})(?:Pass|AuthPass|password|passwd|pass)[ \\t]{1,8}|(?<![A-Za-z0-9-])--[a-z]{1,16}-pass(?:word)?(?:[ \\t]{1,8}|=))`;

/** An app password's 16 letters, in four groups split by one kind of blank or dash, or joined (group 1). */
export const APP_PASSWORD = '([a-z]{4}([ -])[a-z]{4}\\2[a-z]{4}\\2[a-z]{4}|[a-z]{16})(?![A-Za-z0-9])';

/**
 * An app password as mail providers generate it (Google, Yahoo, Apple, Fastmail): 16 lower-case
 * letters, maybe in four groups split by blanks or dashes, that a person did not choose: no
 * placeholder's run (abcd efgh …, qwer, asdf), hardly a letter repeated.
 */
export function isAppPassword(value: string): boolean {
  const letters = value.replace(/[ -]/g, '');
  // (Nine distinct letters or more: one random app password in twenty has fewer than ten.)
  return /^[a-z]{16}$/.test(letters) && new Set(letters).size >= 9 && !/abcd|efgh|wxyz|xxxx|qwer|asdf/.test(letters);
}

/** Google accounts' app passwords (Gmail SMTP for apps without OAuth). */
export const gmailRules = [
  // Sixteen lower-case letters, shown as four groups of four and pasted with or without the
  // blanks, under a password's name, with Gmail named near it (smtp.gmail.com, an @gmail.com login).
  defineRule({
    id: 'google-app-password',
    provider: 'Google',
    description: 'Google account app password (16 lower-case letters, in four groups or joined) under a password name or directive with Gmail nearby',
    keywords: ['gmail'],
    pattern: new RegExp(`${PASSWORD_DIRECTIVE}${VALUE_OPEN}${APP_PASSWORD}`, 'im'),
    secretGroup: 1,
    span: 'near',
    window: { before: 500, after: 500 },
    accept: (m) => isAppPassword(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://myaccount.google.com/apppasswords', how: 'Revoke the app password in the Google account (Security → App passwords), create a new one, and prefer OAuth for SMTP.' },
    docs: 'https://support.google.com/accounts/answer/185833',
    sample: (g) => `SMTP_HOST=smtp.gmail.com\nSMTP_USER=alerts.example@gmail.com\nSMTP_PASSWORD=${[0, 1, 2, 3].map(() => g.chars(LOWER, 4)).join(' ')}\n`,
    negatives: ['SMTP_HOST=smtp.gmail.com\nSMTP_PASSWORD=abcd efgh ijkl mnop', 'SMTP_HOST=smtp.gmail.com\nSMTP_PASSWORD=${GMAIL_APP_PASSWORD}'],
  }),
];
