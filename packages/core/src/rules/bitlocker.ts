import { defineRule, token } from './define.js';

/**
 * A BitLocker recovery password: 48 digits in eight groups of six, each group a multiple of 11
 * below 720,896 (eight groups of random digits are all multiples one time in 200 million). Exports list them
 * under a header (`RecoveryPassword`, msFVE-RecoveryPassword), so the window reaches far.
 */
export const bitlockerRules = [
  defineRule({
    id: 'bitlocker-recovery-password',
    provider: 'BitLocker',
    description: 'BitLocker recovery password (48 digits, eight groups that are multiples of 11) near BitLocker’s name or a recovery-password field',
    // (Microsoft Graph's bitlockerRecoveryKey objects, an Intune export's, give `volumeType` beside the `key`.)
    keywords: ['bitlocker', 'recoverypassword', 'recovery password', 'recovery key', 'msfve', 'recoverykey', 'volumetype'],
    pattern: token('[0-9]{6}(?:-[0-9]{6}){7}', { left: '0-9-', right: '0-9-' }),
    window: { before: 20000, after: 200000 },
    span: 'block',
    // (Not the bound too: a value written out of range is no less a leaked key for a tool to flag.)
    accept: (m) => (m[1] ?? '').split('-').every((group) => Number(group) % 11 === 0),
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/recovery-process', how: 'Rotate the recovery password (manage-bde -protectors -delete and -add, or Intune’s key rotation), then remove the exported key from where it was stored.' },
    docs: 'https://learn.microsoft.com/en-us/windows/security/operating-system-security/data-protection/bitlocker/recovery-overview',
    sample: (g) => `ComputerName,ProtectorId,RecoveryPassword\nFS1,{86CC8A69-2007-4D65-9E10-FA50A7017BED},${Array.from({ length: 8 }, () => String(g.int(0, 65535) * 11).padStart(6, '0')).join('-')}\n`,
    negatives: ['RecoveryPassword: 123456-123456-123456-123456-123456-123456-123456-123456', 'BitLocker recovery key: <48 digits>'],
  }),
];
