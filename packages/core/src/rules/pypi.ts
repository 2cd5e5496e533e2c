import { BASE64URL, prefixed } from './define.js';

/** PyPI credentials. */
export const pypiRules = [
  prefixed({
    id: 'pypi-upload-token',
    provider: 'PyPI',
    description: 'PyPI API token (pypi-AgEIcHlwaS5vcmc…)',
    prefix: 'pypi-AgEIcHlwaS5vcmc',
    body: '[A-Za-z0-9_-]{50,1000}',
    window: { after: 1100 },
    right: 'A-Za-z0-9_-',
    sample: (g) => g.chars(BASE64URL, 150),
    rotate: { url: 'https://pypi.org/manage/account/token/', how: 'Account settings → API tokens → remove the token and create a scoped one.' },
    docs: 'https://pypi.org/help/#apitoken',
  }),
];
