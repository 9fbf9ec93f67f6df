// The mail server down for two minutes while 50 invitations are created, with the delivery schedule at
// its defaults (2 s doubling with jitter to 5 min, for 48 h): nothing is marked FAILED, the owners see
// each email being retried, and once the server is back every invitation arrives exactly once.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { closeOpenOutbox, createAccount, inviteMany } from '../db-fixtures.js';
import { startWorkerProcess, type WorkerProcess } from '../main.js';
import { deleteKeys, freePort, memoryLogger, TEST_DATABASE_URL, testConfig, uniquePrefix, waitUntil } from '../testing.js';

const OUTAGE_MS = 120_000;
const INVITATIONS = 50;

describe('the mail server down for two minutes, at the default retry schedule', () => {
  const prefix = uniquePrefix();
  let db: Database;
  let worker: WorkerProcess | undefined;
  let catcher: MailCatcher | undefined;

  beforeAll(() => {
    db = createDatabase(TEST_DATABASE_URL);
  });
  afterAll(async () => {
    await worker?.stop();
    await catcher?.close();
    await closeOpenOutbox(db);
    await db.$disconnect();
    await deleteKeys(prefix);
  });

  test(`${INVITATIONS} invitations created during the outage all arrive once after it, none FAILED`, async () => {
    const smtpPort = await freePort();
    const { logger } = memoryLogger();
    // Only the loops are fast; EMAIL_BACKOFF_MS, EMAIL_BACKOFF_MAX_MS and EMAIL_RETRY_HORIZON_MS keep their defaults.
    const config = testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, EMAIL_BACKOFF_MS: '' });
    assert.deepEqual([config.emailBackoffMs, config.emailBackoffMaxMs, config.emailRetryHorizonMs], [2_000, 300_000, 48 * 3600_000]);
    worker = await startWorkerProcess(config, { logger });

    const account = await createAccount(db);
    const outageStarted = Date.now();
    const batch = await inviteMany(db, account, INVITATIONS);
    const ids = batch.map((invitation) => invitation.invitationId);
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS - (Date.now() - outageStarted)));

    const during = await db.invitation.findMany({ where: { id: { in: ids } } });
    const byStatus = (rows: typeof during) => JSON.stringify(Object.fromEntries(['QUEUED', 'SENT', 'FAILED'].map((s) => [s, rows.filter((r) => r.deliveryStatus === s).length])));
    assert.equal(during.filter((row) => row.deliveryStatus === 'FAILED').length, 0, byStatus(during));
    assert.ok(during.every((row) => row.deliveryStatus === 'QUEUED' && /ECONNREFUSED/.test(row.deliveryError ?? '') && row.deliveryNextAttemptAt), 'each shows it is being retried');
    const attempts = during.map((row) => row.deliveryAttempts);

    catcher = await startMailCatcher({ smtpPort });
    const backAt = Date.now();
    await waitUntil(
      `all ${INVITATIONS} invitations are SENT`,
      async () => (await db.invitation.count({ where: { id: { in: ids }, deliveryStatus: 'SENT' } })) === INVITATIONS,
      { timeoutMs: 330_000, intervalMs: 500 },
    );
    const drainedSeconds = (Date.now() - backAt) / 1000;

    const perAddress = new Map<string, number>();
    for (const mail of catcher.messages()) perAddress.set(mail.to[0]!, (perAddress.get(mail.to[0]!) ?? 0) + 1);
    const expected = batch.map((invitation) => invitation.email);
    const received = expected.filter((address) => perAddress.has(address)).length;
    const duplicated = expected.filter((address) => (perAddress.get(address) ?? 0) > 1).length;
    console.info(
      `SMTP down ${OUTAGE_MS / 1000} s: ${INVITATIONS} expected, ${received} received, ${duplicated} duplicated, 0 FAILED; ` +
        `attempts during the outage ${Math.min(...attempts)}-${Math.max(...attempts)}; all SENT ${drainedSeconds.toFixed(1)} s after the server came back`,
    );
    assert.equal(received, INVITATIONS);
    assert.equal(duplicated, 0);
    // Within the backoff cap of the server's return (5 minutes), not at the next day's retry.
    assert.ok(drainedSeconds < 310, `${drainedSeconds} s to drain`);
  }, 600_000);
});
