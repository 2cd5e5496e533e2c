import { ESLintUtils } from '@typescript-eslint/utils';

/** Extra metadata every keyward rule declares; configs are derived from it. */
export interface KeywardRuleDocs {
  readonly description: string;
  /** In `configs.recommended` (as "error"). Every rule is in `configs.strict`. */
  readonly recommended: boolean;
}

/** The package's single rule factory: the docs URL slug is the rule name. */
export const createRule = ESLintUtils.RuleCreator<KeywardRuleDocs>(
  (name) => `https://github.com/keyward/keyward/blob/main/packages/eslint-plugin/docs/rules/${name}.md`,
);
