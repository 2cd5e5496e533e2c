import { isPlaceholder } from '../allowlist.js';
import { ALNUM, defineRule, HEX, token, UUID, uuidSample } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';

const WHOLE_UUID = new RegExp(`^${UUID}$`);

/** A key or token where a test service's command or config takes it: random, or a UUID, and no placeholder. */
const serviceKey = (value: string): boolean => !isPlaceholder(value) && (WHOLE_UUID.test(value) || looksLikeSecretValue(value, false));

/** Test, QA and code-quality services' credentials, where their tools take them. */
export const testServiceRules = [
  // Testomat.io's API keys and project tokens carry their prefix (tstmt_), wherever they stand
  // (`TESTOMATIO=tstmt_… npx codeceptjs run`).
  defineRule({
    id: 'testomatio-api-key',
    provider: 'Testomat.io',
    description: 'Testomat.io API key or reporting token (tstmt_)',
    keywords: ['tstmt_'],
    pattern: token('tstmt_[A-Za-z0-9_-]{16,96}', { left: 'A-Za-z0-9_' }),
    prefixes: ['tstmt_'],
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://docs.testomat.io/test-reporting/api', how: "Project settings → reset the project's API key, then update the CI variable TESTOMATIO." },
    docs: 'https://docs.testomat.io/test-reporting/api',
    sample: (g) => `tstmt_${g.chars(ALNUM, 32)}`,
    sampleKey: 'TESTOMATIO',
    negatives: ['TESTOMATIO=tstmt_your_api_key'],
  }),
  // Their command lines: `snyk auth <token>`, Codecov's uploader `-t`/`--token`, `cypress run
  // --record --key`, BrowserStackLocal's `--key`, Checkmarx One's
  // `cx configure set --prop-name cx_client_secret --prop-value …`.
  defineRule({
    id: 'test-service-cli-key',
    provider: 'Test services',
    description: "Key or token on a test or code-quality service's command line (snyk auth, codecov -t, cypress run --key, BrowserStackLocal --key, cx configure set --prop-value)",
    keywords: ['snyk auth', 'codecov', 'cypress run', 'browserstacklocal', 'cx configure set'],
    pattern: /(?:snyk[ \t]{1,4}auth|codecov(?:cli)?(?:[ \t]{1,4}[A-Za-z-]{1,32})?(?:[ \t]{1,4}-{1,2}[A-Za-z-]{1,32}(?:[ =][^\s-]\S{0,128})?){0,8}?[ \t]{1,4}(?:-t|--token)|cypress[ \t]{1,4}run(?:[ \t]{1,4}-{1,2}[A-Za-z-]{1,32}(?:[ =][^\s-]\S{0,128})?){0,8}?[ \t]{1,4}--key|BrowserStackLocal(?:\.exe)?(?:[ \t]{1,4}-{1,2}[A-Za-z-]{1,32}(?:[ =][^\s-]\S{0,128})?){0,8}?[ \t]{1,4}--key|cx[ \t]{1,4}configure[ \t]{1,4}set[ \t]{1,4}--prop-name[ \t]{1,4}\S{0,64}(?:secret|key|token)\S{0,64}[ \t]{1,4}--prop-value)[ \t=]{1,4}(["']?)([^\s"'`&]{12,256})\1(?=[\s;&|)"'`]|$)/i,
    secretGroup: 2,
    window: { before: 24, after: 700 },
    accept: (m) => serviceKey(m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://docs.snyk.io/snyk-cli/authenticate-to-use-the-cli', how: "Revoke the token in the service's account settings, issue a new one and pass it from a CI secret (SNYK_TOKEN, CODECOV_TOKEN, CYPRESS_RECORD_KEY, SAUCE_ACCESS_KEY)." },
    docs: 'https://docs.snyk.io/snyk-cli/commands/auth',
    sample: (g) => `npx snyk auth ${uuidSample(g)}`,
    negatives: ['npx snyk auth $SNYK_TOKEN', 'npx cypress run --record --key ${CYPRESS_RECORD_KEY}', './codecov -t ${{ secrets.CODECOV_TOKEN }}'],
  }),
  // A WebdriverIO or Nightwatch config's grid login: `user: '…'` and on the next line `key:
  // '…'` (Sauce Labs, BrowserStack, LambdaTest, TestingBot, a self-hosted grid).
  defineRule({
    id: 'test-grid-user-key',
    provider: 'Test services',
    description: "Access key beside its user in a WebdriverIO or Nightwatch grid config (user: '…', key: '…')",
    keywords: ['key:'],
    // Matched from the key (a look back for the user's line), so each `key:` in a file costs a
    // check at its own place only.
    pattern: /(?<=(?<![A-Za-z0-9_])user(?:name)?[ \t]{0,4}:[ \t]{0,4}["'`][^"'`\r\n]{1,64}["'`][ \t]{0,4},?[ \t]*\r?\n[ \t]{0,32})(?:access)?key[ \t]{0,4}:[ \t]{0,4}(["'`])([^"'`\s]{8,128})\1/,
    secretGroup: 2,
    window: { before: 120, after: 160 },
    span: 'near',
    accept: (m) => serviceKey(m[2] ?? '') || isPasswordValue(m[2] ?? ''),
    severity: 'high',
    rotate: { url: 'https://webdriver.io/docs/sauce-service', how: "Regenerate the access key in the grid's account settings and read it from the environment (process.env.SAUCE_ACCESS_KEY)." },
    docs: 'https://webdriver.io/docs/configurationfile',
    sample: (g) => `export const config = {\n  user: 'qa-team',\n  key: '${uuidSample(g)}',\n  region: 'eu',\n};\n`,
    negatives: ["export const config = {\n  user: process.env.SAUCE_USERNAME,\n  key: process.env.SAUCE_ACCESS_KEY,\n};\n", "  user: 'qa-team',\n  key: 'YOUR_ACCESS_KEY',\n"],
  }),
  // DeepSource's DSN carries the repository's token as the URL's user: https://<32 hex>@app.deepsource.com.
  defineRule({
    id: 'deepsource-dsn',
    provider: 'DeepSource',
    description: 'DeepSource DSN (https://<token>@app.deepsource.com) for test coverage reports',
    keywords: ['@app.deepsource.com', '@deepsource.io', '@app.deepsource.io'],
    pattern: /https?:\/\/([0-9a-f]{32})@(?:app\.)?deepsource\.(?:com|io)(?![A-Za-z0-9.-])/,
    secretGroup: 1,
    window: { before: 48, after: 32 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://docs.deepsource.com/docs/analyzers-test-coverage', how: "Repository settings → Reporting: regenerate the DSN, then update DEEPSOURCE_DSN in CI." },
    docs: 'https://docs.deepsource.com/docs/analyzers-test-coverage',
    sample: (g) => `DEEPSOURCE_DSN: https://${g.chars(HEX, 32)}@app.deepsource.com`,
    negatives: ['DEEPSOURCE_DSN: https://<token>@app.deepsource.com'],
  }),
  // Mailosaur's clients take the API key first: `new MailosaurClient('…')`, `MailosaurClient("…")`.
  defineRule({
    id: 'mailosaur-client-key',
    provider: 'Mailosaur',
    description: 'Mailosaur API key given to its client (new MailosaurClient(…))',
    keywords: ['mailosaurclient('],
    pattern: /MailosaurClient\([ \t]{0,4}(["'`])([A-Za-z0-9]{16,64})\1/,
    secretGroup: 2,
    window: { before: 8, after: 100 },
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://mailosaur.com/app/account/api-access', how: 'Account → API access: delete the key and create a new one, then read it from MAILOSAUR_API_KEY.' },
    docs: 'https://mailosaur.com/docs/api/',
    sample: (g) => `const mailosaur = new MailosaurClient('${g.chars(ALNUM, 16)}');`,
    negatives: ['const mailosaur = new MailosaurClient(process.env.MAILOSAUR_API_KEY);'],
  }),
];
