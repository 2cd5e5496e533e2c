import { BASE64, defineRule } from './define.js';

/**
 * Windows Group Policy Preferences: a `cpassword` attribute (Groups.xml, Services.xml,
 * ScheduledTasks.xml, DataSources.xml, Drives.xml) is AES-256 encrypted with a key Microsoft
 * published (MS14-025), so it is the password in clear for anyone who reads SYSVOL.
 */
export const groupPolicyRules = [
  defineRule({
    id: 'group-policy-cpassword',
    provider: 'Windows Group Policy',
    description: 'Group Policy Preferences cpassword (AES with a published key: the password in clear)',
    keywords: ['cpassword='],
    pattern: /(?<![A-Za-z0-9_-])cpassword="([A-Za-z0-9+/]{20,512}={0,2})"/,
    window: { before: 0, after: 600 },
    minEntropy: 3,
    severity: 'critical',
    rotate: { url: 'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2014/ms14-025', how: 'Change the account’s password, delete the preference item from SYSVOL (GPP passwords cannot be set since MS14-025) and use LAPS or a managed service account instead.' },
    docs: 'https://learn.microsoft.com/en-us/openspecs/windows_protocols/ms-gppref/2c15cbf0-f086-4c74-8b70-1f2fa45dd4be',
    sample: (g) => `<Properties action="U" newName="" fullName="" description="" cpassword="${g.chars(BASE64, 43)}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="Administrator (built-in)"/>`,
    negatives: ['<Properties action="U" cpassword="" userName="Administrator"/>', 'cpassword="&lt;password&gt;"'],
  }),
];
