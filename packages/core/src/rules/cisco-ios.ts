import { ALNUM, defineRule, lineStartWithin } from './define.js';
import { isPasswordValue } from './generic.js';

// A server block's header (`radius server NAME`, `aaa server …`); in a decoded view the name a
// file was stored under may stand before it on its line.
const SERVER_BLOCK = /(?:^|[\s:"'`])(?:(?:radius|tacacs)[ -]server|aaa[ \t-]+server)[ \t]/;

/**
 * Whether the configuration line at `at` sits in a RADIUS or TACACS+ server block: the lines
 * before it, up to the block's header, are indented (IOS indents a block's lines under it).
 */
function inServerBlock(text: string, at: number): boolean {
  // Read back at most 4 KiB (a bounded walk: a long line costs each match its own stretch).
  const floor = Math.max(0, at - 4096);
  let lineStart = lineStartWithin(text, at, at - floor);
  for (let n = 0; n < 32 && lineStart > floor; n++) {
    const prev = lineStartWithin(text, lineStart - 1, lineStart - 1 - floor);
    const line = text.slice(prev, lineStart - 1);
    if (SERVER_BLOCK.test(line)) return true;
    const c = line.charCodeAt(0);
    if (c !== 32 && c !== 9) return false;
    lineStart = prev;
  }
  return false;
}

/** Cisco IOS, IOS XE and NX-OS: RADIUS and TACACS+ shared secrets in a running configuration. */
export const ciscoIosRules = [
  // `key 0 …` and a bare `key …` are clear text; `key 7 …` (reversible: cisco-ios-password reports
  // it) and `key 6 …` (AES) are not read here.
  defineRule({
    id: 'cisco-aaa-server-key',
    provider: 'Cisco',
    description: 'Clear-text RADIUS or TACACS+ shared secret in a Cisco configuration (radius server … key …, radius-server host … key …, tacacs-server key …, an ASA aaa-server host\'s key)',
    keywords: ['radius server', 'radius-server', 'tacacs server', 'tacacs-server', 'aaa-server '],
    span: 'block',
    window: { before: 0, after: 640 },
    pattern: /(?:^[ \t]+|(?:radius|tacacs)-server[^\n]{0,160}?[ \t])key[ \t]+(?:0[ \t]+)?(?![67][ \t])(\S{6,128})[ \t]*\r?$/m,
    accept: (m, text, at) => {
      if (!m[0].includes('-server') && !inServerBlock(text, at + m[0].length)) return false;
      return isPasswordValue(m[1] ?? '');
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.cisco.com/c/en/us/support/docs/security-vpn/remote-authentication-dial-user-service-radius/13838-10.html', how: 'Set a new shared secret on the RADIUS or TACACS+ server and on every device that uses it, and store device configurations with the key encrypted (key 6, password encryption aes).' },
    docs: 'https://www.cisco.com/c/en/us/td/docs/ios-xml/ios/sec_usr_rad/configuration/xe-16/sec-usr-rad-xe-16-book/sec-rad-ov-ietf-attr.html',
    sample: (g) => `radius server ISE\n address ipv4 10.20.1.10 auth-port 1812 acct-port 1813\n key ${g.chars(ALNUM, 9)}@${g.chars(ALNUM, 8)}\n!\n`,
    sampleIsBlock: true,
    negatives: ['radius server ISE\n address ipv4 10.0.0.1 auth-port 1812 acct-port 1813\n key ${RADIUS_SECRET}\n!\n', "tacacs-server host 10.0.0.2 key 7 '<encrypted>'", 'radius-server key <shared-secret>'],
  }),
];
