// This repository guards its own commits: every staged file goes through keyward (its index
// version, not the working tree), and source files through ESLint.
export default {
  '*': 'keyward scan --staged',
  '*.{ts,tsx,js,mjs,cjs}': 'eslint --max-warnings=0 --no-warn-ignored',
};
