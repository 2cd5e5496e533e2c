import { catalog, createSampleGen, isSecret } from '@keyward/core';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/index.js';

const token = catalog.find((r) => r.id === 'notion-integration-token')?.sample(createSampleGen(9)) ?? '';

describe('loadConfig', () => {
  it('types and defaults the configuration, wrapping the token', () => {
    const config = loadConfig({ NOTION_TOKEN: token });
    expect(isSecret(config.NOTION_TOKEN)).toBe(true);
    expect(config).toMatchObject({ NOTION_API_URL: 'https://api.notion.com', PORT: 3000, LOG_LEVEL: 'info' });
  });

  it('lists every problem at once', () => {
    expect(() => loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud' })).toThrow(/NOTION_TOKEN[\s\S]*PORT[\s\S]*LOG_LEVEL/);
  });
});
