import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import pg from 'pg';
import { closeOpenOutbox, createAccount, invite, type TestAccount, type TestInvitation } from './db-fixtures.js';
import { retryFailedInvitationEmails } from './retry-failed-emails.js';
import { TEST_DATABASE_URL } from './testing.js';

const CLI = fileURLToPath(new URL('../dist/retry-failed-emails-cli.js', import.meta.url));

describe('retrying every FAILED invitation email at once (the operator command)', () => {
  let db: Database;
  let owner: pg.Client;
  let first: TestAccount;
  let second: TestAccount;

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    owner = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await owner.connect();
    first = await createAccount(db);
    second = await createAccount(db);
  });
  afterAll(async () => {
    await owner.end();
    await db.$disconnect();
  });

  /** What the worker leaves behind when it gives an email up: FAILED, with the error, and its outbox row done. */
  async function failed(account: TestAccount, options: { state?: 'PENDING' | 'REVOKED'; expired?: boolean } = {}): Promise<TestInvitation> {
    const sent = await invite(db, account, options.expired ? { expiresAt: new Date(Date.now() - 1000) } : {});
    await db.invitation.updateMany({
      where: { id: sent.invitationId },
      data: { deliveryStatus: 'FAILED', deliveryError: '550 No such user', deliveryAttempts: 1, state: options.state ?? 'PENDING' },
    });
    await db.outboxMessage.updateMany({ where: { id: sent.outboxId }, data: { completedAt: new Date(), relayedAt: new Date(), attempts: 1, createdAt: new Date(Date.now() - 86_400_000) } });
    return sent;
  }

  it('queues again the FAILED emails of pending, unexpired invitations in every account, with an audit row each, and nothing else', async () => {
    await closeOpenOutbox(db);
    const retried = [await failed(first), await failed(second)];
    const untouched = [await failed(first, { state: 'REVOKED' }), await failed(second, { expired: true })];

    const rows = await retryFailedInvitationEmails(owner);
    assert.deepEqual(rows.map((row) => row.invitationId).sort(), retried.map((sent) => sent.invitationId).sort());

    for (const sent of retried) {
      const invitation = await db.invitation.findFirstOrThrow({ where: { id: sent.invitationId } });
      assert.deepEqual([invitation.deliveryStatus, invitation.deliveryError, invitation.deliveryNextAttemptAt], ['QUEUED', null, null]);
      const outbox = await db.outboxMessage.findFirstOrThrow({ where: { id: sent.outboxId } });
      assert.equal(outbox.completedAt, null, 'the relay picks the same outbox row up again, so the link stays the same');
      assert.equal(outbox.relayedAt, null);
      assert.ok(Date.now() - outbox.createdAt.getTime() < 60_000, 'the retry horizon starts again');
      const audit = await db.auditEvent.findMany({ where: { accountId: sent.accountId, action: 'invitation.delivery-retried', targetId: sent.invitationId } });
      assert.equal(audit.length, 1);
      assert.deepEqual(audit[0]!.data, { email: sent.email, by: 'operator' });
    }
    for (const sent of untouched) {
      const invitation = await db.invitation.findFirstOrThrow({ where: { id: sent.invitationId } });
      assert.equal(invitation.deliveryStatus, 'FAILED');
      assert.ok((await db.outboxMessage.findFirstOrThrow({ where: { id: sent.outboxId } })).completedAt);
    }
    assert.deepEqual(await retryFailedInvitationEmails(owner), [], 'a second run finds nothing left');
  });

  it('npm run emails:retry-failed says how many it queued again', async () => {
    await closeOpenOutbox(db);
    await failed(first);
    const run = spawnSync(process.execPath, [CLI], { env: { PATH: process.env.PATH, DATABASE_URL: TEST_DATABASE_URL }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, '1 failed invitation email(s) in 1 account(s) queued again; the running worker sends them.\n');
    const broken = spawnSync(process.execPath, [CLI], { env: { PATH: process.env.PATH, DATABASE_URL: 'postgresql://postgres@127.0.0.1:1/none' }, encoding: 'utf8' });
    assert.equal(broken.status, 1);
    assert.match(broken.stderr, /^Could not queue the failed invitation emails again: .*ECONNREFUSED/);
  });
});
