// Redis stopped while invitations are created and the relay runs, on a server of the test's own: the
// relay holds no database transaction while it waits on Redis (it claims rows with a lease, commits,
// then enqueues), and once Redis is back, empty, every invitation is emailed exactly once.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { type OwnService, startOwnRedis } from '@partner-portal/db/testing';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import pg from 'pg';
import { closeOpenOutbox, createAccount, inviteMany } from '../db-fixtures.js';
import { startWorkerProcess, type WorkerProcess } from '../main.js';
import { memoryLogger, TEST_DATABASE_URL, testConfig, uniquePrefix, waitUntil } from '../testing.js';

const INVITATIONS = 20;
const OUTAGE_MS = 8_000;

describe('Redis down while the relay runs (its own server)', () => {
  let redis: OwnService;
  let db: Database;
  let catcher: MailCatcher;
  let worker: WorkerProcess | undefined;
  let owner: pg.Client;

  beforeAll(async () => {
    redis = await startOwnRedis();
    db = createDatabase(TEST_DATABASE_URL);
    catcher = await startMailCatcher({ smtpPort: 0 });
    owner = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await owner.connect();
  });
  afterAll(async () => {
    await worker?.stop();
    await redis?.destroy();
    await catcher?.close();
    await owner?.end();
    await closeOpenOutbox(db);
    await db.$disconnect();
  });

  /** Transactions the application's role holds open on this database, and for how long the oldest has been. */
  async function openTransactions(): Promise<{ count: number; oldestMs: number }> {
    const { rows } = await owner.query<{ count: number; oldest_ms: number | null }>(
      `SELECT count(*)::int AS count, (extract(epoch FROM max(now() - xact_start)) * 1000)::int AS oldest_ms
       FROM pg_stat_activity
       WHERE datname = current_database() AND usename = 'partner_portal_app' AND xact_start IS NOT NULL AND pid <> pg_backend_pid()`,
    );
    return { count: rows[0]!.count, oldestMs: rows[0]!.oldest_ms ?? 0 };
  }

  test('no transaction is held through the outage, and every invitation is emailed once after it', async () => {
    const { logger } = memoryLogger();
    worker = await startWorkerProcess(
      testConfig({ REDIS_URL: redis.url, REDIS_PREFIX: uniquePrefix(), SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, RELAY_RETRY_AFTER_MS: '2000' }),
      { logger },
    );
    const account = await createAccount(db);
    await redis.stop();
    const batch = await inviteMany(db, account, INVITATIONS);

    let longest = 0;
    const until = Date.now() + OUTAGE_MS;
    while (Date.now() < until) {
      longest = Math.max(longest, (await openTransactions()).oldestMs);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const claimed = await db.outboxMessage.count({ where: { id: { in: batch.map((i) => i.outboxId) }, attempts: { gt: 0 } } });

    await redis.start();
    const backAt = Date.now();
    const ids = batch.map((invitation) => invitation.invitationId);
    await waitUntil('every invitation is SENT', async () => (await db.invitation.count({ where: { id: { in: ids }, deliveryStatus: 'SENT' } })) === INVITATIONS, {
      timeoutMs: 60_000,
      intervalMs: 200,
    });
    const drainedSeconds = (Date.now() - backAt) / 1000;
    const perAddress = new Map<string, number>();
    for (const mail of catcher.messages()) perAddress.set(mail.to[0]!, (perAddress.get(mail.to[0]!) ?? 0) + 1);
    const duplicated = batch.filter((invitation) => (perAddress.get(invitation.email) ?? 0) > 1).length;
    console.info(
      `Redis down ${OUTAGE_MS / 1000} s: longest open transaction of the worker ${longest} ms; ${claimed} rows claimed during the outage; ` +
        `${INVITATIONS} expected, ${batch.filter((i) => perAddress.has(i.email)).length} received, ${duplicated} duplicated; all SENT ${drainedSeconds.toFixed(1)} s after Redis came back`,
    );
    assert.ok(claimed > 0, 'the relay claimed rows while Redis was down');
    assert.ok(longest < 2_000, `a transaction stayed open ${longest} ms`);
    assert.equal(duplicated, 0);
    assert.ok(batch.every((invitation) => perAddress.get(invitation.email) === 1));
    assert.ok(drainedSeconds < 30, `${drainedSeconds} s to drain`);
  }, 120_000);
});
