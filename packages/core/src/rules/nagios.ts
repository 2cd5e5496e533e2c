import { ALNUM, defineRule } from './define.js';
import { isPasswordValue } from './generic.js';

/** Nagios (and Naemon, Icinga 1): user macros. */
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
];
