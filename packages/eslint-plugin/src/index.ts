import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from './rules/index.js';

const PLUGIN = 'keyward';

/** Rule settings derived from metadata: recommended rules, or all rules for strict. */
function ruleSettings(all: boolean): TSESLint.FlatConfig.Rules {
  const settings: TSESLint.FlatConfig.Rules = {};
  for (const [name, rule] of Object.entries(rules)) {
    if (all || rule.meta.docs?.recommended) settings[`${PLUGIN}/${name}`] = 'error';
  }
  if (all) settings[`${PLUGIN}/no-hardcoded-tokens`] = ['error', { checkComments: true }];
  return settings;
}

const plugin = {
  meta: { name: '@keyward/eslint-plugin', version: '0.1.0' },
  rules,
  configs: {} as Record<'recommended' | 'strict', TSESLint.FlatConfig.Config>,
};

plugin.configs.recommended = { name: 'keyward/recommended', plugins: { [PLUGIN]: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: ruleSettings(false) };
plugin.configs.strict = { name: 'keyward/strict', plugins: { [PLUGIN]: plugin as unknown as TSESLint.FlatConfig.Plugin }, rules: ruleSettings(true) };

/** The ESLint plugin object (ESLint requires a default export): rules and flat configs. */
export default plugin;

