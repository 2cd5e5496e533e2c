#!/usr/bin/env node
'use strict';
// The bin stays a few lines: all logic lives in run(), which tests call in-process. It loads the
// CommonJS build: a pre-commit run is mostly start-up, and on Node 20 require() of one bundle
// starts ~7 ms sooner than the ES module loader does. Compiled code is cached between runs: by
// Node itself from 22.1, by compile-cache.cjs (V8's code cache through vm.Script) before that.
const { enableCompileCache } = require('node:module');
// V8 runs a regex's first match in its bytecode interpreter and compiles it to machine code on the
// second; for the catalog's long generic patterns that means compiling each twice, and a
// pre-commit run of 20 files spent ~10 of its ~40 ms of scanning there (measured: 17.8 ms in the
// rules' patterns with tier-up, 8.1 ms without). The CLI's own process, so a V8 flag is ours to set.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');
const loader = enableCompileCache ? undefined : require('./compile-cache.cjs').createLoader();
enableCompileCache?.();

let cli;
try {
  cli = loader ? loader.load(require.resolve('../dist/index.cjs'), ['@keyward/core']) : require('../dist/index.cjs');
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('dist')) throw error;
  process.stderr.write('keyward: @keyward/lint-staged is not built (dist/ is missing); run its build first.\n');
  process.exitCode = 2;
}

if (cli) {
  // `keyward scan | head`: a reader that stopped early is no crash, but the output was cut short,
  // so a run whose result is not known yet ends with 2, never with a clean 0.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error && error.code === 'EPIPE') process.exit(process.exitCode ?? 2);
      throw error;
    });
  }
  // stdin is read by few commands (`scan -`, `redact`, `verify`); touching process.stdin loads
  // Node's stream modules (~7 ms of a pre-commit run), so it is looked up only when used.
  const io = { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env };
  Object.defineProperty(io, 'stdin', { enumerable: true, get: () => process.stdin });
  cli
    .run(process.argv.slice(2), io)
    .then((code) => {
      process.exitCode = code;
      loader?.save();
    });
}
