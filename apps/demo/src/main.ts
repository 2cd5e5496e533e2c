import { EnvError } from '@keyward/core';
import { createLogger } from '@keyward/logger';
import { loadConfig } from './config.js';
import { startServer } from './server.js';

// `node dist/main.js`: start the service with the environment's configuration.
try {
  const config = loadConfig();
  const log = createLogger({ level: config.LOG_LEVEL });
  const { url } = await startServer(config, log);
  log.info({ url }, 'notion-sync listening');
} catch (error) {
  if (!(error instanceof EnvError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
