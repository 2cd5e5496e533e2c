export const packageName = '@keyward/core';
