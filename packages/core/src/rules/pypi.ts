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
  // TestPyPI's tokens name their index the same way (a macaroon whose location is test.pypi.org).
  prefixed({
    id: 'testpypi-upload-token',
    provider: 'PyPI',
    description: 'TestPyPI API token (pypi-AgENdGVzdC5weXBpLm9yZw…)',
    prefix: 'pypi-AgENdGVzdC5weXBpLm9yZw',
    body: '[A-Za-z0-9_-]{50,1000}',
    window: { after: 1100 },
    right: 'A-Za-z0-9_-',
    severity: 'high',
    sample: (g) => g.chars(BASE64URL, 140),
    rotate: { url: 'https://test.pypi.org/manage/account/token/', how: 'Account settings → API tokens → remove the token and create a scoped one.' },
    docs: 'https://test.pypi.org/help/#apitoken',
  }),
];
