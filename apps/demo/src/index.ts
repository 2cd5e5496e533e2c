export const packageName = '@keyward/demo';
