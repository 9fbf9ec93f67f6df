import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import { uniqueEmail, useTestApp } from '../testing/api-harness.js';

describe('campaigns and their reports (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });
  let solo: string;

  const campaigns = (accountId = solo) => `/api/accounts/${accountId}/campaigns`;

  /** Lists of the account with their members: a contact named in two lists is one contact on both. */
  async function seedLists(accountId: string, lists: Record<string, { email: string; unsubscribed?: boolean }[]>) {
    const contacts = new Map<string, string>();
    const ids: Record<string, string> = {};
    for (const [name, members] of Object.entries(lists)) {
      const list = await db.contactList.create({ data: { accountId, name: `${name} ${randomUUID().slice(0, 8)}` } });
      ids[name] = list.id;
      for (const member of members) {
        let contactId = contacts.get(member.email);
        if (!contactId) {
          contactId = (
            await db.contact.create({
              data: { accountId, email: member.email, emailKey: member.email.toLowerCase(), status: member.unsubscribed ? 'UNSUBSCRIBED' : 'SUBSCRIBED' },
            })
          ).id;
          contacts.set(member.email, contactId);
        }
        await db.listMember.create({ data: { accountId, listId: list.id, contactId } });
      }
    }
    return ids;
  }

  const draft = (overrides: object = {}) => ({
    name: 'Spring open house',
    subject: 'Open house this Saturday',
    fromName: 'Green Acres Realty',
    fromEmail: 'sue@greenacres.test',
    bodyHtml: '<p>Come by!</p>',
    ...overrides,
  });

  async function createDraft(caller = 'soloOwner', overrides: object = {}, accountId = solo) {
    const created = await as(caller).post(campaigns(accountId), draft(overrides));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body as { id: string; version: number; status: string; listIds: string[] };
  }

  beforeAll(async () => {
    solo = world.account('standalone').id;
  });

  test('a draft is created, read with its ETag, listed, edited with If-Match and deleted', async () => {
    const { buyers } = await seedLists(solo, { buyers: [{ email: uniqueEmail('b') }] });
    const created = await as('soloCc').post(campaigns(), draft({ name: 'Crud draft', listIds: [buyers] }));
    assert.equal(created.status, 201);
    assert.deepEqual([created.body.status, created.body.version, created.body.listIds, created.headers.etag], ['DRAFT', 1, [buyers], '"1"']);
    assert.equal(created.body.bodyText, null);

    const read = await as('soloCc').get(`${campaigns()}/${created.body.id}`);
    assert.deepEqual([read.status, read.headers.etag, read.body.bodyHtml], [200, '"1"', '<p>Come by!</p>']);

    const listed = await as('soloCc').get(`${campaigns()}?filter=${encodeURIComponent('{"q":"crud","status":"DRAFT"}')}&sort=-name`);
    assert.equal(listed.status, 200);
    assert.ok(listed.body.data.some((c: { id: string; bodyHtml?: string }) => c.id === created.body.id && c.bodyHtml === undefined));
    assert.equal((await as('soloCc').get(`${campaigns()}?filter=${encodeURIComponent('{"status":"LOST"}')}`)).body.code, 'INVALID_FILTER');
    assert.equal((await as('soloCc').get(`${campaigns()}?sort=subject`)).body.code, 'INVALID_SORT');

    const path = `${campaigns()}/${created.body.id}`;
    assert.equal((await as('soloCc').patch(path, { name: 'x' })).status, 428);
    assert.equal((await as('soloCc').patch(path, { name: 'x' }, 'abc' as unknown as number)).body.code, 'INVALID_IF_MATCH');
    assert.equal((await as('soloCc').patch(path, { name: null }, 1)).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloCc').patch(path, { subject: 'two\nlines' }, 1)).body.code, 'VALIDATION_FAILED');
    const edited = await as('soloCc').patch(path, { name: 'Crud draft, edited', bodyText: 'Come by!', listIds: [] }, 1);
    assert.deepEqual([edited.status, edited.body.version, edited.headers.etag, edited.body.listIds, edited.body.bodyText], [200, 2, '"2"', [], 'Come by!']);

    const otherList = (await seedLists(world.account('directClient').id, { theirs: [] })).theirs!;
    const unknown = await as('soloCc').patch(path, { listIds: [otherList] }, 2);
    assert.deepEqual([unknown.status, unknown.body.code, unknown.body.details], [400, 'UNKNOWN_LIST', { unknown: [otherList] }]);
    assert.equal((await as('soloCc').post(campaigns(), draft({ listIds: [randomUUID()] }))).body.code, 'UNKNOWN_LIST');
    assert.equal((await as('soloCc').post(campaigns(), draft({ fromEmail: 'not-an-address' }))).body.code, 'VALIDATION_FAILED');

    assert.equal((await as('soloCc').delete(path, 2)).status, 403, 'campaigns.delete is not the creator\'s');
    assert.equal((await as('soloAm').delete(path)).status, 428);
    assert.equal((await as('soloAm').delete(path, 1)).body.code, 'VERSION_CONFLICT');
    assert.equal((await as('soloAm').delete(path, 2)).status, 204);
    assert.equal((await as('soloAm').get(path)).body.code, 'CAMPAIGN_NOT_FOUND');
    assert.equal((await as('soloAm').get(`${campaigns()}/not-a-uuid`)).body.code, 'CAMPAIGN_NOT_FOUND');

    const actions = (await db.auditEvent.findMany({ where: { targetId: created.body.id }, orderBy: { id: 'asc' } })).map((e) => e.action);
    assert.deepEqual(actions, ['campaign.created', 'campaign.updated', 'campaign.deleted']);
  });

  test('an edit of fields alone keeps the lists, bumps the version once, and audits the fields it was sent', async () => {
    const { buyers } = await seedLists(solo, { buyers: [{ email: uniqueEmail('f') }] });
    const campaign = await createDraft('soloCc', { listIds: [buyers] });
    const path = `${campaigns()}/${campaign.id}`;
    const edited = await as('soloCc').patch(path, { subject: 'Fields alone', bodyText: null }, 1);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.deepEqual(
      [edited.headers.etag, edited.body.subject, edited.body.bodyText, edited.body.listIds, edited.body.name, edited.body.accountId],
      ['"2"', 'Fields alone', null, [buyers], 'Spring open house', undefined],
    );
    const read = await as('soloCc').get(path);
    assert.deepEqual(read.body, edited.body, 'the answer is the campaign as read after it');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: campaign.id, action: 'campaign.updated' } });
    assert.deepEqual([audit.actorUserId, audit.data], [world.caller('soloCc').userId, { status: 'DRAFT', fields: ['bodyText', 'subject'] }]);

    assert.equal((await as('soloCc').patch(`${campaigns()}/${randomUUID()}`, { subject: 'Nobody' }, 1)).body.code, 'CAMPAIGN_NOT_FOUND');
    const stale = await as('soloCc').patch(path, { subject: 'Stale' }, 1);
    assert.deepEqual([stale.status, stale.body.details.current], [412, edited.body]);
    assert.equal(await db.auditEvent.count({ where: { targetId: campaign.id, action: 'campaign.updated' } }), 1, 'a refused edit writes no audit row');
  });

  test('two editors of one version: exactly one wins, the other gets 412 with the current campaign', async () => {
    const campaign = await createDraft();
    const path = `${campaigns()}/${campaign.id}`;
    const results = await Promise.all([
      as('soloOwner').patch(path, { subject: 'Owner subject' }, 1),
      as('soloAm').patch(path, { subject: 'Manager subject' }, 1),
    ]);
    const statuses = results.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    const loser = results.find((r) => r.status === 412)!;
    assert.equal(loser.body.code, 'VERSION_CONFLICT');
    assert.equal(loser.body.details.current.version, 2);
    assert.equal(loser.body.details.current.subject, winner.body.subject);
    const stored = await db.campaign.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: campaign.id } } });
    assert.deepEqual([stored.version, stored.subject], [2, winner.body.subject]);
  });

  test('a Campaign Creator edits drafts but not a scheduled campaign; an Account Manager can, and unschedules it', async () => {
    const { list } = await seedLists(solo, { list: [{ email: uniqueEmail('s') }] });
    const campaign = await createDraft('soloCc', { listIds: [list] });
    const path = `${campaigns()}/${campaign.id}`;
    assert.equal((await as('soloCc').post(`${path}/send`, { scheduledAt: new Date(Date.now() + 3600_000).toISOString() }, 1)).status, 403);
    const scheduledAt = new Date(Date.now() + 24 * 3600_000).toISOString();
    const scheduled = await as('soloAm').post(`${path}/send`, { scheduledAt }, 1);
    assert.deepEqual([scheduled.status, scheduled.body.status, scheduled.body.scheduledAt, scheduled.body.version], [200, 'SCHEDULED', scheduledAt, 2]);

    const refused = await as('soloCc').patch(path, { subject: 'Changed by the creator' }, 2);
    assert.deepEqual([refused.status, refused.body.code], [403, 'FORBIDDEN']);
    assert.match(refused.body.message, /campaigns\.edit-published/);
    assert.deepEqual((await as('soloCc').patch(`${path}/published`, { subject: 'Changed by the creator' }, 2)).status, 403);
    const edited = await as('soloAm').patch(`${path}/published`, { subject: 'Changed by the manager' }, 2);
    assert.deepEqual([edited.status, edited.body.status, edited.body.subject], [200, 'SCHEDULED', 'Changed by the manager']);
    // Through the partner, a Partner Manager may edit a client's scheduled campaign too.
    const client = world.account('directClient').id;
    const { theirs } = await seedLists(client, { theirs: [{ email: uniqueEmail('c') }] });
    const clientCampaign = await createDraft('directCc', { listIds: [theirs] }, client);
    assert.equal((await as('directAm').post(`${campaigns(client)}/${clientCampaign.id}/send`, { scheduledAt }, 1)).status, 200);
    assert.equal((await as('directCc').patch(`${campaigns(client)}/${clientCampaign.id}`, { name: 'x' }, 2)).status, 403);
    assert.equal((await as('resellerPm').patch(`${campaigns(client)}/${clientCampaign.id}`, { name: 'Edited by the partner' }, 2)).status, 200);

    assert.equal((await as('soloAm').patch(path, { subject: 'Changed again' }, 3)).status, 200, 'the plain edit route allows it too');
    const unscheduled = await as('soloAm').post(`${path}/unschedule`, {}, 4);
    assert.deepEqual([unscheduled.status, unscheduled.body.status, unscheduled.body.scheduledAt], [200, 'DRAFT', null]);
    assert.equal((await as('soloAm').post(`${path}/unschedule`, {}, 5)).body.code, 'INVALID_STATE_TRANSITION');
    assert.equal((await as('soloCc').patch(path, { subject: 'A draft again' }, 5)).status, 200, 'a draft is the creator\'s again');
  });

  test('sending is refused without a list, with If-Match missing, or with a scheduledAt in the past or over a year ahead', async () => {
    const campaign = await createDraft();
    const path = `${campaigns()}/${campaign.id}/send`;
    assert.equal((await as('soloAm').post(path, {})).status, 428);
    assert.deepEqual([(await as('soloAm').post(path, {}, 1)).status, (await as('soloAm').post(path, {}, 1)).body.code], [400, 'NO_LISTS']);
    const past = await as('soloAm').post(path, { scheduledAt: new Date(Date.now() - 60_000).toISOString() }, 1);
    assert.deepEqual([past.status, past.body.code], [400, 'INVALID_SCHEDULED_AT']);
    const far = await as('soloAm').post(path, { scheduledAt: new Date(Date.now() + 400 * 24 * 3600_000).toISOString() }, 1);
    assert.equal(far.body.code, 'INVALID_SCHEDULED_AT');
    assert.equal((await as('soloAm').post(path, { scheduledAt: 'tomorrow' }, 1)).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloAm').post(path, { listIds: [randomUUID()] }, 1)).body.code, 'UNKNOWN_LIST');
    const stored = await db.campaign.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: campaign.id } } });
    assert.deepEqual([stored.status, stored.version], ['DRAFT', 1], 'nothing changed');
  });

  test('send now fixes one recipient per subscribed contact of overlapping lists, queues the send, and locks the campaign', async () => {
    const [ann, bob, cat, dan] = ['ann', 'bob', 'cat', 'dan'].map((n) => uniqueEmail(n)) as [string, string, string, string];
    const lists = await seedLists(solo, {
      buyers: [{ email: ann }, { email: bob }, { email: cat }],
      sellers: [{ email: bob }, { email: cat }, { email: dan, unsubscribed: true }],
    });
    const campaign = await createDraft();
    const path = `${campaigns()}/${campaign.id}`;
    const sent = await as('soloAm').post(`${path}/send`, { listIds: [lists.buyers, lists.sellers] }, 1);
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    assert.deepEqual([sent.body.status, sent.body.recipientCount, sent.body.version, sent.body.listIds.length], ['SENDING', 3, 2, 2]);
    assert.ok(sent.body.sendStartedAt);

    const recipients = await db.campaignRecipient.findMany({ where: { campaignId: campaign.id } });
    assert.deepEqual(recipients.map((r) => r.email).sort(), [ann, bob, cat].sort());
    assert.ok(recipients.every((r) => r.status === 'PENDING'));
    const outbox = await db.outboxMessage.findMany({ where: { accountId: solo, topic: 'campaign.sending', payload: { path: ['campaignId'], equals: campaign.id } } });
    assert.equal(outbox.length, 1);
    assert.deepEqual(outbox[0]!.payload, { v: 1, campaignId: campaign.id, accountId: solo });

    assert.equal((await as('soloAm').post(`${path}/send`, {}, 2)).body.code, 'INVALID_STATE_TRANSITION');
    assert.equal((await as('soloAm').patch(path, { subject: 'Too late' }, 2)).body.code, 'CAMPAIGN_SENDING');
    assert.equal((await as('soloCc').patch(path, { subject: 'Too late' }, 2)).status, 403);
    assert.equal((await as('soloAm').delete(path, 2)).body.code, 'CAMPAIGN_SENDING');

    const report = await as('soloCc').get(`${path}/report`);
    assert.deepEqual(
      [report.status, report.body.status, report.body.recipientCount, report.body.sent, report.body.failed, report.body.pending],
      [200, 'SENDING', 3, 0, 0, 3],
    );
    // Details are for managers and owners only.
    assert.equal((await as('soloCc').get(`${path}/recipients`)).status, 403);
    await db.campaignRecipient.updateMany({ where: { campaignId: campaign.id, email: ann }, data: { status: 'FAILED', error: '550 No such mailbox' } });
    const failed = await as('soloAm').get(`${path}/recipients?filter=${encodeURIComponent('{"status":"FAILED"}')}`);
    assert.deepEqual(failed.body.total, 1);
    assert.deepEqual([failed.body.data[0].email, failed.body.data[0].error], [ann, '550 No such mailbox']);
    const all = await as('soloAm').get(`${path}/recipients?perPage=2&sort=email`);
    assert.deepEqual([all.body.total, all.body.data.length], [3, 2]);
    assert.equal((await as('soloAm').get(`${path}/recipients?filter=${encodeURIComponent('{"status":"LOST"}')}`)).body.code, 'INVALID_FILTER');
    assert.equal((await as('soloAm').get(`${campaigns()}/${randomUUID()}/report`)).body.code, 'CAMPAIGN_NOT_FOUND');

    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: campaign.id, action: 'campaign.sending-started' } });
    assert.deepEqual(audit.data, { recipientCount: 3, listIds: [lists.buyers, lists.sellers].sort() });
  });

  test('a test send takes one to five addresses and is queued through the outbox with them', async () => {
    const campaign = await createDraft();
    const path = `${campaigns()}/${campaign.id}/test-send`;
    assert.equal((await as('soloCc').post(path, { to: [] })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloCc').post(path, { to: Array.from({ length: 6 }, () => uniqueEmail('t')) })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloCc').post(path, { to: ['nobody'] })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloCc').post(`${campaigns()}/${randomUUID()}/test-send`, { to: [uniqueEmail('t')] })).body.code, 'CAMPAIGN_NOT_FOUND');

    const to = [uniqueEmail('t1'), uniqueEmail('t2')];
    const queued = await as('soloCc').post(path, { to });
    assert.deepEqual([queued.status, queued.body], [202, { campaignId: campaign.id, to, status: 'QUEUED' }]);
    const outbox = await db.outboxMessage.findMany({ where: { accountId: solo, topic: 'campaign.test-send', payload: { path: ['campaignId'], equals: campaign.id } } });
    assert.deepEqual(outbox.map((row) => row.payload), [{ v: 1, campaignId: campaign.id, accountId: solo, to }]);
    assert.equal((await db.campaign.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: campaign.id } } })).version, 1, 'the campaign itself is untouched');
  });
});
