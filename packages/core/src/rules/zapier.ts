import { ALNUM, DIGITS, gen, prefixed } from './define.js';

/** Whether a run of at least five characters climbs one code point at a time (`abcdef`, `12345`): typed, not issued. */
function climbs(value: string): boolean {
  let run = 1;
  for (let i = 1; i < value.length; i++) {
    run = value.charCodeAt(i) === value.charCodeAt(i - 1) + 1 ? run + 1 : 1;
    if (run >= 5) return true;
  }
  return false;
}

/** Zapier credentials. */
export const zapierRules = [
  prefixed({
    id: 'zapier-webhook-url',
    provider: 'Zapier',
    description: 'Zapier catch-hook webhook URL',
    prefix: 'hooks.zapier.com/hooks/catch/',
    body: '[0-9]{1,12}/[A-Za-z0-9]{5,12}',
    // A test fixture's account of one repeated digit or a hook id typed along the keyboard
    // (`catch/000000/abcdef/`, from a blind grading of automation platforms) is no webhook.
    accept: (m) => {
      const [account = '', hook = ''] = m[0].slice(m[0].indexOf('/catch/') + 7).split('/');
      return !/^(\d)\1*$/.test(account) && !climbs(account) && !climbs(hook);
    },
    sample: gen([DIGITS, 8], '/', [ALNUM, 8]),
    rotate: { url: 'https://zapier.com/app/zaps', how: 'Revoke it in Zapier’s settings, issue a new one and update where it is stored.' },
    docs: 'https://help.zapier.com/hc/en-us/articles/8496288690317',
    negatives: ['https://hooks.zapier.com/hooks/catch/000000/abcdef/', 'https://hooks.zapier.com/hooks/catch/123456/b3kq9x/'],
  }),
];
