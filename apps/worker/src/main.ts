import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type WorkerConfig } from './config.js';
import { startHealthServer, type HealthServer } from './health.js';
import { createLogger } from './logger.js';
import { QUEUES, startWorkers, type QueueRegistry, type RunningWorkers } from './queues.js';
import { StartupError } from './errors.js';
import { connectRedis } from './redis.js';

export { StartupError } from './errors.js';

export interface WorkerProcessOptions {
  logger?: Logger;
  queues?: QueueRegistry;
  redisReadyTimeoutMs?: number;
}

export interface WorkerProcess {
  readonly healthPort: number;
  /** Stops taking jobs, waits for the jobs in hand, then closes the health server and Redis. */
  stop(): Promise<void>;
}

export async function startWorkerProcess(config: WorkerConfig, options: WorkerProcessOptions = {}): Promise<WorkerProcess> {
  const { logger = createLogger(config.logLevel), queues = QUEUES, redisReadyTimeoutMs = 10_000 } = options;
  const connection = await connectRedis(config.redisUrl, redisReadyTimeoutMs, logger);

  let workers: RunningWorkers | undefined;
  let health: HealthServer;
  try {
    workers = await startWorkers(queues, connection, config.redisPrefix, config.concurrency, logger);
    const count = workers.workers.length;
    health = await startHealthServer({ port: config.healthPort, redisUrl: config.redisUrl, workerCount: () => count, logger });
  } catch (error) {
    await workers?.close();
    connection.disconnect();
    throw error;
  }
  const running = workers;
  logger.info({ healthPort: health.port, workers: running.workers.length }, 'worker started');

  let stopping: Promise<void> | undefined;
  return {
    healthPort: health.port,
    stop: () =>
      (stopping ??= (async () => {
        logger.info('shutting down: taking no new jobs, waiting for jobs in hand');
        await running.close();
        await health.close();
        await connection.quit();
        logger.info('shutdown complete');
      })()),
  };
}

async function main(): Promise<void> {
  let config: WorkerConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }

  const logger = createLogger(config.logLevel);
  let worker: WorkerProcess | undefined;
  let signalled = false;
  const stop = (running: WorkerProcess) =>
    running.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  // Registered before start-up, so a signal during start-up still lets the jobs in hand finish.
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      logger.warn({ signal }, 'second signal: exiting without waiting for jobs in hand');
      process.exit(1);
    }
    signalled = true;
    logger.info({ signal }, 'signal received, shutting down gracefully');
    if (worker) void stop(worker);
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);

  try {
    worker = await startWorkerProcess(config, { logger });
  } catch (error) {
    if (error instanceof StartupError) logger.fatal(error.message);
    else logger.fatal({ err: error }, 'worker failed to start');
    process.exit(1);
  }
  if (signalled) void stop(worker);
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === fileURLToPath(import.meta.url)) {
  void main();
}
