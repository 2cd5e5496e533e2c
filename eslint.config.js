// @ts-check
import js from '@eslint/js';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import keyward from '@keyward/eslint-plugin';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  // The repository uses its own rules.
  keyward.configs.recommended,
  {
    rules: {
      'keyward/no-raw-process-env': [
        'error',
        {
          // Config modules, plus the places that legitimately own the environment: bins hand
          // process.env to run(), tests and benchmarks set it up, CI scripts read it.
          configFiles: ['**/config.*', '**/config/**', '**/env.*', '**/bin/**', '**/test/**', '**/bench/**', 'scripts/**', '.ci/**'],
          allowedVariables: ['NODE_ENV', 'CI'],
        },
      ],
    },
  },
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['**/test/**', '**/bench/**', '**/*.config.*', 'scripts/**', '.ci/**'],
    rules: {
      'no-console': 'off',
      // Tests index into data they just built; a failed lookup fails the test anyway.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Redaction tests log generated secrets on purpose, to prove they come out masked.
      'keyward/no-secret-logging': 'off',
    },
  },
  {
    // CommonJS entry points (the CLI's bin loads its CommonJS build for a faster start).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', process: 'readonly', module: 'writable', __dirname: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
