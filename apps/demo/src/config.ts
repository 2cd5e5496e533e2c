import { defineEnv, env } from '@keyward/core';

/**
 * The one module that reads the environment (keyward/no-raw-process-env allows config.*):
 * validated once at start, typed, frozen, with the token wrapped in a Secret.
 */
export function loadConfig(source: Readonly<Record<string, string | undefined>> = process.env) {
  return defineEnv(
    {
      NOTION_TOKEN: env.token('Notion'),
      NOTION_API_URL: env.url({ default: 'https://api.notion.com' }),
      PORT: env.int({ default: 3000 }),
      LOG_LEVEL: env.enum(['debug', 'info', 'warn', 'error', 'silent'] as const, { default: 'info' }),
    },
    source,
  );
}

export type Config = ReturnType<typeof loadConfig>;
