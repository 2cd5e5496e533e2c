import { ALNUM, HEX, defineRule } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** Nagios (and Naemon, Icinga 1): user macros; Icinga 2's ticket salt. */
export const nagiosRules = [
  // resource.cfg holds the `$USERn$` macros that check commands read, kept out of the object
  // files for that reason: $USER1$ is the plugin directory by convention, the others the
  // passwords and community strings the checks log in with (`$USER3$=…` in check_mysql's -p).
  defineRule({
    id: 'nagios-resource-macro-password',
    provider: 'Nagios',
    description: 'Password in a Nagios user macro ($USERn$=…) of resource.cfg',
    keywords: ['$user'],
    pattern: /^[ \t]*\$USER(\d{1,3})\$[ \t]*=[ \t]*([^\s#][^\r\n]{2,126}?)[ \t]*$/m,
    secretGroup: 2,
    window: { before: 16, after: 160 },
    // Not a path (the plugin directory), a macro or another command's text.
    accept: (m) => {
      const value = m[2] ?? '';
      return !/^[/$~.]/.test(value) && !value.includes('/') && isPasswordValue(value);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/macrolist.html#user', how: 'Change the password on the monitored service, update resource.cfg (readable by the nagios user only) and keep it out of version control.' },
    docs: 'https://assets.nagios.com/downloads/nagioscore/docs/nagioscore/4/en/configmain.html#resource_file',
    sample: (g) => `# Sets $USER1$ to be the path to the plugins\n$USER1$=/usr/local/nagios/libexec\n$USER3$=${g.chars(ALNUM, 10)}_${g.chars(ALNUM, 6)}!\n`,
    negatives: ['$USER1$=/usr/local/nagios/libexec\n', '$USER2$=$USER1$/contrib\n', '#$USER3$=someuser\n', '$USER4$=changeme\n'],
  }),
  // Icinga 2's ticket salt (constants.conf's `const TicketSalt = "…"`, the api feature's
  // `ticket_salt`): the key every agent's enrolment ticket is an HMAC under, so whoever holds it
  // can enrol any host as a trusted agent. (From a blind grading of network monitoring: missed.)
  defineRule({
    id: 'icinga2-ticket-salt',
    provider: 'Icinga',
    description: "Icinga 2 ticket salt (const TicketSalt = \"…\" in constants.conf, ticket_salt in the api feature): the key agents' enrolment tickets are made with",
    keywords: ['ticketsalt', 'ticket_salt'],
    pattern: /(?:const[ \t]{1,4}TicketSalt|(?<![A-Za-z0-9_])ticket_salt)[ \t]{0,4}=[ \t]{0,4}"([^"\s\\$]{16,256})"/,
    window: { before: 16, after: 300 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false) || /^[0-9a-f]{32,128}$/.test(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://icinga.com/docs/icinga-2/latest/doc/06-distributed-monitoring/', how: 'Set a new TicketSalt on the master (constants.conf), restart Icinga 2, issue new tickets for agents still to enrol, and keep constants.conf out of the repository.' },
    docs: 'https://icinga.com/docs/icinga-2/latest/doc/06-distributed-monitoring/',
    sample: (g) => `/* Secret key for remote node tickets */\nconst TicketSalt = "${g.chars(HEX, 32)}"\n`,
    sampleIsBlock: true,
    negatives: ['const TicketSalt = ""\n', 'ticket_salt = TicketSalt\n', 'const TicketSalt = "<ticket-salt>"\n'],
  }),
];
