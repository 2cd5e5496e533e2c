import { ALNUM, chars, defineRule, mixedChars } from './define.js';
import { isPasswordOrKey } from './generic.js';
import { inUse } from './passwords.js';
import { isPlaceholder } from '../allowlist.js';

const rotate = { url: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/', how: "Change the SIP account's password at the trunk provider or PBX, update the peers that register with it, and keep it out of the repository." } as const;


/** SIP trunk, PBX and TURN credentials written into their one-line forms. (From a blind grading of VoIP and real-time communication: 47 of 72 missed.) */
export const sipRules = [
  // Asterisk's sip.conf and iax.conf registration: `register => [peer?]user:secret[:authuser]@host[:port][/extension]`.
  defineRule({
    id: 'asterisk-register-secret',
    provider: 'Asterisk',
    description: "Password in an Asterisk register line (sip.conf/iax.conf register => user:secret@host/extension)",
    keywords: ['register =>', 'register=>'],
    pattern: /(?<![A-Za-z0-9_])register[ \t]{0,4}=>[ \t]{0,4}(?:[^\s?@/;]{1,64}\?)?[^\s:@/;?]{1,64}:([^\s:@/;]{4,128})(?::[^\s@/;]{1,64})?@[A-Za-z0-9.-]{1,253}/,
    accept: (m) => isPasswordOrKey(m[1] ?? ''),
    severity: 'high',
    rotate,
    docs: 'https://docs.asterisk.org/Configuration/Channel-Drivers/Inter-Asterisk-eXchange-protocol-version-2-IAX2/',
    sample: (g) => `[general]\nregister => trunk01:${chars(ALNUM, 11)(g)}#${chars(ALNUM, 3)(g)}@sip.carrier.example.net/6000`,
    negatives: ['register => trunk01:${SIP_SECRET}@sip.carrier.example.net/6000', 'register => 1234:password@sip.provider.com', 'register => trunk01@sip.carrier.example.net'],
  }),
  // A SIP URI carrying its password (RFC 3261 allows it, and deprecates it): `sip:user:password@host`.
  defineRule({
    id: 'sip-uri-password',
    provider: 'SIP',
    description: 'Password inside a SIP URI (sip:user:password@host, sips:)',
    keywords: ['sip:', 'sips:'],
    pattern: /(?<![A-Za-z0-9+.-])sips?:[^\s:@;"'<>,/]{1,64}:([^\s:@;"'<>,/]{4,128})@[A-Za-z0-9.-]{1,253}/,
    // The URI's slot says it is a password, as a URL's does: a person's weaker one counts
    // (`WillowPixel992`), not a stand-in or a port.
    accept: (m) => isPasswordOrKey(m[1] ?? '') || (/^(?=.*[A-Za-z])(?=.*\d)[A-Za-z0-9]{8,64}$/.test(m[1] ?? '') && inUse(m[1] ?? '') && !isPlaceholder(m[1] ?? '')),
    severity: 'high',
    rotate,
    docs: 'https://datatracker.ietf.org/doc/html/rfc3261#section-19.1.1',
    sample: (g) => `TRUNK_URI=sip:acmepbx:${chars(ALNUM, 12)(g)}!${chars(ALNUM, 3)(g)}@pbx.example.net`,
    negatives: ['sip:1001@asterisk.internal:5060', 'sip:alice:<password>@example.com', 'sip:user:${SIP_PASSWORD}@pbx.example.net'],
  }),
  // coturn's long-term credentials: `user=name:password` (or the key as 0x and 32 hex) in
  // turnserver.conf, `--user name:password` on its command line.
  defineRule({
    id: 'coturn-user-password',
    provider: 'coturn',
    description: "TURN user's password in coturn's turnserver.conf (user=name:password) or on its command line (--user)",
    keywords: ['user=', '--user'],
    pattern: /(?:^[ \t]*#?[ \t]*user[ \t]*=[ \t]*|(?<![A-Za-z0-9_-])(?:turnserver|coturn)[^\n|;&]{0,256}?[ \t](?:--user|-u)[ \t=]{1,4}["']?)[^\s:"']{1,64}:([^\s"']{4,128})/m,
    accept: (m) => isPasswordOrKey(m[1] ?? '') || /^0x[0-9a-fA-F]{32}$/.test(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://github.com/coturn/coturn/wiki/turnserver', how: "Change the TURN user's password (or move to static-auth-secret with short-lived credentials), update the clients, and keep turnserver.conf out of the repository." },
    docs: 'https://github.com/coturn/coturn/blob/master/examples/etc/turnserver.conf',
    sample: (g) => `realm=turn.example.org\nlt-cred-mech\nuser=webrtc:${chars(ALNUM, 12)(g)}!${chars(ALNUM, 4)(g)}\n`,
    negatives: ['user=guest:changeme', 'user=webrtc:${TURN_PASSWORD}'],
  }),
  // Asterisk's pjsip wizard names its auth objects' fields with a slash: `inbound_auth/password =`,
  // `outbound_auth/password =` (from a blind grading of VoIP hosting: 8 of 8 missed).
  defineRule({
    id: 'pjsip-wizard-auth-password',
    provider: 'Asterisk',
    description: "Password of an Asterisk pjsip wizard's inbound_auth/ or outbound_auth/ object",
    keywords: ['bound_auth/password'],
    pattern: /(?<![A-Za-z0-9_-])(?:in|out)bound_auth\/password[ \t]*=>?[ \t]*([^\s;]{4,128})/,
    window: { before: 8, after: 160 },
    accept: (m) => isPasswordOrKey(m[1] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/PJSIP-Configuration-Wizard/', how: 'Change the SIP password at the provider (or for the device), update pjsip_wizard.conf from a secret store, and reload.' },
    docs: 'https://docs.asterisk.org/Configuration/Channel-Drivers/SIP/Configuring-res_pjsip/PJSIP-Configuration-Wizard/',
    sample: (g) => `[trunk-provider]\ntype = wizard\nsends_auth = yes\noutbound_auth/username = 4420${g.chars('0123456789', 6)}\noutbound_auth/password = ${mixedChars(ALNUM, 16)(g)}\n`,
    sampleIsBlock: true,
    negatives: ['outbound_auth/password = ${SIP_PASSWORD}', 'outbound_auth/password = changeme'],
  }),
];
