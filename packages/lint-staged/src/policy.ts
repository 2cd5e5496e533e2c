import { compileGlob, isPlaceholder, isSecretKeyName, POLICY_RULE_IDS, sha256Hex, type Finding, type KeywardConfig } from '@keyward/core';

const ENV_TEMPLATE = /^\.env\.(?:example|sample|template|dist|defaults)$/i;
const KEY_FILE_NAMES = /^(?:id_rsa|id_dsa|id_ecdsa|id_ed25519|id_ecdsa_sk|id_ed25519_sk)$/;
const KEY_CONTAINERS = /\.(?:p12|pfx|jks|keystore)$/i;
// Files that exist to hold credentials in clear: curl/git/ftp's .netrc (_netrc on Windows),
// PostgreSQL's .pgpass, git's credential store, Apache's password hashes, MySQL's client config.
const CREDENTIAL_FILES = /^(?:\.netrc|_netrc|\.pgpass|\.git-credentials|\.htpasswd|\.my\.cnf)$/;
// Rails' master key and per-environment credential keys: 32 hex characters with nothing around
// them to judge by, that decrypt config/credentials*.yml.enc (Rails' own .gitignore lists them).
const RAILS_KEYS = /(?:^|\/)config\/(?:master|credentials\/[^/]+)\.key$/;

const base = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function fileFinding(ruleId: string, description: string, path: string, line = 1, how = 'Remove the file from the commit (git rm --cached), add it to .gitignore, and rotate anything it held.'): Finding {
  return {
    ruleId,
    provider: 'keyward policy',
    description,
    severity: 'high',
    confidence: 'high',
    path,
    line,
    column: 1,
    start: 0,
    end: 0,
    redacted: '(file)',
    fingerprint: sha256Hex(`${ruleId}:${path}:${line}`).slice(0, 32),
    rotate: { url: 'https://git-scm.com/docs/gitignore', how },
  };
}

const POLICY_IDS = new Set(POLICY_RULE_IDS);

/** Policy checks that need the file name, before or instead of its content. */
export class Policy {
  private readonly blocked: (path: string) => boolean;
  private readonly disabled: ReadonlySet<string>;

  constructor(config: KeywardConfig) {
    // Core's glob engine, the one allowlist.paths uses: `*.pem` matches at any depth in both.
    const globs = (config.blockedFiles ?? []).map(compileGlob);
    this.blocked = globs.length > 0 ? (path) => globs.some((re) => re.test(path)) : () => false;
    this.disabled = new Set((config.disabledRules ?? []).filter((id) => POLICY_IDS.has(id)));
  }

  /** Findings of the name and content checks, less the ones disabledRules turns off. */
  private enabled(findings: Finding[]): Finding[] {
    return this.disabled.size === 0 ? findings : findings.filter((f) => !this.disabled.has(f.ruleId));
  }

  /**
   * Findings for a file that must not be committed at all: `.env` and `.env.*` (templates
   * excepted), SSH private key files, key stores, credential files, and configured `blockedFiles`.
   */
  checkName(path: string): Finding[] {
    return this.enabled(this.byName(path));
  }

  private byName(path: string): Finding[] {
    const name = base(path);
    if ((name === '.env' || name.startsWith('.env.')) && !ENV_TEMPLATE.test(name)) {
      return [fileFinding('policy-env-file', 'Environment file with real values (.env)', path, 1, 'Unstage it (git rm --cached), keep it out with .gitignore, and commit a .env.example with placeholders instead.')];
    }
    if (KEY_FILE_NAMES.test(name)) return [fileFinding('policy-private-key-file', 'SSH private key file', path)];
    if (KEY_CONTAINERS.test(name)) return [fileFinding('policy-key-store-file', 'Key store (.p12, .pfx, .jks, .keystore): blocked by name, as it may hold a private key', path)];
    if (RAILS_KEYS.test(path)) return [fileFinding('policy-credential-file', 'Rails master key (config/master.key, config/credentials/*.key): blocked by name', path, 1, 'Unstage it (git rm --cached) and keep it out with .gitignore; make a new key (bin/rails credentials:edit) and re-encrypt the credentials it opened.')];
    if (CREDENTIAL_FILES.test(name)) return [fileFinding('policy-credential-file', 'Credential file (.netrc, .pgpass, .git-credentials, .htpasswd, .my.cnf): blocked by name', path, 1, 'Unstage it (git rm --cached); it belongs in the home folder (chmod 600), not the repository. Change the passwords it held.')];
    if (this.blocked(path)) return [fileFinding('policy-blocked-file', 'File matched by blockedFiles in the keyward config', path)];
    return [];
  }

  /** In `.env.example` and friends, values under secret-named keys must be placeholders. */
  checkContent(path: string, text: string): Finding[] {
    return this.enabled(this.byContent(path, text));
  }

  private byContent(path: string, text: string): Finding[] {
    if (!ENV_TEMPLATE.test(base(path))) return [];
    const findings: Finding[] = [];
    text.split(/\r?\n/).forEach((line, i) => {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*["']?([^"'#\s]*)/.exec(line);
      if (!m) return;
      const [, key = '', value = ''] = m;
      if (value.length > 0 && isSecretKeyName(key) && !isPlaceholder(value) && !/^(?:true|false|\d+)$/i.test(value)) {
        findings.push(fileFinding('policy-env-template-value', `${key} in an env template holds a real-looking value`, path, i + 1, 'Replace the value with a placeholder such as your_token_here; keep real values in the untracked .env.'));
      }
    });
    return findings;
  }
}
