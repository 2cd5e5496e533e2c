/**
 * A small glob → RegExp compiler (`**`, `*`, `?`, `{a,b}`, `[a-z]`, `[!a]`), so core needs no
 * dependency. A pattern without "/" matches the base name anywhere, as in .gitignore. The one
 * glob engine for every path list: allowlist.paths and the CLI's blockedFiles.
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
    } else if (c === '[' && glob.indexOf(']', i + 2) !== -1) {
      // A character class; "!" or "^" negates, and a class never matches "/".
      const end = glob.indexOf(']', i + 2);
      let body = glob.slice(i + 1, end);
      const negate = body.startsWith('!') || body.startsWith('^');
      if (negate) body = body.slice(1);
      src += `[${negate ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
      i = end;
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
