export const packageName = '@keyward/eslint-plugin';
