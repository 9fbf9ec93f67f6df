import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { queuePrefix, QUEUES } from '@partner-portal/jobs';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { closeOpenOutbox, createAccount, invite, type TestAccount } from './db-fixtures.js';
import { EXPIRY_SCHEDULER_ID } from './expire-invitations.js';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { deleteKeys, memoryLogger, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, uniquePrefix, waitUntil } from './testing.js';

const HOUR_MS = 3600 * 1000;

describe('the expiry sweep', () => {
  const prefix = uniquePrefix();
  let db: Database;
  let catcher: MailCatcher;
  let account: TestAccount;
  let worker: WorkerProcess | undefined;

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    catcher = await startMailCatcher({ smtpPort: 0 });
    account = await createAccount(db);
  });
  afterAll(async () => {
    await worker?.stop();
    await closeOpenOutbox(db);
    await catcher.close();
    await db.$disconnect();
    await deleteKeys(prefix);
  });

  it('expires overdue PENDING invitations only, with one audit row each, on a schedule that survives a Redis flush', async () => {
    const overdue = [
      await invite(db, account, { expiresAt: new Date(Date.now() - HOUR_MS) }),
      await invite(db, account, { expiresAt: new Date(Date.now() - 1000) }),
    ];
    const fresh = await invite(db, account, { expiresAt: new Date(Date.now() + HOUR_MS) });
    const accepted = await invite(db, account, { expiresAt: new Date(Date.now() - HOUR_MS) });
    const revoked = await invite(db, account, { expiresAt: new Date(Date.now() - HOUR_MS) });
    await db.invitation.updateMany({ where: { id: accepted.invitationId }, data: { state: 'ACCEPTED', acceptedAt: new Date() } });
    await db.invitation.updateMany({ where: { id: revoked.invitationId }, data: { state: 'REVOKED', revokedAt: new Date() } });

    const { logger, entries } = memoryLogger();
    worker = await startWorkerProcess(
      testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, EXPIRY_SWEEP_INTERVAL_MS: '1000' }),
      { logger },
    );

    const stateOf = async (id: string) => (await db.invitation.findFirstOrThrow({ where: { id } })).state;
    await waitUntil('the overdue invitations are expired', async () => (await Promise.all(overdue.map((i) => stateOf(i.invitationId)))).every((state) => state === 'EXPIRED'));
    assert.equal(await stateOf(fresh.invitationId), 'PENDING');
    assert.equal(await stateOf(accepted.invitationId), 'ACCEPTED');
    assert.equal(await stateOf(revoked.invitationId), 'REVOKED');

    const audit = await db.auditEvent.findMany({ where: { accountId: account.accountId }, orderBy: { id: 'asc' } });
    assert.deepEqual(
      audit.map(({ accountId, actorUserId, action, targetType, targetId, data }) => ({ accountId, actorUserId, action, targetType, targetId, data })).sort((a, b) => a.targetId!.localeCompare(b.targetId!)),
      overdue
        .map((i) => ({ accountId: account.accountId, actorUserId: null, action: 'invitation.expired', targetType: 'invitation', targetId: i.invitationId, data: { email: i.email } }))
        .sort((a, b) => a.targetId.localeCompare(b.targetId)),
    );
    assert.ok(entries.some((entry) => entry.msg === 'expired overdue invitations' && typeof entry.expired === 'number'));

    // The emails: only the fresh invitation gets one; the overdue ones are never sent.
    await waitUntil('every outbox row is completed', async () => (await db.outboxMessage.count({ where: { accountId: account.accountId, completedAt: null } })) === 0);
    const recipients = catcher.messages().flatMap((mail) => mail.to);
    assert.deepEqual(recipients, [fresh.email]);

    // Redis loses everything; the schedule comes back and sweeps again.
    await deleteKeys(prefix);
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const maintenance = new Queue(QUEUES.maintenance, { connection, prefix: queuePrefix(prefix) });
    try {
      await waitUntil('the sweep is scheduled again', async () => Boolean(await maintenance.getJobScheduler(EXPIRY_SCHEDULER_ID)), { timeoutMs: 15_000 });
      const late = await invite(db, account, { expiresAt: new Date(Date.now() + 1500) });
      await waitUntil('an invitation that became overdue later is expired', async () => (await stateOf(late.invitationId)) === 'EXPIRED', { timeoutMs: 15_000 });
      assert.equal(await db.auditEvent.count({ where: { targetId: late.invitationId, action: 'invitation.expired' } }), 1);
    } finally {
      await maintenance.close();
      await connection.quit();
    }
  }, 60_000);
});
