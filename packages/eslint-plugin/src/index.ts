import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Linter } from 'eslint';
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

/** The files the configs lint: JavaScript and TypeScript in every module flavour, and JSX. */
const FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];
/**
 * The typed config's files: TypeScript only. Type information comes from each file's tsconfig,
 * and JavaScript files (eslint.config.js itself) are usually in none (from a new-user trial:
 * "eslint.config.js was not found by the project service").
 */
const TS_FILES = ['**/*.{ts,mts,cts,tsx}'];

/**
 * typescript-eslint's parser when the project has it (any project linting TypeScript does), so
 * `.ts` files parse with the config alone; without it ESLint's default parser reads JavaScript.
 */
function typescriptParser(): Linter.Parser | undefined {
  try {
    return createRequire(import.meta.url)('@typescript-eslint/parser') as Linter.Parser;
  } catch {
    return undefined;
  }
}

const plugin = {
  meta: { name: '@keyward/eslint-plugin', version: '0.1.0' },
  rules,
  // ESLint's own config type, so defineConfig(…) and tseslint.config(…) accept the configs.
  configs: {} as Record<'recommended' | 'recommendedTypeChecked' | 'strict', Linter.Config>,
};

function config(name: string, all: boolean, typed = false): Linter.Config {
  const parser = typescriptParser();
  // Typed: typescript-eslint's project service finds each file's tsconfig (no paths to list).
  const parserOptions = typed && parser ? { parserOptions: { projectService: true } } : {};
  return {
    name,
    files: typed ? TS_FILES : FILES,
    ...(parser ? { languageOptions: { parser, ...parserOptions } } : {}),
    plugins: { [PLUGIN]: plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: ruleSettings(all) as Linter.RulesRecord,
  };
}

plugin.configs.recommended = config('keyward/recommended', false);
plugin.configs.strict = config('keyward/strict', true);
// recommended with type information: a value typed Secret logs as its mask, .reveal() counts only
// on a Secret, and values are followed through consts into log calls.
plugin.configs.recommendedTypeChecked = config('keyward/recommended-type-checked', false, true);

/** The ESLint plugin object (ESLint requires a default export): rules and flat configs. */
export default plugin;

