import { ALNUM, defineRule } from './define.js';
import { isSecretKeyName } from '../keys.js';
import { isUsablePassword } from './generic.js';

/** balena (fleet management): variables set from the CLI. */
export const balenaRules = [
  defineRule({
    id: 'balena-env-secret',
    provider: 'balena',
    description: 'Secret value set as a fleet or device variable with the balena CLI (balena env add NAME VALUE, balena env set), under a secret-named variable',
    keywords: ['balena env'],
    // `balena env add GOLIOTH_PSK <value> --fleet …` (v22: `balena env set`); the name is judged
    // as any variable's.
    pattern: /(?<![A-Za-z0-9_-])balena[ \t]+env[ \t]+(?:add|set)[ \t]+([A-Za-z_][A-Za-z0-9_]{0,63})[ \t]+(["']?)([^\s"'$][^\s"']{7,255})\2(?=\s|$)/,
    secretGroup: 3,
    accept: (m) => isSecretKeyName(m[1] ?? '') && isUsablePassword(m[3] ?? ''),
    window: { before: 8, after: 400 },
    minEntropy: 2.8,
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://docs.balena.io/learn/manage/variables/', how: 'Rotate the credential at its issuer, set the new value with balena env (or in the dashboard), and keep the command out of scripts and shell history.' },
    docs: 'https://docs.balena.io/reference/balena-cli/latest/#env-add-name-value',
    sample: (g) => `balena env add MQTT_PASSWORD ${g.chars(ALNUM, 14)}7${g.chars(ALNUM, 5)} --fleet greenhouse`,
    negatives: ['balena env add MQTT_PASSWORD "$MQTT_PASSWORD" --fleet greenhouse', 'balena env add LOG_LEVEL debug --fleet greenhouse', 'balena env add API_TOKEN <token> --device 7cf02a6'],
  }),
];
