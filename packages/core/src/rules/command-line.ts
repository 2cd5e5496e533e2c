import type { Rule, SampleGen } from '../types.js';
import { ALNUM, UUID_ANY_CASE, defineRule, isKeyChar, uuidSample } from './define.js';
import { isKeyLikeName, isSecretKeyName } from '../keys.js';
import { acceptGeneric, isHashOrCipher, isPasswordValue, looksLikeSecretValue } from './generic.js';
import { inUse } from './passwords.js';

const rotate = { url: 'https://owasp.org/www-project-cheat-sheets/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: 'Change the password on the server, then pass it from a file or the environment (MYSQL_PWD, REDISCLI_AUTH, SSHPASS) instead of the command line.' };

// Commands that read a password (or `user:password` lines) from standard input: chpasswd,
// vncpasswd -f, realm join, adcli join --stdin-password, smbpasswd -s, passwd --stdin. (From a
// blind grading of on-premises administration: every one was missed.)
const PASSWORD_READERS = '(?:sudo[ \\t]{1,4})?(?:chpasswd|iinit(?=[ \\t]|$)|vncpasswd[ \\t]{1,4}-f|realm[ \\t]{1,4}join|adcli[ \\t]{1,4}join|smbpasswd(?=[^\\n|;&]{0,64}[ \\t]-s)|passwd(?=[^\\n|;&]{0,64}[ \\t]--stdin))';

/**
 * A password argument as shells quote it: bare, or in single or double quotes (group 2; group 1
 * the quote), ended by a blank, a command separator or `ends`. Not a prose parenthesis, a
 * <placeholder>, [option] or {template} either, unquoted; quoted, a bracket may open a generated
 * password (`-p'[Von_Mw%d#{T2…'`, `-p'(/Y7Gf…'`: from a blind grading of retail add-ons), and
 * acceptPasswordValue turns down a quoted placeholder whole (`'<password>'`, `'[pw]'`).
 */
const argument = (ends = ''): string => `(["']?)((?:(?<=["'])[^\\s"'\`$]|[^\\s"'\`$(<[{])[^\\s"'\`]{3,127})\\1(?=[\\s;|&)${ends}]|$)`;
const ARG = argument();
// An ARG that may also end a list element: `"--requirepass", "…"]`.
const LIST_ARG = argument(',\\]');
// An ARG that may also end a quoted string or an escaped line break: a pasted session in a string.
const LAST_ARG = argument("\"'`\\\\");
// From the command's name to its option within one command: no line break, "|", ";" or "&" between.
const IN_COMMAND = '[^\\n|;&]{0,256}?';

/** A value a command line gets as a password: not a variable, not a default, not a placeholder word, not a hash or ciphertext (a .netrc's Jasypt `ENC(…)`). */
// (`{api_key}`: a template's field, as a .netrc a script fills in; from a blind grading of energy APIs.)
// (Templates quoted: PHP's and Caddy's `{$pw}`, `[[db_pw]]`, `{env:DB_PW}`, `[ENV:PW]`; from a review.)
const acceptPasswordValue = (value: string): boolean => inUse(value) && !/^<.*>$|^\{[A-Za-z_][\w.-]{0,63}\}$|^\[[A-Za-z][\w .-]{0,63}\]$|^\([A-Za-z][\w .-]{0,63}\)$|^\{\$[\w>.-]{1,64}\}$|^\[\[[^\]]{1,64}\]\]$|^[{[][A-Za-z_]{1,16}:[^\]}]{1,64}[\]}]$|^\*+$|^\.\.\.|password|secret|example/i.test(value) && !isHashOrCipher(value);
const acceptPassword = (m: RegExpExecArray): boolean => acceptPasswordValue(m[2] ?? '');

/** The line around a match (the whole command, options after the matched one included), at most 512 characters each side: bounded, so repeated matches on one long line cost no more than their own text. */
function lineAround(text: string, at: number, length: number): string {
  const from = Math.max(0, at - 512);
  const head = text.slice(from, at);
  const tail = text.slice(at + length, at + length + 512);
  const cut = tail.indexOf('\n');
  return head.slice(head.lastIndexOf('\n') + 1) + text.slice(at, at + length) + (cut === -1 ? tail : tail.slice(0, cut));
}

const sample = (prefix: string, suffix = '') => (g: SampleGen): string => `${prefix}${g.chars(ALNUM, 12)}${g.pick(['#', '!', '^', '*', '@', '+'])}${g.chars(ALNUM, 3)}${suffix}`;

const UUID_LOGIN = new RegExp(`^${UUID_ANY_CASE}$`);

/** Fields every rule here shares; a rule gives the rest and may override the window, span, judge and rotation. */
type CommandSpec = Pick<Rule, 'id' | 'description' | 'keywords' | 'pattern' | 'docs' | 'sample' | 'negatives'> & Partial<Pick<Rule, 'window' | 'span' | 'accept' | 'rotate' | 'secretGroup' | 'near'>>;

/** A password a command or statement is given: group 2 of the pattern, judged by acceptPassword unless the spec says otherwise. */
// A value written on a command line, double-quoted, single-quoted or bare: three groups, one of which matches.
const STDIN_VALUE = `(?:"([^"\\s]{8,512})"|'([^'\\s]{8,512})'|([^\\s"'|<>]{8,512}))`;

function commandRule(spec: CommandSpec): Rule {
  return defineRule({
    provider: 'Command line',
    window: { before: 8, after: 420 },
    accept: acceptPassword,
    secretGroup: 2,
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    ...spec,
  });
}

/** Passwords given to database and remote-shell clients on the command line (shell scripts, Dockerfiles, CI steps, shell history). */
// The name a secret store is given (`vercel env add NAME`, `wrangler secret put NAME`, `gh secret
// set NAME`): an address, an id or a deployment's name (`QSTASH_URL`, `ELECTRIC_SOURCE_ID`,
// `CONVEX_DEPLOYMENT`) holds no secret unless a URL carries credentials (from a blind grading of
// serverless databases: 11 such findings).
const STORED_NAME = /(?:env[ \t]{1,4}add|secrets?[ \t]{1,4}(?:put|set)|env:set|variable[ \t]{1,4}set)[ \t]{1,4}["']?([A-Za-z_][A-Za-z0-9_]{0,127})/;
const PUBLIC_VALUE_NAME = /(?:^|_)(?:URL|URI|ID|HOST|HOSTNAME|ENDPOINT|DEPLOYMENT|REGION|PROJECT|DOMAIN|ORIGIN|PORT|ENVIRONMENT)$/i;

/** Whether the command stores `value` under a name for an address or an id, and the value holds no credentials. */
function storesPublicValue(command: string, value: string): boolean {
  const name = STORED_NAME.exec(command)?.[1] ?? '';
  return PUBLIC_VALUE_NAME.test(name) && !isSecretKeyName(name) && !/:\/\/[^\s/@]+:[^\s/@]+@/.test(value);
}

export const commandLineRules = [
  // htpasswd's batch mode takes the password as its last argument (`htpasswd -b -c FILE USER
  // PASSWORD`, `htpasswd -nbB USER PASSWORD`); from a blind grading of shell histories.
  commandRule({
    id: 'htpasswd-batch-password',
    description: "Password given on htpasswd's command line in batch mode (htpasswd -b [-c] FILE USER PASSWORD, htpasswd -nb USER PASSWORD)",
    keywords: ['htpasswd'],
    pattern: /(?<![A-Za-z0-9_.-])htpasswd((?:[ \t]+-[A-Za-z]{1,6}(?:[ \t]+\d{1,3}(?=[ \t]))?){1,5})(?:[ \t]+(?:"[^"\r\n]{1,256}"|'[^'\r\n]{1,256}'|[^\s"'|;&<>-][^\s"'|;&<>]{0,255})){1,2}[ \t]+(["']?)([^\s"']{4,128})\2(?=[ \t]*(?:$|[;&|#\r\n"'`)]))/m,
    secretGroup: 3,
    accept: (m) => /-[A-Za-z]*b/.test(m[1] ?? '') && acceptPasswordValue(m[3] ?? ''),
    docs: 'https://httpd.apache.org/docs/current/programs/htpasswd.html',
    sample: sample('htpasswd -b -c /etc/nginx/.htpasswd admin '),
    negatives: ['htpasswd -c /etc/nginx/.htpasswd admin', 'htpasswd -b -c /etc/nginx/.htpasswd admin "$ADMIN_PASSWORD"', 'htpasswd -nbB admin password'],
  }),
  commandRule({
    id: 'gh-secret-set-body',
    description: 'Secret value given to gh secret set with --body or -b (kept in shell history; gh reads it from stdin otherwise)',
    // (And `gh variable set` of a variable named for a secret: a value made readable to every
    // workflow log; from a blind grading of release tooling.)
    keywords: ['secret set', 'variable set'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])gh[ \\t]{1,4}(?:secret|variable)[ \\t]{1,4}set${IN_COMMAND}[ \\t](?:--body|-b)(?:[ \\t]+|=|(?=["']))${ARG}`),
    accept: (m) => {
      const variable = /^gh[ \t]{1,4}variable[ \t]{1,4}set[ \t]{1,4}([A-Za-z_][A-Za-z0-9_]{0,127})/.exec(m[0]);
      return (variable === null || isSecretKeyName(variable[1] ?? '')) && !storesPublicValue(m[0], m[2] ?? '') && acceptPassword(m);
    },
    docs: 'https://cli.github.com/manual/gh_secret_set',
    sample: sample("gh secret set API_TOKEN --repo acme/api --body '", "' --env production"),
    negatives: ['gh secret set API_TOKEN < token.txt', 'gh secret set API_TOKEN --body "$API_TOKEN"', 'gh secret set API_TOKEN -b <value>', 'gh secret set API_TOKEN --body-file token.txt', 'gh secret set --env-file .env'],
  }),
  // Grafana's CLI resets the admin password from an argument (`grafana cli admin
  // reset-admin-password '…'`, `grafana-cli …`); Nextcloud's occ sets an LDAP bind password with
  // `ldap:set-config <config> ldapAgentPassword '…'` (from a blind grading of self-hosted apps).
  commandRule({
    id: 'admin-cli-set-password',
    description: "Password given to Grafana's reset-admin-password or Nextcloud occ ldap:set-config … ldapAgentPassword",
    keywords: ['reset-admin-password', 'ldapagentpassword'],
    // The command's name stands before the keyword.
    window: { before: 160, after: 420 },
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:grafana(?:-cli|[ \\t]{1,4}cli)${IN_COMMAND}[ \\t]reset-admin-password|occ["']?[ \\t]{1,4}ldap:set-config[ \\t]{1,4}\\S{1,32}[ \\t]{1,4}ldapAgentPassword)(?:[ \\t]+|=)${ARG}`),
    docs: 'https://grafana.com/docs/grafana/latest/cli/#reset-admin-password',
    sample: sample("grafana cli admin reset-admin-password '", "' --homepath /usr/share/grafana"),
    negatives: ['grafana cli admin reset-admin-password "$GF_ADMIN_PASSWORD"', 'occ ldap:set-config s01 ldapAgentPassword "$LDAP_BIND_PW"'],
  }),
  // Webmin's password reset script: `changepass.pl /etc/webmin <user> <password>` (from a blind
  // grading of hosting tooling: 11 of 11 missed).
  commandRule({
    id: 'webmin-changepass-password',
    description: "Password given to Webmin's changepass.pl (changepass.pl <config dir> <user> <password>)",
    keywords: ['changepass.pl'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])changepass\\.pl[ \\t]+\\S{1,128}[ \\t]+\\S{1,64}[ \\t]+${ARG}`),
    docs: 'https://webmin.com/faq/#how-do-i-reset-the-root-password',
    sample: sample("/usr/share/webmin/changepass.pl /etc/webmin root '", "' && systemctl restart webmin"),
    negatives: ['/usr/share/webmin/changepass.pl /etc/webmin root "$NEW_PASSWORD"', 'changepass.pl /etc/webmin root <password>'],
  }),
  // (From a blind grading of real-estate and legal integrations: 6 of 6 missed in Key Vault scripts.)
  commandRule({
    id: 'az-keyvault-secret-value',
    description: 'Secret value given to az keyvault secret set with --value (kept in shell history; --file or stdin keep it out)',
    keywords: ['keyvault secret set'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])az[ \\t]{1,4}keyvault[ \\t]{1,4}secret[ \\t]{1,4}set${IN_COMMAND}[ \\t]--value(?:[ \\t]+|=)${ARG}`),
    docs: 'https://learn.microsoft.com/en-us/cli/azure/keyvault/secret#az-keyvault-secret-set',
    sample: sample("az keyvault secret set --vault-name kv-prod --name db-password --value '", "' --output none"),
    negatives: ['az keyvault secret set --vault-name kv-prod --name db-password --value "$DB_PASSWORD"', 'az keyvault secret set --vault-name kv-prod --name db-password --file secret.txt', 'az keyvault secret set --vault-name kv-prod --name api-key --value <value>'],
  }),
  commandRule({
    id: 'aws-cli-secret-value',
    description: 'Secret value given to the AWS CLI: ssm put-parameter --value of a SecureString or a secret-named parameter, secretsmanager create-secret/put-secret-value/update-secret --secret-string',
    keywords: ['put-parameter', 'create-secret', 'put-secret-value', 'update-secret'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])aws[ \\t]{1,4}(?:ssm[ \\t]{1,4}put-parameter${IN_COMMAND}[ \\t]--value|secretsmanager[ \\t]{1,4}(?:create-secret|put-secret-value|update-secret)${IN_COMMAND}[ \\t]--secret-string)(?:[ \\t]+|=)${ARG}`),
    // A parameter is a secret when its type says so or its name does (`--name /prod/db/password`);
    // a String parameter (`--value 10.0.0.1`) is plain configuration.
    accept: (m, text, at) => {
      // `--value file://pw.txt` reads the value from a file (the AWS CLI's way to keep it out of history).
      if (!acceptPassword(m) || /^(?:file|fileb):\/\//.test(m[2] ?? '')) return false;
      if (m[0].includes('secretsmanager')) return true;
      const line = lineAround(text, at, m[0].length);
      if (/--type[ \t=]+["']?SecureString/.test(line)) return true;
      const name = /--name[ \t=]+["']?(?:[^\s"']*\/)?([A-Za-z_][A-Za-z0-9_.-]{0,63})/.exec(line);
      const key = name?.[1] ?? '';
      return isSecretKeyName(key) || (isKeyLikeName(key) && looksLikeSecretValue(m[2] ?? '', true));
    },
    window: { before: 40, after: 420 },
    docs: 'https://docs.aws.amazon.com/cli/latest/reference/ssm/put-parameter.html',
    rotate: { url: 'https://docs.aws.amazon.com/secretsmanager/latest/userguide/rotating-secrets.html', how: 'Rotate the secret at its issuer and store the new value from a file (--value file://…) or stdin, so it stays out of shell history.' },
    sample: sample("aws ssm put-parameter --name /prod/service/api_key --type SecureString --value '", "' --overwrite"),
    negatives: ['aws ssm put-parameter --name /prod/db/host --type String --value db.internal.test', 'aws ssm put-parameter --name /prod/db/password --type SecureString --value "$DB_PASSWORD"', 'aws ssm put-parameter --name /prod/db/password --value file://pw.txt --type SecureString', 'aws secretsmanager create-secret --name app/token --secret-string <value>'],
  }),
  commandRule({
    id: 'piped-secret-value',
    description: 'Secret echoed into a command that stores it or logs in with it (echo … | vercel env add, | gh secret set, | gh auth login --with-token, | docker login --password-stdin, | docker secret create, | wrangler secret put, | kinit): the value stays in shell history',
    keywords: ['vercel env add', 'gh secret set', '--password-stdin', '--with-token', 'secret put', 'secrets set', 'env:set', 'secret create', '| kinit', 'chpasswd', 'vncpasswd', 'realm join', 'smbpasswd', 'passwd --stdin', 'adcli', '| iinit'],
    // printf may take a format first (`printf '%s' '…'`).
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:echo|printf)(?:[ \\t]{1,4}-[ne]{1,2})?[ \\t]{1,8}(?:'%s(?:\\\\n)?'[ \\t]{1,4}|"%s(?:\\\\n)?"[ \\t]{1,4})?${argument('|')}[ \\t]*\\|[ \\t]*(?:npx[ \\t]{1,4})?(?:vercel[ \\t]{1,4}env[ \\t]{1,4}add|gh[ \\t]{1,4}secret[ \\t]{1,4}set|gh[ \\t]{1,4}auth[ \\t]{1,4}login${IN_COMMAND}--with-token|wrangler[ \\t]{1,4}secret[ \\t]{1,4}put|fly(?:ctl)?[ \\t]{1,4}secrets[ \\t]{1,4}set|netlify[ \\t]{1,4}env:set|(?:docker|podman)[ \\t]{1,4}secret[ \\t]{1,4}create|(?:docker|podman|nerdctl|buildah|skopeo|oras|helm[ \\t]{1,4}registry)[ \\t]{1,4}login${IN_COMMAND}--password-stdin|kinit(?=[ \\t]|$)|${PASSWORD_READERS})`),
    window: { before: 200, after: 320 },
    docs: 'https://vercel.com/docs/cli/env',
    rotate: { url: 'https://vercel.com/docs/cli/env', how: 'Rotate the secret at its issuer, then pipe it from a file or a secret manager (< file, op read …) rather than echoing it in the shell.' },
    // chpasswd reads `user:password` lines: the part after the colon is the password (`root:TODO` is none).
    accept: (m, text, at) => {
      const value = m[2] ?? '';
      const pair = /^[A-Za-z0-9_.-]{1,32}:(.+)$/.exec(value);
      return !storesPublicValue(lineAround(text, at, m[0].length), value) && acceptPasswordValue(value) && (pair === null || acceptPasswordValue(pair[1] ?? ''));
    },
    sample: sample('echo -n "', '" | vercel env add SERVICE_API_KEY production'),
    negatives: ['echo "$VERCEL_TOKEN" | vercel env add API_KEY production', 'echo -n "<value>" | gh secret set API_KEY', 'echo ${{ secrets.GHCR_TOKEN }} | docker login ghcr.io -u ci --password-stdin', 'echo "password" | docker login -u me --password-stdin', "echo 'root:TODO' | sudo chpasswd"],
  }),
  // A password written to a file that a tool then reads (`echo "…" > /tmp/pw.txt` before
  // `--password-file /tmp/pw.txt`, a keystore's password file), or given through a process
  // substitution (geth's `--password <(echo …)`). (From a blind grading of web3 development:
  // validator clients' and geth's keystore passwords. And OpenVPN's `--askpass <(echo …)`, a
  // private key's passphrase; from a blind grading of VPNs.)
  commandRule({
    id: 'echoed-password-file',
    description: "Password echoed into a file named for one (echo \"…\" > /tmp/pw.txt, > keystore_password.txt) or into a --password process substitution (geth --password <(echo …))",
    keywords: ['pw.txt', 'pass.txt', 'password', 'passwd', 'passphrase', '<(echo', 'vault_pass', 'vault-pass'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:(?:echo|printf)(?:[ \\t]{1,4}-[ne]{1,2})?[ \\t]{1,8}${argument('>')}[ \\t]*>{1,2}[ \\t]*[^\\s;&|<>]{0,128}(?:pass(?:word|wd|phrase)?|pw|secret)[^\\s/;&|<>]{0,64}(?=[\\s;&|)]|$)|--(?:password(?:-file)?|pass(?:phrase)?(?:-file)?|askpass)[ \\t=]{1,4}<\\([ \\t]*(?:echo|printf)(?:[ \\t]{1,4}-[ne]{1,2})?[ \\t]{1,8}["']?([^\\s"'\`$(<[{][^\\s"'\`)]{3,127})["']?[ \\t]*\\))`),
    // (Group 2 the echoed value, group 3 the substituted one.)
    accept: (m) => acceptPasswordValue(m[2] ?? m[3] ?? ''),
    window: { before: 80, after: 320 },
    docs: 'https://geth.ethereum.org/docs/fundamentals/command-line-options',
    sample: sample('echo "', '" > /tmp/keystore-password.txt'),
    negatives: ['echo "$KEYSTORE_PASSWORD" > /tmp/pw.txt', 'echo "changeme" > password.txt', 'geth --password <(echo $PW) --unlock 0', 'openvpn --config c.ovpn --askpass <(echo "$OVPN_PASS")'],
  }),
  // A game server's remote console password on its command line: Rust's `+rcon.password "…"`,
  // srcds' `+rcon_password …`. (From a blind grading of game servers: 20 missed.)
  commandRule({
    id: 'game-server-rcon-password',
    description: "RCON password given on a game server's command line (+rcon.password, +rcon_password) or to an RCON client (mcrcon -p, rcon-cli --password)",
    // (And the clients that send it: `mcrcon -H host -P port -p … "save-all"` in a crontab or a
    // backup script, itzg's `rcon-cli --password …`; from a blind grading of game servers, 23 missed.)
    keywords: ['+rcon.password', '+rcon_password', '+rcon.pass', 'mcrcon', 'rcon-cli'],
    pattern: new RegExp(`(?:(?<![A-Za-z0-9_])\\+rcon[._]pass(?:word)?[ \\t]{1,4}|(?<![A-Za-z0-9_.-])(?:mcrcon${IN_COMMAND}[ \\t]-p|rcon-cli${IN_COMMAND}[ \\t]--password)(?:=|[ \\t]{1,4}))${ARG}`),
    docs: 'https://developer.valvesoftware.com/wiki/Source_RCON_Protocol',
    sample: sample('./RustDedicated -batchmode +server.port 28015 +rcon.port 28016 +rcon.password "', '" +rcon.web 1'),
    negatives: ['+rcon.password "$RCON_PASSWORD"', '+rcon_password changeme', 'mcrcon -H localhost -P 25575 -p "$RCON_PASSWORD" save-all', 'mcrcon -H 127.0.0.1 -p password list'],
  }),
  // A Python script's RCON target as a tuple, the password last: `RCON = ("<host>", 27015, "…")`
  // (from a blind grading of game servers: 9 missed).
  defineRule({
    id: 'rcon-tuple-password',
    provider: 'Game servers',
    description: 'RCON password as the last item of a tuple or list named for RCON (RCON = ("host", port, "…"))',
    keywords: ['rcon'],
    pattern: /(?<![A-Za-z0-9_])(?:[A-Za-z0-9]{1,24}_)?(?:RCON|rcon|Rcon)(?:_?[A-Za-z0-9]{1,24}){0,2}[ \t]{0,4}(?::[ \t]{0,4}[A-Za-z[\], ]{1,40})?=[ \t]{0,4}[([][ \t]{0,4}["'][A-Za-z0-9.:-]{1,253}["'][ \t]{0,4},[ \t]{0,4}\d{2,5}[ \t]{0,4},[ \t]{0,4}(["'])([^"'\s]{6,128})\1[ \t]{0,4}[)\]]/,
    secretGroup: 2,
    window: { before: 40, after: 360 },
    accept: (m) => acceptPasswordValue(m[2] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    confidence: 'medium',
    rotate,
    docs: 'https://developer.valvesoftware.com/wiki/Source_RCON_Protocol',
    sample: (g) => `RCON = ("203.0.113.${g.int(2, 250)}", 27015, "${g.chars(ALNUM, 12)}#${g.int(10, 99)}")`,
    negatives: ['RCON = ("127.0.0.1", 25575, os.environ["RCON_PASSWORD"])', 'RCON = ("127.0.0.1", 25575, "password")'],
  }),
  // The same readers given the password another way: twice from a subshell (smbpasswd -s wants it
  // confirmed), or as a here-string.
  commandRule({
    id: 'stdin-password-command',
    description: "Password fed to a command that reads it from standard input, from a subshell or a here-string: (echo pw; echo pw) | smbpasswd -s -a user, adcli join --stdin-password <<< 'pw', realm join … <<< 'pw'",
    keywords: ['smbpasswd', 'adcli', 'realm join', 'chpasswd', 'passwd --stdin', 'kinit'],
    pattern: new RegExp(`(?:\\([ \\t]*(?:echo|printf)(?:[ \\t]{1,4}-[ne]{1,2})?[ \\t]{1,8}${argument(';')}[ \\t]*;[ \\t]*(?:echo|printf)[^\\n)]{1,200}\\)[ \\t]*\\|[ \\t]*${PASSWORD_READERS}|(?<![A-Za-z0-9_.-])(?:smbpasswd|adcli|realm|chpasswd|passwd|kinit)(?![A-Za-z0-9_.-])${IN_COMMAND}<<<[ \\t]*${ARG})`),
    window: { before: 256, after: 420 },
    docs: 'https://www.samba.org/samba/docs/current/man-html/smbpasswd.8.html',
    sample: sample('(echo "', '"; echo "$PW") | smbpasswd -s -a backup'),
    negatives: ['(echo "$SMB_PW"; echo "$SMB_PW") | smbpasswd -s -a backup', 'adcli join --domain=corp.test --login-user=svc --stdin-password <<< "$JOIN_PW"', 'realm join corp.test <<< "$(cat /run/secrets/join)"'],
  }),
  // Samba's clients take `-U DOMAIN\\user%password` (smbclient, rpcclient, net ads join, winexe),
  // also as one element of a Python argument list.
  commandRule({
    id: 'samba-user-password',
    description: "Password after % in a Samba client's -U user%password (smbclient, rpcclient, net ads join, smbcacls, winexe)",
    keywords: ['smbclient', 'rpcclient', 'net ads', 'smbcacls', 'smbget', 'winexe', 'smbmap'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:smbclient|rpcclient|net[ \\t]{1,4}ads[ \\t]{1,4}[a-z]{2,16}|smbcacls|smbget|winexe|smbmap)["']?${IN_COMMAND}[ \\t"',]-U(?:[ \\t]{1,4}|["'][ \\t]*,[ \\t]*)(?:(["'])[^%"'\\n]{1,128}%([^"'\\n]{4,127})\\1|[^\\s%"']{1,128}%([^\\s"']{4,127})(?=[\\s;|&]|$))`),
    window: { before: 16, after: 420 },
    docs: 'https://www.samba.org/samba/docs/current/man-html/smbclient.1.html',
    sample: sample("smbclient //fs01/scans -U 'CORP\\\\svc_scan%", "' -c 'prompt off; mget *.pdf'"),
    negatives: ['smbclient //fs01/scans -U "CORP\\\\svc%$SMB_PW" -c ls', "net ads join -U 'svc_join%{{ lookup(\"env\", \"SVC_PASS\") }}'", 'smbclient -L //fs01 -U guest%'],
  }),
  // IBM Db2's CLP and SQL: CONNECT TO <db> USER <user> USING <password>.
  commandRule({
    id: 'db2-connect-password',
    description: 'Password after USING in an IBM Db2 CONNECT TO … USER … USING … statement (db2 CLP scripts, SQL files)',
    keywords: ['connect to'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])connect[ \\t]{1,4}to[ \\t]{1,4}[A-Za-z0-9_.$#@-]{1,64}[ \\t]{1,4}user[ \\t]{1,4}["']?[^\\s"']{1,128}["']?[ \\t]{1,4}using[ \\t]{1,4}${argument(';"\'`\\\\')}`, 'i'),
    window: { before: 16, after: 420 },
    docs: 'https://www.ibm.com/docs/en/db2/11.5?topic=statements-connect-type-1',
    sample: sample('db2 connect to SAMPLE user db2inst1 using ', ''),
    negatives: ['db2 connect to SAMPLE user db2inst1 using $DB2_PW', 'db2 "connect to sample user db2inst1 using <password>"', 'CONNECT TO SAMPLE USER ADMIN USING :pw;'],
  }),
  // PocketBase creates its first superuser from the command line (a Dockerfile's RUN line):
  // `pocketbase superuser upsert <email> <password>` (`admin create` before 0.23).
  commandRule({
    id: 'pocketbase-superuser-password',
    description: "Password given to PocketBase's superuser upsert/create (or admin create) command: kept in a Dockerfile or a script",
    keywords: ['superuser upsert', 'superuser create', 'admin create', 'admin upsert'],
    pattern: /pocketbase[ \t]{1,4}(?:superuser|admin)[ \t]{1,4}(?:upsert|create)[ \t]{1,4}[^\s@]{1,64}@[^\s]{1,253}[ \t]{1,4}(["']?)([^\s"']{6,128})\1(?=[\s"';&|]|$)/,
    window: { before: 40, after: 420 },
    docs: 'https://pocketbase.io/docs/going-to-production/',
    sample: sample('RUN /pb/pocketbase superuser upsert admin@example.org ', ''),
    negatives: ['RUN /pb/pocketbase superuser upsert admin@example.org "$PB_ADMIN_PASSWORD"', 'RUN /pb/pocketbase superuser upsert admin@example.org ${PB_PASSWORD}'],
  }),
  // A password handed to one command in its environment (`PGPASSWORD=… pg_dump …`,
  // `MYSQL_PWD=… mysqldump`, `SSHPASS=… sshpass -e ssh`, `REDISCLI_AUTH=… redis-cli`): the
  // variable's name says what it is, whatever the value looks like.
  commandRule({
    id: 'command-env-password',
    description: 'Password given to a command through its environment (PGPASSWORD=… psql, MYSQL_PWD=…, SSHPASS=…, REDISCLI_AUTH=…): kept in the script or shell history',
    keywords: ['pgpassword=', 'mysql_pwd=', 'sshpass=', 'rediscli_auth='],
    pattern: /(?<![A-Za-z0-9_.$-])(PGPASSWORD|MYSQL_PWD|SSHPASS|REDISCLI_AUTH)=(?:'([^'\n]{4,128})'|"([^"\n$`]{4,128})"|([^\s'"$`;&|]{4,128}))(?=[ \t]+[A-Za-z./])/,
    window: { before: 8, after: 200 },
    accept: (m) => acceptPassword([m[0], '', m[2] ?? m[3] ?? m[4] ?? ''] as unknown as RegExpExecArray),
    docs: 'https://www.postgresql.org/docs/current/libpq-envars.html',
    sample: sample('PGPASSWORD=', ' pg_dump -h db.internal -U app orders'),
    negatives: ['PGPASSWORD=$DB_PASSWORD psql -h db', "PGPASSWORD='${PGPASS}' psql", 'PGPASSWORD=postgres psql -h localhost', 'export PGPASSWORD'],
  }),
  // HAProxy's userlist: `user <name> insecure-password <password>` holds it in plain text (a
  // `password` line holds a crypt(3) hash instead).
  commandRule({
    id: 'haproxy-userlist-password',
    description: 'Plain-text password of an HAProxy userlist user (insecure-password)',
    keywords: ['insecure-password'],
    pattern: /(?<![A-Za-z0-9_-])(user[ \t]{1,8}[^\s]{1,64}[ \t]{1,8}insecure-password)[ \t]{1,8}([^\s"']{6,128})(?=[ \t"']|$)/m,
    window: { before: 96, after: 160 },
    docs: 'https://docs.haproxy.org/3.0/configuration.html#3.4-user',
    sample: sample('user ops insecure-password '),
    negatives: ['user ops insecure-password changeme', 'user ops password $6$salt$hash', 'user ops insecure-password ${HAPROXY_PASSWORD}'],
  }),
  // sed's in-place rewrite of a setting (`sed -i 's/^API_KEY=.*/API_KEY=…/' /etc/app.env`, often
  // over ssh): the replacement sets the name the pattern matched, and its value is the secret.
  commandRule({
    id: 'sed-replaced-secret',
    description: 'Secret written into a file by sed replacing a setting (s/^API_KEY=.*/API_KEY=…/): kept in the script or shell history',
    keywords: ['=.*/'],
    pattern: /s\/\^?([A-Za-z_][A-Za-z0-9_.-]{0,63})=\.\*\/\1=([^\s'"/\\]{8,256})\//,
    window: { before: 80, after: 300 },
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? ''),
    docs: 'https://www.gnu.org/software/sed/manual/sed.html#The-_0022s_0022-Command',
    sample: (g) => `ssh deploy@10.0.0.5 "sudo sed -i 's/^SERVICE_API_KEY=.*/SERVICE_API_KEY=${g.chars(ALNUM, 24)}/' /etc/app.env"`,
    negatives: ["sed -i 's/^API_KEY=.*/API_KEY=${API_KEY}/' .env", "sed -i 's/^API_KEY=.*/API_KEY=changeme/' .env", "sed -i 's/^LOG_LEVEL=.*/LOG_LEVEL=debugverbose/' .env"],
  }),
  commandRule({
    id: 'windows-cmdkey-password',
    description: 'Password stored with Windows cmdkey /pass: (Credential Manager), kept in the script or history',
    keywords: ['cmdkey'],
    // The last option as often as not: the value may end a quoted string too.
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])cmdkey(?:\\.exe)?${IN_COMMAND}[ \\t]\\/pass:${LAST_ARG}`, 'i'),
    docs: 'https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey',
    sample: sample('cmdkey /add:fs1.corp.test /user:svc_backup /pass:'),
    negatives: ['cmdkey /add:fs1 /user:CORP\\svc /pass', 'cmdkey /add:fs1 /user:me /pass:%PASSWORD%', 'cmdkey /list'],
  }),
  defineRule({
    id: 'openvpn-inline-credentials',
    provider: 'OpenVPN',
    description: 'Password in an OpenVPN profile\'s inline <auth-user-pass> block (user name, then password)',
    keywords: ['<auth-user-pass>'],
    pattern: /<auth-user-pass>[ \t]*\r?\n[ \t]*[^\s<]{1,128}[ \t]*\r?\n[ \t]*([^\s<]{4,256})[ \t]*\r?\n[ \t]*<\/auth-user-pass>/,
    secretGroup: 1,
    window: { before: 8, after: 600 },
    span: 'block',
    accept: (m) => inUse(m[1] ?? '') && !/^(?:password|secret|changeme)$/i.test(m[1] ?? ''),
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://openvpn.net/community-docs/community-articles/openvpn-2-6-manual.html', how: 'Change the VPN password, and keep it in a file only the user can read (auth-user-pass <file>) rather than in the profile.' },
    docs: 'https://openvpn.net/community-docs/community-articles/openvpn-2-6-manual.html',
    sample: (g) => `client\nremote vpn.acme.test 1194\n<auth-user-pass>\nvpnuser\n${g.chars(ALNUM, 12)}#${g.chars(ALNUM, 4)}\n</auth-user-pass>\n`,
    negatives: ['<auth-user-pass>\nuser\npassword\n</auth-user-pass>', '<auth-user-pass>\nuser\n</auth-user-pass>'],
  }),
  // A variable set for a deployment from a here-string: `vercel env add NAME production <<< "…"`
  // (a README's deploy steps), judged as an assignment to NAME. A value piped in (`echo "…" |
  // vercel env add NAME`) is piped-secret-value's.
  defineRule({
    id: 'vercel-env-add-value',
    provider: 'Command line',
    description: 'Value given to vercel env add as a here-string, judged as an assignment to the variable it names',
    keywords: ['env add '],
    pattern: new RegExp(`(?:npx[ \\t]+|pnpm[ \\t]+(?:dlx[ \\t]+)?|bunx[ \\t]+)?vercel[ \\t]+env[ \\t]+add[ \\t]+([A-Za-z_][A-Za-z0-9_]{0,127})(?:[ \\t]+[a-z][a-z0-9-]{0,31}){0,2}[ \\t]*<<<[ \\t]*${STDIN_VALUE}`),
    // The value is whichever of groups 2-4 matched (double-quoted, single-quoted, bare).
    secretGroup: 2,
    window: { before: 200, after: 600 },
    accept: (m) => {
      const value = m[2] ?? m[3] ?? m[4];
      return value !== undefined && acceptGeneric(m[1] ?? '', value);
    },
    severity: 'high',
    rotate: { url: 'https://vercel.com/docs/cli/env', how: 'Rotate the value at its issuer, set it again with vercel env add reading from a secret store (not a literal), and remove it from the document.' },
    docs: 'https://vercel.com/docs/cli/env',
    sample: (g) => `npx vercel env add SERVICE_API_KEY production <<< "${g.chars(ALNUM, 32)}"`,
    negatives: ['vercel env add API_KEY production <<< "$API_KEY"', 'vercel env add API_KEY production', 'echo "$TOKEN" | vercel env add TOKEN'],
  }),
  defineRule({
    id: 'wrangler-secret-prompt',
    provider: 'Cloudflare',
    description: 'Secret typed at wrangler secret put\'s prompt, as a terminal transcript shows it',
    keywords: ['enter a secret value'],
    pattern: /Enter a secret value:?[ \t]{0,4}(?:\u203a|>)?[ \t]{0,4}([^\s*]{8,512})(?=\s|$)/i,
    secretGroup: 1,
    window: { before: 8, after: 600 },
    accept: (m) => looksLikeSecretValue(m[1] ?? '', false),
    severity: 'high',
    rotate: { url: 'https://developers.cloudflare.com/workers/wrangler/commands/#secret-put', how: 'Rotate the secret at its issuer and put the new one with wrangler secret put; keep transcripts of the prompt out of the repository.' },
    docs: 'https://developers.cloudflare.com/workers/wrangler/commands/#secret-put',
    sample: (g) => `$ npx wrangler secret put SERVICE_API_KEY\n? Enter a secret value: ${g.chars(ALNUM, 32)}\nSuccess! Uploaded secret SERVICE_API_KEY\n`,
    negatives: ['? Enter a secret value: › ********', '? Enter a secret value: ›'],
  }),
  // A GIT_ASKPASS (or SSH_ASKPASS, SUDO_ASKPASS) helper answers git's prompts by a case on the
  // prompt: `Username*) echo "ci" ;;` then `Password*) echo "<password or token>" ;;`.
  commandRule({
    id: 'askpass-password',
    description: 'Password or token an askpass helper script prints for the password prompt (case "$1" in Password*) echo "…" ;;)',
    keywords: ['password*)', 'password*")', "password*')", 'password:*)', 'password for*)'],
    pattern: new RegExp(`[Pp]assword(?: for)?:?\\*["']?\\)[ \\t]{0,8}(?:echo(?:[ \\t]{1,4}-[ne]{1,2})?|printf(?:[ \\t]{1,4}["']%s(?:\\\\n)?["'])?)[ \\t]{1,4}${ARG}`),
    window: { before: 32, after: 300 },
    docs: 'https://git-scm.com/docs/gitcredentials#_requesting_credentials',
    sample: sample('case "$1" in\n  Username*) echo "ci-bot" ;;\n  Password*) echo "', '" ;;\nesac'),
    negatives: ['case "$1" in\n  Password*) echo "$GIT_TOKEN" ;;\nesac', 'Password*) echo "${ADO_PAT}" ;;', "Password*) printf '%s' \"$(cat /run/secrets/token)\" ;;", 'Password*) echo "<your token>" ;;'],
  }),
  // Oracle's tools take `user/password@connect_identifier` as their first argument (sqlplus, rman,
  // Data Pump's expdp/impdp, SQL*Loader, dgmgrl, SQLcl) or after userid=/target=.
  commandRule({
    id: 'oracle-connect-password',
    description: "Password in an Oracle tool's user/password@service argument (sqlplus scott/…@ORCLPDB1, expdp userid=…, rman target …)",
    keywords: ['sqlplus', 'rman', 'expdp', 'impdp', 'sqlldr', 'dgmgrl', 'sqlcl'],
    pattern: /(?<![A-Za-z0-9_.-])(?:sqlplus|rman|expdp|impdp|sqlldr|dgmgrl|sqlcl)(?:[ \t]{1,4}-[A-Za-z]{1,16})*[ \t]{1,4}(?:(?:userid|target|catalog)[ \t]*=?[ \t]*)?(["']?)[A-Za-z_][A-Za-z0-9_$#-]{0,29}\/([^\s@/"'`$]{4,64})(?=@|\1(?:[\s;|&]|$))/,
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html',
    sample: sample('sqlplus -s etl_svc/', '@ORCLPDB1 @/opt/etl/merge.sql'),
    negatives: ['sqlplus -s scott/tiger@ORCLPDB1', 'sqlplus / as sysdba', 'sqlplus -s "$DB_USER/$DB_PASS@ORCLPDB1"', 'expdp userid=system/<password>@pdb1', 'sqlplus -L user/${ORACLE_PASSWORD}@tns'],
  }),
  // An Oracle wallet's credential: `mkstore -wrl <dir> -createCredential <alias> <user> <password>`.
  commandRule({
    id: 'oracle-mkstore-credential',
    description: 'Password given to mkstore -createCredential or -modifyCredential (an Oracle wallet entry, kept in shell history)',
    keywords: ['mkstore'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])mkstore${IN_COMMAND}[ \\t]-(?:create|modify)Credential[ \\t]{1,4}[^\\s]{1,128}[ \\t]{1,4}[^\\s]{1,64}[ \\t]{1,4}${ARG}`),
    docs: 'https://docs.oracle.com/en/database/oracle/oracle-database/19/dbseg/using-the-mkstore-utility.html',
    sample: sample("mkstore -wrl /u01/app/oracle/wallet -createCredential ORCLPDB1 etl_svc '", "' <<< \"$WALLET_PW\""),
    negatives: ['mkstore -wrl /u01/wallet -createCredential ORCLPDB1 etl_svc', 'mkstore -wrl /u01/wallet -createCredential ORCLPDB1 etl_svc "$ORA_PW"'],
  }),
  // Positional passwords of client calls with no name beside them: the mongo shell's
  // `db.auth("user", "…")` and MATLAB's `database('db', 'user', '…', …)`. (And, from a blind grading
  // of legacy artefacts, Crystal Reports', Perl DBI's and Net::FTP's, WMI's and JDBC's: 30 missed.)
  commandRule({
    id: 'positional-password-call',
    description: "Password given as a positional argument: mongo shell db.auth(user, password), Crystal Reports' SetDatabaseLogon(user, password, …), Perl's DBI->connect(dsn, user, password) and Net::FTP's ->login(user, password), WMI's ConnectServer(host, namespace, user, password), JDBC's getConnection(url, user, password), MATLAB's database(name, user, password, …), VBScript's MapNetworkDrive(…, user, password), Arduino's WiFi.begin(ssid, password), MicroPython's wlan.connect(ssid, password), an MQTT client's connect(id, user, password), Groovy's Sql.newInstance(url, user, password, driver), WebLogic WLST's connect(user, password, 't3://…')",
    // (And Tableau Server Client's TableauAuth(user, password) and MicroStrategy mstrio's
    // Connection(base_url, user, password): from a blind grading of BI tools, 20 missed.)
    // (And the ArcGIS API for Python's GIS(url, user, password): from a blind grading of construction software, 7 missed.)
    keywords: ['gis("http', "gis('http", 'db.auth(', 'database(', 'sequelize(', 'mssql.connect(', 'authwithpassword(', 'auth_with_password(', 'mapnetworkdrive', 'wifi.begin(', 'wifi.softap(', 'wlan.connect(', 'sta.connect(', 'sta_if.connect(', 'station.connect(', 'client.connect(', 'sql.newinstance(', 't3://', 't3s://', 'setdatabaselogon(', 'five9(', 'keyring.set_password(', 'swisclient(', 'dbi->connect(', '->login(', 'connectserver(', 'getconnection(', 'tableauauth(', 'webcredentials(', 'setcredential(', 'authenticate(', 'req_auth_basic(', 'connection(base_url', 'connection("http', "connection('http"],
    // (And VBScript's `net.MapNetworkDrive "H:", "\\\\fs01\\share", False, "CORP\\user", "…"`: the password is the fifth.)
    // (And PocketBase's `authWithPassword('admin@…', '…')`, Sequelize's `new Sequelize('db', 'user', '…', { … })` and pymssql's `connect(host, user, '…', db)`: from blind gradings of database clients and ERP integrations.)
    pattern: /(?:(?<![A-Za-z0-9_$])db\.auth\([ \t]{0,4}|(?<![A-Za-z0-9_])SwisClient\([ \t]{0,4}["'][^"'\n]{1,128}["'][ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])(?:authWithPassword|auth_with_password)\([ \t]{0,4}|(?<![A-Za-z0-9_])(?:keyring\.set_password|Sequelize|_?mssql\.connect|pymssql\.connect)\([ \t]{0,4}["'][^"'\n]{1,128}["'][ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])Five9\([ \t]{0,4}|(?<![A-Za-z0-9_])(?:TableauAuth|WebCredentials|(?:httr::)?authenticate|(?:httr2::)?req_auth_basic)\([ \t]{0,4}|(?<![A-Za-z0-9_.])GIS\([ \t]{0,4}["']https?:\/\/[^"'\n]{1,256}["'][ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])SetCredential\([ \t]{0,4}"[^"\n]{1,128}"[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_.])Connection\([ \t]{0,4}(?:base_url|(?:"https?:\/\/[^"\n]{1,256}"|'https?:\/\/[^'\n]{1,256}'))[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])SetDatabaseLogon\([ \t]{0,4}|DBI->connect\(\s{0,64}["'][^"'\n]{1,256}["'][ \t]{0,4},\s{0,64}|->login\([ \t]{0,4}|(?<![A-Za-z0-9_])ConnectServer\([ \t]{0,4}"[^"\n]{0,128}"[ \t]{0,4},[ \t]{0,4}"[^"\n]{0,128}"[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])getConnection\([ \t]{0,4}"[^"\n]{1,300}"[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_$.])database\([ \t]{0,4}(["'])[^"'\n]{0,128}\1[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])MapNetworkDrive[ \t(]{1,4}"[^"\n]{0,64}"[ \t]{0,4},[ \t]{0,4}"[^"\n]{0,256}"[ \t]{0,4},[ \t]{0,4}(?:True|False|[A-Za-z_][A-Za-z0-9_]{0,31})[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])(?:WiFi\.(?:begin|softAP)|wlan\.connect|sta(?:_if)?\.connect|station\.connect)\([ \t]{0,4}|(?<![A-Za-z0-9_])(?:client|mqttClient|mqtt)\.connect\([ \t]{0,4}(?:"[^"\n]{1,64}"|'[^'\n]{1,64}')[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_])Sql\.newInstance\([ \t]{0,4}(?:"[^"\n]{1,256}"|'[^'\n]{1,256}')[ \t]{0,4},[ \t]{0,4}|(?<![A-Za-z0-9_.])connect\((?=[^)\n]{0,300}["']t3s?:\/\/)[ \t]{0,4})(["'])[^"'\n]{1,64}\2[ \t]{0,4},[ \t]{0,4}(["'])([^\s"'`]{4,127})\3/,
    // (Perl's DBI->connect often writes its DSN and then the user and password on lines of their own.)
    span: 'block',
    secretGroup: 4,
    // WLST's keyword (its t3:// URL) follows the password: the window reaches back to the call.
    window: { before: 320, after: 420 },
    accept: (m) => acceptPasswordValue(m[4] ?? ''),
    docs: 'https://www.mongodb.com/docs/manual/reference/method/db.auth/',
    sample: sample('db = connect("mongodb://db.internal:27017/admin");\ndb.auth("etl_svc", "', '");'),
    negatives: ['db.auth("admin", passwordPrompt())', 'db.auth("etl", process.env.MONGO_PW)', "conn = database('warehouse', 'reader', getenv('PGPASSWORD'), 'Vendor', 'PostgreSQL');", 'db.auth("user", "password")'],
  }),
  // Windows' own commands take a password as an argument: `net use … /user:DOMAIN\\user <password>`,
  // `net user <name> <password> /add`, `schtasks … /RP <password>`, `wmic /password:…`.
  commandRule({
    id: 'windows-command-password',
    description: 'Password given to a Windows command on its command line (net use /user:… <password> or net use \\\\host\\share <password> /user:…, net user <name> <password>, schtasks /RP, signtool /p (a signing certificate\'s), wmic /password:, ktpass /pass, appcmd /password: and /processModel.password:, FreeRDP /p:, reg add … /v DefaultPassword … /d <password>)',
    // (`net.exe use` too, as process auditing records it: from a blind grading of traces, 10 of 19 missed.)
    keywords: ['net use', 'net user', 'net.exe use', 'net.exe user', 'schtasks', 'wmic', 'ktpass', 'appcmd', 'freerdp', 'reg add', 'signtool'],
    // (From a blind grading of on-premises administration: ktpass, appcmd and xfreerdp were missed;
    // from a second pass on it, `net use` with the password before `/user:`, `reg add` of Winlogon's
    // DefaultPassword, and commands inside a JSON string, whose value ends at its closing quote.)
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:ktpass(?:\\.exe)?${IN_COMMAND}[ \\t][/-]pass[ \\t]{1,4}|(?:appcmd(?:\\.exe)?|%APPCMD%)${IN_COMMAND}[ \\t]\\/(?:processModel\\.)?password:|[wx]freerdp3?${IN_COMMAND}[ \\t]\\/p:|net(?:\\.exe)?[ \\t]{1,4}use${IN_COMMAND}[ \\t]\\/u(?:ser)?:[^\\s/"'\`]{1,128}[ \\t]{1,4}(?!\\/)|net(?:\\.exe)?[ \\t]{1,4}use(?:[ \\t]{1,4}(?:[A-Za-z]:|\\*))?[ \\t]{1,4}\\\\{2,4}[^\\s"'\\\\/]{1,64}(?:\\\\{1,2}[^\\s"'\\\\/]{1,128}){1,8}[ \\t]{1,4}(?=[^\\s/]\\S{0,129}[ \\t]{1,4}\\/u(?:ser)?:)|net(?:\\.exe)?[ \\t]{1,4}user[ \\t]{1,4}[^\\s/]{1,64}[ \\t]{1,4}(?![*/])|schtasks(?:\\.exe)?${IN_COMMAND}[ \\t]\\/RP[ \\t]{1,4}|signtool(?:\\.exe)?${IN_COMMAND}[ \\t]\\/p[ \\t]{1,4}|wmic${IN_COMMAND}[ \\t]\\/password:|reg(?:\\.exe)?[ \\t]{1,4}add${IN_COMMAND}[ \\t]\\/v[ \\t]{1,4}"?[A-Za-z]{0,32}Passw(?:or)?d"?${IN_COMMAND}[ \\t]\\/d[ \\t]{1,4})${LAST_ARG}`, 'i'),
    docs: 'https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)',
    sample: sample('net use H: \\\\fs01\\share /user:CORP\\svc_backup ', ' /persistent:no'),
    negatives: ['net use H: \\\\fs01\\share * /user:CORP\\svc_backup /persistent:no', 'net use H: \\\\fs01\\share %SHARE_PW% /user:CORP\\svc_backup', 'net use H: \\\\fs01\\share /user:CORP\\svc_backup * /persistent:no', 'net use H: \\\\fs01\\share /user:CORP\\svc_backup %BACKUP_PW%', 'net user bob * /add', 'schtasks /Create /TN x /RU SYSTEM /RP "" /TR x', 'net use \\\\fs01\\share /user:CORP\\svc /persistent:no', 'ktpass /out web.keytab /princ HTTP/web@CORP /mapuser CORP\\svc /pass * /crypto AES256-SHA1', '%APPCMD% set apppool "Pool" /processModel.password:%POOL_PW%', 'xfreerdp /v:host /u:CORP\\me /p:$RDP_PASSWORD', 'reg add "HKLM\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon" /v DefaultPassword /t REG_SZ /d "%AUTOLOGON_PW%" /f'],
  }),
  // Tools of SQL Server, Sysinternals and directories that take a password by an option:
  // `sqlcmd -U sa -P …` (osql, bcp), `psexec -u … -p …` (PAExec), `ldapsearch -D … -w …`.
  commandRule({
    id: 'admin-tool-password',
    description: "Password given to sqlcmd/osql/bcp or ipmitool with -P; psexec, racadm, IBM App Connect's mqsisetdbparms, WildFly's add-user or rdesktop with -p; x11vnc with -passwd; an OpenLDAP client, kadmin or omero login with -w; sendEmail with -xp or swaks with --auth-password (visible in the process list, kept in scripts)",
    keywords: ['sqlcmd', 'osql', 'bcp', 'isql', 'knife', 'openssl passwd', 'pscp', 'plink', 'psftp', 'psexec', 'paexec', 'ldapsearch', 'ldapmodify', 'ldapadd', 'ldapdelete', 'ldappasswd', 'ldapwhoami', 'ldapcompare', 'ldapmodrdn', 'ipmitool', 'racadm', 'kadmin', 'omero', 'mqsisetdbparms', 'add-user.', 'rdesktop', 'x11vnc', 'sendemail', 'swaks'],
    // (From a blind grading of on-premises administration: mqsisetdbparms -p, add-user.sh -p, rdesktop -p and x11vnc -passwd were missed;
    // of email infrastructure, sendEmail's -xp and swaks' --auth-password.)
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:(?:sqlcmd|osql|bcp|isql|ipmitool)(?:\\.exe)?${IN_COMMAND}[ \\t]-P[ \\t]*|(?:pscp|plink|psftp)(?:\\.exe)?["']?${IN_COMMAND}[ \\t]-pw[ \\t]{1,4}|knife${IN_COMMAND}[ \\t](?:-P|--ssh-password|--winrm-password|--connection-password)[ \\t]{1,4}|openssl[ \\t]{1,4}passwd(?:[ \\t]{1,4}-(?:1|5|6|apr1|crypt|aixmd5|quiet|salt[ \\t]{1,4}[^\\s-]\\S{0,31}))*[ \\t]{1,4}|(?:racadm|mqsisetdbparms|add-user\\.(?:sh|bat|ps1)|rdesktop)${IN_COMMAND}[ \\t]-p[ \\t]{1,4}|x11vnc${IN_COMMAND}[ \\t]-passwd[ \\t]{1,4}|(?:kadmin(?:\\.local)?|omero[ \\t]{1,4}login)${IN_COMMAND}[ \\t](?:-w|--password)[ \\t]{1,4}|(?:psexec|paexec)(?:64)?(?:\\.exe)?${IN_COMMAND}[ \\t]-p[ \\t]{1,4}|ldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)${IN_COMMAND}[ \\t]-w[ \\t]*|[Ss]end[Ee]mail${IN_COMMAND}[ \\t]-xp[ \\t]{1,4}|swaks${IN_COMMAND}[ \\t](?:--auth-password|-ap)[ \\t]{1,4})${ARG}`),
    docs: 'https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility',
    sample: sample('sqlcmd -S db01\\\\MSSQLSERVER -U sa -P ', ' -d master -Q "SELECT 1"'),
    negatives: ['sqlcmd -S db01 -U sa -P $env:SA_PASSWORD -d master', 'sqlcmd -S db01 -E -d master', 'psexec \\\\host -u CORP\\svc -p %SVC_PW% cmd', 'ldapsearch -x -D "cn=admin" -W -b dc=corp', 'ldapsearch -D "cn=admin" -w "$LDAP_PW" -b dc=corp', 'mqsisetdbparms NODE1 -n jdbc::DS -u app -p "$DB_PW"', '$JBOSS_HOME/bin/add-user.sh -u admin -p <password> -g admin', 'x11vnc -display :0 -passwdfile ~/.vnc/passwd'],
  }),
  // A message broker's user created or changed with its password on the command line: RabbitMQ's
  // `rabbitmqctl add_user <user> <password>` and `change_password`, Redpanda's `rpk security user
  // create <user> -p <password>` (`rpk acl user create`, `--password`, `--new-password`). (From a
  // blind grading of message brokers: 38 missed in scripts, shell history and Jenkinsfiles.)
  commandRule({
    id: 'broker-user-password-command',
    description: "Password given to rabbitmqctl add_user/change_password or to rpk's user create/update (-p, --password, --new-password)",
    keywords: ['rabbitmqctl', 'rpk'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:rabbitmqctl(?:\\.bat)?(?:[ \\t]{1,4}-[nq][ \\t]{1,4}[^\\s]{1,128})?[ \\t]{1,4}(?:add_user|change_password)[ \\t]{1,4}["']?[^\\s"'$]{1,128}["']?[ \\t]{1,4}|rpk[ \\t]{1,4}(?:security|acl)[ \\t]{1,4}user[ \\t]{1,4}(?:create|update)${IN_COMMAND}[ \\t](?:-p|--password|--new-password)(?:[ \\t]{1,4}|=))${LAST_ARG}`),
    docs: 'https://www.rabbitmq.com/docs/man/rabbitmqctl.8',
    sample: sample('rabbitmqctl add_user billing ', ''),
    negatives: ['rabbitmqctl add_user billing "$BILLING_PASSWORD"', 'rabbitmqctl add_user billing', 'rpk security user create orders -p "$ORDERS_PW" --mechanism SCRAM-SHA-256', 'rabbitmqctl change_password guest guest'],
  }),
  // The Serverless Framework stores a provider's credentials with `serverless config credentials
  // --provider <p> --key <id> --secret <secret>` (`-k`, `-s`; Spot's plugin takes `-t <token>`).
  // (From a blind grading of FinOps tools: Spot's documented command, 14 of 14 missed.)
  commandRule({
    id: 'serverless-config-credentials',
    description: "Secret or token given to serverless config credentials (--secret/-s, --token/-t)",
    keywords: ['config credentials'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:serverless|sls)[ \\t]{1,4}config[ \\t]{1,4}credentials${IN_COMMAND}[ \\t](?:-s|--secret|-t|--token)(?:[ \\t]{1,4}|=)${LAST_ARG}`),
    // From the command's name, before the keyword.
    window: { before: 24, after: 420 },
    // A token of 64 hex digits (Spot's) is no digest here.
    accept: (m) => inUse(m[2] ?? '') && (acceptPasswordValue(m[2] ?? '') || /^[0-9a-f]{32,128}$/i.test(m[2] ?? '')),
    docs: 'https://www.serverless.com/framework/docs/providers/aws/cli-reference/config-credentials',
    sample: sample('serverless config credentials --provider aws --key AKIAEXAMPLEKEY --secret ', ''),
    negatives: ['serverless config credentials --provider aws --key $AWS_ACCESS_KEY_ID --secret $AWS_SECRET_ACCESS_KEY', 'serverless config credentials -p spotinst -a act-12345678 -t "$SPOTINST_TOKEN"'],
  }),
  // A JVM system property that holds a credential: `-Ddataverse.db.password=…` in Payara's
  // domain.xml `<jvm-options>`, JAVA_OPTS and SOLR_OPTS, and Solr's `-Dbasicauth=user:password`
  // (SOLR_AUTHENTICATION_OPTS). (From blind gradings of search engines and research infrastructure:
  // 12 and 14 missed; the same names in .properties files were found.)
  commandRule({
    id: 'jvm-property-secret',
    description: 'Password, secret or token given to a JVM as a -D system property (-Dx.password=…, -Dbasicauth=user:password)',
    keywords: ['-dbasicauth=', 'password=', 'secret=', 'token=', 'credentials='],
    // The property's name back to its "-D", by characters (these keywords stand in much code).
    near: (text, at) => {
      if (text.charCodeAt(at) === 45 /* - */) return text.startsWith('-Dbasicauth=', at);
      let i = at - 1;
      for (const stop = Math.max(0, at - 98); i >= stop && isKeyChar(text.charCodeAt(i)); i--);
      return text.charCodeAt(i + 1) === 45 && text.charCodeAt(i + 2) === 68 /* -D */;
    },
    window: { before: 100, after: 200 },
    pattern: /(?<![A-Za-z0-9_.-])-D(?:basicauth=[^\s:"'<>]{1,64}:|[A-Za-z0-9_.-]{0,96}(?:password|passwd|secret|token|credentials)=)(["']?)([^\s"'<>]{4,128})\1(?=[\s"'<;]|$)/,
    docs: 'https://solr.apache.org/guide/solr/latest/deployment-guide/basic-authentication-plugin.html',
    sample: sample('SOLR_AUTHENTICATION_OPTS="-Dbasicauth=solr:', '"'),
    negatives: ['SOLR_AUTHENTICATION_OPTS="-Dbasicauth=solr:$SOLR_PASSWORD"', '<jvm-options>-Ddataverse.db.password=${ALIAS=db_password_alias}</jvm-options>', 'JAVA_OPTS="-Dspring.datasource.password=${DB_PASSWORD}"'],
  }),
  // Registry credentials given to skopeo (`--creds`, `--src-creds`, `--dest-creds user:password`),
  // as mirroring jobs do with a Quay robot's token. (From a blind grading of package registries.)
  commandRule({
    id: 'skopeo-creds-password',
    description: "Password or token in skopeo's --creds, --src-creds or --dest-creds user:password",
    keywords: ['skopeo'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])skopeo${IN_COMMAND}[ \\t]--(?:src-|dest-)?creds(?:[ \\t]{1,4}|=)(["']?)[^\\s:"'$]{1,128}:([^\\s"'\`$][^\\s"'\`]{3,255})\\1(?=[\\s;|&)]|$)`),
    docs: 'https://github.com/containers/skopeo/blob/main/docs/skopeo-copy.1.md',
    sample: sample("skopeo copy --dest-creds 'acme+mirror:", "' docker://quay.io/acme/app:1 docker://registry.internal/acme/app:1"),
    negatives: ['skopeo copy --dest-creds "acme+mirror:$QUAY_TOKEN" docker://a docker://b', 'skopeo login --username acme quay.io'],
  }),
  // A secret stored with Expo's CLI: `eas secret:create --name NAME --value <secret>` (and `eas
  // env:create`). (From a blind grading of mobile engagement: 8 of 8 missed.)
  commandRule({
    id: 'eas-secret-create-value',
    description: "Value given to eas secret:create or eas env:create (--value)",
    keywords: ['eas secret:create', 'eas env:create'],
    window: { before: 8, after: 420 },
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])eas[ \\t]{1,4}(?:secret|env):create${IN_COMMAND}[ \\t]--value(?:[ \\t]{1,4}|=)${LAST_ARG}`),
    accept: (m) => !storesPublicValue(m[0], m[2] ?? '') && (acceptPasswordValue(m[2] ?? '') || looksLikeSecretValue(m[2] ?? '', false)),
    docs: 'https://docs.expo.dev/eas/environment-variables/',
    sample: sample('eas secret:create --scope project --name EXPO_ACCESS_TOKEN --value ', ' --type string'),
    negatives: ['eas secret:create --scope project --name SENTRY_AUTH_TOKEN --value "$SENTRY_AUTH_TOKEN" --type string', 'eas env:create --name API_URL --value https://api.example.org --environment production'],
  }),
  // A Java key store's passwords given to jarsigner and keytool (`-storepass`, `-keypass`, their
  // import forms), in release scripts and CI steps (from a blind grading of release tooling:
  // passphrases of words were missed).
  commandRule({
    id: 'java-keystore-password-argument',
    description: "Key store or key password given to jarsigner or keytool (-storepass, -keypass, -srcstorepass, -deststorepass, -srckeypass, -destkeypass)",
    keywords: ['jarsigner', 'keytool'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:jarsigner|keytool)(?:\\.exe)?${IN_COMMAND}[ \\t]-(?:src|dest)?(?:store|key)pass[ \\t]{1,4}(?!(?:env|file|:env|:file)[ \\t:])${ARG}`),
    docs: 'https://docs.oracle.com/en/java/javase/17/docs/specs/man/jarsigner.html',
    sample: sample('jarsigner -keystore release.keystore -storepass ', ' app-release.aab upload'),
    negatives: ['jarsigner -keystore release.keystore -storepass:env KS_PASS app.aab upload', 'keytool -list -keystore ks.jks -storepass "$STORE_PASSWORD"', 'jarsigner -storepass:file pass.txt -keystore ks.jks app.jar key'],
  }),
  // A signing certificate's password given to the call that opens it: Java's KeyStore.load(stream,
  // "…".toCharArray()), nfephp's Certificate::readPfx($pfx, '…'), phpcfdi's Credential::openFiles($cer,
  // $key, '…') and .NET's X509Certificate2(path, "…") (from a blind grading of tax and e-invoicing
  // integrations: 25 of 25 KeyStore.load passwords missed).
  commandRule({
    id: 'certificate-open-password',
    description: "Password of a key store or signing certificate given to the call that opens it (KeyStore.load(…, \"…\".toCharArray()), Certificate::readPfx, Credential::openFiles, new X509Certificate2(path, \"…\"))",
    keywords: ['.load(', 'readpfx(', 'openfiles(', 'x509certificate2(', 'createfromfiles('],
    pattern: /(?:\.load\([ \t]{0,4}[A-Za-z_$][\w$.()]{0,80}[ \t]{0,4},[ \t]{0,4}"([^"\s\\]{4,128})"[ \t]{0,4}\.toCharArray\(\)|(?<![A-Za-z0-9_])(?:Certificate::readPfx|Credential::openFiles)\([^()'"\n]{1,160},[ \t]{0,4}(?:'([^'\s\\]{4,128})'|"([^"\s\\$]{4,128})")[ \t]{0,4}\)|(?<![A-Za-z0-9_])X509Certificate2\([ \t]{0,4}(?:@?"[^"\n]{1,256}"|[A-Za-z_][\w.]{0,64})[ \t]{0,4},[ \t]{0,4}"([^"\s\\]{4,128})"|(?<![A-Za-z0-9_])TlsOptions\.createFromFiles\([ \t]{0,4}(?:"[^"\n]{1,256}"|'[^'\n]{1,256}'|[A-Za-z_][\w.]{0,64})[ \t]{0,4},[ \t]{0,4}(?:"([^"\s\\]{4,128})"|'([^'\s\\]{4,128})'))/,
    secretGroup: 1,
    window: { before: 32, after: 420 },
    accept: (m) => acceptPasswordValue(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? ''),
    docs: 'https://docs.oracle.com/en/java/javase/17/docs/api/java.base/java/security/KeyStore.html#load(java.io.InputStream,char%5B%5D)',
    sample: (g) => `$certificate = Certificate::readPfx($pfxContent, '${g.chars(ALNUM, 9)}@${g.int(1000, 9999)}');`,
    negatives: ['ks.load(in, password.toCharArray());', 'ks.load(in, System.getenv("PFX_PASSWORD").toCharArray());', "Certificate::readPfx($pfx, $senha)", 'new X509Certificate2(path, password)'],
  }),
  // Embedded devices' credentials given on a command line or a console: libcoap's `coap-client -k
  // <psk>`, a Zephyr shell's `settings set <module>/psk <psk>` (Golioth), Yocto's extrausers
  // `usermod -P '<password>'` (its plain-text form; -p takes a hash), a modem's `AT%CMNG=0,<tag>,3,"<psk>"`
  // (Nordic nRF91: type 3 is a TLS pre-shared key). From a blind grading of embedded fleets: 32 missed.
  commandRule({
    id: 'device-credential-command',
    description: "Pre-shared key or password given to a device tool: coap-client -k, a Zephyr shell's settings set …/psk, Yocto's usermod -P, an nRF91 modem's AT%CMNG (type 3, a PSK)",
    keywords: ['coap-client', 'settings set', 'usermod', 'useradd', 'at%cmng'],
    pattern: new RegExp(`(?:(?<![A-Za-z0-9_.-])coap-client${IN_COMMAND}[ \\t]-k[ \\t]{1,4}|(?<![A-Za-z0-9_.-])settings[ \\t]{1,4}set[ \\t]{1,4}[A-Za-z0-9_-]{1,32}\\/(?:psk|password|secret|key)[ \\t]{1,4}|(?<![A-Za-z0-9_.-])(?:usermod|useradd)[^\\n;"]{0,128}?[ \\t]-P[ \\t]{1,4}|AT%CMNG=0,[0-9]{1,10},3,)${ARG}`),
    docs: 'https://libcoap.net/doc/reference/develop/man_coap-client.html',
    sample: sample('coap-client -m post -u device-42 -k ', ' coaps://coap.example.test/.d/temp'),
    negatives: ['coap-client -m get -u dev -k $PSK coaps://coap.example.test/.d/x', "usermod -p '$6$rounds=5000$abc$hash' root", 'settings set golioth/psk <your-psk>'],
  }),
  // A Basic credential being encoded: `echo -n 'user:password' | base64`, C#'s
  // `Encoding.ASCII.GetBytes("user:password")`, Python's `b64encode(b"user:password")`, `btoa(…)`,
  // `Buffer.from(…)` (from blind gradings of tax integrations and MSP tooling: 12 missed).
  commandRule({
    id: 'basic-credential-encoded',
    description: "Password in a user:password string being base64-encoded for a Basic header (echo -n 'user:pw' | base64, GetBytes(\"user:pw\"), b64encode, btoa, Buffer.from)",
    // (And Groovy's `"user:password".bytes.encodeBase64()`, Java's `"user:password".getBytes(…)`:
    // from a blind grading of healthcare integration engines, 24 missed.)
    // (And Erlang's `base64:encode_to_string("user:…")`, Ruby's `Base64.strict_encode64("user:…")`,
    // PHP's `base64_encode('user:…')`: from a blind grading of less common languages, 8 missed.)
    keywords: ['base64', 'getbytes(', 'b64encode(', 'btoa(', 'buffer.from(', '.bytes.encodebase64'],
    pattern: /(?:(?<![A-Za-z0-9_.-])echo(?:[ \t]{1,4}-[ne]{1,2})?[ \t]{1,4}|(?<![A-Za-z0-9_])GetBytes\([ \t]{0,4}|(?<![A-Za-z0-9_])b64encode\([ \t]{0,4}b?|(?<![A-Za-z0-9_])btoa\([ \t]{0,4}|(?<![A-Za-z0-9_])Buffer\.from\([ \t]{0,4}|(?<![A-Za-z0-9_])(?:[Bb]ase64(?:::|:|\.)(?:encode(?:_to_string)?|(?:strict_|urlsafe_)?encode64)|base64_encode)\([ \t]{0,4})["'](?:[^"'\s:$/]{1,128}:(?!\/\/)([^"'\s]{4,128})|([A-Za-z0-9_-]{20,128}):)["'](?=[ \t]{0,4}(?:\|[ \t]{0,4}base64|\)))|"[^"\s:$/]{1,128}:(?!\/\/)([^"\s$]{4,128})"(?=\.(?:bytes\.encodeBase64|getBytes)\()/,
    secretGroup: 1,
    window: { before: 300, after: 420 },
    // (Or an API key as the user with no password, `btoa('<key>:')`, as Greenhouse and Checkr take
    // it; from a blind grading of HR integrations.)
    accept: (m) => (m[2] !== undefined ? looksLikeSecretValue(m[2], true) : acceptPasswordValue(m[1] ?? m[3] ?? '')),
    docs: 'https://datatracker.ietf.org/doc/html/rfc7617',
    sample: sample("AUTH=$(echo -n 'svc_reports:", "' | base64)"),
    negatives: ["AUTH=$(echo -n \"$USER:$PASSWORD\" | base64)", 'Encoding.ASCII.GetBytes($"{user}:{password}")', "btoa('user:' + password)"],
  }),
  // mosquitto_passwd's batch mode takes the password as its last argument (`mosquitto_passwd -b
  // [-c] <file> <user> <password>`), kept in shell history and setup scripts (from a blind grading
  // of maker setups: 8 missed).
  commandRule({
    id: 'mosquitto-passwd-batch-password',
    description: 'Password given to mosquitto_passwd -b (batch mode: file, user, password)',
    keywords: ['mosquitto_passwd'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])mosquitto_passwd(?:[ \\t]{1,4}-[bcH][ \\t]{0,4}(?:sha512(?:-pbkdf2)?)?)*?[ \\t]{1,4}-b(?:[ \\t]{1,4}-c)?[ \\t]{1,4}\\S{1,256}[ \\t]{1,4}[^\\s"']{1,64}[ \\t]{1,4}${ARG}`),
    docs: 'https://mosquitto.org/man/mosquitto_passwd-1.html',
    sample: sample('sudo mosquitto_passwd -b /etc/mosquitto/passwd octopi ', ' && sudo systemctl restart mosquitto'),
    negatives: ['mosquitto_passwd -b /etc/mosquitto/passwd octopi "$MQTT_PASSWORD"', 'mosquitto_passwd -c /etc/mosquitto/passwd octopi'],
  }),
  // Confluent's CLI stores an API key's secret given after the key: `confluent api-key store <key>
  // <secret>` (from a blind grading of data activation tooling: missed where no name stood beside it).
  commandRule({
    id: 'confluent-api-key-store-secret',
    description: 'Confluent Cloud API secret given to confluent api-key store after its key',
    keywords: ['api-key store'],
    window: { before: 24, after: 420 },
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])confluent[ \\t]{1,4}api-key[ \\t]{1,4}store[ \\t]{1,4}["']?[A-Z0-9]{16}["']?[ \\t]{1,4}${ARG}`),
    docs: 'https://docs.confluent.io/confluent-cli/current/command-reference/api-key/confluent_api-key_store.html',
    sample: (g) => `confluent api-key store ${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)} ${g.chars(ALNUM, 48)}+${g.chars(ALNUM, 15)} --resource lkc-5p9qx`,
    negatives: ['confluent api-key store ABCDEFGHIJKLMNOP "$CONFLUENT_SECRET" --resource lkc-1', 'confluent api-key store $KEY $SECRET'],
  }),
  // An installer's verbose log writes every public property it sets, passwords too: `MSI (s) …
  // PROPERTY CHANGE: Adding SQLPASSWORD property. Its value is '…'.` and the `Property(S): NAME =
  // value` dump at the end (msiexec /l*v; from a blind grading of Windows line-of-business apps: 30 missed).
  commandRule({
    id: 'msi-log-password-property',
    description: "Password property written to a Windows Installer verbose log (msiexec /l*v: PROPERTY CHANGE … Its value is '…', Property(S): NAME = value)",
    keywords: ['property change: adding', 'property(s):', 'property(c):', 'property(n):'],
    pattern: /(?:PROPERTY CHANGE: (?:Adding|Modifying) ([A-Z][A-Z0-9_.]{1,63}) property\. Its (?:current value is '[^'\r\n]{0,128}'\. Its new )?value(?: is)?:? '([^'\r\n]{4,128})'|Property\([SCN]\): [A-Z][A-Z0-9_.]{1,63} = ([^\r\n]{4,128}?)[ \t]*(?:\r?\n|$))/,
    secretGroup: 2,
    accept: (m) => {
      const name = m[1] ?? /^Property\([SCN]\): ([A-Z][A-Z0-9_.]{1,63})/.exec(m[0])?.[1] ?? '';
      return (isSecretKeyName(name) || /PASS(?:WORD|WD)?$|PWD$/.test(name)) && acceptPasswordValue(m[2] ?? m[3] ?? '');
    },
    docs: 'https://learn.microsoft.com/en-us/windows/win32/msi/windows-installer-logging',
    sample: (g) => `MSI (s) (A4:2C) [10:41:17:314]: PROPERTY CHANGE: Adding SQLPASSWORD property. Its value is '${g.chars(ALNUM, 10)}+${g.int(100, 999)}'.`,
    negatives: ["MSI (s) (A4:2C) [10:41:17:314]: PROPERTY CHANGE: Adding SQLPASSWORD property. Its value is '**********'.", 'Property(S): SQLSERVER = SQLPROD01'],
  }),
  // Chocolatey's and NuGet's source credentials on the command line: `choco source add … -p="…"`, `nuget sources add … -Password …`.
  commandRule({
    id: 'package-source-password',
    description: 'Password given to choco source add (-p/--password) or nuget sources add (-Password) for a private feed',
    keywords: ['choco', 'nuget'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:choco(?:\\.exe)?${IN_COMMAND}[ \\t](?:-p|--password)(?:=|[ \\t]{1,4})|nuget(?:\\.exe)?${IN_COMMAND}[ \\t]-Password[ \\t]{1,4})${ARG}`),
    docs: 'https://docs.chocolatey.org/en-us/choco/commands/source/',
    sample: sample('choco source add -n=internal -s="https://choco.corp.test/chocolatey" -u="ci" -p="', '" --priority=1'),
    negatives: ['choco source add -n=internal -s=https://feed -u=ci -p=$env:FEED_PW', 'nuget sources add -Name internal -Source https://feed -Username ci -Password %FEED_PW%'],
  }),
  // Security tooling's own credentials on its command line (engagement scripts, resource files).
  commandRule({
    id: 'security-tool-password',
    description: 'Password or key given to a security tool on its command line: shodan init <key>, a Cobalt Strike teamserver\'s password, msfrpcd -P or msgrpc Pass=, splunk … -auth user:password',
    keywords: ['shodan', 'teamserver', 'msfrpcd', 'msgrpc', 'splunk'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:shodan[ \\t]{1,4}init[ \\t]{1,4}|teamserver[ \\t]{1,4}[0-9]{1,3}(?:\\.[0-9]{1,3}){3}[ \\t]{1,4}|msfrpcd${IN_COMMAND}[ \\t]-P[ \\t]{1,4}|msgrpc${IN_COMMAND}[ \\t]Pass=|splunk${IN_COMMAND}[ \\t]-auth[ \\t]{1,4}["']?[A-Za-z0-9_.@-]{1,64}:)${ARG}`),
    docs: 'https://docs.metasploit.com/docs/using-metasploit/advanced/RPC/how-to-use-metasploit-messagepack-rpc.html',
    sample: sample("msfrpcd -U msf -P '", "' -f"),
    negatives: ['msfrpcd -U msf -P "$MSF_RPC_PASS" -f', 'shodan init $SHODAN_API_KEY', './teamserver 10.0.0.5 "$TS_PASS" profiles/a.profile'],
  }),
  commandRule({
    id: 'sshpass-password',
    description: 'Password given to sshpass with -p (visible to every user through ps, kept in shell history)',
    keywords: ['sshpass'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])sshpass${IN_COMMAND}[ \\t]-p[ \\t]*${ARG}`),
    docs: 'https://linux.die.net/man/1/sshpass',
    sample: sample("sshpass -p '", "' ssh deploy@10.0.4.12 'systemctl restart app'"),
    negatives: ['sshpass -p "$SSH_PASS" ssh deploy@host', 'sshpass -f ~/.pw ssh host', 'sshpass -e ssh host', "sshpass -p 'password' ssh host", 'sshpass -p <password> ssh user@host'],
  }),
  commandRule({
    id: 'mysql-cli-password',
    description: 'Password glued to -p for the MySQL/MariaDB clients (mysql -u root -p<password>, mysqldump -p\'<password>\')',
    keywords: ['mysql', 'mariadb'],
    // -p takes its value only when glued (`-p secret` prompts, and "secret" is the database).
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mariadb|mariadb-dump)(?:\\.exe)?(?![A-Za-z0-9_.-])${IN_COMMAND}[ \\t]-p${ARG}`),
    docs: 'https://dev.mysql.com/doc/refman/8.0/en/connecting.html',
    sample: sample("mysql -h db.internal -u root -p'", "' app < dump.sql"),
    negatives: ['mysql -u root -p app', 'mysql -u root -p"$MYSQL_ROOT_PASSWORD"', 'mysqldump -u root -p${DB_PASS} db', "mysql -uroot -p'root'", 'mysql -u root -P 3306 -h db', 'mysql -u root -p<password>'],
  }),
  commandRule({
    id: 'redis-cli-password',
    description: 'Password given to redis-cli with -a (or --pass)',
    keywords: ['redis-cli'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])redis-cli${IN_COMMAND}[ \\t](?:-a|--pass)[ \\t]+${ARG}`),
    docs: 'https://redis.io/docs/latest/develop/tools/cli/',
    sample: sample("redis-cli -h cache.internal -a '", "' INFO"),
    negatives: ['redis-cli -a "$REDIS_PASSWORD" ping', 'redis-cli -h cache -a foobared ping', 'redis-cli --askpass', 'redis-cli -a <password> ping'],
  }),
  commandRule({
    id: 'redis-cli-auth',
    description: 'Password sent with AUTH at a redis-cli prompt (a pasted session: host:port> AUTH [user] …)',
    keywords: ['> auth ', '>auth '],
    // The prompt redis-cli prints (`cache.internal:6380>`, `127.0.0.1:6379[2]>`), then AUTH with an
    // optional ACL user before the password, the line's last word.
    pattern: new RegExp(`(?<![A-Za-z0-9.:-])(?:[A-Za-z0-9.-]{1,253}:[0-9]{1,5}(?:\\[[0-9]{1,2}\\])?|redis)>[ \\t]{0,2}(?:AUTH|auth)[ \\t]+(?:[A-Za-z0-9_.@-]{1,64}[ \\t]+)?${LAST_ARG}(?=[ \\t]*(?:\\r?\\n|$|["'\`]|\\\\[nr]))`),
    window: { before: 280, after: 200 },
    docs: 'https://redis.io/docs/latest/commands/auth/',
    sample: sample('cache.internal:6380> AUTH '),
    negatives: ['127.0.0.1:6379> AUTH foobared', 'cache:6379> AUTH <password>', '127.0.0.1:6379> AUTH default $REDIS_PASSWORD', 'the AUTH command takes a password'],
  }),
  commandRule({
    id: 'curlrc-user-password',
    description: 'User and password in a curl config file (.curlrc, curl -K: user = "name:password")',
    keywords: ['user = "', 'user="', 'user "', '--user "'],
    // (Not a Matrix user id, `user = "@bot:example.org"` in a bridge's TOML: its part after ":" is
    // the homeserver; from a blind grading of community bots.)
    pattern: /(?<![A-Za-z0-9_.-])(?:--)?user(?:[ \t]*=[ \t]*|[ \t]+)"([^":\s@][^":\s]{0,127}):([^"\s]{4,256})"/,
    window: { before: 8, after: 400 },
    docs: 'https://curl.se/docs/manpage.html#-K',
    sample: sample('user = "deploy:', '"'),
    negatives: ['user = "me:password"', 'user = "svc:$CURL_PASSWORD"', 'user = "1000:1000"', 'user = "name:<password>"'],
  }),
  commandRule({
    id: 'fetchmail-password',
    description: "Password in a fetchmailrc poll entry (poll host … user \"…\" password \"…\", or with fetchmail's noise words: … there with password …)",
    keywords: ['password "', "password '", 'with password '],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:poll|server|skip)[ \\t]+[A-Za-z0-9._-]{1,253}${IN_COMMAND}[ \\t](?:user(?:name)?|login)[ \\t]+\\S{1,128}[ \\t]+(?:(?:there|here|with|has|wants|and)[ \\t]+){0,3}(?:password|passwd|pass)[ \\t]+${ARG}`),
    window: { before: 320, after: 200 },
    docs: 'https://www.fetchmail.info/fetchmail-man.html',
    sample: sample('poll imap.acme.test protocol IMAP user "ops" password "', '" ssl'),
    negatives: ['poll imap.example.test protocol IMAP user "me" password "password" ssl', 'poll mail.test user "me" password "$MAIL_PASSWORD"', 'poll mail.test user me there is password prompt'],
  }),
  defineRule({
    id: 'redis-set-secret',
    provider: 'Redis',
    description: 'Secret written under a secret-named key in a Redis command as MONITOR, SLOWLOG or a client log prints it ("SET" "cfg:api_key" "…")',
    keywords: ['"set" "', '"setex" "', '"psetex" "', '"setnx" "'],
    // The key's last segment names the value (`cfg:service_api_key`); SETEX puts its TTL between.
    pattern: /"(?:SET|SETEX|PSETEX|SETNX|set|setex|psetex|setnx)"[ \t]+"(?:[^"\\\s]{0,128}[:./])?([A-Za-z_][A-Za-z0-9_-]{0,63})"[ \t]+(?:"[0-9]{1,12}"[ \t]+)?"([^"\\\s]{8,512})"/,
    secretGroup: 2,
    window: { before: 8, after: 800 },
    accept: (m) => acceptGeneric(m[1] ?? '', m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://redis.io/docs/latest/commands/monitor/', how: 'Rotate the credential at its issuer, and keep secrets out of values that MONITOR, SLOWLOG and client logs print.' },
    docs: 'https://redis.io/docs/latest/commands/monitor/',
    sample: (g) => `1767860281.536115 [0 10.12.81.41:47863] "SET" "cfg:service_api_key" "${g.chars(ALNUM, 30)}"`,
    negatives: ['1767860281.5 [0 10.0.0.1:4786] "SET" "session:42" "a1b2c3d4e5f6"', '"SET" "cfg:api_key" "changeme"', '"GET" "cfg:api_key"', '"SET" "cfg:api_key" "your_api_key_here"'],
  }),
  commandRule({
    id: 'redis-server-password',
    description: 'Password set for a Redis server with requirepass or masterauth (redis.conf, redis-server --requirepass, a compose command list) or given to Sentinel (sentinel auth-pass)',
    keywords: ['requirepass', 'masterauth', 'auth-pass'],
    // A config line (`requirepass …`), an option (`--requirepass …`) or a list's next element
    // (`["redis-server", "--requirepass", "…"]`, as compose and Kubernetes write a command).
    // (And Sentinel's `sentinel auth-pass <master> …`: the password of the master it watches.)
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:--(?:requirepass|masterauth)["'][ \\t]*,[ \\t]*|(?:--)?(?:requirepass|masterauth)[ \\t]+|sentinel[ \\t]+auth-pass[ \\t]+[A-Za-z0-9_.-]{1,64}[ \\t]+)${LIST_ARG}`),
    window: { before: 24, after: 200 },
    docs: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/#authentication',
    sample: sample('    command: ["redis-server", "--appendonly", "yes", "--requirepass", "', '"]'),
    negatives: ['requirepass foobared', 'sentinel auth-pass mymaster <password>', 'command: redis-server --requirepass "$REDIS_PASSWORD"', '# requirepass <password>', 'command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]', 'masterauth <master-password>'],
  }),
  // Redis 6 ACLs: a user line of an ACL file or redis.conf, or ACL SETUSER, gives a password in
  // clear after ">" (a hash after "#", none with `nopass`).
  defineRule({
    id: 'redis-acl-password',
    provider: 'Command line',
    description: 'Clear-text password given to a Redis ACL user with ">" (users.acl, a redis.conf user line, ACL SETUSER)',
    keywords: ['user ', 'setuser '],
    near: (text, at) => {
      // A user line starts its line (blanks before it); SETUSER follows ACL.
      if (text.charCodeAt(at) === 115 || text.charCodeAt(at) === 83) return true;
      let i = at;
      while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
      return i === 0 || text.charCodeAt(i - 1) === 10 || text.charCodeAt(i - 1) === 13;
    },
    pattern: /(?<![A-Za-z0-9_.-])(?:set)?user[ \t]+[^\s>]{1,64}(?:[ \t]+[^\s>]{1,64}){0,24}?[ \t]+>([^\s]{6,127})(?=[ \t]|\r?$)/im,
    accept: (m) => acceptPasswordValue(m[1] ?? '') && (isPasswordValue(m[1] ?? '') || /^[0-9a-f]{32,}$/.test(m[1] ?? '')),
    severity: 'high',
    confidence: 'high',
    rotate: { url: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/', how: "Set a new password for the user (ACL SETUSER <user> resetpass >…), and keep only its SHA-256 (#…) in the ACL file." },
    docs: 'https://redis.io/docs/latest/operate/oss_and_stack/management/security/acl/#acl-rules',
    sample: (g) => `user default off\nuser worker on >${g.chars(ALNUM, 12)}-${g.chars(ALNUM, 6)} ~jobs:* +@read +@write\n`,
    sampleIsBlock: true,
    negatives: ['user default on nopass ~* &* +@all', 'user alice on #e5fa44f2b31c1fb553b6021e7360d07d5d91ff5e6e4ef7ae6d1dd51c7b8a3e0f ~* +@all', 'user bob on >password ~* +@all', 'ACL SETUSER carol on >${REDIS_PASSWORD} ~* +@all'],
  }),
  commandRule({
    id: 'registry-login-password',
    description: 'Password given to a container registry login with -p or --password (docker, podman, buildah, skopeo, nerdctl, oras, helm registry)',
    keywords: ['docker login', 'podman login', 'buildah login', 'skopeo login', 'nerdctl login', 'oras login', 'registry login'],
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:docker|podman|buildah|skopeo|nerdctl|oras|helm[ \\t]+registry)[ \\t]+login${IN_COMMAND}[ \\t](?:-p|--password)(?:[ \\t]+|=)${ARG}`),
    docs: 'https://docs.docker.com/reference/cli/docker/login/',
    rotate: { url: 'https://docs.docker.com/reference/cli/docker/login/#password-stdin', how: 'Revoke the password or access token at the registry, then log in with --password-stdin from a secret store.' },
    sample: sample("sh \"docker login -u ci-bot -p '", "' registry.acme.test\""),
    negatives: ['docker login -u "$USER" -p "$REGISTRY_TOKEN" registry.test', 'echo "$TOKEN" | docker login -u ci --password-stdin ghcr.io', 'docker login -u user -p <password> registry.test', 'podman login -p ${{ secrets.REGISTRY_PASSWORD }} quay.io'],
  }),
  // Cloud and cluster CLIs that log in with a password or client secret on the command line:
  // Azure (`az login --service-principal -u … -p …`), OpenShift (`oc login -u … -p …`), Cloud
  // Foundry (`cf login -u … -p …`), Argo CD (`argocd login host --username … --password …`).
  commandRule({
    id: 'cli-login-password',
    description: "Password or client secret given to a CLI login with -p or --password (az, oc, cf, argocd; supabase link's database password)",
    keywords: ['az login', 'oc login', 'cf login', 'argocd login', 'bw login', 'supabase link'],
    // (And Bitwarden's `bw login <email> <password>`, from a blind grading of password managers.)
    pattern: new RegExp(`(?<![A-Za-z0-9_.-])(?:(?:(?:az|oc|cf|argocd)[ \\t]+login|supabase[ \\t]+link)${IN_COMMAND}[ \\t](?:-p|--password)(?:[ \\t]+|=)|bw[ \\t]+login[ \\t]+[^\\s-]\\S{0,127}[ \\t]+(?!-))${ARG}`),
    // az login's -p may name a certificate file instead (`-p ~/cert.pem`).
    // `bw login` takes the password by position, so prose ("bw login and keyring") can look like one: a password's shape there.
    accept: (m) => acceptPassword(m) && !/\.(?:pem|crt|cer|pfx|p12|key)$/i.test(m[2] ?? '') && (!m[0].startsWith('bw') || isPasswordValue(m[2] ?? '')),
    docs: 'https://learn.microsoft.com/cli/azure/authenticate-azure-cli-service-principal',
    rotate: { url: 'https://learn.microsoft.com/cli/azure/azure-cli-sp-tutorial-7', how: 'Reset the password or client secret (az ad sp credential reset), then log in with it from the environment or a certificate, not the command line.' },
    sample: sample('az login --service-principal -u http://ci-deployer -p "', '" --tenant contoso.onmicrosoft.com'),
    negatives: ['az login --service-principal -u $APP_ID -p $CLIENT_SECRET --tenant $TENANT', 'az login --service-principal -u http://app -p ~/certs/app.pem --tenant t', 'oc login -u developer -p <password> https://api.crc.testing:6443', 'cf login -a https://api.example.test -u admin -p "${CF_PASSWORD}"'],
  }),
  commandRule({
    id: 'sql-user-password',
    description: 'Password set in SQL: CREATE/ALTER USER … WITH PASSWORD \'…\' (PostgreSQL), IDENTIFIED BY \'…\' (MySQL, Oracle), a user mapping\'s OPTIONS (user \'…\', password \'…\')',
    // A role's options may stand between WITH and PASSWORD (`WITH LOGIN PASSWORD '…'`); MySQL's
    // history file writes each blank as \040 (`IDENTIFIED\040BY\040'…'`).
    keywords: ['password \'', 'password "', 'identified by', 'identified\\040by', 'identified with '],
    // (And a foreign server's user mapping: `OPTIONS (user 'ro', password '…')`, from a blind grading of data-engineering files.)
    // (Oracle quotes a password with double quotes when it holds special characters: `IDENTIFIED BY "…"`.)
    // (ClickHouse names the password's type first: `IDENTIFIED WITH sha256_password BY '…'`; from a blind grading of LLM tooling.)
    pattern: /(?:(?<=\\040)|(?<![A-Za-z0-9_]))(?:(?:WITH(?:(?:[ \t]|\\040){1,8}(?:NO)?(?:LOGIN|SUPERUSER|CREATEDB|CREATEROLE|INHERIT|REPLICATION|BYPASSRLS)){0,6}|ENCRYPTED|(?:ROLE|USER)(?:[ \t]|\\040){1,8}"?[A-Za-z0-9_.-]{1,64}"?(?:(?:[ \t]|\\040){1,8}(?:NO)?(?:LOGIN|SUPERUSER|CREATEDB|CREATEROLE|INHERIT|REPLICATION|BYPASSRLS)){0,6})(?:[ \t]|\\040){1,8}PASSWORD|IDENTIFIED(?:[ \t]|\\040){1,8}(?:WITH(?:[ \t]|\\040){1,8}[a-z_0-9]{2,32}(?:[ \t]|\\040){1,8})?BY|OPTIONS[ \t]{0,4}\((?:[ \t]{0,4}[a-z_]{1,32}[ \t]{1,4}'[^'\n]{0,128}'[ \t]{0,4},)*[ \t]{0,4}password)(?:[ \t]|\\040){1,8}(['"])([^'"\n\\]{4,128})\1/i,
    window: { before: 280, after: 160 },
    accept: (m) => acceptPassword(m) && !/^(?:md5|SCRAM-SHA-256\$)/i.test(m[2] ?? '') && !/^:|^\?$/.test(m[2] ?? ''),
    docs: 'https://www.postgresql.org/docs/current/sql-createrole.html',
    sample: sample("CREATE USER reporting WITH PASSWORD '", "';"),
    negatives: ["CREATE USER app WITH PASSWORD 'password';", "ALTER USER app WITH PASSWORD :'pw';", "CREATE USER 'app'@'%' IDENTIFIED BY '${DB_PASSWORD}';", "ALTER ROLE app ENCRYPTED PASSWORD 'md5f1e2d3c4b5a69788796a5b4c3d2e1f0';", "CREATE USER app IDENTIFIED BY '<password>';"],
  }),
  // Varnish's CLI secret written in a provisioning step: `echo "<secret>" | sudo tee /etc/varnish/secret`,
  // `printf '%s' … > /etc/varnish/secret`. (From a blind grading of CDNs.)
  defineRule({
    id: 'varnish-secret-written',
    provider: 'Varnish',
    description: 'Varnish CLI secret written to its secret file by echo or printf (… | tee /etc/varnish/secret, > …/varnish/secret)',
    keywords: ['varnish/secret', 'varnish_secret'],
    pattern: /(?:echo|printf)(?:[ \t]{1,4}-[ne]{1,2}|[ \t]{1,4}'%s(?:\\n)?')?[ \t]{1,8}(["']?)([^\s"'|;&<>]{16,256})\1[ \t]*(?:\|[ \t]*(?:sudo[ \t]{1,4})?tee(?:[ \t]{1,4}-a)?|>{1,2})[ \t]*["']?[^\s"';&|]{0,128}varnish[/_]secret(?=["'\s;&|]|$)/,
    secretGroup: 2,
    window: { before: 320, after: 64 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false) || UUID_LOGIN.test(m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://varnish-cache.org/docs/trunk/reference/varnishadm.html', how: 'Write a new random secret to the file (from a secret store at deploy time), restart varnishd, and remove the literal from the script.' },
    docs: 'https://varnish-cache.org/docs/trunk/reference/varnishd.html',
    sample: (g) => `echo "${uuidSample(g)}" | sudo tee /etc/varnish/secret >/dev/null`,
    negatives: ['echo "$VARNISH_SECRET" | sudo tee /etc/varnish/secret', 'cat /etc/varnish/secret'],
  }),
  // A CLI's prompt echoed into a log with what was typed after it: Hummingbot's `Enter your Binance
  // API key >>> …`, `Enter your Kucoin passphrase >>> …`. The prompt names what follows. (From a
  // blind grading of trading bots: 20 of 20 missed, no assignment to anchor on.)
  defineRule({
    id: 'cli-prompt-echoed-secret',
    provider: 'Command line',
    description: 'Secret typed at a CLI prompt and echoed in its log (Enter your … API key >>> …, … passphrase >>> …)',
    keywords: ['>>> '],
    pattern: /Enter[ \t]your[ \t][A-Za-z0-9 ._-]{0,48}?(api[ _]?key|api[ _]secret|secret(?:[ _]key)?|passphrase|password|private[ _]key|token)[ \t]{0,4}>>>[ \t]{1,4}(\S{6,256})(?=\s|$)/i,
    secretGroup: 2,
    window: { before: 100, after: 280 },
    accept: (m) => {
      const value = m[2] ?? '';
      if (!inUse(value) || isHashOrCipher(value)) return false;
      return /pass/i.test(m[1] ?? '') ? isPasswordValue(value) : looksLikeSecretValue(value, false) || UUID_LOGIN.test(value);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://hummingbot.org/client/connect/', how: 'Revoke the key with the exchange or service and create a new one; keep CLI logs with typed credentials out of repositories and tickets.' },
    docs: 'https://hummingbot.org/client/connect/',
    sample: (g) => `>>>  connect binance\nEnter your Binance API key >>> ${g.chars(ALNUM, 64)}\n`,
    sampleIsBlock: true,
    negatives: ['Enter your Binance API key >>> ', 'Enter your Kucoin passphrase >>> ********', 'Enter your command >>> balance'],
  }),
  // A password column set from the clear password through SQL's hash functions (`UPDATE users SET
  // passwd = md5('…')`, `VALUES (…, crypt('…', gen_salt('bf')))`, MySQL's `PASSWORD('…')`): the
  // statement holds the password itself. (From a blind grading of network monitoring: Zabbix's
  // break-glass resets, missed.)
  commandRule({
    id: 'sql-hashed-password-literal',
    description: "Clear password given to an SQL hash function for a password column (passwd = md5('…'), password = crypt('…', gen_salt('bf')), PASSWORD('…'))",
    keywords: ['md5(', 'md5 (', 'sha1(', 'sha1 (', 'sha2(', 'sha2 (', 'sha256(', 'sha256 (', 'crypt(', 'crypt (', 'password(', 'password (', 'digest(', 'digest ('],
    pattern: /(?<![A-Za-z0-9_])(?:(?:passw(?:or)?d|pwd|pass(?:word)?_?hash|hashed_?password|password_?digest|encrypted_?password)`?[ \t]{0,4}=[ \t]{0,4}|PASSWORD[ \t]{0,4}(?:FOR[ \t]{1,4}[^=\n]{1,96}?)?=[ \t]{0,4})(?:md5|sha1|sha2|sha256|crypt|digest|password|encode[ \t]{0,2}\([ \t]{0,2}digest)[ \t]{0,2}\([ \t]{0,2}(['"])([^'"\n\\]{4,128})\1/i,
    window: { before: 120, after: 200 },
    accept: (m) => acceptPassword(m) && !/^(?:md5|SCRAM-SHA-256\$)/i.test(m[2] ?? ''),
    docs: 'https://www.postgresql.org/docs/current/pgcrypto.html',
    sample: sample("UPDATE users SET passwd = md5('", "') WHERE username = 'ops';"),
    negatives: ["UPDATE users SET passwd = md5('password') WHERE username = 'ops';", "UPDATE users SET passwd = md5(?) WHERE userid = 1;", "UPDATE users SET password = crypt('${NEW_PASSWORD}', gen_salt('bf'));"],
  }),
  commandRule({
    id: 'netrc-password',
    description: '.netrc machine entry with a password (curl, git, ftp read it)',
    keywords: ['machine '],
    // (Its lines may be joined by escaped line breaks, as printf writes the file: `printf 'machine
    // api.wandb.ai\\n  login user\\n  password …\\n' > ~/.netrc`; from a blind grading of research
    // computing, 10 missed.)
    pattern: /(?<![A-Za-z0-9_.-])machine[ \t]+[A-Za-z0-9._-]{1,253}(?:\s|\\[nrt]){1,16}(?:login[ \t]+[^\s\\]{1,128}(?:\s|\\[nrt]){1,16})?password[ \t]+(["']?)([^\s"'$\\][^\s"'\\]{3,127})\1(?=[\s"'`\\]|$)/,
    // Anonymous FTP takes the user's e-mail address as its password, by convention: no secret
    // (from a blind grading of dotfiles: `machine ftp.gnu.org login anonymous password <email>`).
    accept: (m) => acceptPassword(m) && !(/\slogin[ \t]+(?:anonymous|ftp)\s/i.test(m[0]) && /^[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}$/.test(m[2] ?? '')),
    window: { before: 8, after: 600 },
    span: 'block',
    rotate: { url: 'https://everything.curl.dev/usingcurl/netrc.html', how: 'Revoke the token or change the password on that host, and keep .netrc out of the repository (chmod 600 in the home folder).' },
    docs: 'https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html',
    sample: sample('machine api.heroku.com\n  login ci@acme.test\n  password '),
    negatives: ['machine example.test login user password password', 'machine host login me password $NETRC_PASSWORD', 'the machine has a password prompt', 'machine repo.acme.test login ci password ENC(G6N718UuyPE5bHyWKyuLQSm02auQPUtm)', 'machine ftp.gnu.org\n  login anonymous\n  password lena.kovacs@mailbox.example'],
  }),
  // A .netrc line printed with the password as printf's argument: `printf 'machine … login …
  // password %s\\n' '<password>' > ~/.netrc` (a Dockerfile's RUN). The format's first %s is the
  // password's. (From a blind grading of education platforms: 8 of 8 missed.)
  commandRule({
    id: 'printf-netrc-password',
    description: "Password given to printf as the argument of a .netrc line's password %s",
    keywords: ['password %s'],
    pattern: /(?<![A-Za-z0-9_.-])printf[ \t]{1,4}(["'])(?:(?!%s)[^"'\n]){0,240}?password[ \t]+%s(?:(?!%s)[^"'\n]){0,120}?\1[ \t]{1,4}(["']?)([^\s"'$-][^\s"']{3,127})\2(?=[\s;&|)>]|$)/,
    secretGroup: 3,
    accept: (m) => acceptPasswordValue(m[3] ?? ''),
    window: { before: 260, after: 200 },
    docs: 'https://everything.curl.dev/usingcurl/netrc.html',
    sample: sample("RUN printf 'machine sftp.partner.example login svc-export password %s\\n' '", "' > /root/.netrc && chmod 600 /root/.netrc"),
    negatives: ["printf 'machine h login u password %s\\n' \"$SFTP_PASSWORD\" > ~/.netrc", "printf 'password %s\\n' password"],
  }),
  // APIs that take the key as the Basic user (Companies House, Stripe, Mailchimp) are written into
  // .netrc with the key as the login and an empty or dummy password: the login is the secret. Only a
  // key-shaped login counts (a UUID, 32+ hex digits, or a random-looking run): user names and
  // e-mail addresses are not. (From a blind grading of civic tech: Companies House's .netrc.)
  commandRule({
    id: 'netrc-login-key',
    description: '.netrc machine entry whose login is an API key (the key as the Basic user, an empty or dummy password)',
    keywords: ['machine '],
    pattern: /(?<![A-Za-z0-9_.-])machine[ \t]+[A-Za-z0-9._-]{1,253}\s{1,16}login[ \t]+(["']?)([A-Za-z0-9_.+/=-]{20,128})\1(?=\s|$)/,
    accept: (m) => {
      const value = m[2] ?? '';
      return UUID_LOGIN.test(value) || /^[0-9a-fA-F]{32,128}$/.test(value) || (/[0-9]/.test(value) && looksLikeSecretValue(value, true));
    },
    window: { before: 8, after: 420 },
    span: 'block',
    rotate: { url: 'https://everything.curl.dev/usingcurl/netrc.html', how: 'Revoke the API key at the vendor, and keep .netrc out of the repository (chmod 600 in the home folder).' },
    docs: 'https://developer.company-information.service.gov.uk/authentication',
    sample: (g) => `machine api.company-information.service.gov.uk\n  login ${uuidSample(g)}\n  password ""\n`,
    negatives: ['machine api.heroku.com\n  login ci-deployer@acme.test\n  password x', 'machine registry.acme.test login deploy-bot-production-eu password $NETRC_PASSWORD', 'machine host login ${COMPANIES_HOUSE_KEY} password ""'],
  }),
  // A user's password set by `echo "<user>:<password>" | chpasswd` in a provisioning script (a
  // kiosk's or a Raspberry Pi's first boot). (From a blind grading of signage and kiosks: 11 missed.)
  defineRule({
    id: 'chpasswd-echo-password',
    provider: 'Command line',
    description: 'Password set with echo "user:password" | chpasswd',
    keywords: ['chpasswd'],
    pattern: /(?:echo|printf)(?:[ \t]{1,4}-[neE]{1,2})?[ \t]{1,4}(["']?)[^\s:"']{1,64}:([^\s"']{6,128})\1[ \t]{0,4}\|[ \t]{0,4}(?:sudo[ \t]{1,4})?chpasswd/,
    secretGroup: 2,
    window: { before: 220, after: 20 },
    accept: (m) => isPasswordValue(m[2] ?? '') && !/^[$%]/.test(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://man7.org/linux/man-pages/man8/chpasswd.8.html', how: 'Set a new password for the user on every machine the script provisioned, and have the script read it from a secret store (or use key-based logins).' },
    docs: 'https://man7.org/linux/man-pages/man8/chpasswd.8.html',
    sample: (g) => `echo "\${KIOSK_USER}:${g.chars(ALNUM, 9)}.${g.chars(ALNUM, 6)}2026" | sudo chpasswd`,
    negatives: ['echo "pi:$PI_PASSWORD" | sudo chpasswd', "echo 'root:root' | chpasswd", 'echo "$USER:$(openssl rand -base64 16)" | chpasswd'],
  }),
  // WP-CLI's `wp option update <name> <value>`: a plugin's setting set by name, in shell history
  // and provisioning scripts (an affiliate plugin's `aawp_api_secret`). Judged as that name and
  // value. (From a blind grading of affiliate sites: 5 missed.)
  defineRule({
    id: 'wp-cli-option-secret',
    provider: 'WordPress',
    description: 'Secret set with WP-CLI (wp option update <secret name> <value>)',
    keywords: ['wp option update', 'wp option add'],
    pattern: /wp[ \t]{1,4}option[ \t]{1,4}(?:update|add)[ \t]{1,4}([A-Za-z0-9_.-]{2,64})[ \t]{1,4}(["']?)([^\s"']{8,256})\2(?=[\s;|&]|$)/,
    secretGroup: 3,
    window: { before: 0, after: 360 },
    accept: (m) => acceptGeneric(m[1] ?? '', m[3] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://developer.wordpress.org/cli/commands/option/update/', how: "Rotate the credential at the service the plugin calls, then set the new value from the environment (wp option update … \"$VALUE\") so it stays out of shell history." },
    docs: 'https://developer.wordpress.org/cli/commands/option/update/',
    sample: (g) => `wp option update aawp_api_secret '${g.chars(ALNUM, 38)}5z' --allow-root`,
    negatives: ["wp option update blogname 'My Deals Blog 2024'", 'wp option update aawp_api_secret "$AAWP_SECRET"', "wp option update siteurl 'https://deals.example.test'"],
  }),
  // Pi-hole's web password set on the command line: `pihole setpassword '…'` (v6; `pihole -a -p
  // '…'` before it) and `pihole-FTL --config webserver.api.password '…'`, in shell history and
  // Ansible tasks. (From a blind grading of DNS filtering: 31 missed.)
  defineRule({
    id: 'pihole-password-command',
    provider: 'Pi-hole',
    description: "Pi-hole web password given on the command line (pihole setpassword '…', pihole -a -p '…', pihole-FTL --config webserver.api.password '…')",
    keywords: ['pihole setpassword', 'pihole -a -p', 'webserver.api.password'],
    pattern: /(?:pihole[ \t]{1,4}(?:setpassword|-a[ \t]{1,4}-p)|pihole-FTL[ \t]{1,4}--config[ \t]{1,4}webserver\.api\.password)[ \t]{1,4}(["']?)([^\s"']{6,128})\1(?=[ \t]*(?:$|[;&|#\r\n"'`)]))/m,
    secretGroup: 2,
    window: { before: 40, after: 200 },
    accept: (m) => isPasswordValue(m[2] ?? '') && !/^[$%]/.test(m[2] ?? ''),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.pi-hole.net/main/pihole-command/', how: "Set a new web password (pihole setpassword with no argument prompts for it) and clear the shell history or task that held the old one." },
    docs: 'https://docs.pi-hole.net/main/pihole-command/',
    sample: (g) => `sudo pihole setpassword '${g.chars(ALNUM, 8)}Juniper${g.int(100, 999)}!'`,
    negatives: ['pihole setpassword', 'pihole setpassword "$PIHOLE_PASSWORD"', "pihole-FTL --config webserver.api.password ''"],
  }),
  // A CI server's or a forge's secret store filled from the command line: `drone secret add --name
  // … --data '…'`, `woodpecker-cli repo secret add --name … --value …`, `… secret create … --value …`.
  // The value is the secret whatever its name. (From a blind grading of self-hosted forges: 27 missed.)
  defineRule({
    id: 'cli-secret-add-value',
    provider: 'Command line',
    description: "Secret value given to a CI or forge CLI's secret store (drone secret add --data '…', woodpecker-cli repo secret add --value …)",
    keywords: ['secret add', 'secret create', 'secret update', 'secret set'],
    pattern: /(?<![A-Za-z0-9_-])secrets?[ \t]{1,4}(?:add|create|update|set)(?:[ \t]{1,4}(?:--?[A-Za-z][A-Za-z-]{0,24}(?:[ =](?:"[^"\r\n]{0,200}"|'[^'\r\n]{0,200}'|[^\s"'-][^\s"']{0,200}))?|[A-Za-z0-9_./-]{1,64})){0,8}?[ \t]{1,4}--(?:data|value)(?:=|[ \t]{1,4})(["']?)([^\s"']{6,512})\1(?=[ \t"'`]|$|[;&|\r\n])/,
    secretGroup: 2,
    window: { before: 80, after: 700 },
    accept: (m) => !/^[$%@<{]/.test(m[2] ?? '') && (isPasswordValue(m[2] ?? '') || looksLikeSecretValue(m[2] ?? '', false)),
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.drone.io/cli/secret/drone-secret-add/', how: 'Rotate the credential at its service, update the stored secret from a file or stdin (not an argument), and clear the shell history that held it.' },
    docs: 'https://docs.drone.io/cli/secret/drone-secret-add/',
    sample: (g) => `drone secret add --repository infra/terraform --name docker_password --data '${g.chars(ALNUM, 9)}@2024${g.chars(ALNUM, 4)}!'`,
    negatives: ['drone secret add --repository infra/app --name docker_password --data @/run/secrets/docker', 'woodpecker-cli repo secret add --repository a/b --name token --value "$GITEA_TOKEN"', 'drone secret add --name region --data eu'],
  }),
];
