// Writes src/keyword-walk-wasm.ts: the bytes of src/keyword-walk.wat, assembled with wabt (the
// WebAssembly Binary Toolkit's own assembler, built for JavaScript). A test fails when the bytes are
// out of date: run `pnpm --filter @keyward/core wasm`.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import wabt from 'wabt';

const source = fileURLToPath(new URL('../src/keyword-walk.wat', import.meta.url));

/** The module's bytes, assembled from the WAT source. */
export async function assembleKeywordWalk(): Promise<Uint8Array> {
  const tools = await wabt();
  const module = tools.parseWat('keyword-walk.wat', readFileSync(source, 'utf8'));
  try {
    module.validate();
    return new Uint8Array(module.toBinary({}).buffer);
  } finally {
    module.destroy();
  }
}

/** The TypeScript file that holds `bytes`, 24 to a line. */
export function keywordWalkModule(bytes: Uint8Array): string {
  const lines: string[] = [];
  for (let i = 0; i < bytes.length; i += 24) lines.push(`  ${[...bytes.subarray(i, i + 24)].join(', ')},`);
  return [
    '// Generated from keyword-walk.wat by scripts/keyword-walk.ts (`pnpm --filter @keyward/core wasm`); do not edit.',
    '',
    '/** The WebAssembly module of keyword-walk.wat. */',
    'export const KEYWORD_WALK_WASM: Uint8Array = Uint8Array.of(',
    ...lines,
    ');',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(fileURLToPath(new URL('../src/keyword-walk-wasm.ts', import.meta.url)), keywordWalkModule(await assembleKeywordWalk()));
}
