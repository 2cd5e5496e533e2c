import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';
import { inUse } from './passwords.js';

/** PowerShell: a secret written in plain text where a SecureString is made. */
export const powershellRules = [
  defineRule({
    id: 'powershell-securestring-plaintext',
    provider: 'PowerShell',
    description: 'A password or token in plain text given to ConvertTo-SecureString -AsPlainText (the script holds what the SecureString was meant to hide)',
    keywords: ['convertto-securestring'],
    // The string right after the cmdlet (or after -String), then -AsPlainText on the same line.
    pattern: /ConvertTo-SecureString[ \t]{1,8}(?:-String[ \t]{1,8})?(["'])([^"'\r\n$`]{8,256})\1[^\r\n]{0,64}?-AsPlainText/i,
    secretGroup: 2,
    window: { before: 0, after: 420 },
    // The cmdlet says the string is a secret: a person's password (a season and a year, digits for letters) counts too, not
    // only a random one; not a default or a documentation word.
    accept: (m) => {
      const value = m[2] ?? '';
      return isPasswordValue(value) || (inUse(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/p[a@4][s5$][s5$]w|secret|example|changeme/i.test(value));
    },
    severity: 'high',
    rotate: { url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring', how: 'Rotate the credential, then read it at run time (Get-Credential, SecretManagement, an environment variable) instead of from the script.' },
    docs: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
    sample: (g) => `$secure = ConvertTo-SecureString '${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 6)}' -AsPlainText -Force`,
    negatives: ['ConvertTo-SecureString $env:API_TOKEN -AsPlainText -Force', "ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force", 'ConvertTo-SecureString "$password" -AsPlainText'],
  }),
];
