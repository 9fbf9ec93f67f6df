import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { loadConfig } from './config.js';
import { startHealthServer } from './health.js';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { StartupError } from './errors.js';
import { deleteKeys, freePort, memoryLogger, TEST_APP_DATABASE_URL, testConfig, uniquePrefix } from './testing.js';

describe('startWorkerProcess', () => {
  const prefix = uniquePrefix();
  let worker: WorkerProcess;
  const { logger, entries } = memoryLogger();

  beforeAll(async () => {
    worker = await startWorkerProcess(testConfig({ REDIS_PREFIX: prefix }), { logger });
  });
  afterAll(() => deleteKeys(prefix));

  it('answers /health with 200 while Redis and PostgreSQL are up', async () => {
    const res = await fetch(`http://127.0.0.1:${worker.healthPort}/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(await res.text()), { status: 'ok', redis: 'up', postgres: 'up', workers: 3 });
  });

  it('answers 404 elsewhere', async () => {
    assert.equal((await fetch(`http://127.0.0.1:${worker.healthPort}/`)).status, 404);
  });

  it('stops gracefully and closes the health endpoint', async () => {
    await worker.stop();
    await worker.stop();
    assert.ok(entries.some((entry) => entry.msg === 'shutdown complete'));
    await assert.rejects(fetch(`http://127.0.0.1:${worker.healthPort}/health`));
    const shutdown = entries.slice(entries.findIndex((entry) => /^shutting down/.test(entry.msg)));
    assert.equal(shutdown.at(-1)?.msg, 'shutdown complete');
    assert.ok(!shutdown.some((entry) => entry.level === 'error'), JSON.stringify(shutdown));
  });
});

describe('startWorkerProcess without Redis', () => {
  it('fails with one line naming REDIS_URL when Redis does not answer', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const config = { ...loadConfig({ REDIS_URL: url }), healthPort: 0 };
    const { logger } = memoryLogger();
    await assert.rejects(startWorkerProcess(config, { logger, redisReadyTimeoutMs: 500 }), (error: unknown) => {
      assert.ok(error instanceof StartupError);
      assert.ok(!error.message.includes('\n'));
      assert.match(error.message, new RegExp(`^Redis at ${url} \\(REDIS_URL\\) did not answer within 0\\.5 s`));
      return true;
    });
  });
});

describe('startWorkerProcess without PostgreSQL', () => {
  it('fails with one line naming DATABASE_URL when the database does not exist', async () => {
    const url = new URL(TEST_APP_DATABASE_URL);
    url.pathname = '/pp_no_such_database';
    const prefix = uniquePrefix();
    const { logger } = memoryLogger();
    try {
      await assert.rejects(startWorkerProcess(testConfig({ REDIS_PREFIX: prefix, DATABASE_URL: url.toString() }), { logger }), (error: unknown) => {
        assert.ok(error instanceof StartupError);
        assert.ok(!error.message.includes('\n'));
        assert.match(error.message, /^PostgreSQL at \S+ \(DATABASE_URL\) cannot be used: database "pp_no_such_database" does not exist$/);
        return true;
      });
    } finally {
      await deleteKeys(prefix);
    }
  });

  it('fails with one line naming DATABASE_URL when PostgreSQL does not answer', async () => {
    const url = `postgresql://postgres@127.0.0.1:${await freePort()}/partner_portal`;
    const { logger } = memoryLogger();
    await assert.rejects(startWorkerProcess(testConfig({ DATABASE_URL: url }), { logger, databaseReadyTimeoutMs: 2000 }), (error: unknown) => {
      assert.ok(error instanceof StartupError);
      assert.match(error.message, /^PostgreSQL at \S+ \(DATABASE_URL\) (cannot be used: .*ECONNREFUSED|did not answer within 2 s)/);
      return true;
    });
  });
});

describe('startWorkerProcess with a busy health port', () => {
  it('fails with one line naming WORKER_HEALTH_PORT', async () => {
    const busy = createServer().listen(0);
    await once(busy, 'listening');
    const port = (busy.address() as AddressInfo).port;
    const prefix = uniquePrefix();
    const config = { ...testConfig({ REDIS_PREFIX: prefix }), healthPort: port };
    const { logger } = memoryLogger();
    try {
      await assert.rejects(startWorkerProcess(config, { logger }), (error: unknown) => {
        assert.ok(error instanceof StartupError);
        assert.match(error.message, new RegExp(`^WORKER_HEALTH_PORT ${port} cannot be used: .*EADDRINUSE`));
        return true;
      });
    } finally {
      busy.close();
      await deleteKeys(prefix);
    }
  });
});

describe('startHealthServer', () => {
  it('answers 503 naming what is down when Redis or PostgreSQL does not answer, within a second', async () => {
    const { logger } = memoryLogger();
    let database: () => Promise<unknown> = () => Promise.resolve(1);
    const health = await startHealthServer({
      port: 0,
      redis: { url: `redis://127.0.0.1:${await freePort()}` },
      pingDatabase: () => database(),
      workerCount: () => 2,
      logger,
    });
    try {
      const res = await fetch(`http://127.0.0.1:${health.port}/health`);
      assert.equal(res.status, 503);
      assert.deepEqual(JSON.parse(await res.text()), { status: 'error', redis: 'down', postgres: 'up', workers: 2 });
      // A database that refuses, and one that never answers.
      for (const failing of [() => Promise.reject(new Error('connect ECONNREFUSED')), () => new Promise(() => {})]) {
        database = failing;
        const started = Date.now();
        const down = await fetch(`http://127.0.0.1:${health.port}/health`);
        assert.ok(Date.now() - started < 1500, `answered in ${Date.now() - started} ms`);
        assert.equal(JSON.parse(await down.text()).postgres, 'down');
      }
    } finally {
      await health.close();
    }
  }, 10_000);
});
