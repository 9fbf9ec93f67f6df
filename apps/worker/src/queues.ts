import { tenancy } from '@partner-portal/db';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { RedisClient } from '@partner-portal/db';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { deliveryBackoffStrategy, type RetryPolicy } from './delivery-retry.js';

/** Payloads arrive from Redis unchecked, so a handler validates `job.data` itself. */
export type JobHandler = (job: Job<unknown>) => Promise<unknown>;

/** The validated payload; a payload that can never be valid fails the job at once, without retries. */
export function parsePayload<Payload>(schema: z.ZodType<Payload>, job: Job<unknown>): Payload {
  const parsed = schema.safeParse(job.data);
  if (!parsed.success) {
    throw new UnrecoverableError(`invalid ${job.name} payload: ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
  }
  return parsed.data;
}

/**
 * The handler of a job that acts in one account: once its payload is valid, all of its work runs in
 * that account's tenant scope, so row-level security hides every other account's rows from it.
 */
export function accountJobHandler<Payload extends { accountId: string }>(
  schema: z.ZodType<Payload>,
  handle: (payload: Payload, job: Job<unknown>) => Promise<unknown>,
): JobHandler {
  return async (job) => {
    const payload = parsePayload(schema, job);
    return tenancy.run({ accountId: payload.accountId }, () => handle(payload, job));
  };
}

export interface QueueDefinition<JobName extends string = string> {
  /** Every job name the queue accepts, normally taken from the shared queue contract. */
  readonly jobNames: readonly JobName[];
  readonly handlers: Readonly<Record<JobName, JobHandler>>;
}

/** Queue name → definition. */
export type QueueRegistry = Readonly<Record<string, QueueDefinition>>;

/** Lets the compiler check that every job name has a handler. */
export function defineQueue<JobName extends string>(definition: QueueDefinition<JobName>): QueueDefinition<JobName> {
  return definition;
}

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Stops taking jobs and resolves once every job in hand has finished. */
  close(): Promise<void>;
}

export interface WorkerSettings {
  /** Jobs one process runs at once, per queue. */
  concurrency: number;
  /** Delays of the jobs that back off by DELIVERY_BACKOFF. */
  retryPolicy: RetryPolicy;
}

/**
 * A job's lock lapses this long after its worker stopped renewing it (a crash, a SIGKILL); a running
 * worker renews it every half of it. BullMQ's default is 30 s.
 */
export const JOB_LOCK_MS = 10_000;
/** How often each worker looks for jobs whose lock lapsed, and takes them up again (BullMQ default 30 s). */
export const STALLED_CHECK_MS = 5_000;

/** `prefix` is BullMQ's key prefix, normally `queuePrefix(config.redisPrefix)` from @partner-portal/jobs. */
export async function startWorkers(
  definitions: QueueRegistry,
  connection: RedisClient,
  prefix: string,
  settings: WorkerSettings,
  logger: Logger,
): Promise<RunningWorkers> {
  assertComplete(definitions);

  const names = Object.keys(definitions);
  if (names.length === 0) {
    logger.info('no queues defined; no workers started');
    return { workers: [], close: async () => {} };
  }

  const workers = names.map((name) => createWorker(name, definitions[name]!, connection, prefix, settings, logger));
  try {
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.close(true)));
    throw error;
  }
  logger.info({ queues: names, concurrency: settings.concurrency }, `started ${workers.length} worker(s)`);

  return {
    workers,
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}

function assertComplete(definitions: QueueRegistry): void {
  const problems = Object.entries(definitions).flatMap(([queue, { jobNames, handlers }]) => [
    ...jobNames
      .filter((job) => typeof handlers[job] !== 'function')
      .map((job) => `queue "${queue}" has no handler for job "${job}"`),
    ...Object.keys(handlers)
      .filter((job) => !jobNames.includes(job))
      .map((job) => `queue "${queue}" has a handler for undeclared job "${job}"`),
  ]);
  if (problems.length > 0) {
    throw new Error(`Refusing to start workers: ${problems.join('; ')}`);
  }
}

function createWorker(
  queue: string,
  definition: QueueDefinition,
  connection: RedisClient,
  prefix: string,
  { concurrency, retryPolicy }: WorkerSettings,
  parentLogger: Logger,
): Worker {
  const logger = parentLogger.child({ queue });
  const worker = new Worker(
    queue,
    async (job: Job<unknown>) => {
      const handler = Object.hasOwn(definition.handlers, job.name) ? definition.handlers[job.name] : undefined;
      if (!handler) {
        throw new UnrecoverableError(`no handler for job "${job.name}" on queue "${queue}"`);
      }
      return handler(job);
    },
    {
      connection,
      prefix,
      concurrency,
      // A job held by a dead worker is taken up again within JOB_LOCK_MS + STALLED_CHECK_MS (15 s).
      lockDuration: JOB_LOCK_MS,
      stalledInterval: STALLED_CHECK_MS,
      settings: { backoffStrategy: deliveryBackoffStrategy(retryPolicy) },
    },
  );

  // The timers (every few seconds, all day) would bury the emails' lines at info.
  worker.on('completed', (job) => logger[job.repeatJobKey ? 'debug' : 'info']({ jobId: job.id, job: job.name }, 'job completed'));
  worker.on('failed', (job, err) =>
    logger.warn({ jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade, err }, 'job failed'),
  );
  worker.on('error', (err) => logger.error({ err }, 'worker error'));
  return worker;
}
