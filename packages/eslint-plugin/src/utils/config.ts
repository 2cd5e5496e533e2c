import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CONFIG_FILES, describeJsonError, type KeywardConfig, redact, validateConfig } from '@keyward/core';

// The plugin reads the same keyward.config as the CLI (core's CONFIG_FILES, then
// package.json#keyward), from ESLint's working directory. Rules are synchronous, so module
// configs load through require(), which takes ES modules on Node.js 20.19+. Cached per file and
// modification time, so an editor's long-running ESLint sees edits.
const cache = new Map<string, { stamp: string; config: KeywardConfig }>();
// ESLint asks once per linted file: the folder is looked at again only after this many ms.
const RECHECK_MS = 1000;
const recent = new Map<string, { at: number; config: KeywardConfig }>();

function load(file: string): unknown {
  if (file.endsWith('.json')) {
    const text = readFileSync(file, 'utf8');
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      // Not the parser's own message, which quotes the text around the error (part of a token, maybe).
      // eslint-disable-next-line preserve-caught-error -- a cause would print that message
      throw new Error(`@keyward/eslint-plugin: could not load ${file}: it is not valid JSON (${describeJsonError(text, error)}). Fix the file or remove it to use the defaults.`);
    }
  }
  try {
    const req = createRequire(file);
    // require() keeps its own cache: drop a CommonJS config's entry so an edit is read again (an
    // ES module config is cached by Node's loader until ESLint restarts).
    delete req.cache[req.resolve(file)];
    const mod = req(file) as { default?: unknown; __esModule?: boolean };
    return mod.default ?? mod;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (/\.m?ts$/.test(file) && (code === 'ERR_UNKNOWN_FILE_EXTENSION' || error instanceof SyntaxError)) {
      throw new Error(`@keyward/eslint-plugin: ${file} is TypeScript, which this Node.js cannot load inside ESLint; use keyward.config.mjs or .json (or Node.js 23.6+).`, { cause: error });
    }
    // A syntax error's message may quote the code at fault: masked, and the raw error not kept as its cause.
    // eslint-disable-next-line preserve-caught-error -- a cause would print that message
    throw new Error(`@keyward/eslint-plugin: could not load ${file}: ${redact(error instanceof Error ? error.message : String(error))}`);
  }
}

/** The project's keyward configuration (validated; `{}` when there is none). Throws on a bad one. */
export function projectConfig(cwd: string): KeywardConfig {
  const now = Date.now();
  const seen = recent.get(cwd);
  if (seen && now - seen.at < RECHECK_MS) return seen.config;
  const config = findConfig(cwd);
  recent.set(cwd, { at: now, config });
  return config;
}

function findConfig(cwd: string): KeywardConfig {
  for (const name of [...CONFIG_FILES, 'package.json']) {
    const file = join(cwd, name);
    if (!existsSync(file)) continue;
    const stat = statSync(file);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    const hit = cache.get(file);
    if (hit?.stamp === stamp) return hit.config;
    let config: KeywardConfig;
    if (name === 'package.json') {
      let pkg: { keyward?: unknown };
      try {
        pkg = JSON.parse(readFileSync(file, 'utf8')) as { keyward?: unknown };
      } catch {
        return {}; // not ours to judge; the CLI reports a broken package.json
      }
      config = validateConfig(pkg.keyward, `${file}#keyward`);
    } else {
      config = validateConfig(load(file), file);
    }
    cache.set(file, { stamp, config });
    return config;
  }
  return {};
}
