import { ALNUM, defineRule, HEX } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

/** Credentials passed to PHP hosting tools on their command lines: Composer, Nextcloud's occ, lftp. */
export const phpToolingRules = [
  // `composer config [--global] [--auth] http-basic.<host> <user> <password>` writes auth.json
  // (Magento's repo.magento.com keys: public key as the user, private key as the password), and
  // the one-argument forms for a host's token: github-oauth, gitlab-token, bearer; bitbucket-oauth
  // takes a consumer key and secret.
  defineRule({
    id: 'composer-config-auth',
    provider: 'Composer',
    description: 'Password or token given to composer config for auth.json (http-basic.<host> user password, github-oauth, gitlab-token, bearer, bitbucket-oauth)',
    keywords: ['http-basic.', 'github-oauth.', 'gitlab-token.', 'gitlab-oauth.', 'bearer.', 'bitbucket-oauth.'],
    pattern: /composer[ \t]{1,4}(?:-[A-Za-z-]{1,32}[ \t]{1,4}){0,3}config[ \t]{1,4}(?:--(?:global|auth)[ \t]{1,4}|-g[ \t]{1,4}){0,2}(?:(?:http-basic|bitbucket-oauth)\.[A-Za-z0-9.-]{1,253}[ \t]{1,4}["']?[^\s"']{1,128}["']?|(?:github-oauth|gitlab-token|gitlab-oauth|bearer)\.[A-Za-z0-9.-]{1,253})[ \t]{1,4}(["']?)([^\s"']{8,256})\1(?=[\s;&|]|$)/,
    secretGroup: 2,
    window: { before: 120, after: 420 },
    accept: (m) => looksLikeSecretValue(m[2] ?? '', false) || isPasswordValue(m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md', how: "Revoke the key or token at the registry (Magento Marketplace → Access Keys, the Git host's tokens), and keep auth.json out of the repository (COMPOSER_AUTH in CI)." },
    docs: 'https://getcomposer.org/doc/articles/authentication-for-private-packages.md',
    sample: (g) => `composer config --auth http-basic.repo.magento.com ${g.chars(HEX, 32)} ${g.chars(HEX, 32)}\n`,
    negatives: ['composer config --auth http-basic.repo.magento.com <public-key> <private-key>', 'composer config --global --auth github-oauth.github.com "$GITHUB_TOKEN"'],
  }),
  // Nextcloud's `occ config:system:set <name> --value=…` and `config:app:set <app> <name>
  // --value=…`: a name that says password or secret (mail_smtppassword, dbpassword, secret).
  defineRule({
    id: 'nextcloud-occ-secret-value',
    provider: 'Nextcloud',
    description: "Password or secret set with Nextcloud's occ config:system:set / config:app:set --value",
    keywords: ['occ config:', 'occ" config:', "occ' config:"],
    pattern: /occ["']?[ \t]{1,4}config:(?:system|app):set[ \t]{1,4}(?:[A-Za-z0-9_.-]{1,64}[ \t]{1,4}){0,3}?([A-Za-z0-9_.-]{0,48}?(?:pass(?:word)?|secret|salt|token)[A-Za-z0-9_.-]{0,48})(?:[ \t]{1,4}[A-Za-z0-9_.-]{1,64}){0,2}[ \t]{1,4}--value[ \t=]{1,4}(["']?)([^\s"']{6,256})\2/i,
    secretGroup: 3,
    window: { before: 40, after: 420 },
    accept: (m) => isPasswordValue(m[3] ?? '') || looksLikeSecretValue(m[3] ?? '', false),
    severity: 'high',
    rotate: { url: 'https://docs.nextcloud.com/server/latest/admin_manual/occ_command.html', how: 'Change the password or secret at its service, set it again from a secret store (not a script in the repository) and clear the shell history.' },
    docs: 'https://docs.nextcloud.com/server/latest/admin_manual/occ_command.html#config-commands-label',
    sample: (g) => `sudo -u www-data php occ config:system:set mail_smtppassword --value="${g.chars(ALNUM, 18)}-${g.chars(ALNUM, 6)}"\n`,
    negatives: ['sudo -u www-data php occ config:system:set mail_smtppassword --value="$SMTP_PASSWORD"', 'php occ config:system:set mail_smtpmode --value="smtp"'],
  }),
  // lftp's `-u user,password` (the password after the comma, quoted or not), in deploy scripts.
  defineRule({
    id: 'lftp-user-password',
    provider: 'FTP',
    description: "Password given to lftp's -u user,password",
    keywords: ['lftp '],
    pattern: /lftp[ \t]{1,4}(?:-[A-Za-z][ \t]{1,4}(?:"[^"\n]{0,256}"|'[^'\n]{0,256}'|[^\s"']{1,256})[ \t]{1,4}){0,4}?-u[ \t]{1,4}(["']?)[^,\s"']{1,64},(["']?)([^\s"']{4,128})\2\1/,
    secretGroup: 3,
    window: { before: 8, after: 700 },
    accept: (m) => isPasswordValue(m[3] ?? ''),
    severity: 'high',
    rotate: { url: 'https://lftp.yar.ru/lftp-man.html', how: "Change the FTP account's password at the host, and give lftp the password from ~/.netrc or an environment variable (--env-password)." },
    docs: 'https://lftp.yar.ru/lftp-man.html',
    sample: (g) => `lftp -u deploy,'${g.chars(ALNUM, 12)}-${g.chars(ALNUM, 6)}' -e "mirror -R ./dist /public_html; quit" ftp.host.io\n`,
    negatives: ['lftp -u deploy,"$FTP_PASSWORD" -e "mirror -R ./dist /public_html; quit" ftp.host.io', "lftp -u anonymous, ftp.host.io"],
  }),
];
