import { ALNUM, defineRule, gen } from './define.js';

/** openHAB API tokens. */
export const openHabRules = [
  defineRule({
    id: 'openhab-api-token',
    provider: 'openHAB',
    description: "openHAB API token (oh.<token name>.<random>), created in a user's profile for REST clients (Grafana, Node-RED, Homebridge, scripts)",
    keywords: ['oh.'],
    // "oh." starts sentences and names: the token's name and a long random part must follow.
    pattern: /(?<![A-Za-z0-9_.-])(oh\.[A-Za-z0-9_-]{1,64}\.[A-Za-z0-9]{40,128})(?![A-Za-z0-9_-])/,
    accept: (m) => {
      const random = (m[1] ?? '').slice((m[1] ?? '').lastIndexOf('.') + 1);
      return /[0-9]/.test(random) && /[A-Z]/.test(random) && /[a-z]/.test(random);
    },
    minEntropy: 3.5,
    prefixes: ['oh.'],
    severity: 'high',
    rotate: { url: 'https://www.openhab.org/docs/configuration/apitokens.html', how: "Remove the token in the user's profile (Main UI → profile → API tokens), create a new one, and update the client." },
    docs: 'https://www.openhab.org/docs/configuration/apitokens.html',
    sample: gen('oh.grafana.', [ALNUM, 70]),
    negatives: ['oh.grafana.<token>', 'Oh. That works now.', 'oh.my.zsh'],
  }),
];
