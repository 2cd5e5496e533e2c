import { isKeyLikeName, isPasswordKeyName, isSecretKeyName } from '../keys.js';
import { ALNUM, defineRule, HEX } from './define.js';
import { isPasswordValue, looksLikeSecretValue } from './generic.js';


// What a scratch cell runs to show a setting: `!echo $NAME`, `%env NAME`, `print(NAME)`,
// `print(os.environ["NAME"])`, `os.getenv("NAME")` as its last expression, R's `Sys.getenv("NAME")`.
// (The quotes escaped, as the notebook's JSON holds them.)
const SHOWS_SETTING = /(?:^|\\n|")[ \t]*(?:!echo[ \t]+\$\{?|%env[ \t]+|(?:print|display)\([ \t]*(?!os\.|Sys\.|[A-Za-z_.]*\()|(?:print\([ \t]*)?(?:os\.environ(?:\.get\(|\[)|os\.getenv\(|Sys\.getenv\()[ \t]*\\?["'])([A-Za-z_][A-Za-z0-9_]{1,63})/g;

/** The JSON cell around `at`: from its `"cell_type"` (or 1,500 characters back) to the next one. */
function cellAround(text: string, at: number): string {
  // (Searched within the 1,500 characters each way, never to the text's ends: linear time.)
  const from = Math.max(0, at - 1500);
  const before = text.slice(from, at);
  const after = text.slice(at, Math.min(text.length, at + 1500));
  const open = before.lastIndexOf('"cell_type"');
  const next = after.indexOf('"cell_type"');
  return text.slice(open === -1 ? from : from + open, next === -1 ? at + after.length : at + next);
}

/**
 * The secret-named setting the cell's source (two lines at most) shows, or undefined. A bare name
 * that is only key-like (`key`, `hash_key`) needs a vendor's part joined to it (`LEVER_KEY`).
 */
function shownSecretSetting(cell: string): string | undefined {
  const source = /"source"[ \t]*:[ \t]*(\[[^\]]{0,600}\]|"(?:[^"\\]|\\.){0,600}")/.exec(cell)?.[1];
  if (source === undefined || (source.match(/\\n"|",\s/g) ?? []).length > 2) return undefined;
  for (const m of source.matchAll(SHOWS_SETTING)) {
    const name = m[1] ?? '';
    if (isSecretKeyName(name) || isPasswordKeyName(name) || (isKeyLikeName(name) && /^[A-Z][A-Z0-9]*_[A-Z0-9_]*KEY$/.test(name))) return name;
  }
  return undefined;
}

/** A secret a notebook printed: the output of a cell that shows a secret-named setting. */
export const notebookOutputRules = [
  // A scratch cell `!echo $GH_HARVEST_TOKEN` or `print(os.environ["LEVER_KEY"])` and its saved
  // output: one line, the value itself (a stream's `"text": ["…\n"]`, an expression's
  // `"text/plain": ["'…'"]`). The cell says what the value is; the value must still be random (a
  // key's shape) or, under a password's name, a password. Jupyter writes a cell's keys sorted, the
  // outputs before the source. (From a blind grading of HR integrations: 4 notebooks' outputs missed.)
  defineRule({
    id: 'notebook-printed-secret',
    provider: 'Generic',
    description: "Secret saved in a Jupyter notebook's output by a cell that prints a secret-named setting (!echo $API_KEY, print(os.environ[\"TOKEN\"]))",
    keywords: ['"text": [', '"text":[', '"text/plain": [', '"text/plain":['],
    pattern: /"text(?:\/plain)?"[ \t]*:[ \t]*\[\s{0,64}"('?)([A-Za-z0-9_+/=.:~-]{16,256}|[^\s"'\\]{8,128})\1(?:\\n)?"\s{0,64}\]/,
    secretGroup: 2,
    span: 'near',
    window: { before: 0, after: 420 },
    accept: (m, text, at) => {
      const value = m[2] ?? '';
      const name = shownSecretSetting(cellAround(text, at));
      if (name === undefined) return false;
      if (isPasswordKeyName(name)) return isPasswordValue(value);
      if (/^[0-9a-fA-F]+$/.test(value)) return value.length >= 32 && /^[0-9a-f]+$|^[0-9A-F]+$/.test(value);
      return looksLikeSecretValue(value, true);
    },
    severity: 'high',
    confidence: 'medium',
    rotate: { url: 'https://cheatsheetseries.owasp.org/cheatsheets/Secrets_Management_Cheat_Sheet.html', how: "Revoke the credential the cell printed, issue a new one, and clear the notebook's outputs before committing it (nbstripout)." },
    docs: 'https://nbformat.readthedocs.io/en/latest/format_description.html',
    sample: (g) => `{\n "cells": [\n  {\n   "cell_type": "code",\n   "execution_count": 2,\n   "metadata": {},\n   "outputs": [\n    {\n     "name": "stdout",\n     "output_type": "stream",\n     "text": [\n      "${g.chars(HEX, 8)}${g.chars(ALNUM, 24)}\\n"\n     ]\n    }\n   ],\n   "source": [\n    "!echo $SERVICE_API_KEY"\n   ]\n  }\n ]\n}\n`,
    sampleIsBlock: true,
    negatives: [
      '{"cell_type": "code", "outputs": [{"name": "stdout", "output_type": "stream", "text": ["3f2a9c0d1e4b5a6978c0d1e2f3a4b5c6\\n"]}], "source": ["!git rev-parse HEAD"]}',
      '{"cell_type": "code", "outputs": [{"name": "stdout", "output_type": "stream", "text": ["your-api-key-here\\n"]}], "source": ["!echo $SERVICE_API_KEY"]}',
      '{"cell_type": "code", "outputs": [{"data": {"text/plain": ["\'us-east-1\'"]}, "output_type": "execute_result"}], "source": ["os.environ[\\"AWS_REGION\\"]"]}',
    ],
  }),
];
