import { ALNUM, chars, prefixed } from './define.js';

/** Adafruit IO credentials. */
export const adafruitIoRules = [
  prefixed({ id: 'adafruit-io-key', provider: 'Adafruit IO', description: 'Adafruit IO key (aio_)', prefix: 'aio_', body: '[A-Za-z0-9]{28}', sample: chars(ALNUM, 28), rotate: { url: 'https://io.adafruit.com/', how: 'Revoke it in Adafruit IO’s settings, issue a new one and update where it is stored.' }, docs: 'https://io.adafruit.com/api/docs/#authentication' }),
];
