import { describe, expect, it } from 'vitest';
import { withKeyward } from '../src/index.js';

describe('withKeyward (lint-staged.config.js helper)', () => {
  it('adds keyward for every staged file, first, keeping the user\'s tasks', () => {
    expect(withKeyward()).toEqual({ '*': 'keyward scan --staged' });
    expect(withKeyward({ '*.ts': 'eslint' })).toEqual({ '*.ts': 'eslint', '*': 'keyward scan --staged' });
    expect(withKeyward({ '*': 'prettier --write' })).toEqual({ '*': ['keyward scan --staged', 'prettier --write'] });
    const fn = (files: readonly string[]) => `echo ${files.length}`;
    expect(withKeyward({ '*': fn })).toEqual({ '*': ['keyward scan --staged', fn] });
    expect(withKeyward({ '*': ['keyward scan --staged --no-policy', 'x'] })).toEqual({ '*': ['keyward scan --staged --no-policy', 'x'] });
    expect(withKeyward({}, { args: ['--config', 'ci/keyward.json'] })).toEqual({ '*': 'keyward scan --staged --config ci/keyward.json' });
    // From a review: a task that merely mentions keyward is not the scan.
    expect(withKeyward({ '*': 'node scripts/keyward-docs.js' })).toEqual({ '*': ['keyward scan --staged', 'node scripts/keyward-docs.js'] });
  });

  it('refuses arguments lint-staged would split (it parses commands without a shell)', () => {
    expect(() => withKeyward({}, { args: ['--config', 'my config.json'] })).toThrow(/space/);
    expect(() => withKeyward({}, { args: ['"x"'] })).toThrow(TypeError);
    expect(() => withKeyward({}, { args: [''] })).toThrow(TypeError);
  });

  it('refuses options that would let a commit with a secret through (from a new-user trial: doctor passed them)', () => {
    for (const args of [['--exit-code', '0'], ['--exit-code=0'], ['--max-file-size', '1'], ['--no-policy']]) expect(() => withKeyward({}, { args }), args.join(' ')).toThrow(/commit with a secret/);
  });
});
