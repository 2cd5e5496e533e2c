#!/usr/bin/env node
// The bin stays a few lines: all logic lives in run(), which tests call in-process.
import { run } from '../dist/index.js';

process.exitCode = await run(process.argv.slice(2), {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
