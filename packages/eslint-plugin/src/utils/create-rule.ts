import { ESLintUtils, type TSESLint } from '@typescript-eslint/utils';

/** Extra metadata every keyward rule declares; configs are derived from it. */
export interface KeywardRuleDocs {
  readonly description: string;
  /** In `configs.recommended` (as "error"). Every rule is in `configs.strict`. */
  readonly recommended: boolean;
}

const named = ESLintUtils.RuleCreator<KeywardRuleDocs>((name) => `https://github.com/keyward/keyward/blob/main/packages/eslint-plugin/docs/rules/${name}.md`);

type RuleSpec<Options extends readonly unknown[], MessageIds extends string> = Parameters<typeof named<Options, MessageIds>>[0];

/**
 * The package's single rule factory: typescript-eslint's RuleCreator (the docs URL slug is the
 * rule name), with the defaults merged into the options once per distinct options value. The
 * RuleCreator merges them in every create() (a structuredClone and a deep merge per rule per
 * file: 1.5% of a whole lint of rxjs, more than the three rules' own work); rules never change
 * their options, so one merged copy serves every file.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(spec: RuleSpec<Options, MessageIds>): TSESLint.RuleModule<MessageIds, Options, KeywardRuleDocs> {
  const rule = named<Options, MessageIds>(spec);
  const defaults = (spec.defaultOptions ?? []) as unknown as Readonly<Options>;
  const merged = new Map<string, Options>();
  return {
    ...rule,
    create(context) {
      const key = context.options.length === 0 ? '' : JSON.stringify(context.options);
      let options = merged.get(key);
      if (!options) {
        options = ESLintUtils.applyDefault(defaults, context.options);
        if (merged.size < 64) merged.set(key, options);
      }
      return spec.create(context, options);
    },
  };
}
