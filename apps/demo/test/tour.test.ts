import { describe, expect, it } from 'vitest';
import { runTour, type TourResult } from '../src/index.js';

describe('the tour, end to end', () => {
  let result: TourResult;

  it('runs', async () => {
    result = await runTour();
    expect(result.steps).toHaveLength(5);
  });

  it.each([
    'a clean commit passes the hook',
    'ESLint catches the hardcoded token and the raw process.env',
    'a commit with a token is blocked, with a masked report',
    'the log line of the Notion request shows ntn_****',
    'defineEnv rejects a malformed token with a clear message',
  ])('%s', (name) => {
    const step = result.steps.find((s) => s.name === name);
    expect(step, name).toBeDefined();
    expect(step?.ok, step?.output).toBe(true);
  });

  it('never shows the token in any output', () => {
    for (const step of result.steps) expect(step.output).not.toContain(result.token);
  });
});
