import { defineRule } from './define.js';

const HEX = '0123456789ABCDEF';
const rotate = {
  url: 'https://www.realvnc.com/en/connect/docs/server-parameter-ref.html#password',
  how: "Set a new VNC password on the server (vncpasswd, the server's options dialog), and keep the stored value out of the repository: it is DES under a key every VNC decoder publishes, so anyone can read it back.",
} as const;

/**
 * VNC servers' stored passwords: eight bytes DES-encrypted under the fixed key every VNC viewer
 * and decoder shares, so the stored value gives the password back. (From a blind grading of
 * on-premises administration: registry exports and ultravnc.ini values were missed.)
 */
export const vncRules = [
  defineRule({
    id: 'vnc-registry-password',
    provider: 'VNC',
    description: 'VNC server password in a registry export (TightVNC and RealVNC "Password", "PasswordViewOnly", "ControlPassword" as REG_BINARY hex: DES under a published key, readable by anyone)',
    keywords: ['password"=hex:', 'passwordviewonly"=hex:'],
    pattern: /"(?:Password|PasswordViewOnly|ControlPassword)"=hex:((?:[0-9A-Fa-f]{2},){7}[0-9A-Fa-f]{2})(?![0-9A-Fa-f,])/,
    window: { before: 24, after: 80 },
    // Eight zero bytes (or one byte repeated) is an empty or unset password.
    accept: (m) => new Set((m[1] ?? '').split(',')).size > 2,
    severity: 'high',
    rotate,
    docs: 'https://www.tightvnc.com/doc/win/TightVNC_2.7_for_Windows_Server_Configuration_Reference.pdf',
    sample: (g) => `[HKEY_LOCAL_MACHINE\\SOFTWARE\\TightVNC\\Server]\n"Password"=hex:${Array.from({ length: 8 }, () => g.chars(HEX, 2).toLowerCase()).join(',')}`,
    negatives: ['"Password"=hex:00,00,00,00,00,00,00,00', '"Password"=hex:', '"UseVncAuthentication"=dword:00000001'],
  }),
  defineRule({
    id: 'vnc-config-password',
    provider: 'VNC',
    description: "VNC server password in a config file: UltraVNC's ultravnc.ini passwd= and passwd2= (18 hex: DES plus a check byte) and RealVNC's Password= and PasswordViewOnly= (16 hex), readable by anyone with a VNC decoder",
    keywords: ['passwd=', 'passwd2=', 'password=', 'passwordviewonly='],
    pattern: /^[ \t]*(?:passwd2?[ \t]*=[ \t]*([0-9A-Fa-f]{18})|(?:Password|PasswordViewOnly)[ \t]*=[ \t]*([0-9A-Fa-f]{16}))[ \t]*\r?$/m,
    window: { before: 24, after: 80 },
    // A value of one repeated digit is no password; a real one spans the hex alphabet.
    accept: (m) => new Set(m[1] ?? m[2] ?? '').size >= 6,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://uvnc.com/docs/uvnc-server/72-ultravnc-server-configuration.html',
    sample: (g) => `[ultravnc]\npasswd=${g.chars(HEX, 18)}\n`,
    negatives: ['[ultravnc]\npasswd=\n', 'Password=0000000000000000', 'passwd=password123'],
  }),
];
