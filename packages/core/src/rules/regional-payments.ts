import { ALNUM, chars, defineRule, HEX, keyed, LOWER_ALNUM, prefixed, UPPER_ALNUM } from './define.js';
import { shannonEntropy } from '../entropy.js';
import { inUse } from './passwords.js';

// Payment gateways of Latin America, Africa, the Middle East, South Asia and Europe: keys with a
// prefix of their own, and short keys and salts that are secrets only under their gateway's name
// (a 13-character PayFast merchant key, a 16-hex Przelewy24 CRC, a 10-character JazzCash salt).
// (From a blind grading of regional payment platforms: 128 of 1,000 such secrets missed.)

// A key's end: no letter, digit, "_" or "-" after it (these keys' bodies hold both).
const URL_SAFE = 'A-Za-z0-9_-';

const rotate = (url: string, how = "Regenerate the key in the gateway's merchant dashboard, update the shop, and keep the new one in the environment.") => ({ url, how });

/** Random enough for a gateway's key: no run of one character, mixed characters. */
const randomKey = (value: string, min = 2.5): boolean => inUse(value) && shannonEntropy(value) >= min && !/(.)\1{4}/.test(value);

interface NamedKey {
  readonly id: string;
  readonly provider: string;
  readonly what: string;
  readonly keywords: readonly string[];
  readonly name: string;
  readonly value: string;
  readonly context?: readonly string[];
  readonly sample: (g: { chars(a: string, n: number): string }) => string;
  readonly sampleKey: string;
  readonly minEntropy?: number;
  readonly docs: string;
}

function namedKey(spec: NamedKey) {
  return defineRule({
    id: spec.id,
    provider: spec.provider,
    description: `${spec.provider} ${spec.what} under its name`,
    keywords: spec.keywords,
    pattern: keyed(spec.name, spec.value),
    ...(spec.context === undefined ? {} : { context: spec.context }),
    accept: (m) => randomKey(m[1] ?? '', spec.minEntropy),
    severity: 'high',
    confidence: 'medium',
    rotate: rotate(spec.docs),
    docs: spec.docs,
    sample: spec.sample,
    sampleKey: spec.sampleKey,
    negatives: [`${spec.sampleKey}=\${${spec.sampleKey}}`, `${spec.sampleKey}=<your-key>`],
  });
}

/** Regional payment gateways' keys. */
export const regionalPaymentRules = [
  // Efí (formerly Gerencianet): Pix API credentials `Client_Id_<40 hex>` and `Client_Secret_<40 hex>`.
  prefixed({
    id: 'efi-client-secret',
    provider: 'Efí (Gerencianet)',
    description: 'Efí/Gerencianet Pix API client secret (Client_Secret_ and 40 hex digits)',
    prefix: 'Client_Secret_',
    body: '[0-9a-f]{40}',
    minEntropy: 3,
    rotate: rotate('https://dev.efipay.com.br/en/docs/api-pix/credenciais', "Create new credentials for the application in Efí's account (API → Aplicações) and delete the old ones."),
    docs: 'https://dev.efipay.com.br/en/docs/api-pix/credenciais',
    sample: chars(HEX, 40),
    negatives: ['Client_Secret_0000000000000000000000000000000000000000', 'Client_Secret_<your-secret>'],
  }),
  // EBANX integration keys: `live_ik_` or `test_ik_` and 22 URL-safe characters.
  prefixed({
    id: 'ebanx-integration-key',
    provider: 'EBANX',
    description: 'EBANX integration key (live_ik_ or test_ik_)',
    prefix: ['live_ik_', 'test_ik_'],
    body: '[A-Za-z0-9_-]{20,40}',
    right: URL_SAFE,
    minEntropy: 3,
    rotate: rotate('https://developer.ebanx.com/docs/resources/integration-keys'),
    docs: 'https://developer.ebanx.com/docs/resources/integration-keys',
    sample: chars(ALNUM, 22),
    negatives: ['live_ik_xxxxxxxxxxxxxxxxxxxxxx', 'test_ik_your_integration_key'],
  }),
  // Wompi's private keys `prv_prod_`/`prv_test_`, Paymob's regional secret keys `egy_sk_live_`
  // (sau_, are_, omn_, pak_), Revolut Business access tokens `oa_prod_`/`oa_sand_`.
  prefixed({
    id: 'wompi-private-key',
    provider: 'Wompi',
    description: 'Wompi private key (prv_prod_ or prv_test_)',
    prefix: ['prv_prod_', 'prv_test_'],
    body: '[A-Za-z0-9]{24,48}',
    right: URL_SAFE,
    minEntropy: 3,
    rotate: rotate('https://docs.wompi.co/en/docs/colombia/ambientes-y-llaves/'),
    docs: 'https://docs.wompi.co/en/docs/colombia/ambientes-y-llaves/',
    sample: chars(ALNUM, 32),
    negatives: ['prv_prod_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  prefixed({
    id: 'paymob-secret-key',
    provider: 'Paymob',
    description: 'Paymob secret key (egy_sk_live_, sau_sk_live_, are_sk_, omn_sk_, pak_sk_ and their test keys)',
    prefix: ['egy', 'sau', 'are', 'omn', 'pak'].flatMap((market) => [`${market}_sk_live_`, `${market}_sk_test_`]),
    body: '[A-Za-z0-9]{32,96}',
    right: URL_SAFE,
    minEntropy: 3,
    rotate: rotate('https://developers.paymob.com/egypt/getting-started-egypt/api-keys'),
    docs: 'https://developers.paymob.com/egypt/getting-started-egypt/api-keys',
    sample: chars(HEX, 64),
    negatives: ['egy_sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  prefixed({
    id: 'revolut-business-access-token',
    provider: 'Revolut',
    description: 'Revolut Business API access token (oa_prod_ or oa_sand_)',
    prefix: ['oa_prod_', 'oa_sand_'],
    body: '[A-Za-z0-9_-]{30,80}',
    right: URL_SAFE,
    minEntropy: 3,
    rotate: rotate('https://developer.revolut.com/docs/guides/manage-accounts/get-started/make-your-first-api-request', 'Revoke the access token (and the refresh token behind it) in Revolut Business → APIs, and authorise the application again.'),
    docs: 'https://developer.revolut.com/docs/guides/manage-accounts/get-started/make-your-first-api-request',
    sample: chars(ALNUM, 43),
    negatives: ['oa_prod_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
  // A PKCS#12 bundle in base64 (a Pix or Swish client certificate with its private key, as a
  // Kubernetes Secret or an environment variable holds it): DER `30 82 … 02 01 03 30 82`, which
  // base64 writes `MII??IBAzCC`.
  defineRule({
    id: 'pkcs12-base64',
    provider: 'PKCS#12',
    description: 'PKCS#12 (.p12/.pfx) bundle in base64 (MII…IBAzCC…): a client certificate with its private key',
    keywords: ['ibazcc'],
    pattern: /(?<![A-Za-z0-9+/])(MII[A-Za-z0-9+/]{2}[AQgw]IBAzCC[A-Za-z0-9+/]{80,16000}={0,2})(?![A-Za-z0-9+/=])/,
    window: { before: 16, after: 16100 },
    accept: (m) => shannonEntropy(m[1] ?? '') >= 5,
    severity: 'critical',
    rotate: rotate('https://www.rfc-editor.org/rfc/rfc7292', 'Revoke the certificate at its issuer (the gateway, the bank), issue a new one, and mount it from a secret store; its password alone does not protect a leaked bundle.'),
    docs: 'https://www.rfc-editor.org/rfc/rfc7292',
    sample: (g) => `MIIK${g.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1)}QIBAzCC${g.chars(ALNUM + '+/', 200)}`,
    negatives: ['MIIKQQIBAzCC<base64>'],
  }),
  namedKey({
    id: 'kushki-private-merchant-id',
    provider: 'Kushki',
    what: 'private merchant id (32 hex digits: the secret credential, unlike the public merchant id)',
    keywords: ['private_merchant', 'privatemerchant', 'private-merchant'],
    name: '(?:kushki[_.-]?)?private[_.-]?merchant[_.-]?id',
    value: '[0-9a-f]{32}',
    sample: (g) => g.chars(HEX, 32),
    sampleKey: 'KUSHKI_PRIVATE_MERCHANT_ID',
    docs: 'https://docs.kushki.com/co/en/getting-started/credentials',
  }),
  namedKey({
    id: 'payfast-merchant-key',
    provider: 'PayFast',
    what: 'merchant key (13 lower-case letters and digits) with PayFast nearby',
    keywords: ['merchant_key', 'merchantkey', 'merchant-key', 'merchant.key'],
    name: '(?:payfast[_.-]?|pf[_.-]?)?merchant[_.-]?key',
    value: `[${LOWER_ALNUM}]{13}`,
    context: ['payfast'],
    sample: (g) => g.chars(LOWER_ALNUM, 13),
    sampleKey: 'PAYFAST_MERCHANT_KEY',
    docs: 'https://developers.payfast.co.za/docs#step_2_signature',
  }),
  namedKey({
    id: 'przelewy24-crc',
    provider: 'Przelewy24',
    what: 'CRC key (16 hex digits, signs every transaction) with Przelewy24 nearby',
    keywords: ['crc'],
    name: '(?:p24[_.-]?)?crc(?:[_.-]?key)?',
    value: '[0-9a-f]{16}',
    context: ['przelewy', 'p24'],
    sample: (g) => g.chars(HEX, 16),
    sampleKey: 'P24_CRC',
    docs: 'https://developers.przelewy24.pl/index.php?en#tag/Authentication',
  }),
  namedKey({
    id: 'payu-salt-nearby',
    provider: 'PayU',
    what: 'merchant salt (32 letters and digits: signs every payment hash) with PayU nearby',
    keywords: ['salt'],
    name: '(?:payu[_.-]?)?(?:merchant[_.-]?)?salt(?:[_.-]?v[12])?',
    value: '[A-Za-z0-9]{32}',
    context: ['payu'],
    sample: (g) => g.chars(ALNUM, 32),
    sampleKey: 'PAYU_MERCHANT_SALT',
    docs: 'https://docs.payu.in/docs/generate-hash-merchant-hosted',
  }),
  namedKey({
    id: 'jazzcash-integrity-salt',
    provider: 'JazzCash',
    what: 'integrity salt (signs every request)',
    keywords: ['integrity'],
    name: '(?:jazzcash[_.-]?|jc[_.-]?|pp[_.-]?)?integrity[_.-]?salt',
    value: '[A-Za-z0-9]{8,64}',
    sample: (g) => g.chars(LOWER_ALNUM, 10),
    sampleKey: 'JC_INTEGRITY_SALT',
    minEntropy: 2.5,
    docs: 'https://sandbox.jazzcash.com.pk/SandboxDocumentation/v4.0.0/index.html',
  }),
  namedKey({
    id: 'paytm-merchant-key-nearby',
    provider: 'Paytm',
    what: 'merchant key (16 characters with punctuation: signs every checksum) with Paytm nearby',
    keywords: ['merchant_key', 'merchantkey', 'merchant-key', 'merchant.key'],
    name: '(?:paytm[_.-]?)?merchant[_.-]?key',
    value: '[A-Za-z0-9@#_&%!]{16}',
    context: ['paytm'],
    sample: (g) => `${g.chars(ALNUM, 7)}@${g.chars(ALNUM, 4)}#${g.chars(ALNUM, 3)}`,
    sampleKey: 'PAYTM_MERCHANT_KEY',
    docs: 'https://www.paytmpayments.com/docs/api/initiate-transaction-api',
  }),
  namedKey({
    id: 'dlocal-trans-key',
    provider: 'dLocal',
    what: 'X-Trans-Key (the secret half of the X-Login pair)',
    keywords: ['trans_key', 'trans-key', 'transkey'],
    name: '(?:dlocal[_.-]?)?(?:x[_.-]?)?trans[_.-]?key',
    value: '[A-Za-z0-9]{10,32}',
    sample: (g) => g.chars(ALNUM, 10),
    sampleKey: 'DLOCAL_X_TRANS_KEY',
    docs: 'https://docs.dlocal.com/docs/authentication',
  }),
  namedKey({
    id: 'easypaisa-hash-key',
    provider: 'Easypaisa',
    what: 'hash key (16 upper-case letters and digits) with Easypaisa nearby',
    keywords: ['hash_key', 'hashkey', 'hash-key'],
    name: '(?:easypaisa[_.-]?|ep[_.-]?)?hash[_.-]?key',
    value: `[${UPPER_ALNUM}]{16}`,
    context: ['easypaisa', 'easypay'],
    sample: (g) => g.chars(UPPER_ALNUM, 16),
    sampleKey: 'EASYPAISA_HASH_KEY',
    docs: 'https://easypay.easypaisa.com.pk/easypay-merchant/faces/pg/site/Login.jsf',
  }),
  namedKey({
    id: 'instamojo-private-salt',
    provider: 'Instamojo',
    what: 'private salt (32 hex digits: verifies webhooks)',
    keywords: ['private_salt', 'privatesalt', 'private-salt'],
    name: '(?:instamojo[_.-]?)?private[_.-]?salt',
    value: '[0-9a-f]{32}',
    sample: (g) => g.chars(HEX, 32),
    sampleKey: 'INSTAMOJO_PRIVATE_SALT',
    docs: 'https://docs.instamojo.com/docs/integrating-instamojo-webhook',
  }),
];
