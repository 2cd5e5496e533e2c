import type { Rule } from '../types.js';
import { ALNUM, defineRule, gen, lineStartWithin } from './define.js';
import { isHashOrCipher, isPasswordValue, looksLikeSecretValue } from './generic.js';
import { isPlaceholder } from '../allowlist.js';

// The sources that recon and OSINT tools take keys for, as their configs name them: subfinder's
// and uncover's provider-config.yaml (a list of keys under each source), theHarvester's
// api-keys.yaml (`<source>:\n  key: …`), amass, notify.
const SOURCES = ['alienvault', 'bevigil', 'binaryedge', 'bufferover', 'builtwith', 'c99', 'censys', 'certspotter', 'chaos', 'chinaz', 'criminalip', 'dnsdb', 'dnsrepo', 'driftnet', 'facebook', 'fofa', 'fullhunt', 'github', 'gitlab', 'greynoise', 'hunter', 'hunterhow', 'intelx', 'leakix', 'netlas', 'odin', 'onyphe', 'otx', 'passivetotal', 'pdcp', 'publicwww', 'quake', 'redhuntlabs', 'robtex', 'securitytrails', 'shodan', 'threatbook', 'trickest', 'urlscan', 'virustotal', 'whoisxmlapi', 'zoomeye', 'zoomeyeapi'];
// (After anything that ends in a blank or a quote: a template literal's opening, a decoded view's own prefix.)
const SOURCE_LINE = new RegExp(`(?:^|[\\s\`"'])["']?(?:${SOURCES.join('|')})["']?:[ \\t]*\\r?$`, 'i');
const ITEM_LINE = /^[ \t]{0,16}-[ \t]/;
const LOOK_BACK_LINES = 24;
// A source's line and a list item are short: the walk back reads at most this much of each.
const LINE_MAX = 512;

/**
 * Whether the list item or `key:` line at `at` belongs to a source's block: the lines above it,
 * up to LOOK_BACK_LINES, are items of the same list until the source's own line.
 */
function underSource(text: string, at: number, keyLine: boolean): boolean {
  let start = lineStartWithin(text, at, LINE_MAX);
  for (let n = 0; n < LOOK_BACK_LINES && start > 0; n++) {
    const prevStart = lineStartWithin(text, start - 1, LINE_MAX);
    const line = text.slice(prevStart, start - 1);
    if (SOURCE_LINE.test(line)) return true;
    // theHarvester's `key:` is the block's first line; a list goes on over its items.
    if (keyLine || !ITEM_LINE.test(line)) return false;
    start = prevStart;
  }
  return false;
}

/** A key, or the secret part of an `id:secret`, `email:key` or `host:key` entry. */
function keyValue(value: string): boolean {
  // A reference in place of the key (`arn:aws:secretsmanager:…`, `op://…`) holds none.
  if (/(?:^|:)arn:|:\/\/|\bsecret:/.test(value)) return false;
  const secret = value.slice(value.lastIndexOf(':') + 1);
  if (secret.length < 16 || isPlaceholder(secret) || isPlaceholder(value) || isHashOrCipher(value)) return false;
  return looksLikeSecretValue(secret, false) || /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(secret) || /^[0-9a-f]{32,64}$/i.test(secret);
}

const rotate = { url: 'https://docs.projectdiscovery.io/tools/subfinder/install#post-install-configuration', how: 'Regenerate the key in the source’s account settings, update the tool’s config outside the repository (~/.config), and keep it out of dotfile repositories.' };

/** Keys that recon, OSINT and security tools keep in their configs, and pass on their command lines. */
export const osintRules: readonly Rule[] = [
  defineRule({
    id: 'osint-provider-key',
    provider: 'OSINT tools',
    description: "API key of a recon or OSINT source in a tool's provider config (subfinder's and uncover's provider-config.yaml lists, theHarvester's api-keys.yaml key:)",
    keywords: SOURCES.map((s) => `${s}:`),
    // A list item or a `key:` line; underSource decides whether it is under a source's name.
    pattern: /(?:^|\n)[ \t]{0,16}(?:-[ \t]{1,4}|(?:key|apikey|api_key|secret|token)[ \t]*:[ \t]*)["']?([A-Za-z0-9@._:+/=-]{16,200})["']?[ \t]*(?=\r?\n|$)/,
    span: 'block',
    window: { before: 16, after: 3000 },
    accept: (m, text, at) => {
      const value = m[1] ?? '';
      const valueAt = at + m[0].indexOf(value);
      return keyValue(value) && underSource(text, valueAt, !/^[\r\n]?[ \t]{0,16}-/.test(m[0]));
    },
    secretGroup: 1,
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs: 'https://docs.projectdiscovery.io/tools/subfinder/install#post-install-configuration',
    sample: gen('shodan:\n  - ', [ALNUM, 32], '\nvirustotal: []\n'),
    sampleIsBlock: true,
    negatives: ['shodan:\n  - ${SHODAN_KEY}\n  - YOUR_SHODAN_KEY\n', 'smtp_cc:\n  - security-alerts@corp-example.io\n', 'binaryedge:\n  key:\n'],
  }),
  defineRule({
    id: 'osint-provider-key-list',
    provider: 'OSINT tools',
    description: "API keys of a recon or OSINT source written as an inline list in a tool's provider config (securitytrails: [key1, key2])",
    keywords: SOURCES.map((s) => `${s}:`),
    pattern: new RegExp(`(?<![A-Za-z0-9_-])["']?(?:${SOURCES.join('|')})["']?:[ \\t]*\\[([^\\]\\n]{16,2000})\\]`, 'i'),
    // (A sops value, `[ENC[AES256_GCM,data:…]]`, is ciphertext.)
    accept: (m) => !(m[1] ?? '').includes('ENC[') && (m[1] ?? '').split(',').some((item) => keyValue(item.trim().replace(/^["']|["']$/g, ''))),
    secretGroup: 1,
    minEntropy: 3,
    severity: 'high',
    rotate,
    docs: 'https://docs.projectdiscovery.io/tools/subfinder/install#post-install-configuration',
    sample: gen('securitytrails: [', [ALNUM, 32], ']\n'),
    sampleIsBlock: true,
    negatives: ['securitytrails: [${ST_KEY}]\n', 'netlas: [wT20****************]\n'],
  }),
  defineRule({
    id: 'recon-ng-key',
    provider: 'OSINT tools',
    description: 'API key added to recon-ng with keys add <name> <value> (a resource script, shell history)',
    keywords: ['keys add'],
    pattern: /(?<![A-Za-z0-9_-])keys[ \t]{1,4}add[ \t]{1,4}[A-Za-z0-9_]{2,40}[ \t]{1,4}["']?([A-Za-z0-9@._:+/=-]{12,200})["']?[ \t]*\r?(?=\n|$)/,
    accept: (m) => {
      const value = m[1] ?? '';
      return !isPlaceholder(value) && !isHashOrCipher(value) && (looksLikeSecretValue(value, false) || /^[0-9a-f]{12,64}$/i.test(value) || /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value));
    },
    minEntropy: 2.5,
    severity: 'high',
    rotate,
    docs: 'https://github.com/lanmaster53/recon-ng/wiki/Features#key-management',
    sample: gen('workspaces create client_a\nkeys add shodan_api ', [ALNUM, 32], '\n'),
    sampleIsBlock: true,
    negatives: ['keys add shodan_api {{ vault_shodan_api }}\n', 'keys add shodan_api <key>\n'],
  }),
  defineRule({
    id: 'security-sdk-client-key',
    provider: 'OSINT tools',
    // (Also inside a notebook's JSON, where each quote is escaped.)
    description: "API key passed as a security or OSINT SDK client's argument (shodan.Shodan(…), OTXv2(…), PyMISP(url, …), TenableIO(…), ipinfo.getHandler(…), PyHunter(…), MsfRpcClient(…), OpenCTIApiClient(url, …), shodan.NewClient(nil, …))",
    keywords: ['shodan(', 'otxv2(', 'pymisp(', 'tenableio(', 'gethandler(', 'pyhunter(', 'msfrpcclient(', 'opencticlient(', 'openctiapiclient(', 'newclient(', 'thehiveapi(', 'securitytrails(', 'greynoise(', 'censyshosts(', 'vt.client('],
    pattern: /(?<![A-Za-z0-9_$])(?:shodan\.Shodan|Shodan|OTXv2|PyMISP|TenableIO|ipinfo\.getHandler|getHandler|PyHunter|MsfRpcClient|OpenCTIApiClient|shodan\.NewClient|TheHiveApi|SecurityTrails|GreyNoise|CensysHosts|vt\.Client)\([ \t]{0,4}(?:(?:\\?["'][^"'\r\n\\]{1,200}\\?["']|[A-Za-z_$][A-Za-z0-9_$.]{0,40}|nil|None|null)[ \t]{0,4},[ \t]{0,4})?\\?["']([^"'\s\\]{8,200})\\?["']/,
    accept: (m) => {
      const value = m[1] ?? '';
      return !isPlaceholder(value) && !/^(?:https?|wss?):\/\//.test(value) && (looksLikeSecretValue(value, false) || /^[0-9a-f]{12,64}$/i.test(value) || isPasswordValue(value));
    },
    minEntropy: 2.5,
    severity: 'high',
    rotate,
    docs: 'https://shodan.readthedocs.io/en/latest/tutorial.html',
    sample: gen('api = shodan.Shodan("', [ALNUM, 32], '")'),
    negatives: ['api = shodan.Shodan(os.environ["SHODAN_API_KEY"])', 'misp = PyMISP("https://misp.corp.example", key, ssl=True)'],
  }),
];
