import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, tenancy, type Database } from '@partner-portal/db';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { closeOpenOutbox, createAccount, invite, uniqueEmail, type TestAccount } from './db-fixtures.js';
import { expireInvitations } from './expire-invitations.js';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { startDueCampaigns } from './start-due-campaigns.js';
import { deleteKeys, memoryLogger, TEST_APP_DATABASE_URL, TEST_DATABASE_URL, testConfig, uniquePrefix, waitUntil, type LogEntry } from './testing.js';

const HOUR_MS = 3600 * 1000;

/** A SCHEDULED campaign to one list of one subscribed contact. */
async function scheduledCampaign(db: Database, { accountId }: TestAccount, scheduledAt: Date) {
  const email = uniqueEmail('reader');
  const contact = await db.contact.create({ data: { accountId, email, emailKey: email.toLowerCase() } });
  const list = await db.contactList.create({ data: { accountId, name: `Readers ${randomUUID().slice(0, 6)}` } });
  await db.listMember.create({ data: { accountId, listId: list.id, contactId: contact.id } });
  const campaign = await db.campaign.create({
    data: { accountId, name: 'Open house', subject: 'Open house', fromName: 'Sue', fromEmail: 'sue@greenacres.test', bodyHtml: '<p>Open house</p>', status: 'SCHEDULED', scheduledAt },
  });
  await db.campaignList.create({ data: { accountId, campaignId: campaign.id, listId: list.id } });
  return campaign;
}

describe('a worker connected as the application role, under row-level security', () => {
  const prefix = uniquePrefix();
  let db: Database;
  let appDb: Database;
  let catcher: MailCatcher;
  let worker: WorkerProcess;
  let entries: LogEntry[];
  let first: TestAccount;
  let second: TestAccount;

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    appDb = createDatabase(TEST_APP_DATABASE_URL);
    await closeOpenOutbox(db);
    catcher = await startMailCatcher({ smtpPort: 0 });
    first = await createAccount(db);
    second = await createAccount(db);
    const log = memoryLogger();
    entries = log.entries;
    worker = await startWorkerProcess(testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}` }), { logger: log.logger });
  });
  afterAll(async () => {
    await worker?.stop();
    await catcher?.close();
    await closeOpenOutbox(db);
    await appDb?.$disconnect();
    await db?.$disconnect();
    await deleteKeys(prefix);
  });

  const mailsTo = (email: string) => catcher.messages().filter((mail) => mail.to.includes(email));

  test('relays and sends the invitations of two accounts, each seen only in its own account', async () => {
    const invitations = [await invite(db, first), await invite(db, second)];
    for (const { invitationId } of invitations) {
      await waitUntil(`invitation ${invitationId} is SENT`, async () => (await db.invitation.findFirstOrThrow({ where: { id: invitationId } })).deliveryStatus === 'SENT');
    }
    for (const { email, outboxId } of invitations) {
      assert.equal(mailsTo(email).length, 1, email);
      assert.ok((await db.outboxMessage.findFirstOrThrow({ where: { id: outboxId } })).completedAt);
    }

    // What the worker's connection sees of these rows: nothing outside a scope, and each in its own account only.
    const [mine, theirs] = invitations as [(typeof invitations)[0], (typeof invitations)[0]];
    const findIn = (accountId: string, invitationId: string) => tenancy.run({ accountId }, () => appDb.invitation.findFirst({ where: { id: invitationId } }));
    assert.equal(await appDb.invitation.findFirst({ where: { id: mine.invitationId } }), null);
    assert.equal((await findIn(first.accountId, mine.invitationId))?.id, mine.invitationId);
    assert.equal(await findIn(first.accountId, theirs.invitationId), null);
    assert.equal((await findIn(second.accountId, theirs.invitationId))?.id, theirs.invitationId);
  });

  test("a job in one account naming another account's invitation finds nothing, and changes nothing", async () => {
    const theirs = await invite(db, second);
    await waitUntil('their invitation is SENT', async () => (await db.invitation.findFirstOrThrow({ where: { id: theirs.invitationId } })).deliveryStatus === 'SENT');
    const before = await db.invitation.findFirstOrThrow({ where: { id: theirs.invitationId } });

    // An outbox row of the first account whose payload names the second account's invitation: the relay
    // makes it a job in the first account, which would mint a new token and resend were it not for RLS.
    const forged = await db.outboxMessage.create({
      data: { accountId: first.accountId, topic: 'invitation.resent', payload: { v: 1, invitationId: theirs.invitationId, accountId: first.accountId } },
    });
    await waitUntil('the forged outbox row is completed', async () => (await db.outboxMessage.findFirstOrThrow({ where: { id: forged.id } })).completedAt !== null);

    const skipped = entries.find((entry) => entry.invitationId === theirs.invitationId && entry.accountId === first.accountId && entry.outcome === 'skipped');
    assert.equal(skipped?.reason, 'no such invitation');
    const afterwards = await db.invitation.findFirstOrThrow({ where: { id: theirs.invitationId } });
    assert.deepEqual(afterwards, before, 'the token, the delivery and every other field are untouched');
    assert.equal(mailsTo(theirs.email).length, 1, 'no reminder was sent');
  });
});

describe('the sweeps, as the application role, over two accounts', () => {
  let db: Database;
  const workers: Database[] = [];
  let first: TestAccount;
  let second: TestAccount;

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    // Two connections, as two workers would have.
    workers.push(createDatabase(TEST_APP_DATABASE_URL), createDatabase(TEST_APP_DATABASE_URL));
    first = await createAccount(db);
    second = await createAccount(db);
  });
  afterAll(async () => {
    await closeOpenOutbox(db);
    for (const worker of workers) await worker.$disconnect();
    await db.$disconnect();
  });

  test('two sweeps at once start each due campaign once, in its own account', async () => {
    const past = new Date(Date.now() - 1000);
    const due = [await scheduledCampaign(db, first, past), await scheduledCampaign(db, first, past), await scheduledCampaign(db, second, past)];
    const later = await scheduledCampaign(db, second, new Date(Date.now() + HOUR_MS));

    const started = await Promise.all(workers.map((worker) => startDueCampaigns(worker)));
    assert.ok(started.reduce((sum, n) => sum + n, 0) >= due.length, `started ${started.join(' + ')}`);

    for (const { id, accountId } of due) {
      const campaign = await db.campaign.findFirstOrThrow({ where: { id } });
      assert.deepEqual([campaign.status, campaign.recipientCount, campaign.version], ['SENDING', 1, 2], 'started once');
      const audit = await db.auditEvent.findMany({ where: { targetId: id } });
      assert.deepEqual(audit.map((event) => [event.accountId, event.action]), [[accountId, 'campaign.sending-started']]);
      const outbox = await db.outboxMessage.findMany({ where: { topic: 'campaign.sending', accountId } });
      assert.equal(outbox.filter((row) => (row.payload as { campaignId?: string }).campaignId === id).length, 1);
    }
    assert.equal((await db.campaign.findFirstOrThrow({ where: { id: later.id } })).status, 'SCHEDULED');
  });

  test('two sweeps at once expire each overdue invitation once, audited in its own account', async () => {
    const overdue = { expiresAt: new Date(Date.now() - HOUR_MS) };
    const expiring = [await invite(db, first, overdue), await invite(db, first, overdue), await invite(db, second, overdue)];
    const fresh = await invite(db, second, { expiresAt: new Date(Date.now() + HOUR_MS) });

    const expired = await Promise.all(workers.map((worker) => expireInvitations(worker)));
    assert.ok(expired.reduce((sum, n) => sum + n, 0) >= expiring.length, `expired ${expired.join(' + ')}`);

    for (const { invitationId, accountId, email } of expiring) {
      assert.equal((await db.invitation.findFirstOrThrow({ where: { id: invitationId } })).state, 'EXPIRED');
      const audit = await db.auditEvent.findMany({ where: { targetId: invitationId } });
      assert.deepEqual(audit.map((event) => [event.accountId, event.action, event.data]), [[accountId, 'invitation.expired', { email }]]);
    }
    assert.equal((await db.invitation.findFirstOrThrow({ where: { id: fresh.invitationId } })).state, 'PENDING');
  });
});
