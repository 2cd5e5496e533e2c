import { defineRule, HEX, token } from './define.js';

/** SonarQube credentials. */
export const sonarqubeRules = [
  defineRule({
    id: 'sonarqube-token',
    provider: 'SonarQube',
    description: 'SonarQube / SonarCloud token (sqp_, sqa_, squ_)',
    keywords: ['sqp_', 'sqa_', 'squ_'],
    pattern: token(`sq[pau]_[a-f0-9]{40}`),
    prefixes: ['sqp_', 'sqa_', 'squ_'],
    minEntropy: 2.5,
    severity: 'high',
    rotate: { url: 'https://docs.sonarsource.com/sonarqube/latest/user-guide/managing-tokens/', how: 'My Account → Security → revoke the token.' },
    sample: (g) => `sq${g.pick(['p', 'a', 'u'])}_${g.chars(HEX, 40)}`,
    negatives: ['sqp_your_token_here', 'squ_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'],
  }),
];
