export { redactConsole } from './console.js';
export { LoggerOptionsError } from './errors.js';
export { createLogger, type CreateLoggerOptions, keywardPinoOptions, type KeywardPinoOptions, protectChildren } from './pino.js';
export { createRedactor, type RedactionOptions, type Redactor, type RedactorMode } from './redactor.js';
export { keywardWinstonFormat, type WinstonFormat, type WinstonInfo } from './winston.js';
export type { Logger } from 'pino';

/** The package name, for diagnostics. */
export const packageName = '@keyward/logger';
