import { tenancy } from '@partner-portal/db';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { z } from 'zod';

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

/** `prefix` is BullMQ's key prefix, normally `queuePrefix(config.redisPrefix)` from @partner-portal/jobs. */
export async function startWorkers(
  definitions: QueueRegistry,
  connection: Redis,
  prefix: string,
  concurrency: number,
  logger: Logger,
): Promise<RunningWorkers> {
  assertComplete(definitions);

  const names = Object.keys(definitions);
  if (names.length === 0) {
    logger.info('no queues defined; no workers started');
    return { workers: [], close: async () => {} };
  }

  const workers = names.map((name) => createWorker(name, definitions[name]!, connection, prefix, concurrency, logger));
  try {
    await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  } catch (error) {
    await Promise.all(workers.map((worker) => worker.close(true)));
    throw error;
  }
  logger.info({ queues: names, concurrency }, `started ${workers.length} worker(s)`);

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
  connection: Redis,
  prefix: string,
  concurrency: number,
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
    { connection, prefix, concurrency },
  );

  worker.on('completed', (job) => logger.info({ jobId: job.id, job: job.name }, 'job completed'));
  worker.on('failed', (job, err) =>
    logger.warn({ jobId: job?.id, job: job?.name, attemptsMade: job?.attemptsMade, err }, 'job failed'),
  );
  worker.on('error', (err) => logger.error({ err }, 'worker error'));
  return worker;
}
