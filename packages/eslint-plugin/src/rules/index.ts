import noHardcodedTokens from './no-hardcoded-tokens.js';
import noRawProcessEnv from './no-raw-process-env.js';
import noSecretLogging from './no-secret-logging.js';

/** Every rule, keyed by its name (the same name as its file and its docs page). */
export const rules = {
  'no-hardcoded-tokens': noHardcodedTokens,
  'no-raw-process-env': noRawProcessEnv,
  'no-secret-logging': noSecretLogging,
};
