import { defineRule, gen, HEX } from './define.js';

/** Galaxy (the bioinformatics platform) credentials. */
export const galaxyRules = [
  defineRule({
    id: 'galaxy-api-key',
    provider: 'Galaxy',
    description: 'Galaxy server API key (32 hex): the key beside a Galaxy URL in parsec/planemo settings or bioblend GalaxyInstance(url, key=…)',
    keywords: ['galaxy', 'bioblend'],
    pattern: /(?<![A-Za-z0-9_])["']?key["']?[ \t]*[:=][ \t]*["']?([0-9a-f]{32})(?![A-Za-z0-9])/,
    span: 'block',
    window: { before: 300, after: 300 },
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://galaxyproject.org/develop/api/', how: 'Create a new API key under User → Preferences → Manage API Key on the Galaxy server (which replaces the old one), and update where it is stored.' },
    docs: 'https://bioblend.readthedocs.io/en/latest/api_docs/galaxy/docs.html',
    sample: gen('usegalaxy:\n  url: "https://usegalaxy.org"\n  key: "', [HEX, 32], '"\n'),
    negatives: ['usegalaxy:\n  url: "https://usegalaxy.org"\n  key: "<your api key>"\n', 'gi = GalaxyInstance(url="https://usegalaxy.org", key=os.environ["GALAXY_API_KEY"])'],
  }),
];
