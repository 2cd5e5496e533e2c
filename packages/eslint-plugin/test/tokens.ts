import { catalog, createSampleGen } from '@keyward/core';

let seed = 7;
/** A realistic token of `ruleId`, built at run time (the repository holds no token literal). */
export function token(ruleId = 'notion-integration-token'): string {
  const rule = catalog.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  return rule.sample(createSampleGen(seed++));
}
