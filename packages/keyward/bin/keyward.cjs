#!/usr/bin/env node
'use strict';
// `npx keyward …`: the CLI lives in @keyward/lint-staged (the package lint-staged users install);
// this package gives it the unscoped name users type. It runs that package's bin as it is.
const { dirname, join } = require('node:path');

require(join(dirname(require.resolve('@keyward/lint-staged/package.json')), 'bin', 'keyward.cjs'));
