/**
 * A small glob → RegExp compiler for allowlist paths (`**`, `*`, `?`, `{a,b}`), so core needs no
 * dependency. A pattern without "/" matches the base name anywhere, as in .gitignore.
 */
export function globToRegExp(glob: string): RegExp {
  let src = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        src += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        src += '[^/]*';
      }
    } else if (c === '?') {
      src += '[^/]';
    } else if (c === '{') {
      braces++;
      src += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      src += ')';
    } else if (c === ',' && braces > 0) {
      src += '|';
    } else {
      src += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
    }
  }
  const anchored = glob.includes('/') ? `^${src.replace(/^\\?\//, '')}$` : `(?:^|/)${src}$`;
  return new RegExp(anchored);
}
