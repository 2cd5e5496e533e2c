// The demo's own lint setup, as a user would write it: typescript-eslint plus keyward.
import keyward from '@keyward/eslint-plugin';
import tseslint from 'typescript-eslint';

export default [
  { ignores: ['dist/**'] },
  ...tseslint.configs.recommended,
  keyward.configs.recommended,
];
