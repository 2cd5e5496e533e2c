import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { catalog, createSampleGen, isSecret, Secret } from '../src/index.js';

const token = catalog.find((r) => r.id === 'notion-integration-token')!.sample(createSampleGen(5));

describe('Secret', () => {
  it('prints its mask everywhere and reveals the value only on request', () => {
    const s = new Secret(token);
    expect(String(s)).toBe('ntn_****');
    expect(`${s}`).toBe('ntn_****');
    expect(`token=` + s).toBe('token=ntn_****');
    expect(JSON.stringify({ s })).toBe('{"s":"ntn_****"}');
    expect(inspect(s)).toBe('Secret(ntn_****)');
    expect(inspect({ nested: { s } }, { depth: 5 })).not.toContain(token);
    expect(Object.keys(s)).toEqual(['masked']);
    expect(s.reveal()).toBe(token);
  });

  it('is frozen and recognised by brand, across copies of the class', () => {
    const s = new Secret(token);
    expect(Object.isFrozen(s)).toBe(true);
    expect(isSecret(s)).toBe(true);
    expect(isSecret({ masked: '****', reveal: () => token })).toBe(false);
    expect(isSecret(null)).toBe(false);
    const foreign = Object.defineProperty({}, Symbol.for('keyward.secret'), { value: true });
    expect(isSecret(foreign)).toBe(true);
  });

  it('masks non-string values without a prefix', () => {
    const s = new Secret({ user: 'u', pass: 'p' });
    expect(String(s)).toBe('****');
    expect(s.reveal()).toEqual({ user: 'u', pass: 'p' });
  });
});
