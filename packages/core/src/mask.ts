const MASK = '****';

/**
 * Masks a secret, keeping the longest of `prefixes` it starts with (`ntn_****`), and only
 * when enough of the secret remains hidden to be worthless.
 */
export function maskWithPrefixes(secret: string, prefixes: readonly string[]): string {
  for (const prefix of prefixes) {
    if (secret.startsWith(prefix) && secret.length >= prefix.length + 8) return prefix + MASK;
  }
  return MASK;
}
