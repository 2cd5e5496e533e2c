import { describe, expect, it } from 'vitest';
import { catalog, createSampleGen, defineEnv, env, EnvError, isSecret, KeywardError } from '../src/index.js';

const gen = createSampleGen(21);
const sample = (id: string) => catalog.find((r) => r.id === id)!.sample(gen);

const schema = {
  NOTION_TOKEN: env.token('Notion'),
  PORT: env.port({ default: 3000 }),
  NODE_ENV: env.enum(['development', 'production', 'test'] as const, { default: 'development' }),
  DEBUG: env.boolean({ default: false }),
  API_URL: env.url({ optional: true }),
};

describe('defineEnv', () => {
  it('returns a frozen, typed object with tokens as Secrets', () => {
    const token = sample('notion-integration-token');
    const config = defineEnv(schema, { NOTION_TOKEN: token, PORT: '8080', DEBUG: 'yes' });
    expect(Object.isFrozen(config)).toBe(true);
    expect(config.PORT).toBe(8080);
    expect(config.NODE_ENV).toBe('development');
    expect(config.DEBUG).toBe(true);
    expect(config.API_URL).toBeUndefined();
    expect(isSecret(config.NOTION_TOKEN)).toBe(true);
    expect(config.NOTION_TOKEN.reveal()).toBe(token);
    expect(JSON.stringify(config)).not.toContain(token);
  });

  it('accepts the legacy secret_ Notion format too', () => {
    const legacy = sample('notion-legacy-token');
    expect(defineEnv({ NOTION_TOKEN: env.token('Notion') }, { NOTION_TOKEN: legacy }).NOTION_TOKEN.reveal()).toBe(legacy);
  });

  it('reports every problem at once and never echoes a value', () => {
    const wrong = sample('github-pat-classic');
    let error: unknown;
    try {
      defineEnv(schema, { NOTION_TOKEN: wrong, PORT: '99999', NODE_ENV: 'staging', API_URL: 'not a url' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EnvError);
    const e = error as EnvError;
    expect(e.code).toBe('KEYWARD_ENV_INVALID');
    expect(e.issues.map((i) => i.name)).toEqual(['NOTION_TOKEN', 'PORT', 'NODE_ENV', 'API_URL']);
    expect(e.message).toContain('Notion token (ntn_… or secret_…)');
    expect(e.message).toContain('looks like a GitHub credential (ghp_****)');
    expect(e.message).not.toContain(wrong);
    expect(e.message).not.toContain('99999');
    expect(e.message).not.toContain('staging');
  });

  it('rejects placeholders and missing required values', () => {
    expect(() => defineEnv({ NOTION_TOKEN: env.token('Notion') }, { NOTION_TOKEN: 'ntn_your_token_here' })).toThrow(/placeholder/);
    expect(() => defineEnv({ NOTION_TOKEN: env.token('Notion') }, {})).toThrow(/NOTION_TOKEN: is not set; expected a Notion token/);
  });

  it('rejects a schema naming an unknown provider at definition time', () => {
    expect(() => env.token('Nowhere')).toThrow(KeywardError);
  });

  it('reads process.env by default', () => {
    process.env.KEYWARD_TEST_PORT = '1234';
    try {
      expect(defineEnv({ KEYWARD_TEST_PORT: env.port() }).KEYWARD_TEST_PORT).toBe(1234);
    } finally {
      delete process.env.KEYWARD_TEST_PORT;
    }
  });
});
