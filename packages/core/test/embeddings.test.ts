import { describe, expect, it } from 'vitest';
import { catalog, createDetector, createSampleGen, redact, type Rule } from '../src/index.js';

// Conformance: every rule's samples embedded the way real files hold them — glued after an
// escape or a percent-encoding, escaped inside a JSON string, base64 in a Kubernetes Secret, a
// docker config.json or a Basic header. The rules were not written against these texts; a rule
// that only matches its own generator's bare output fails here. (From the core issue's family 3:
// a token glued after "%3D" or "\n" was missed by every prefixed rule.)

const detector = createDetector();
const b64 = (s: string): string => Buffer.from(s, 'utf8').toString('base64');

interface Embedding {
  readonly name: string;
  /** The text, and the encoded form of the secret that must not survive redaction. */
  readonly wrap: (secret: string) => { text: string; encoded: string };
}

const same = (text: string, encoded: string) => ({ text, encoded });

const tokenEmbeddings: readonly Embedding[] = [
  { name: 'after %3D in a query', wrap: (s) => same(`GET /cb?state=x%26token%3D${s}&page=2`, s) },
  { name: 'after %2F in a path', wrap: (s) => same(`https://proxy.test/fetch/v1%2F${s}%2Fitems`, s) },
  // Every character that is not a letter or digit encoded, as strict form encoders do.
  { name: 'percent-encoded', wrap: (s) => { const e = s.replace(/[^A-Za-z0-9]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`); return same(`body=${e}&x=1`, e); } },
  { name: 'after \\n in a JSON string', wrap: (s) => same(`{"log": "line one\\n${s}\\nline three"}`, s) },
  { name: 'after \\t in a string', wrap: (s) => same(`const row = "name\\t${s}\\tend";`, s) },
  { name: 'after \\x0A in a string', wrap: (s) => same(`printf "a\\x0A${s}"`, s) },
  { name: 'after \\u000a in a string', wrap: (s) => same(`"msg": "x\\u000a${s}"`, s) },
  // Coloured terminal output (from a review: a token right after a colour code was missed).
  { name: 'after an ANSI colour code in a log line', wrap: (s) => same(`\u001b[32m${s}\u001b[0m done`, s) },
  { name: 'after an ANSI code with no parameters', wrap: (s) => same(`token=\u001b[m${s}`, s) },
  { name: 'after \\x1b[1;31m in a source string', wrap: (s) => same(`console.log("\\x1b[1;31m${s}\\x1b[0m")`, s) },
  { name: 'after \\033[0;32m in a shell echo', wrap: (s) => same(`echo -e "\\033[0;32m${s}\\033[0m"`, s) },
  { name: 'after \\33[0;32m (octal, C and Python)', wrap: (s) => same(`printf("\\33[0;32m${s}\\33[0m");`, s) },
  { name: 'after a 24-bit colour code', wrap: (s) => same(`\u001b[0;1;4;38;2;255;128;0m${s}\u001b[0m`, s) },
  { name: 'commented-out .env line', wrap: (s) => same(`# SERVICE_TOKEN=${s}\nSERVICE_URL=https://api.test`, s) },
  { name: 'heredoc', wrap: (s) => same(`cat <<EOF > .env\nSERVICE_VALUE=${s}\nEOF\n`, s) },
  { name: 'minified JS', wrap: (s) => same(`!function(){var a={u:"https://x.test",k:"${s}"};window.cfg=a}();`, s) },
  { name: 'URL parameter api_key', wrap: (s) => same(`fetch("https://api.test/v1/q?api_key=${s}&format=json")`, s) },
  { name: 'Kubernetes Secret data', wrap: (s) => { const e = b64(s); return same(`apiVersion: v1\nkind: Secret\ndata:\n  value: ${e}\n`, e); } },
  { name: 'docker config auths.*.auth', wrap: (s) => { const e = b64(`ci-user:${s}`); return same(`{"auths":{"registry.test":{"auth":"${e}"}}}`, e); } },
  { name: 'Authorization: Basic', wrap: (s) => { const e = b64(`${s}:`); return same(`Authorization: Basic ${e}`, e); } },
  { name: 'base64-encoded JSON under a YAML key', wrap: (s) => { const e = b64(JSON.stringify({ service: 'api', value: s })); return same(`app:\n  config: ${e}\n`, e); } },
];

function keyedEmbeddings(key: string): readonly Embedding[] {
  return [
    { name: 'after \\n in a JSON string', wrap: (s) => same(`{"env": "NODE_ENV=production\\n${key}=${s}\\n"}`, s) },
    { name: '.env in a Kubernetes Secret', wrap: (s) => { const e = b64(`${key}=${s}\n`); return same(`kind: Secret\ndata:\n  app.env: ${e}\n`, e); } },
    { name: 'percent-encoded form body', wrap: (s) => { const e = encodeURIComponent(s); return same(`a=1&${key}=${e}`, e); } },
    { name: 'base64-encoded JSON in a JSON string', wrap: (s) => { const e = b64(JSON.stringify({ [key]: s }, null, 2)); return same(`{"settings": "${e}"}`, e); } },
    // Declarations that name a string type before "=", and PHP's ".=" (gitleaks' samples write keys so).
    { name: 'a TypeScript constant typed string', wrap: (s) => same(`export const ${key}: string = "${s}";`, s) },
    { name: 'a Rust constant typed &str', wrap: (s) => same(`pub const ${key}: &'static str = "${s}";`, s) },
    { name: 'a Go var typed string', wrap: (s) => same(`var ${key} string = "${s}"`, s) },
    { name: "PHP's .= on a variable", wrap: (s) => same(`$${key} .= '${s}';`, s) },
    // An iOS app's Info.plist: the name in <key>, the value in the <string> after it.
    { name: 'an Info.plist <key> and its <string>', wrap: (s) => same(`<dict>\n\t<key>${key}</key>\n\t<string>${s}</string>\n</dict>`, s) },
  ];
}

const blockEmbeddings: readonly Embedding[] = [
  { name: 'escaped in a JSON string', wrap: (s) => { const e = JSON.stringify(s).slice(1, -1); return same(`{"private_key": "${e}", "n": 1}`, e); } },
  { name: 'escaped in a TS string', wrap: (s) => { const e = s.replace(/\n/g, '\\n'); return same(`const key = '${e}';`, e); } },
  { name: 'base64 in a Kubernetes Secret', wrap: (s) => { const e = b64(s); return same(`kind: Secret\ndata:\n  tls.key: ${e}\n`, e); } },
  { name: 'in a key file stored base64-encoded', wrap: (s) => { const e = b64(JSON.stringify({ type: 'service_account', private_key: s }, null, 2)); return same(`gcp:\n  credentials: ${e}\n`, e); } },
];

function embeddingsFor(rule: Rule): readonly Embedding[] {
  // A key whose lines each carry a diff's "-" is read in a diff, a mail or a log: inside a key file
  // inside base64 its lines are escapes, which only the plain block's rule reads undecoded.
  if (rule.id === 'private-key-prefixed-lines') return blockEmbeddings.filter((e) => e.name !== 'in a key file stored base64-encoded');
  if (rule.sampleIsBlock) return blockEmbeddings;
  // Django's SECRET_KEY rule reads settings.py (Python): no Go or PHP declarations, no plist.
  // OCI auth tokens may hold "<", which a plist escapes: their value ends where a tag may start.
  if (rule.sampleKey) return keyedEmbeddings(rule.sampleKey).filter((e) => !(rule.id === 'django-secret-key' && /Go|PHP|plist/.test(e.name)) && !(rule.id === 'oracle-cloud-auth-token' && /plist/.test(e.name)));
  // A token that holds ":" (Telegram's digits:AA…) cannot be a docker "user:password" password
  // without ambiguity; every other embedding applies.
  // A sample that is a snippet with quotes or lines of its own (a config line, a state file) is
  // escaped once more inside JSON: the base64 JSON embedding takes single-token samples only.
  const probe = createSampleGen(1);
  const samples = [rule.sample(probe), rule.sample(probe), rule.sample(probe)];
  const colon = (samples[0] as string).includes(':');
  const snippet = samples.some((x) => /["\n\\]/.test(x));
  return tokenEmbeddings.filter((e) => !(colon && e.name.startsWith('docker')) && !(snippet && e.name.startsWith('base64-encoded JSON')));
}

// Rules found by the key or carrier around them, not by a format of their own: embedding their
// bare sample elsewhere changes what they are, so they are graded by the keyed/block sets only.
const carriers = new Set(['command-env-password', 'cribl-worker-auth-token', 'avalara-license-key-near', 'chargebee-api-key', 'mirth-header-map-secret', 'stedi-api-key', 'prose-login-user-slash-password', 'prose-environment-code-span', 'named-object-value', 'fastly-local-secret-store-data', 'nginx-secure-link-secret', 'varnish-secret-written', 'bunny-storage-zone-password', 'bot-framework-webchat-embed-secret', 'ask-cli-client-confirmation', 'secret-token-uri', 'punctuated-password-item', 'azure-apim-subscription-key-iac', 'azure-apim-policy-header-value', 'krakend-api-key', 'cli-prompt-echoed-secret', 'chartboost-user-signature', 'fedex-web-services-key', 'google-calendar-private-ical-url', 'junos-clear-secret', 'snmp-community-prose', 'oxidized-enable-secret', 'sql-hashed-password-literal', 'icinga2-ticket-salt', 'netbox-api-token-pepper', 'jenkins-api-token-pair', 'dwave-leap-project-token', 'httpie-key-request-item', 'prtg-passhash', 'snmp-community-setting', 'zabbix-macro-secret', 'amadeus-api-key-client-id', 'unsplash-access-key-client-id', 'key-list-item', 'secret-map-entry', 'notebook-printed-secret', 'particle-cli-token-output', 'basic-credentials-variable', 'rcon-tuple-password', 'mirth-header-map-basic', 'named-section-key', 'postman-apikey-auth-value', 'nginx-header-secret-check', 'munge-key-written', 'steve-webapi-value', 'gitlab-secrets-json-key', 'tuya-device-object-key', 'assemblyai-cli-config-key', 'opnsense-ipsec-psk', 'chpasswd-echo-password', 'wp-cli-option-secret', 'pihole-password-command', 'cli-secret-add-value', 'url-path-api-key', 'sdk-constructor-key', 'named-object-key', 'api-key-object-value', 'vault-unseal-key-command', 'mullvad-account-number', 'cli-auth-user-password', 'jvm-property-secret', 'skopeo-creds-password', 'godaddy-api-key-near', 'eas-secret-create-value', 'gemfury-token-url', 'cloudsmith-entitlement-token-url', 'packagecloud-read-token-url', 'broker-user-password-command', 'cloudflare-global-api-key-client', 'pulsar-token-secret-key', 'serverless-config-credentials', 'dagster-user-token', 'kafka-jaas-user-password', 'ory-config-secret', 'keycloak-component-secret', 'fusionauth-kickstart-api-key', 'zeromq-curve-secret-key', 'nsupdate-tsig-secret', 'kestra-webhook-key', 'haproxy-userlist-password', 'sed-replaced-secret', 'cisco-ios-password', 'crypto-wallet-mnemonic', 'solana-keypair-array', 'wordpress-application-password', 'piped-secret-value', 'windows-cmdkey-password', 'openvpn-inline-credentials', 'wrangler-secret-prompt', 'aws-cli-secret-value', 'redis-set-secret', 'url-token-userinfo', 'snmpv3-user-passphrase', 'ipsec-pre-shared-key', 'installer-plaintext-password', 'postfix-sasl-password', 'curlrc-user-password', 'snmp-community-string', 'redis-cli-auth', 'fetchmail-password', 'wifi-pre-shared-key', 'openldap-rootpw', 'azure-functions-key-url', 'powershell-securestring-plaintext', 'authorization-basic', 'authorization-bearer', 'authorization-token', 'curl-user-credentials', 'url-credentials', 'npmrc-auth-token', 'sshpass-password', 'askpass-password', 'oracle-connect-password', 'oracle-mkstore-credential', 'positional-password-call', 'windows-command-password', 'admin-tool-password', 'package-source-password', 'mysql-cli-password', 'redis-cli-password', 'sql-user-password', 'netrc-password', 'netrc-login-key', 'radarbox-sharing-key', 'livekit-key-pair', 'redis-client-auth-call', 'email-password-call-arguments', 'api-key-as-username', 'httpie-auth-credentials', 'smtp-auth-login-password', 'symfony-dsn-api-key', 'admin-user-password-arguments', 'modem-apn-password', 'omniauth-provider-secret', 'redis-server-password', 'gh-secret-set-body', 'registry-login-password', 'cli-login-password', 'basic-auth-call-password', 'database-connect-password', 'google-app-password', 'pocketbase-superuser-password', 'azure-storage-keys-list', 'cisco-aaa-server-key', 'couchdb-admin-password', 'huawei-cloud-sk-pair', 'neo4j-auth-password', 'otp-seed-call', 'redis-acl-password', 'signing-secret-call', 'vercel-env-add-value', 'yarn-npm-auth-ident', 'fortios-clear-secret', 'routing-ipsec-device-key', 'juniper-type9-secret', 'proxy-daemon-password', 'omdb-api-key-url', 'homepage-widget-credential', 'osint-provider-key', 'osint-provider-key-list', 'recon-ng-key', 'security-tool-password', 'caddy-acme-dns-token', 'traefik-acme-account-key', 'curl-user-api-key', 'htpasswd-batch-password', 'stdin-password-command', 'samba-user-password', 'db2-connect-password', 'mail-app-password', 'mailserver-setup-password', 'basic-auth-user-password', 'mail-login-call-password', 'echoed-password-file', 'keystore-decrypt-password', 'asterisk-register-secret', 'coturn-user-password', 'rtc-sdk-secret-call', 'rtmp-stream-key-url', 'game-server-rcon-password', 'nagios-resource-macro-password', 'instana-agent-key', 'appdynamics-account-access-key', 'better-stack-source-token', 'elasticsearch-api-key-header', 'amp-instance-credentials', 'curseforge-api-key', 'nakama-database-address-password', 'teamspeak-serveradmin-password', 'tebex-secret-key', 'mediawiki-upgrade-key', 'akismet-api-key', 'hcaptcha-secret-key', 'ghost-admin-api-key', 'composer-config-auth', 'nextcloud-occ-secret-value', 'lftp-user-password', 'hcl-named-value-pair', 'consul-kv-export-secret', 'pulumi-config-set-value', 'gotify-token', 'identityserver-client-secret', 'hmac-signing-key-literal', 'jndi-security-credentials', 'spring-cloud-encrypt-key', 'twilio-api-key-secret-argument', 'messagebird-client-access-key', 'apprise-pushover-token', 'test-service-cli-key', 'test-grid-user-key', 'deepsource-dsn', 'mailosaur-client-key', 'fabric-build-secret', 'macos-security-keychain-password', 'line-sdk-credential', 'brightdata-zone-password', 'customerio-track-api-key-client', 'deepl-api-key-client', 'filestack-app-secret', 'form-fill-password', 'mega-login-password', 'minio-go-static-secret', 'minio-mc-alias-secret', 'segment-write-key-client', 'session-cookie', 'session-cookie-env', 'session-cookie-object', 'zenrows-proxy-api-key', 'zyte-proxy-url-key', 'zyte-proxy-user-key', 'kubeadm-certificate-key', 'argocd-initial-admin-password', 'bfl-api-key', 'mule-secure-properties-key', 'informatica-command-password', 'sap-hdbuserstore-password', 'openssl-pass-argument', 'biztalk-binding-password', 'websphere-xor-password', 'password-property-setter', 'redis-hash-field-secret', 'dynamodb-attribute-secret', 'yaml-secret-map-item', 'supabase-vault-create-secret', 'revel-api-authentication', 'airbnb-ical-token', 'geotab-session-id', 'imapsync-batch-password', 'rancid-cloginrc-enable-password', 'cisco-device-line-secret', 'przelewy24-crc', 'dlocal-trans-key', 'spaced-passphrase', 'ftp-script-password', 'expect-send-password', 'script-set-password', 'cobol-password-value', 'rpg-password-inz', 'ibmi-password-parameter', 'teradata-logon-password', 'controlm-environment-password', 'user-password-flags', 'ssis-configured-password', 'ssis-variable-secret', 'cdo-send-password', 'notes-session-password', 'oracle-identified-by-unquoted', 'ibm-mq-password-property', 'informatica-parameter-password', 'mapserver-auth-password', 'dvc-remote-credential', 'twitter-oauth1-client-arguments', 'hmac-key-literal', 'jenkins-password-parameter-default', 'develocity-access-key', 'cohere-client-key', 'basic-auth-key-as-user', 'basic-auth-concatenated-secret', 'rest-client-basic-credentials', 'client-credentials-call-secret', 'jotform-client-api-key', 'prose-named-code-span', 'prose-user-password-spans', 'prose-user-then-password', 'az-keyvault-secret-value', 'php-curl-userpwd-api-key', 'faraday-authorization-token', 'pylast-md5-password', 'todoist-api-token-argument', 'ynab-token-argument', 'coda-token-argument', 'genius-token-argument', 'raindrop-token-argument', 'notifier-discord-webhook-token', 'apprise-slack-webhook-token', 'qradar-sec-token', 'abuseipdb-key-header', 'nessus-agent-linking-key', 'azure-log-analytics-onboard-key', 'realpage-license-key', 'pacer-nextgen-cso-token', 'teller-access-token', 'airtable-legacy-api-key', 'php-snmp-community-list', 'freeradius-cleartext-password', 'webmin-changepass-password', 'panel-client-login-password', 'pjsip-wizard-auth-password', 'polycom-provisioning-password', 'hestiacp-access-key', 'forecast-solar-api-key', 'cpanel-api-token', 'slack-webhook-path', 'discord-webhook-path', 'traced-getenv-secret', 'wireshark-http-credentials', 'argv-array-password', 'content-key-argument', 'mediapackage-cdn-identifier', 'pallycon-site-key', 'drm-key-seed-or-ask', 'kaltura-session-start-secret', 'wordpress-application-password-basic', 'csharp-property-initializer-secret', 'veeva-vault-session-id', 'billcom-developer-key', 'dockerfile-env-space-secret', 'admin-cli-set-password', 'tink-cleartext-keyset', 'dotnet-rsa-key-value-private', 'minisign-signify-secret-key', 'jwk-symmetric-key', 'redash-api-key-client', 'zotero-api-key-client', 'config-password-punctuated', 'hashed-password-literal', 'infor-ionapi-secret', 'odoo-execute-kw-key', 'oauth1-secret-arguments', 'databento-api-key', 'alpaca-secret-key-pair', 'tastytrade-session-password', 'go-session-key-literal', 'env-array-default-secret', 'dotnet-user-secrets-set', 'dotnet-key-bytes-literal', 'jwt-hmac-config-key', 'parse-master-key-initialize', 'echoed-secret-variable-output', 'canvas-lms-access-token', 'cloudflared-argo-tunnel-token', 'ngrok-basic-auth-list', 'basic-auth-joined-literal-secret', 'zapier-mcp-server-url', 'brave-search-api-key', 'env-fallback-literal', 'thingworx-app-key', 'prose-password-is', 'prose-login-code-span', 'power-query-basic-password', 'blender-password-property-default', 'chromatic-project-token-argument', 'java-keystore-password-argument', 'certificate-open-password', 'device-credential-command', 'ec-private-key-c-array', 'kconfig-secret-default', 'thingsboard-device-token-url', 'gocd-plain-secret-variable', 'concourse-local-user-password', 'basic-credential-encoded', 'mosquitto-passwd-batch-password', 'powershell-set-variable-secret', 'streamlabs-widget-token-url', 'confluent-api-key-store-secret', 'msi-log-password-property', 'dotnet-setting-value', 'nsis-define-secret', 'ojs-security-salt', 'betfair-app-key', 'betfair-session-token', 'mysportsfeeds-api-key', 'misskey-client-token', 'misskey-request-token', 'telethon-string-session', 'orcid-client-secret-argument', 'stats-perform-outlet-key', 'stats-perform-outlet-setting', 'deezer-arl-cookie', 'subsonic-token-auth', 'subsonic-encoded-password', 'azuracast-api-key', 'synapse-register-shared-secret', 'influxdb-v1-query-password', 'bluesky-app-password-session', 'private-feed-url-token', 'subsonic-client-saved-token', 'acoustid-api-key-beets', 'listenbrainz-user-token', 'lastfm-api-key-array', 'bandcamp-identity-cookie', 'spotify-client-secret-rspotify', 'the-odds-api-key', 'the-odds-api-key-client', 'yahoo-consumer-secret-argument', 'amo-jwt-secret-after-issuer', 'deepl-api-key-logged', 'nightscout-api-secret', 'nightscout-api-secret-sha1', 'nightscout-xdrip-url-secret', 'lorawan-app-key-hex', 'wunderground-station-key', 'purpleair-api-key', 'usda-nass-quickstats-key', 'iqair-airvisual-key', 'cli-option-default-secret', 'usps-web-tools-userid', 'socrata-app-token', 'access-code-setting', 'access-code-phrase', 'prose-email-slash-password']);

describe.each(catalog.filter((r) => !carriers.has(r.id) && !r.id.startsWith('generic-')).map((r) => [r.id, r] as const))('rule %s embedded', (_id, rule) => {
  const gen = createSampleGen(0xe3b ^ rule.id.length);
  const embeddings = embeddingsFor(rule);

  it.each(embeddings.map((e) => [e.name, e] as const))('is found %s, and redacted', (_name, embedding) => {
    for (let i = 0; i < 5; i++) {
      const secret = rule.sample(gen);
      const { text, encoded } = embedding.wrap(secret);
      // A key file embedded twice over (a service-account JSON inside a JSON string) decodes to a
      // bare PEM: the private-key rule reporting it is right.
      const found = detector.scan(text).filter((f) => f.provider === rule.provider || (rule.sampleIsBlock === true && f.ruleId === 'private-key'));
      expect(found.length, `${rule.id} ${embedding.name}`).toBeGreaterThan(0);
      // The logger's prefilter never says "nothing to report" where the scan reports.
      expect(detector.mayReport(text), `${rule.id} ${embedding.name}: mayReport`).toBe(true);
      const masked = redact(text);
      expect(masked.includes(encoded), `${rule.id} ${embedding.name}: redact`).toBe(false);
      expect(masked.includes(secret), `${rule.id} ${embedding.name}: redact`).toBe(false);
    }
  });
});
