import { runTour } from './tour-steps.js';

// `pnpm demo`: the tour, printed. Every output shown comes from the tools themselves.
const { steps } = await runTour();
for (const [i, step] of steps.entries()) {
  process.stdout.write(`\n${step.ok ? '✔' : '✖'} ${i + 1}. ${step.name}\n`);
  process.stdout.write(`${step.output.trim().replace(/^/gm, '   │ ')}\n`);
}
const failed = steps.filter((s) => !s.ok).length;
process.stdout.write(`\n${failed === 0 ? 'Tour complete: every step behaved as expected.' : `${failed} step(s) did not behave as expected.`}\n`);
process.exitCode = failed === 0 ? 0 : 1;
