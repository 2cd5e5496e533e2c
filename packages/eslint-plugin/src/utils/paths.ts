import { relative, sep } from 'node:path';

/**
 * A linted file's path from ESLint's folder, with "/" separators, as the CLI reports paths and
 * as config globs are written. Files under the folder take a slice; path.relative (two resolves
 * per call) is left for the others. Rules ask once per file.
 */
export function pathFromCwd(cwd: string, filename: string): string {
  const inside = filename.length > cwd.length + 1 && filename.startsWith(cwd) && filename[cwd.length] === sep;
  const rel = inside ? filename.slice(cwd.length + 1) : relative(cwd, filename);
  return sep === '/' ? rel : rel.split(sep).join('/');
}
