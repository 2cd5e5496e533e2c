import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CONFIG_FILES, type KeywardConfig, validateConfig } from '@keyward/core';
import { CliError, readJsonText } from './errors.js';
import { importModule } from './lazy.js';


export interface LoadedConfig {
  readonly config: KeywardConfig;
  /** Where it came from, for messages; undefined when none was found (the embedded defaults). */
  readonly source?: string;
}

async function importConfig(file: string): Promise<unknown> {
  if (file.endsWith('.json')) return readJsonText(readFileSync(file, 'utf8'), file, 'KEYWARD_CONFIG_LOAD', 'fix the file or remove it to use the defaults.');
  try {
    const mod = (await importModule(pathToFileURL(file).href)) as { default?: unknown };
    return mod.default ?? mod;
  } catch (error) {
    if (/\.m?ts$/.test(file) && error instanceof Error && /Unknown file extension|ERR_UNKNOWN_FILE_EXTENSION/.test(`${error.message}${(error as { code?: string }).code ?? ''}`)) {
      throw new CliError('KEYWARD_CONFIG_LOAD', `${file} is TypeScript, which this Node.js cannot load directly; use Node.js 22.6+ (type stripping), run through tsx, or rename it to keyward.config.mjs.`, { cause: error });
    }
    throw error;
  }
}

/**
 * Finds and validates the configuration: `--config FILE`, else `keyward.config.{ts,js,mjs,cjs,json}`
 * in `cwd`, else `"keyward"` in package.json, else the embedded defaults. Throws ConfigError
 * (from core) for a malformed config and CliError when a file cannot be read or parsed.
 */
export async function loadConfig(cwd: string, explicit?: string): Promise<LoadedConfig> {
  const files = explicit ? [resolve(cwd, explicit)] : CONFIG_FILES.map((name) => join(cwd, name));
  for (const file of files) {
    if (!existsSync(file)) {
      if (explicit) throw new CliError('KEYWARD_CONFIG_LOAD', `Config file ${explicit} does not exist; check the --config path.`);
      continue;
    }
    let raw: unknown;
    try {
      raw = await importConfig(file);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError('KEYWARD_CONFIG_LOAD', `Could not load ${file}: ${(error as Error).message}. Fix the file or remove it to use the defaults.`, { cause: error });
    }
    return { config: validateConfig(raw, file), source: file };
  }
  const pkgFile = join(cwd, 'package.json');
  if (existsSync(pkgFile)) {
    let text: string;
    try {
      text = readFileSync(pkgFile, 'utf8');
    } catch (error) {
      throw new CliError('KEYWARD_CONFIG_LOAD', `package.json cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}); fix it so the "keyward" key can be read.`, { cause: error });
    }
    const pkg = readJsonText(text, 'package.json', 'KEYWARD_CONFIG_LOAD', 'fix it so the "keyward" key can be read.');
    if (pkg === null || typeof pkg !== 'object' || Array.isArray(pkg)) throw new CliError('KEYWARD_CONFIG_LOAD', 'package.json does not hold a JSON object; fix it so the "keyward" key can be read.');
    const keyward = (pkg as { keyward?: unknown }).keyward;
    if (keyward !== undefined) return { config: validateConfig(keyward, `${pkgFile}#keyward`), source: `${pkgFile}#keyward` };
  }
  return { config: {} };
}
