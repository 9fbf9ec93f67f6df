// PostgreSQL stopped under a running worker, on a cluster of the test's own: the worker's /health says
// PostgreSQL is down within a second, and once it is back the worker sends what is queued without a
// restart, every email once.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { appDatabaseUrl, createDatabase, type Database } from '@partner-portal/db';
import { createTestDatabase, type OwnService, startOwnPostgres, testRunId } from '@partner-portal/db/testing';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { createAccount, inviteMany, type TestInvitation } from '../db-fixtures.js';
import { startWorkerProcess, type WorkerProcess } from '../main.js';
import { deleteKeys, memoryLogger, testConfig, uniquePrefix, waitUntil } from '../testing.js';

describe('PostgreSQL down under a running worker (its own cluster)', () => {
  const prefix = uniquePrefix();
  let postgres: OwnService;
  let db: Database;
  let catcher: MailCatcher;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    const ownerUrl = await createTestDatabase(testRunId(), postgres.url);
    db = createDatabase(ownerUrl, { poolSize: 2 });
    catcher = await startMailCatcher({ smtpPort: 0 });
    const { logger } = memoryLogger();
    worker = await startWorkerProcess(
      testConfig({ DATABASE_URL: appDatabaseUrl(ownerUrl), REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, RELAY_RETRY_AFTER_MS: '2000' }),
      { logger },
    );
  }, 120_000);
  afterAll(async () => {
    await worker?.stop();
    await db?.$disconnect();
    await catcher?.close();
    await postgres?.destroy();
    await deleteKeys(prefix);
  });

  const health = async () => {
    const started = Date.now();
    const res = await fetch(`http://127.0.0.1:${worker!.healthPort}/health`);
    return { status: res.status, body: JSON.parse(await res.text()) as { postgres: string }, ms: Date.now() - started };
  };
  const sent = (batch: TestInvitation[]) => db.invitation.count({ where: { id: { in: batch.map((i) => i.invitationId) }, deliveryStatus: 'SENT' } });

  test('/health says PostgreSQL is down within a second; afterwards every invitation is emailed once, without a restart', async () => {
    const account = await createAccount(db);
    const before = await inviteMany(db, account, 10);
    await waitUntil('the first invitations are SENT', async () => (await sent(before)) === before.length, { timeoutMs: 30_000 });

    await postgres.stop();
    const down = await health();
    assert.deepEqual([down.status, down.body.postgres], [503, 'down']);
    assert.ok(down.ms < 1_000, `answered in ${down.ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    await postgres.start();
    const backAt = Date.now();

    const after = await inviteMany(db, account, 10);
    await waitUntil('the invitations made after the outage are SENT', async () => (await sent(after)) === after.length, { timeoutMs: 60_000, intervalMs: 200 });
    const recoveredSeconds = (Date.now() - backAt) / 1000;
    await waitUntil('/health is 200 again', async () => (await health()).status === 200, { timeoutMs: 10_000 });

    const all = [...before, ...after];
    const perAddress = new Map<string, number>();
    for (const mail of catcher.messages()) perAddress.set(mail.to[0]!, (perAddress.get(mail.to[0]!) ?? 0) + 1);
    const duplicated = all.filter((i) => (perAddress.get(i.email) ?? 0) > 1).length;
    console.info(`PostgreSQL down 3 s under the worker: /health answered ${down.status} in ${down.ms} ms; ${all.length} expected, ${all.filter((i) => perAddress.has(i.email)).length} received, ${duplicated} duplicated; the new ones SENT ${recoveredSeconds.toFixed(1)} s after PostgreSQL started`);
    assert.ok(all.every((i) => perAddress.get(i.email) === 1));
    assert.ok(recoveredSeconds < 30, `${recoveredSeconds} s`);
  }, 120_000);
});
