#!/usr/bin/env node
// The bin stays a few lines: all logic lives in run(), which tests call in-process.
const cli = await import('../dist/index.js').catch((error) => {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('keyward: @keyward/lint-staged is not built (dist/ is missing); run its build first.\n');
  return undefined;
});

process.exitCode = cli
  ? await cli.run(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env })
  : 2;
