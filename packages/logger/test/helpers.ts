import { Writable } from 'node:stream';
import { catalog, createSampleGen } from '@keyward/core';

let seed = 1;
export function token(ruleId = 'notion-integration-token'): string {
  const rule = catalog.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.sample(createSampleGen(seed++));
}

/** A destination that keeps every written line. */
export function sink(): { stream: Writable; lines: () => string[]; records: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString('utf8'));
      done();
    },
  });
  const lines = () => chunks.join('').split('\n').filter(Boolean);
  return { stream, lines, records: () => lines().map((l) => JSON.parse(l) as Record<string, unknown>) };
}
