export { isPlaceholder } from './allowlist.js';
export { crc32, hasBase62Crc32 } from './checksum.js';
export { type AllowlistConfig, builtinRuleIds, CONFIG_FILES, POLICY_RULE_IDS, type CustomRuleConfig, type KeywardConfig, maskingConfig, validateConfig } from './config.js';
export { createDetector, type Detector, type DetectorOptions, type RevealedFinding, type ScanOptions } from './detector/index.js';
export { shannonEntropy } from './entropy.js';
export { defineEnv, env, type EnvOf, type EnvSpec } from './env.js';
export { ConfigError, describeJsonError, EnvError, KeywardError, type KeywardErrorCode, UnsafeRegexError } from './errors.js';
export { compileGlob, type GlobMatcher } from './glob.js';
export { isKeyLikeName, isPublicKeyContext, isSecretKeyName, normalizeKeyName } from './keys.js';
export { createSampleGen } from './random.js';
export { createValueRedactor, getDefaultDetector, isMasked, mask, redact, redactValue, type RedactOptions, type RedactValueOptions } from './redact.js';
export { type BinaryRule, binaryRules } from './binary.js';
export { type FileRule, fileRules } from './file-rules.js';
export { catalog } from './rules/index.js';
export { looksLikeSecretValue } from './rules/generic.js';
export { assertSafeRegex } from './safe-regex.js';
export { isSecret, Secret } from './secret.js';
export { sha256Hex } from './sha256.js';
export type { Confidence, Finding, Rotation, Rule, RuleGate, SampleGen, ScanMemo, Severity } from './types.js';

/** The package name, for diagnostics. */
export const packageName = '@keyward/core';
export { type AnswerCheck, type Verification, type VerifyAuth, verificationFor, verifications } from './verify.js';
export { isSecretQueryParam, maskQueryParams, maskUrlPasswords } from './query.js';
