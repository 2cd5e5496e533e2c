import { ALNUM, defineRule, gen, HEX } from './define.js';

/** Anaconda.org credentials. */
export const anacondaRules = [
  defineRule({
    id: 'anaconda-channel-token',
    provider: 'Anaconda',
    description: 'Anaconda.org or conda server access token in a channel URL (https://conda.anaconda.org/t/<token>/<channel>, a self-hosted channel_alias in .condarc)',
    // anaconda.org, or a conda server of one's own (Anaconda Server, a mirror) by a host named for
    // conda: the token is the path segment after /t/.
    keywords: ['conda'],
    pattern: /\/\/(?:[A-Za-z0-9-]{1,63}\.){0,4}(?:anaconda\.org|conda[A-Za-z0-9-]{0,32}(?:\.[A-Za-z0-9-]{1,63}){1,4})(?::[0-9]{1,5})?\/t\/([A-Za-z0-9_-]{20,128})(?=\/)/,
    window: { before: 96, after: 400 },
    // A forum topic's slug (`/t/how-to-set-up-channels/12`) is words, not a token.
    accept: (m) => !/^[a-z]+(?:-[a-z]+)*$/.test(m[1] ?? ''),
    minEntropy: 3.5,
    severity: 'high',
    rotate: { url: 'https://www.anaconda.com/docs/tools/anaconda-org/user-guide/tasks/work-with-accounts', how: 'Remove the token in anaconda.org’s account settings (Access), create a new one and update the channel URL where it is stored.' },
    docs: 'https://www.anaconda.com/docs/tools/anaconda-org/user-guide/tasks/work-with-accounts',
    sample: gen('https://conda.anaconda.org/t/', [ALNUM, 32], '/acme-private'),
    negatives: ['https://conda.anaconda.org/t/<TOKEN>/acme-private', 'https://conda.anaconda.org/t/$ANACONDA_TOKEN/acme', 'https://discourse.conda.org/t/how-to-configure-channel-alias-properly/1234'],
  }),
  defineRule({
    id: 'anaconda-cli-token',
    provider: 'Anaconda',
    description: 'Anaconda.org access token given to the anaconda client with -t/--token (anaconda -t <token> upload …), as CI workflows run it',
    keywords: ['anaconda'],
    pattern: /(?<![A-Za-z0-9_./-])anaconda(?:\.exe)?[ \t]{1,4}(?:-t|--token)(?:=|[ \t]{1,4})["']?([A-Za-z0-9_-]{16,128})(?![A-Za-z0-9_-])/,
    // A token has digits; a word after -t is a name or a placeholder.
    accept: (m) => /[0-9]/.test(m[1] ?? '') && !/^[a-z]+(?:[-_][a-z]+)*$/.test(m[1] ?? ''),
    minEntropy: 3,
    severity: 'high',
    rotate: { url: 'https://www.anaconda.com/docs/tools/anaconda-org/user-guide/tasks/work-with-accounts', how: 'Remove the token in anaconda.org’s account settings (Access), create a new one and keep it in the CI’s secrets.' },
    docs: 'https://www.anaconda.com/docs/tools/anaconda-org/user-guide/tasks/work-with-accounts',
    sample: (g) => `anaconda -t ${gen([HEX, 8], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 4], '-', [HEX, 12])(g)} upload --user acme dist/*.tar.bz2`,
    negatives: ['anaconda -t $ANACONDA_TOKEN upload dist/*', 'anaconda -t ${{ secrets.ANACONDA_TOKEN }} upload --user acme dist/*'],
  }),
];
