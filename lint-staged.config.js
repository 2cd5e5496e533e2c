export default {
  '*.{ts,tsx,js,mjs,cjs}': 'eslint --max-warnings=0 --no-warn-ignored',
};
