export const packageName = '@keyward/logger';
