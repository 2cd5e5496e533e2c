import { type AllowlistConfig, createDetector, type Detector, type KeywardConfig } from '@keyward/core';

// ESLint calls create() once per file; a detector compiles 400+ rules, so build one per distinct
// configuration and reuse it for every file.
const cache = new Map<string, Detector>();
// The same config and option objects come back for every file: skip building the key for them.
const byObjects = new WeakMap<KeywardConfig, WeakMap<AllowlistConfig | typeof NONE, Detector>>();
const NONE = {};

/** The project's keyward.config with the rule's own allowlist option added to its allowlist. */
export function detectorFor(project: KeywardConfig, allowlist: AllowlistConfig | undefined): Detector {
  const known = byObjects.get(project)?.get(allowlist ?? NONE);
  if (known) return known;
  const detector = build(project, allowlist);
  let inner = byObjects.get(project);
  if (!inner) byObjects.set(project, (inner = new WeakMap()));
  inner.set(allowlist ?? NONE, detector);
  return detector;
}

function build(project: KeywardConfig, allowlist: AllowlistConfig | undefined): Detector {
  const merged: KeywardConfig = allowlist
    ? {
        ...project,
        allowlist: Object.fromEntries(
          (['paths', 'regexes', 'stopwords', 'fingerprints'] as const).map((k) => [k, [...(project.allowlist?.[k] ?? []), ...(allowlist[k] ?? [])]]),
        ) as AllowlistConfig,
      }
    : project;
  const key = JSON.stringify(merged);
  let detector = cache.get(key);
  if (!detector) {
    detector = createDetector({ config: merged });
    cache.set(key, detector);
  }
  return detector;
}
