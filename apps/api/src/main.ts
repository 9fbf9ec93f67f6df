import { createApp } from './app.factory.js';
import { ConfigError, loadConfig } from './config/config.js';
import { createLogger } from './common/logger.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.LOG_LEVEL, 'api');
  const app = await createApp(config, logger);
  await app.listen(config.PORT, '0.0.0.0');
  logger.info({ port: config.PORT, url: await app.getUrl() }, 'API listening');
  tellParentListening(config.PORT);
}

/** A process that started this one with an IPC channel (a test) learns that it listens, and on which port. */
function tellParentListening(port: number) {
  if (!process.send) return;
  process.send({ listening: port }, () => process.disconnect?.());
}

main().catch((error: unknown) => {
  process.stderr.write(`The API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
