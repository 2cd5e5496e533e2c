import { ALNUM, defineRule, UUID, uuidSample } from './define.js';
import { isPasswordValue } from './generic.js';

/** Game server panels and voice servers: AMP, TeamSpeak 3, Nakama. */
export const gameServerPanelRules = [
  // CubeCoders AMP: `ampinstmgr CreateInstance <module> <name> <ip> <port> <licence> <user> <password>`
  // (and `quickstart <user> <password>`), as install guides and scripts run it.
  defineRule({
    id: 'amp-instance-credentials',
    provider: 'CubeCoders AMP',
    description: 'AMP licence key or admin password given to ampinstmgr CreateInstance or quickstart',
    keywords: ['ampinstmgr'],
    pattern: new RegExp(`ampinstmgr[ \\t]{1,4}(?:-c[ \\t]{1,4})?(?:CreateInstance[ \\t]{1,4}\\S{1,32}[ \\t]{1,4}\\S{1,64}[ \\t]{1,4}\\S{1,64}[ \\t]{1,4}\\d{1,5}[ \\t]{1,4}(${UUID})[ \\t]{1,4}|quickstart[ \\t]{1,4})[A-Za-z0-9_.@-]{1,64}[ \\t]{1,4}(["']?)([^\\s"']{6,128})\\2(?=[\\s"';]|$)`, 'i'),
    secretGroup: 3,
    window: { before: 8, after: 400 },
    accept: (m) => isPasswordValue(m[3] ?? ''),
    severity: 'high',
    rotate: { url: 'https://discourse.cubecoders.com/', how: "Change the instance's admin password in AMP (Configuration → User management), and deactivate and reissue the licence if it was published." },
    docs: 'https://github.com/CubeCoders/AMP/wiki/Command-line-Instance-management',
    sample: (g) => `sudo su -l amp -c "ampinstmgr CreateInstance ADS ADS01 0.0.0.0 8080 ${uuidSample(g)} admin ${g.chars(ALNUM, 14)}7x"`,
    negatives: ['ampinstmgr CreateInstance ADS ADS01 0.0.0.0 8080 <licence-key> admin <password>', 'ampinstmgr quickstart admin $AMP_PASSWORD'],
  }),
  // TeamSpeak 3 prints the serveradmin password (and the first privilege key) once, on first start:
  // `loginname= "serveradmin", password= "…"` in the first log and the container's output.
  defineRule({
    id: 'teamspeak-serveradmin-password',
    provider: 'TeamSpeak',
    description: "TeamSpeak 3 ServerQuery serveradmin password from the server's first-start output",
    keywords: ['loginname= "serveradmin"', 'loginname="serveradmin"'],
    pattern: /loginname=[ \t]?"serveradmin",[ \t]{0,4}password=[ \t]?"([^"\s]{6,64})"/,
    secretGroup: 1,
    window: { before: 8, after: 120 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://support.teamspeak.com/hc/en-us/articles/360002710077', how: 'Log in to ServerQuery and change the serveradmin password (clientsetserverquerylogin), then remove the log.' },
    docs: 'https://support.teamspeak.com/hc/en-us/articles/360002710077',
    sample: (g) => `------------------------------------------------------------------\n                      I M P O R T A N T\n------------------------------------------------------------------\n               Server Query Admin Account created\n         loginname= "serveradmin", password= "${g.chars(ALNUM, 8)}"\n------------------------------------------------------------------\n`,
    negatives: ['loginname= "serveradmin", password= "<password>"'],
  }),
  // Nakama takes its database as scheme-less `user:password@host:port/db` addresses: the
  // `--database.address` flag and the `database: address:` list in its YAML.
  defineRule({
    id: 'nakama-database-address-password',
    provider: 'Nakama',
    description: "Password in a Nakama database address (user:password@host, --database.address or database.address in nakama's config)",
    keywords: ['database.address', 'address:'],
    context: ['nakama'],
    window: { before: 16, after: 400 },
    span: 'block',
    pattern: /(?:--database\.address[ \t=]{1,4}|address:[ \t]*(?:\r?\n[ \t]*-[ \t]{1,4}|\[[ \t]*)?)["']?[A-Za-z0-9_.-]{1,64}:([^@\s"'/]{4,128})@[A-Za-z0-9_.-]{1,253}(?::\d{1,5})?/,
    secretGroup: 1,
    accept: (m) => isPasswordValue(m[1] ?? ''),
    severity: 'high',
    rotate: { url: 'https://heroiclabs.com/docs/nakama/getting-started/configuration/#database', how: "Change the database user's password, update Nakama's config or flags from a secret store, and redeploy." },
    docs: 'https://heroiclabs.com/docs/nakama/getting-started/configuration/#database',
    sample: (g) => `# nakama config\ndatabase:\n  address:\n    - "root:${g.chars(ALNUM, 18)}@cockroachdb:26257"\n`,
    negatives: ['# nakama config\ndatabase:\n  address:\n    - "root@cockroachdb:26257"\n', '/nakama/nakama migrate up --database.address root@cockroachdb:26257'],
  }),
];
