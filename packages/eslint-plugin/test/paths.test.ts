import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathFromCwd } from '../src/utils/paths.js';

describe('pathFromCwd', () => {
  const cwd = join(sep, 'work', 'app');
  it('gives the path from the folder with "/" separators, as path.relative would', () => {
    for (const file of [join(cwd, 'src', 'config.ts'), join(cwd, 'a.ts'), join(sep, 'work', 'app2', 'x.ts'), join(sep, 'work', 'other', 'config', 'env.ts'), join(sep, 'elsewhere.ts')]) {
      expect(pathFromCwd(cwd, file), file).toBe(relative(cwd, file).split(sep).join('/'));
    }
  });

  it('does not take a sibling folder that shares the prefix for the folder itself', () => {
    expect(pathFromCwd(cwd, join(sep, 'work', 'app-config', 'x.ts'))).toBe('../app-config/x.ts');
  });
});
