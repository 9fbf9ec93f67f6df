import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { queuePrefix, QUEUES } from '@partner-portal/jobs';
import { Queue } from 'bullmq';
import type { RedisClient } from '@partner-portal/db';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, redisEndpoint, type WorkerConfig } from './config.js';
import { connectDatabase } from './database.js';
import { scheduleExpirySweep } from './expire-invitations.js';
import { scheduleCampaignStarts } from './start-due-campaigns.js';
import { startHealthServer } from './health.js';
import { createLogger } from './logger.js';
import { createMailer } from './mailer.js';
import type { RetryPolicy } from './delivery-retry.js';
import { emailJobOptions, outboxJobOptions, startOutboxRelay } from './outbox-relay.js';
import { startWorkers, type RunningWorkers } from './queues.js';
import { buildQueueRegistry } from './registry.js';
import { StartupError } from './errors.js';
import { connectRedis } from './redis.js';
import { startTimerLoop } from './timer-loop.js';

export { StartupError } from './errors.js';

export interface WorkerProcessOptions {
  logger?: Logger;
  redisReadyTimeoutMs?: number;
  databaseReadyTimeoutMs?: number;
}

export interface WorkerProcess {
  readonly healthPort: number;
  /**
   * Stops the relay, stops taking jobs and waits for the jobs in hand, then closes the health server,
   * the queues, PostgreSQL and Redis.
   */
  stop(): Promise<void>;
}

export async function startWorkerProcess(config: WorkerConfig, options: WorkerProcessOptions = {}): Promise<WorkerProcess> {
  const { logger = createLogger(config.logLevel), redisReadyTimeoutMs = 10_000, databaseReadyTimeoutMs = 10_000 } = options;
  // What has been started, each closed in the reverse order.
  const closers: Array<() => unknown> = [];
  const closeAll = async () => {
    for (const close of [...closers].reverse()) await close();
  };

  let healthPort: number;
  let workerCount: number;
  try {
    const connection = await connectRedis(redisEndpoint(config), redisReadyTimeoutMs, logger);
    closers.push(() => connection.quit());
    // Campaign batches hold a connection while each message is handed to SMTP, beside the other queues' jobs.
    const database = await connectDatabase(config.databaseUrl, Math.min(2 * config.concurrency + 2, 40), databaseReadyTimeoutMs, logger, config.databasePooler);
    closers.push(() => database.close());
    const mailer = createMailer(config.smtpUrl, config.mailFrom);
    closers.push(() => mailer.close());
    // A hash-tagged prefix keeps each queue's keys in one Redis Cluster slot.
    const prefix = queuePrefix(config.redisPrefix);
    const emailQueue = openQueue(QUEUES.email, connection, prefix, logger);
    const maintenanceQueue = openQueue(QUEUES.maintenance, connection, prefix, logger);
    const campaignQueue = openQueue(QUEUES.campaigns, connection, prefix, logger);
    closers.push(() => Promise.all([emailQueue.close(), maintenanceQueue.close(), campaignQueue.close()]));

    let workers: RunningWorkers | undefined;
    const health = await startHealthServer({
      port: config.healthPort,
      redis: redisEndpoint(config),
      pingDatabase: () => database.ping(),
      workerCount: () => workers?.workers.length ?? 0,
      logger,
    });
    closers.push(() => health.close());
    healthPort = health.port;

    if (config.invitationLinkSecretGenerated) {
      logger.warn('INVITATION_LINK_SECRET is not set: an invitation email retried after this process restarts carries a new link');
    }
    const retryPolicy: RetryPolicy = { baseDelayMs: config.emailBackoffMs, maxDelayMs: config.emailBackoffMaxMs, horizonMs: config.emailRetryHorizonMs };
    const jobOptions = emailJobOptions(config.emailAttempts, config.emailBackoffMs);
    const registry = buildQueueRegistry({
      db: database.db,
      mailer,
      portalUrl: config.portalUrl,
      linkSecret: config.invitationLinkSecret,
      retryPolicy,
      logger,
      campaignQueue,
      campaignBatchSize: config.campaignBatchSize,
      campaignBatchJobOptions: jobOptions,
    });
    const running = (workers = await startWorkers(registry, connection, prefix, { concurrency: config.concurrency, retryPolicy }, logger));
    closers.push(() => running.close());
    workerCount = running.workers.length;

    const relay = startOutboxRelay({
      db: database.db,
      emailQueue,
      logger,
      intervalMs: config.relayIntervalMs,
      retryAfterMs: config.relayRetryAfterMs,
      jobOptions: outboxJobOptions(jobOptions, retryPolicy),
    });
    // Upserted again and again, so the sweep's schedule comes back after Redis lost it.
    const expirySchedule = startTimerLoop({
      name: 'expiry schedule',
      intervalMs: config.expirySweepIntervalMs,
      logger,
      tick: () => scheduleExpirySweep(maintenanceQueue, config.expirySweepIntervalMs),
    });
    const campaignSchedule = startTimerLoop({
      name: 'campaign schedule',
      intervalMs: Math.max(config.campaignSchedulerIntervalMs, 30_000),
      logger,
      tick: () => scheduleCampaignStarts(maintenanceQueue, config.campaignSchedulerIntervalMs),
    });
    closers.push(() => Promise.all([relay.stop(), expirySchedule.stop(), campaignSchedule.stop()]));
  } catch (error) {
    await closeAll().catch((err: unknown) => logger.warn({ err }, 'could not close everything after a failed start'));
    throw error;
  }
  logger.info({ healthPort, workers: workerCount }, 'worker started');

  let stopping: Promise<void> | undefined;
  return {
    healthPort,
    stop: () =>
      (stopping ??= (async () => {
        logger.info('shutting down: stopping the relay, taking no new jobs, waiting for jobs in hand');
        await closeAll();
        logger.info('shutdown complete');
      })()),
  };
}

function openQueue(name: string, connection: RedisClient, prefix: string, logger: Logger): Queue {
  const queue = new Queue(name, { connection, prefix });
  queue.on('error', (err) => logger.error({ err, queue: name }, 'queue error'));
  return queue;
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
  else tellParentListening(worker.healthPort);
}

/** A process that started this one with an IPC channel (a test) learns that it runs, and its health port. */
function tellParentListening(port: number) {
  if (!process.send) return;
  process.send({ listening: port }, () => process.disconnect?.());
}

const entry = process.argv[1];
if (entry && realpathSync(entry) === fileURLToPath(import.meta.url)) {
  void main();
}
