import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, type Database, materializeRecipients } from '@partner-portal/db';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { JOBS, queuePrefix, QUEUES } from '@partner-portal/jobs';
import { Queue } from 'bullmq';
import { SMTPServer } from 'smtp-server';
import { closeOpenOutbox, createAccount, uniqueEmail, type TestAccount } from './db-fixtures.js';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { deleteKeys, memoryLogger, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, uniquePrefix, waitUntil } from './testing.js';

/** Contacts with their list memberships, and a draft campaign to those lists, as the API writes them. */
async function seedCampaign(
  db: Database,
  account: TestAccount,
  lists: Record<string, { email: string; unsubscribed?: boolean }[]>,
  fields: { status?: 'DRAFT' | 'SCHEDULED'; scheduledAt?: Date; subject?: string } = {},
) {
  const { accountId } = account;
  const contacts = new Map<string, string>();
  const listIds: string[] = [];
  for (const [name, members] of Object.entries(lists)) {
    const list = await db.contactList.create({ data: { accountId, name: `${name} ${randomUUID().slice(0, 6)}` } });
    listIds.push(list.id);
    for (const member of members) {
      let contactId = contacts.get(member.email);
      if (!contactId) {
        const contact = await db.contact.create({
          data: { accountId, email: member.email, emailKey: member.email.toLowerCase(), status: member.unsubscribed ? 'UNSUBSCRIBED' : 'SUBSCRIBED' },
        });
        contactId = contact.id;
        contacts.set(member.email, contactId);
      }
      await db.listMember.create({ data: { accountId, listId: list.id, contactId } });
    }
  }
  const campaign = await db.campaign.create({
    data: {
      accountId,
      name: 'Spring open house',
      subject: fields.subject ?? `Open house ${randomUUID().slice(0, 6)}`,
      fromName: 'Sue "Casa" Realty',
      fromEmail: 'sue@greenacres.test',
      bodyHtml: '<h1>Open house</h1><p>Saturday &amp; Sunday</p>',
      status: fields.status ?? 'DRAFT',
      scheduledAt: fields.scheduledAt ?? null,
    },
  });
  await db.campaignList.createMany({ data: listIds.map((listId) => ({ accountId, campaignId: campaign.id, listId })) });
  return campaign;
}

/** What the API's send-now does in one transaction: SENDING, recipients fixed, the outbox row. */
async function sendNow(db: Database, accountId: string, campaignId: string) {
  await db.$transaction(async (tx) => {
    await tx.campaign.updateMany({ where: { id: campaignId }, data: { status: 'SENDING', sendStartedAt: new Date(), version: { increment: 1 } } });
    await materializeRecipients(tx, accountId, campaignId);
    await tx.outboxMessage.create({ data: { accountId, topic: 'campaign.sending', payload: { v: 1, campaignId, accountId } } });
  });
}

async function campaignSent(db: Database, campaignId: string) {
  return (await db.campaign.findFirstOrThrow({ where: { id: campaignId } })).status === 'SENT';
}

describe('campaign sending over SMTP (mail catcher)', () => {
  let db: Database;
  let catcher: MailCatcher;
  let worker: WorkerProcess;
  let account: TestAccount;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    await closeOpenOutbox(db);
    catcher = await startMailCatcher({ smtpPort: 0 });
    account = await createAccount(db);
    worker = await startWorkerProcess(
      testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, CAMPAIGN_SCHEDULER_INTERVAL_MS: '100', CAMPAIGN_BATCH_SIZE: '2' }),
      { logger: memoryLogger().logger },
    );
  });
  afterAll(async () => {
    await worker?.stop();
    await catcher?.close();
    await closeOpenOutbox(db);
    await db?.$disconnect();
    await deleteKeys(prefix);
  });

  test('a campaign to two overlapping lists reaches each subscribed contact once, in batches, and ends SENT', async () => {
    const [ann, bob, cat, dan, eve] = ['ann', 'bob', 'cat', 'dan', 'eve'].map((name) => uniqueEmail(name)) as [string, string, string, string, string];
    const campaign = await seedCampaign(db, account, {
      buyers: [{ email: ann }, { email: bob }, { email: cat }],
      sellers: [{ email: bob }, { email: cat }, { email: dan }, { email: eve, unsubscribed: true }],
    });
    await sendNow(db, account.accountId, campaign.id);
    await waitUntil('the campaign is SENT', () => campaignSent(db, campaign.id));

    const mails = catcher.messages().filter((m) => m.subject === campaign.subject);
    const perAddress = Object.fromEntries([ann, bob, cat, dan, eve].map((to) => [to, mails.filter((m) => m.to.includes(to)).length]));
    assert.deepEqual(perAddress, { [ann]: 1, [bob]: 1, [cat]: 1, [dan]: 1, [eve]: 0 });
    const mail = mails[0]!;
    assert.equal(mail.from, 'sue@greenacres.test');
    assert.match(mail.html ?? '', /<h1>Open house<\/h1>/);
    assert.match(mail.text, /Open house\s+Saturday & Sunday/);

    const sent = await db.campaign.findFirstOrThrow({ where: { id: campaign.id } });
    assert.deepEqual([sent.recipientCount, sent.sentCount, sent.failedCount], [4, 4, 0]);
    assert.ok(sent.sentAt);
    const recipients = await db.campaignRecipient.findMany({ where: { campaignId: campaign.id } });
    assert.deepEqual(recipients.map((r) => [r.status, r.attempts]), Array(4).fill(['SENT', 1]));
    const audit = await db.auditEvent.findMany({ where: { targetId: campaign.id } });
    assert.deepEqual(audit.map((e) => [e.action, e.data]), [['campaign.sent', { sentCount: 4, failedCount: 0, recipientCount: 4 }]]);
    assert.ok(await db.outboxMessage.findFirst({ where: { accountId: account.accountId, topic: 'campaign.sending', completedAt: { not: null } } }));

    const queue = new Queue(QUEUES.campaigns, { connection: { url: TEST_REDIS_URL }, prefix: queuePrefix(prefix) });
    try {
      const batches = (await queue.getJobs(['completed'])).filter((job) => job.name === JOBS.campaignBatch && job.data.campaignId === campaign.id);
      assert.equal(batches.length, 2, 'four recipients in batches of two');
    } finally {
      await queue.close();
    }
  });

  test('a scheduled campaign is started by the worker at its time, and not before', async () => {
    const to = uniqueEmail('scheduled');
    const scheduledAt = new Date(Date.now() + 2000);
    const campaign = await seedCampaign(db, account, { only: [{ email: to }] }, { status: 'SCHEDULED', scheduledAt });

    await waitUntil('shortly before its time', () => Date.now() >= scheduledAt.getTime() - 300, { timeoutMs: 5000 });
    assert.equal(catcher.messages().filter((m) => m.to.includes(to)).length, 0, 'nothing sent before its time');
    assert.equal((await db.campaign.findFirstOrThrow({ where: { id: campaign.id } })).status, 'SCHEDULED');

    const mail = await catcher.waitFor((m) => m.to.includes(to), { timeoutMs: 10_000 });
    assert.ok(new Date(mail.receivedAt).getTime() >= scheduledAt.getTime(), `received ${mail.receivedAt}, scheduled ${scheduledAt.toISOString()}`);
    await waitUntil('the campaign is SENT', () => campaignSent(db, campaign.id));
    const sent = await db.campaign.findFirstOrThrow({ where: { id: campaign.id } });
    assert.ok(sent.sendStartedAt! >= scheduledAt);
    assert.deepEqual([sent.recipientCount, sent.sentCount, sent.version], [1, 1, 3], 'started and finished: two version bumps');
    const actions = (await db.auditEvent.findMany({ where: { targetId: campaign.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    assert.deepEqual(actions, ['campaign.sending-started', 'campaign.sent']);
  });

  test('a test send reaches both addresses with [Test] before the subject, and is recorded', async () => {
    const campaign = await seedCampaign(db, account, {});
    const to = [uniqueEmail('tester'), uniqueEmail('tester')];
    const outbox = await db.outboxMessage.create({
      data: { accountId: account.accountId, topic: 'campaign.test-send', payload: { v: 1, campaignId: campaign.id, accountId: account.accountId, to } },
    });
    for (const address of to) {
      const mail = await catcher.waitFor((m) => m.to.includes(address), { timeoutMs: 10_000 });
      assert.equal(mail.subject, `[Test] ${campaign.subject}`);
    }
    await waitUntil('the outbox row is completed', async () => (await db.outboxMessage.findFirstOrThrow({ where: { id: outbox.id } })).completedAt !== null);
    const audit = await db.auditEvent.findMany({ where: { targetId: campaign.id } });
    assert.deepEqual(audit.map((e) => [e.action, e.data]), [['campaign.test-sent', { to }]]);
    assert.equal((await db.campaign.findFirstOrThrow({ where: { id: campaign.id } })).status, 'DRAFT', 'a test send changes nothing');
  });

  test('a campaign with no subscribed recipient is SENT at once', async () => {
    const campaign = await seedCampaign(db, account, { gone: [{ email: uniqueEmail('gone'), unsubscribed: true }] });
    await sendNow(db, account.accountId, campaign.id);
    await waitUntil('the campaign is SENT', () => campaignSent(db, campaign.id));
    const sent = await db.campaign.findFirstOrThrow({ where: { id: campaign.id } });
    assert.deepEqual([sent.recipientCount, sent.sentCount, sent.failedCount], [0, 0, 0]);
  });
});

describe('campaign sending when the SMTP server refuses some recipients', () => {
  let db: Database;
  let worker: WorkerProcess;
  let account: TestAccount;
  let server: SMTPServer;
  let port: number;
  const accepted: string[] = [];
  const refusedOnce = new Set<string>();
  const prefix = uniquePrefix();

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    await closeOpenOutbox(db);
    account = await createAccount(db);
    // "bounce" addresses are refused for good (550), "busy" ones once for now (451), as real servers do.
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        if (address.address.startsWith('bounce')) return callback(Object.assign(new Error('5.1.1 No such mailbox'), { responseCode: 550 }));
        if (address.address.startsWith('busy') && !refusedOnce.has(address.address)) {
          refusedOnce.add(address.address);
          return callback(Object.assign(new Error('4.2.1 Mailbox busy, try later'), { responseCode: 451 }));
        }
        callback();
      },
      onData(stream, session, callback) {
        stream.on('end', () => {
          accepted.push(...session.envelope.rcptTo.map((rcpt) => rcpt.address));
          callback();
        });
        stream.resume();
      },
    });
    server.on('error', () => {});
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
    worker = await startWorkerProcess(
      testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${port}`, CAMPAIGN_BATCH_SIZE: '10', EMAIL_ATTEMPTS: '3' }),
      { logger: memoryLogger().logger },
    );
  });
  afterEach(() => closeOpenOutbox(db));
  afterAll(async () => {
    await worker?.stop();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await db?.$disconnect();
    await deleteKeys(prefix);
  });

  test('a refused recipient is FAILED with the error, a busy one is retried and SENT, the rest SENT once', async () => {
    const ok = uniqueEmail('ok');
    const bounce = uniqueEmail('bounce');
    const busy = uniqueEmail('busy');
    const campaign = await seedCampaign(db, account, { all: [{ email: ok }, { email: bounce }, { email: busy }] });
    await sendNow(db, account.accountId, campaign.id);
    await waitUntil('the campaign is SENT', () => campaignSent(db, campaign.id));

    const recipients = Object.fromEntries(
      (await db.campaignRecipient.findMany({ where: { campaignId: campaign.id } })).map((r) => [r.email, { status: r.status, attempts: r.attempts, error: r.error }]),
    );
    assert.deepEqual(recipients[ok], { status: 'SENT', attempts: 1, error: null });
    assert.deepEqual(recipients[busy], { status: 'SENT', attempts: 2, error: null });
    assert.equal(recipients[bounce]!.status, 'FAILED');
    assert.equal(recipients[bounce]!.attempts, 1, 'a permanent refusal is not retried');
    assert.match(recipients[bounce]!.error!, /No such mailbox/);
    assert.deepEqual(accepted.filter((a) => [ok, busy, bounce].includes(a)).sort(), [busy, ok].sort(), 'each accepted once');
    const sent = await db.campaign.findFirstOrThrow({ where: { id: campaign.id } });
    assert.deepEqual([sent.recipientCount, sent.sentCount, sent.failedCount], [3, 2, 1]);
  });
});
