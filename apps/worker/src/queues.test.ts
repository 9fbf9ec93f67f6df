import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { tenancy } from '@partner-portal/db';
import { Queue, UnrecoverableError, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { z } from 'zod';
import { accountJobHandler, defineQueue, startWorkers } from './queues.js';
import { deferred, deleteKeys, memoryLogger, TEST_REDIS_URL, TEST_RETRY_POLICY, uniquePrefix } from './testing.js';

describe('startWorkers', () => {
  const prefix = uniquePrefix();
  let connection: Redis;

  beforeAll(() => {
    connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
  });
  afterAll(async () => {
    await connection.quit();
    await deleteKeys(prefix);
  });

  it('starts no worker for no queues', async () => {
    const { logger, entries } = memoryLogger();
    const running = await startWorkers({}, connection, prefix, { concurrency: 5, retryPolicy: TEST_RETRY_POLICY }, logger);
    assert.equal(running.workers.length, 0);
    assert.ok(entries.some((entry) => /no queues defined/.test(entry.msg)));
    await running.close();
  });

  it('refuses to start when a job name has no handler', async () => {
    const { logger } = memoryLogger();
    const broken = { mail: { jobNames: ['send', 'resend'], handlers: { send: async () => {} } } };
    await assert.rejects(
      startWorkers(broken, connection, prefix, { concurrency: 1, retryPolicy: TEST_RETRY_POLICY }, logger),
      /Refusing to start workers: queue "mail" has no handler for job "resend"/,
    );
  });

  it('refuses to start when a handler has no declared job name', async () => {
    const { logger } = memoryLogger();
    const broken = { mail: { jobNames: ['send'], handlers: { send: async () => {}, sned: async () => {} } } };
    await assert.rejects(startWorkers(broken, connection, prefix, { concurrency: 1, retryPolicy: TEST_RETRY_POLICY }, logger), /handler for undeclared job "sned"/);
  });

  it('processes a job, and close() waits for the job in hand', async () => {
    const queueName = 'test-slow';
    const started = deferred<Job<unknown>>();
    const events: string[] = [];
    const definitions = {
      [queueName]: defineQueue({
        jobNames: ['slow'],
        handlers: {
          slow: async (job) => {
            events.push(`started ${String((job.data as { n: number }).n)}`);
            started.resolve(job);
            await sleep(300);
            events.push('finished');
            return 'done';
          },
        },
      }),
    };
    const { logger } = memoryLogger();
    const running = await startWorkers(definitions, connection, prefix, { concurrency: 1, retryPolicy: TEST_RETRY_POLICY }, logger);
    assert.equal(running.workers.length, 1);

    const queue = new Queue(queueName, { connection: new Redis(TEST_REDIS_URL), prefix });
    try {
      const added = await queue.add('slow', { n: 1 });
      await started.promise;

      await running.close();
      events.push('closed');

      assert.deepEqual(events, ['started 1', 'finished', 'closed']);
      assert.equal(await queue.getJobState(added.id!), 'completed');
      assert.equal((await queue.getJob(added.id!))?.returnvalue, 'done');
    } finally {
      await queue.close();
      await queue.disconnect();
    }
  });

  it('fails a job with an unknown name at once, without retrying it', async () => {
    const queueName = 'test-unknown';
    const definitions = { [queueName]: defineQueue({ jobNames: ['known'], handlers: { known: async () => 'ok' } }) };
    const { logger, entries } = memoryLogger();
    const running = await startWorkers(definitions, connection, prefix, { concurrency: 1, retryPolicy: TEST_RETRY_POLICY }, logger);
    const failed = deferred<Job | undefined>();
    running.workers[0]!.on('failed', (job) => failed.resolve(job));

    const queue = new Queue(queueName, { connection: new Redis(TEST_REDIS_URL), prefix });
    try {
      await queue.add('mystery', {}, { attempts: 5 });
      const job = await failed.promise;
      assert.equal(job?.attemptsMade, 1);
      assert.match(job?.failedReason ?? '', /no handler for job "mystery" on queue "test-unknown"/);
      assert.ok(entries.some((entry) => entry.msg === 'job failed' && entry.queue === queueName));
    } finally {
      await running.close();
      await queue.close();
      await queue.disconnect();
    }
  });
});

describe('accountJobHandler', () => {
  const payload = z.object({ accountId: z.uuid(), note: z.string() });
  const job = (data: unknown) => ({ name: 'test.job', data }) as Job<unknown>;

  it("runs the handler in the tenant scope of the payload's account", async () => {
    const accountId = randomUUID();
    const handler = accountJobHandler(payload, async (data) => ({ data, scope: tenancy.current() }));
    assert.deepEqual(await handler(job({ accountId, note: 'hi' })), { data: { accountId, note: 'hi' }, scope: { accountId } });
    assert.equal(tenancy.current(), undefined, 'the scope ends with the handler');
  });

  it('fails a job with an invalid payload for good, without running the handler', async () => {
    let ran = false;
    const handler = accountJobHandler(payload, async () => (ran = true));
    await assert.rejects(handler(job({ accountId: 'not-a-uuid', note: 'hi' })), (error: unknown) => {
      assert.ok(error instanceof UnrecoverableError);
      assert.match(error.message, /^invalid test\.job payload: /);
      return true;
    });
    assert.equal(ran, false);
  });
});
