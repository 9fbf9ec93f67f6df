import assert from 'node:assert/strict';
import { afterAll, afterEach, beforeAll, describe, it } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { JOBS, queuePrefix, QUEUES } from '@partner-portal/jobs';
import { startMailCatcher, type CaughtMail, type MailCatcher } from '@partner-portal/mail-catcher';
import { Queue, UnrecoverableError, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { closeOpenOutbox, createAccount, invite, inviteMany, type TestAccount } from './db-fixtures.js';
import { hashToken, invitationEmailHandler, invitationMessageId } from './invitation-email.js';
import { createMailer } from './mailer.js';
import { retryFailedInvitationEmails } from './retry-failed-emails.js';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { emailJobOptions, outboxJobOptions, relayOutbox } from './outbox-relay.js';
import {
  countKeys,
  deleteKeys,
  freePort,
  keysUnder,
  memoryLogger,
  redisText,
  TEST_DATABASE_URL,
  TEST_REDIS_URL,
  TEST_RETRY_POLICY,
  testConfig,
  uniquePrefix,
  waitUntil,
} from './testing.js';

const TOKEN_IN_LINK = /\/invitations\/accept\?token=([A-Za-z0-9_-]+)/;

describe('invitation emails, end to end', () => {
  let db: Database;
  let catcher: MailCatcher;
  let account: TestAccount;
  const prefixes: string[] = [];
  const running: WorkerProcess[] = [];
  const cleanups: Array<() => Promise<unknown>> = [];

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    catcher = await startMailCatcher({ smtpPort: 0 });
    account = await createAccount(db, 'Green Acres <Realty> & Sons');
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((worker) => worker.stop()));
    for (const cleanup of cleanups.splice(0)) await cleanup();
    await closeOpenOutbox(db);
  });
  afterAll(async () => {
    await catcher.close();
    await db.$disconnect();
    for (const prefix of prefixes) await deleteKeys(prefix);
  });

  function newPrefix(): string {
    const prefix = uniquePrefix();
    prefixes.push(prefix);
    return prefix;
  }

  async function startWorker(env: Record<string, string> = {}) {
    const prefix = env.REDIS_PREFIX ?? newPrefix();
    const { logger, entries } = memoryLogger();
    const worker = await startWorkerProcess(
      testConfig({ SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, REDIS_PREFIX: prefix, ...env }),
      { logger },
    );
    running.push(worker);
    return { worker, prefix, entries };
  }

  function openQueue(prefix: string): Queue {
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUES.email, { connection, prefix: queuePrefix(prefix) });
    cleanups.push(async () => {
      await queue.close();
      await connection.quit();
    });
    return queue;
  }

  function mailsTo(email: string, from: MailCatcher = catcher): CaughtMail[] {
    return from.messages().filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()));
  }

  async function untilDelivery(invitationId: string, status: 'SENT' | 'FAILED', timeoutMs = 20_000) {
    await waitUntil(
      `invitation ${invitationId} is ${status}`,
      async () => (await db.invitation.findFirstOrThrow({ where: { id: invitationId } })).deliveryStatus === status,
      { timeoutMs },
    );
    return db.invitation.findFirstOrThrow({ where: { id: invitationId } });
  }

  async function outboxCompleted(outboxId: string): Promise<boolean> {
    return (await db.outboxMessage.findFirstOrThrow({ where: { id: outboxId } })).completedAt !== null;
  }

  it('turns an outbox row into exactly one email whose token only the email holds', async () => {
    const { prefix, entries } = await startWorker();
    const sent = await invite(db, account, { role: 'CAMPAIGN_CREATOR' });

    const invitation = await untilDelivery(sent.invitationId, 'SENT');
    const mails = mailsTo(sent.email);
    assert.equal(mails.length, 1);
    const [mail] = mails as [CaughtMail];

    assert.equal(mail.from, 'no-reply@partner-portal.local');
    assert.equal(mail.subject, "You're invited to join Green Acres <Realty> & Sons on Partner Portal");
    const token = TOKEN_IN_LINK.exec(mail.text)?.[1];
    assert.ok(token, mail.text);
    assert.equal(Buffer.from(token, 'base64url').length, 32, 'a 256-bit token');
    assert.equal(hashToken(token), invitation.tokenHash);
    assert.ok(mail.text.includes(`http://127.0.0.1:3000/invitations/accept?token=${token}`));
    assert.match(mail.text, /Sue Casa \(owner-[a-z0-9]+@example\.test\) has invited you to join Green Acres <Realty> & Sons on Partner Portal as a Campaign Creator\./);
    assert.match(mail.text, /expires on [A-Z][a-z]+ \d{1,2}, \d{4}/);

    assert.ok(mail.html);
    assert.ok(mail.html.includes(`href="http://127.0.0.1:3000/invitations/accept?token=${token}"`));
    assert.ok(mail.html.includes('Green Acres &#60;Realty&#62; &#38; Sons'));
    assert.ok(!mail.html.includes('<Realty>'));

    assert.equal(invitation.state, 'PENDING');
    assert.equal(invitation.deliveryAttempts, 1);
    assert.equal(invitation.deliveryError, null);
    assert.ok(invitation.deliveredAt);
    assert.ok(await outboxCompleted(sent.outboxId));

    const queue = openQueue(prefix);
    await waitUntil('the job is completed', async () => (await queue.getJobState(sent.outboxId)) === 'completed');
    const job = await queue.getJob(sent.outboxId);
    assert.ok(job);
    assert.equal(job.name, JOBS.invitationEmail);
    assert.deepEqual(job.data, { v: 1, invitationId: sent.invitationId, accountId: account.accountId, outboxId: sent.outboxId });
    assert.ok(!JSON.stringify(job.asJSON()).includes(token), 'the job holds no token');
    assert.ok(!(await redisText(prefix)).includes(token), 'Redis holds no token');
    // Every BullMQ key carries the prefix as a Redis Cluster hash tag, so a queue's keys share one slot.
    const keys = await keysUnder(prefix);
    assert.ok(keys.includes(`{${prefix}}:email:${sent.outboxId}`), keys.join(' '));
    assert.deepEqual(keys.filter((key) => !key.startsWith(`{${prefix}}:`)), []);
    assert.ok(!JSON.stringify(entries).includes(token), 'no log line holds the token');
    assert.ok(!JSON.stringify(await db.invitation.findMany()).includes(token), 'the database holds no token');
    assert.ok(entries.some((entry) => entry.invitationId === sent.invitationId && entry.outcome === 'sent'));
  });

  it('sends a resent invitation as a reminder, and nothing for the one it revoked', async () => {
    await startWorker();
    const email = `Resent.Person-${Date.now()}@Example.test`;
    const first = await invite(db, account, { email });
    // What the API's resend does: revoke the earlier invitation, create a new one with its own outbox row.
    await db.invitation.updateMany({ where: { id: first.invitationId }, data: { state: 'REVOKED', revokedAt: new Date() } });
    const second = await invite(db, account, { email, topic: 'invitation.resent' });

    await untilDelivery(second.invitationId, 'SENT');
    await waitUntil('both outbox rows are completed', async () => (await outboxCompleted(first.outboxId)) && (await outboxCompleted(second.outboxId)));
    const mails = mailsTo(email);
    assert.equal(mails.length, 1);
    assert.equal(mails[0]!.subject, "Reminder: you're invited to join Green Acres <Realty> & Sons on Partner Portal");
    const revoked = await db.invitation.findFirstOrThrow({ where: { id: first.invitationId } });
    assert.equal(revoked.tokenHash, null);
    assert.equal(revoked.deliveryStatus, 'QUEUED');
  });

  it('sends no email for an invitation revoked before sending, and completes its outbox row', async () => {
    const revoked = await invite(db, account);
    await db.invitation.updateMany({ where: { id: revoked.invitationId }, data: { state: 'REVOKED', revokedAt: new Date() } });
    const { entries } = await startWorker();

    await waitUntil('the outbox row is completed', () => outboxCompleted(revoked.outboxId));
    assert.equal(mailsTo(revoked.email).length, 0);
    const invitation = await db.invitation.findFirstOrThrow({ where: { id: revoked.invitationId } });
    assert.equal(invitation.tokenHash, null);
    assert.equal(invitation.deliveryAttempts, 0);
    assert.ok(entries.some((entry) => entry.invitationId === revoked.invitationId && entry.outcome === 'skipped'));
  });

  it('enqueues one job for an outbox row relayed twice, and sends one email', async () => {
    const prefix = newPrefix();
    const sent = await invite(db, account);
    const queue = openQueue(prefix);
    const { logger } = memoryLogger();
    const deps = { db, emailQueue: queue, logger, retryAfterMs: 30_000, jobOptions: outboxJobOptions(emailJobOptions(3, 50), TEST_RETRY_POLICY) };

    assert.deepEqual(await relayOutbox(deps), { relayed: 1, refused: 0 });
    assert.deepEqual(await relayOutbox(deps), { relayed: 0, refused: 0 }, 'not due again before retryAfterMs');
    await db.outboxMessage.updateMany({ where: { id: sent.outboxId }, data: { relayedAt: null } });
    assert.deepEqual(await relayOutbox(deps), { relayed: 1, refused: 0 });

    const counts = await queue.getJobCounts('waiting', 'delayed', 'active', 'completed', 'failed');
    assert.deepEqual(counts, { waiting: 1, delayed: 0, active: 0, completed: 0, failed: 0 });
    const outbox = await db.outboxMessage.findFirstOrThrow({ where: { id: sent.outboxId } });
    assert.equal(outbox.attempts, 2);

    await startWorker({ REDIS_PREFIX: prefix });
    await untilDelivery(sent.invitationId, 'SENT');
    await waitUntil('the job is completed', async () => (await queue.getJobState(sent.outboxId)) === 'completed');
    assert.equal(mailsTo(sent.email).length, 1);
    assert.deepEqual(await relayOutbox(deps), { relayed: 0, refused: 0 }, 'a completed row is never relayed again');
  });

  it('keeps an outbox row with an unknown topic, without enqueuing it', async () => {
    const prefix = newPrefix();
    const queue = openQueue(prefix);
    const { logger, entries } = memoryLogger();
    const row = await db.outboxMessage.create({ data: { accountId: account.accountId, topic: 'invitation.mystery', payload: { v: 1 } } });
    const deps = { db, emailQueue: queue, logger, retryAfterMs: 30_000, jobOptions: outboxJobOptions(emailJobOptions(3, 50), TEST_RETRY_POLICY) };

    assert.deepEqual(await relayOutbox(deps), { relayed: 0, refused: 1 });
    assert.deepEqual(await relayOutbox(deps), { relayed: 0, refused: 0 }, 'looked at again only after retryAfterMs');
    const kept = await db.outboxMessage.findFirstOrThrow({ where: { id: row.id } });
    assert.equal(kept.completedAt, null);
    assert.equal(kept.attempts, 1);
    assert.equal(await queue.getJobState(row.id), 'unknown');
    assert.ok(entries.some((entry) => entry.level === 'error' && entry.outboxId === row.id && entry.topic === 'invitation.mystery'));
  });

  it('marks the invitation FAILED with the last error once its retry horizon has passed while SMTP refuses connections', async () => {
    const closedPort = await freePort();
    const { prefix } = await startWorker({ SMTP_URL: `smtp://127.0.0.1:${closedPort}`, EMAIL_BACKOFF_MAX_MS: '100', EMAIL_RETRY_HORIZON_MS: '3000' });
    const sent = await invite(db, account);

    const invitation = await untilDelivery(sent.invitationId, 'FAILED');
    assert.match(invitation.deliveryError ?? '', /ECONNREFUSED/);
    assert.ok((invitation.deliveryError ?? '').length <= 500);
    assert.ok(invitation.deliveryAttempts >= 3, `${invitation.deliveryAttempts} attempts within the horizon`);
    assert.equal(invitation.deliveryNextAttemptAt, null);
    assert.equal(invitation.deliveredAt, null);
    assert.equal(invitation.state, 'PENDING');
    assert.ok(await outboxCompleted(sent.outboxId));

    const queue = openQueue(prefix);
    await waitUntil('the job has failed', async () => (await queue.getJobState(sent.outboxId)) === 'failed');
    const job = await queue.getJob(sent.outboxId);
    assert.equal(job?.attemptsMade, invitation.deliveryAttempts);
    assert.match(job?.failedReason ?? '', /^retry horizon reached: .*ECONNREFUSED/);

    // The mail server is back; the operator sends every FAILED email again, and the running worker does.
    const late = await startMailCatcher({ smtpPort: closedPort });
    cleanups.push(() => late.close());
    const owner = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await owner.connect();
    cleanups.push(() => owner.end());
    assert.deepEqual((await retryFailedInvitationEmails(owner)).map((row) => row.invitationId), [sent.invitationId]);
    const delivered = await untilDelivery(sent.invitationId, 'SENT');
    assert.equal(mailsTo(sent.email, late).length, 1);
    assert.equal(hashToken(TOKEN_IN_LINK.exec(mailsTo(sent.email, late)[0]!.text)![1]!), delivered.tokenHash);
  });

  it('fails at once, without a retry, when the mail server refuses the recipient for good (5xx)', async () => {
    const refusing = await startMailCatcher({ smtpPort: 0, refuse: (address) => (address.startsWith('nobody-') ? { code: 550, message: 'No such user here' } : undefined) });
    cleanups.push(() => refusing.close());
    await startWorker({ SMTP_URL: `smtp://127.0.0.1:${refusing.smtpPort}` });
    const sent = await invite(db, account, { email: `nobody-${Date.now()}@example.test` });

    const invitation = await untilDelivery(sent.invitationId, 'FAILED');
    assert.match(invitation.deliveryError ?? '', /550 No such user here/);
    assert.equal(invitation.deliveryAttempts, 1);
    assert.ok(await outboxCompleted(sent.outboxId));
    assert.equal(refusing.messages().length, 0);
  });

  it('retries a 4xx reply and sends once the server takes the message', async () => {
    let refusals = 2;
    const busy = await startMailCatcher({ smtpPort: 0, refuse: () => (refusals-- > 0 ? { code: 451, message: 'Mailbox busy, try later' } : undefined) });
    cleanups.push(() => busy.close());
    await startWorker({ SMTP_URL: `smtp://127.0.0.1:${busy.smtpPort}` });
    const sent = await invite(db, account);

    const invitation = await untilDelivery(sent.invitationId, 'SENT');
    assert.equal(invitation.deliveryAttempts, 3);
    assert.equal(invitation.deliveryError, null);
    assert.equal(mailsTo(sent.email, busy).length, 1);
  });

  it('retries with backoff while SMTP is down, and sends once it is back', async () => {
    const port = await freePort();
    await startWorker({ SMTP_URL: `smtp://127.0.0.1:${port}` });
    const sent = await invite(db, account);

    await waitUntil('two attempts have failed', async () => {
      const invitation = await db.invitation.findFirstOrThrow({ where: { id: sent.invitationId } });
      return invitation.deliveryAttempts >= 2 && invitation.deliveryError !== null;
    });
    const failing = await db.invitation.findFirstOrThrow({ where: { id: sent.invitationId } });
    assert.equal(failing.deliveryStatus, 'QUEUED', 'still queued between attempts');
    assert.match(failing.deliveryError ?? '', /ECONNREFUSED/);
    assert.ok(failing.deliveryNextAttemptAt, 'the owner sees when the next attempt is');
    assert.equal(await outboxCompleted(sent.outboxId), false);

    const late = await startMailCatcher({ smtpPort: port });
    cleanups.push(() => late.close());
    const invitation = await untilDelivery(sent.invitationId, 'SENT', 60_000);
    assert.equal(invitation.deliveryError, null);
    assert.equal(invitation.deliveryNextAttemptAt, null);
    assert.equal(invitation.tokenHash, failing.tokenHash, 'every attempt carries the same link');
    assert.ok(await outboxCompleted(sent.outboxId));
    const mails = mailsTo(sent.email, late);
    assert.equal(mails.length, 1);
    assert.equal(hashToken(TOKEN_IN_LINK.exec(mails[0]!.text)![1]!), invitation.tokenHash, 'the link of the email that arrived works');
  });

  it('sends the same link and Message-ID again when the SENT write was lost after the server took the email', async () => {
    const sent = await invite(db, account);
    const { logger } = memoryLogger();
    const mailer = createMailer(`smtp://127.0.0.1:${catcher.smtpPort}`, 'Partner Portal <no-reply@partner-portal.local>');
    cleanups.push(async () => mailer.close());
    const handle = invitationEmailHandler({ db, mailer, portalUrl: 'http://127.0.0.1:3000', linkSecret: 'a-test-link-secret-of-32-characters!', retryPolicy: TEST_RETRY_POLICY, logger }, { reminder: false });
    const job = { name: JOBS.invitationEmail, attemptsMade: 0, opts: {}, data: { v: 1, invitationId: sent.invitationId, accountId: account.accountId, outboxId: sent.outboxId } };

    assert.equal(await handle(job as never), 'sent');
    // As if the worker died between the SMTP server's 250 and the SENT write: BullMQ runs the job again.
    await db.invitation.updateMany({ where: { id: sent.invitationId }, data: { deliveryStatus: 'QUEUED', deliveredAt: null } });
    await db.outboxMessage.updateMany({ where: { id: sent.outboxId }, data: { completedAt: null } });
    assert.equal(await handle({ ...job, attemptsMade: 1 } as never), 'sent');

    const mails = mailsTo(sent.email);
    assert.equal(mails.length, 2);
    const [first, second] = mails.map((mail) => TOKEN_IN_LINK.exec(mail.text)![1]!);
    assert.equal(first, second, 'both emails carry the same link');
    assert.equal(hashToken(first!), (await db.invitation.findFirstOrThrow({ where: { id: sent.invitationId } })).tokenHash, 'and it is the one that works');
    assert.deepEqual(mails.map((mail) => mail.messageId), [invitationMessageId(sent.outboxId), invitationMessageId(sent.outboxId)]);
  });

  it('loses no invitation when Redis is flushed while their jobs wait', async () => {
    const prefix = newPrefix();
    const batch = await inviteMany(db, account, 5);
    const queue = openQueue(prefix);
    const { logger } = memoryLogger();
    await relayOutbox({ db, emailQueue: queue, logger, retryAfterMs: 30_000, jobOptions: outboxJobOptions(emailJobOptions(3, 50), TEST_RETRY_POLICY) });
    assert.equal(await queue.getWaitingCount(), 5);

    await deleteKeys(prefix);
    assert.equal(await countKeys(prefix), 0);

    await startWorker({ REDIS_PREFIX: prefix, RELAY_RETRY_AFTER_MS: '500' });
    for (const sent of batch) await untilDelivery(sent.invitationId, 'SENT');
    for (const sent of batch) {
      assert.equal(mailsTo(sent.email).length, 1, sent.email);
      const outbox = await db.outboxMessage.findFirstOrThrow({ where: { id: sent.outboxId } });
      assert.ok(outbox.completedAt);
      assert.ok(outbox.attempts >= 2, 'relayed again after the flush');
    }
  });

  it('enqueues afresh an outbox row whose job failed without recording its outcome', async () => {
    const prefix = newPrefix();
    const sent = await invite(db, account);
    const queue = openQueue(prefix);
    const { logger } = memoryLogger();
    const deps = { db, emailQueue: queue, logger, retryAfterMs: 30_000, jobOptions: outboxJobOptions(emailJobOptions(3, 50), TEST_RETRY_POLICY) };
    await relayOutbox(deps);
    // As if every attempt had died on a database outage: the job failed, the outbox row is still open.
    const connection = new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null });
    const failing = new Worker(QUEUES.email, async () => { throw new UnrecoverableError('database unavailable'); }, { connection, prefix: queuePrefix(prefix) });
    await waitUntil('the job has failed', async () => (await queue.getJobState(sent.outboxId)) === 'failed');
    await failing.close();
    await connection.quit();
    assert.equal(await outboxCompleted(sent.outboxId), false);

    await db.outboxMessage.updateMany({ where: { id: sent.outboxId }, data: { relayedAt: new Date(Date.now() - 60_000) } });
    assert.deepEqual(await relayOutbox(deps), { relayed: 1, refused: 0 });
    assert.equal(await queue.getJobState(sent.outboxId), 'waiting');

    await startWorker({ REDIS_PREFIX: prefix });
    await untilDelivery(sent.invitationId, 'SENT');
    assert.equal(mailsTo(sent.email).length, 1);
  });
});
