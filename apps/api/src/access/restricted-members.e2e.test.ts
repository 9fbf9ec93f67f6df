import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import type { ArgumentsHost } from '@nestjs/common';
import { type Database, tenancy } from '@partner-portal/db';
import { parse } from 'csv-parse/sync';
import { SessionsService } from '../auth/sessions.service.js';
import { ErrorEnvelopeFilter } from '../common/error-envelope.filter.js';
import { DATABASE } from '../database/database.module.js';
import { signedInAs, useTestApp } from '../testing/api-harness.js';
import { type ListAccessFixtures } from '../testing/fixture-world.js';

/**
 * Members restricted to chosen lists, end to end: what they export, count and find, what their
 * campaigns reach, and that a restriction never grants more than the role. Expected sets come from
 * queries written here against the database's owner, not from the API.
 */
describe('members restricted to chosen lists (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: { listAccess: true } });
  let fixtures: ListAccessFixtures;
  let solo: string;
  let base: string;
  const draft = (listIds?: string[]) => ({
    name: `Open house ${randomUUID().slice(0, 6)}`,
    subject: 'Open house this Saturday',
    fromName: 'Solo',
    fromEmail: 'solo@solo.test',
    bodyHtml: '<p>Come by!</p>',
    ...(listIds ? { listIds } : {}),
  });
  const exportedIds = (csv: string) => (parse(csv, { columns: true }) as { id: string }[]).map((row) => row.id).sort();

  /** The contacts a restricted member may see, as the issue defines them: on a list it holds at VIEW or MANAGE. */
  const visibleContactIds = async (userId: string) =>
    (
      await db.$queryRaw<{ id: string }[]>`
        SELECT DISTINCT c.id::text AS id
        FROM list_access la
        JOIN membership m ON m.account_id = la.account_id AND m.user_id = la.user_id AND m.list_restricted
        JOIN list_member lm ON lm.account_id = la.account_id AND lm.list_id = la.list_id
        JOIN contact c ON c.account_id = lm.account_id AND c.id = lm.contact_id
        WHERE la.account_id = ${solo}::uuid AND la.user_id = ${userId}::uuid AND la.level IN ('VIEW', 'MANAGE')`
    )
      .map((row) => row.id)
      .sort();

  beforeAll(async () => {
    fixtures = world.listAccess!;
    solo = world.account('standalone').id;
    base = `/api/accounts/${solo}`;
  });

  test("a restricted member's export, counts and search hold exactly the contacts of its VIEW and MANAGE lists", async () => {
    // A member of its own, restricted through the API to four lists at three levels, among thirty contacts.
    const sessions = t.app.get(SessionsService);
    const email = `exporter-${randomUUID().slice(0, 8)}@world.test`;
    const user = await db.user.create({ data: { username: email, email, passwordHash: 'not-used' } });
    await db.membership.create({ data: { accountId: solo, userId: user.id, role: 'ACCOUNT_MANAGER' } });
    const token = (await sessions.open(user.id, {})).accessToken;
    const exporter = signedInAs(t, token);
    const list = async (name: string) => (await db.contactList.create({ data: { accountId: solo, name: `${name} ${randomUUID().slice(0, 6)}` } })).id;
    const [viewed, managed, sendable, unseen] = [await list('Viewed'), await list('Managed'), await list('Sendable'), await list('Unseen')];
    const lists = [viewed, managed, sendable, unseen];
    for (let i = 0; i < 30; i += 1) {
      const address = `export-${i}-${randomUUID().slice(0, 6)}@contacts.test`;
      const contact = await db.contact.create({ data: { accountId: solo, email: address, emailKey: address, status: i % 7 === 0 ? 'UNSUBSCRIBED' : 'SUBSCRIBED' } });
      // Contact i is on list k when bit k of i is set: every combination, and some on none.
      const on = lists.filter((_, k) => (i >> k) & 1);
      if (on.length > 0) await db.listMember.createMany({ data: on.map((listId) => ({ accountId: solo, listId, contactId: contact.id })) });
    }
    const put = await as('soloOwner').put(`${base}/users/${user.id}/list-access`, {
      restricted: true,
      lists: [
        { listId: viewed, level: 'VIEW' },
        { listId: managed, level: 'MANAGE' },
        { listId: sendable, level: 'SEND' },
      ],
    });
    assert.equal(put.status, 200, JSON.stringify(put.body));

    const expected = await visibleContactIds(user.id);
    const everyone = await db.contact.count({ where: { accountId: solo } });
    assert.ok(expected.length > 0 && expected.length < everyone, `${expected.length} of ${everyone}: a test that can tell`);

    const exported = await exporter.get(`${base}/contacts/export`);
    assert.equal(exported.status, 200);
    assert.deepEqual(exportedIds(exported.text), expected);

    const viewedMembers = (await db.listMember.findMany({ where: { listId: viewed }, select: { contactId: true } })).map((row) => row.contactId).sort();
    assert.deepEqual(exportedIds((await exporter.get(`${base}/contacts/export?listId=${viewed}`)).text), viewedMembers);
    const hidden = await exporter.get(`${base}/contacts/export?listId=${sendable}`);
    assert.deepEqual([hidden.status, hidden.body.code], [403, 'LIST_MEMBERS_HIDDEN']);
    assert.equal((await exporter.get(`${base}/contacts/export?listId=${unseen}`)).body.code, 'LIST_NOT_FOUND');

    // Counts: the total of the contact list is the number it may see, page after page.
    const pages = [];
    for (let page = 1; ; page += 1) {
      const res = await exporter.get(`${base}/contacts?perPage=7&page=${page}`);
      assert.equal(res.body.total, expected.length);
      pages.push(...res.body.data.map((contact: { id: string }) => contact.id));
      if (res.body.data.length < 7) break;
    }
    assert.deepEqual(pages.sort(), expected);
    const segment = await exporter.get(`${base}/segments/${fixtures.segment}`);
    assert.equal(segment.body.size, expected.length, "a segment's size counts only what the member sees");
    const segmentContacts = await exporter.get(`${base}/segments/${fixtures.segment}/contacts?perPage=100`);
    assert.deepEqual([segmentContacts.body.total, segmentContacts.body.data.map((c: { id: string }) => c.id).sort()], [expected.length, expected]);

    // Search finds a contact it sees, and nothing of one it does not.
    const seen = await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: expected[0]! } } });
    const unseenContact = await db.contact.findFirstOrThrow({ where: { accountId: solo, id: { notIn: expected }, email: { startsWith: 'export-' } } });
    const search = (q: string) => exporter.get(`${base}/contacts?filter=${encodeURIComponent(JSON.stringify({ q }))}`);
    assert.deepEqual((await search(seen.email)).body.data.map((c: { id: string }) => c.id), [seen.id]);
    assert.deepEqual([(await search(unseenContact.email)).body.total, (await search(unseenContact.email)).body.data], [0, []]);
    assert.equal((await exporter.get(`${base}/contacts/${unseenContact.id}`)).body.code, 'CONTACT_NOT_FOUND');
    const bySendList = await exporter.get(`${base}/contacts?filter=${encodeURIComponent(JSON.stringify({ listId: sendable }))}`);
    assert.deepEqual([bySendList.status, bySendList.body.code], [403, 'LIST_MEMBERS_HIDDEN']);
    assert.equal((await exporter.get(`${base}/contacts?filter=${encodeURIComponent(JSON.stringify({ listId: unseen }))}`)).body.total, 0);

    // Lists: the three it has, each with its level and real size.
    const shown = await exporter.get(`${base}/lists?perPage=100`);
    const sizes = async (listId: string) => db.listMember.count({ where: { listId } });
    assert.deepEqual(
      shown.body.data.map((l: { id: string; access: string; memberCount: number }) => [l.id, l.access, l.memberCount]).sort(),
      [[viewed, 'VIEW', await sizes(viewed)], [managed, 'MANAGE', await sizes(managed)], [sendable, 'SEND', await sizes(sendable)]].sort(),
    );
    assert.equal(shown.body.total, 3);

    const audit = await db.auditEvent.findFirstOrThrow({ where: { accountId: solo, action: 'contacts.exported', actorUserId: user.id }, orderBy: { id: 'asc' } });
    assert.deepEqual(audit.data, { count: expected.length });
  });

  test("a SEND-level member's campaign reaches the list's members, while every read of those contacts is 404 or absent to it", async () => {
    const sender = as('soloAmSend');
    const { granted } = fixtures.lists;
    // One more member of the list, unsubscribed: the list's real members decide, as for anyone.
    const address = `unsubscribed-${randomUUID().slice(0, 6)}@contacts.test`;
    const unsubscribed = await db.contact.create({ data: { accountId: solo, email: address, emailKey: address, status: 'UNSUBSCRIBED' } });
    await db.listMember.create({ data: { accountId: solo, listId: granted, contactId: unsubscribed.id } });

    const created = await sender.post(`${base}/campaigns`, draft([granted]));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const sent = await sender.post(`${base}/campaigns/${created.body.id}/send`, {}, created.body.version);
    assert.equal(sent.status, 200, JSON.stringify(sent.body));

    const members = (
      await db.$queryRaw<{ id: string }[]>`
        SELECT c.id::text AS id FROM list_member lm JOIN contact c ON c.account_id = lm.account_id AND c.id = lm.contact_id
        WHERE lm.list_id = ${granted}::uuid AND c.status = 'SUBSCRIBED'`
    )
      .map((row) => row.id)
      .sort();
    assert.ok(members.length >= 2);
    const recipients = await db.campaignRecipient.findMany({ where: { campaignId: created.body.id }, select: { contactId: true } });
    assert.deepEqual(recipients.map((row) => row.contactId).sort(), members);
    assert.deepEqual([sent.body.status, sent.body.recipientCount], ['SENDING', members.length]);
    const started = await db.auditEvent.findFirstOrThrow({ where: { targetId: created.body.id, action: 'campaign.sending-started' } });
    assert.deepEqual([started.actorUserId, started.data], [world.caller('soloAmSend').userId, { recipientCount: members.length, listIds: [granted] }]);

    // None of them exists for the sender.
    for (const contactId of members) {
      assert.equal((await sender.get(`${base}/contacts/${contactId}`)).body.code, 'CONTACT_NOT_FOUND');
      assert.equal((await sender.patch(`${base}/contacts/${contactId}`, { firstName: 'Seen' }, 1)).body.code, 'CONTACT_NOT_FOUND');
      const email = (await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: contactId } } })).email;
      const found = await sender.get(`${base}/contacts?filter=${encodeURIComponent(JSON.stringify({ q: email }))}`);
      assert.deepEqual([found.status, found.body.total], [200, 0]);
    }
    assert.deepEqual((await sender.get(`${base}/contacts`)).body, { data: [], total: 0 });
    assert.equal((await sender.get(`${base}/lists/${granted}/members`)).body.code, 'LIST_MEMBERS_HIDDEN');
    assert.deepEqual(exportedIds((await sender.get(`${base}/contacts/export`)).text), []);
    assert.deepEqual((await sender.get(`${base}/segments/${fixtures.segment}/contacts`)).body, { data: [], total: 0 });
    assert.deepEqual((await sender.get(`${base}/campaigns/${created.body.id}/recipients`)).body, { data: [], total: 0 });
    // ...while the list's size and the campaign's totals are the real ones.
    assert.equal((await sender.get(`${base}/lists/${granted}`)).body.memberCount, await db.listMember.count({ where: { listId: granted } }));
    const report = await sender.get(`${base}/campaigns/${created.body.id}/report`);
    assert.deepEqual([report.body.recipientCount, report.body.sent, report.body.failed, report.body.pending], [members.length, 0, 0, members.length]);
    // The owner sees every recipient.
    assert.equal((await as('soloOwner').get(`${base}/campaigns/${created.body.id}/recipients`)).body.total, members.length);
  });

  test('a campaign or series of a restricted member targets only lists it holds at SEND or MANAGE', async () => {
    const { granted, hidden } = fixtures.lists;
    const notSendable = await as('soloAmView').post(`${base}/campaigns`, draft([granted]));
    assert.deepEqual([notSendable.status, notSendable.body.code, notSendable.body.details.listIds], [403, 'LIST_NOT_SENDABLE', [granted]]);
    const unseen = await as('soloAmSend').post(`${base}/campaigns`, draft([hidden]));
    assert.deepEqual([unseen.status, unseen.body.code], [400, 'UNKNOWN_LIST'], 'a list it cannot see is unknown, like a list of no account');
    assert.equal((await as('soloAmManage').post(`${base}/campaigns`, draft([granted]))).status, 201, 'MANAGE includes SEND');

    // A draft of its own: lists set by an edit, then scheduled.
    const own = await as('soloAmSend').post(`${base}/campaigns`, draft());
    assert.equal(own.status, 201);
    assert.equal((await as('soloAmView').patch(`${base}/campaigns/${own.body.id}`, { listIds: [granted] }, 1)).body.code, 'LIST_NOT_SENDABLE');
    const edited = await as('soloAmSend').patch(`${base}/campaigns/${own.body.id}`, { listIds: [granted] }, 1);
    assert.deepEqual([edited.status, edited.body.listIds], [200, [granted]]);
    const scheduled = await as('soloAmSend').post(`${base}/campaigns/${own.body.id}/send`, { scheduledAt: new Date(Date.now() + 3600_000).toISOString() }, edited.body.version);
    assert.deepEqual([scheduled.status, scheduled.body.status], [200, 'SCHEDULED']);

    // The owner's draft goes to a list the sender may not send to: it can neither send it nor drop that list.
    const theirs = await as('soloOwner').post(`${base}/campaigns`, draft([granted, hidden]));
    const refused = await as('soloAmSend').post(`${base}/campaigns/${theirs.body.id}/send`, {}, 1);
    assert.deepEqual([refused.status, refused.body.code, refused.body.details.listIds], [403, 'LIST_NOT_SENDABLE', [hidden]]);
    assert.equal((await as('soloAmSend').post(`${base}/campaigns/${theirs.body.id}/send`, { listIds: [granted] }, 1)).body.code, 'LIST_NOT_SENDABLE');
    assert.equal((await as('soloAmSend').patch(`${base}/campaigns/${theirs.body.id}`, { listIds: [granted] }, 1)).body.code, 'LIST_NOT_SENDABLE');
    const stored = await db.campaign.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: theirs.body.id } }, include: { lists: true } });
    assert.deepEqual([stored.status, stored.version, stored.lists.length, await db.campaignRecipient.count({ where: { campaignId: theirs.body.id } })], ['DRAFT', 1, 2, 0]);
    assert.equal((await as('soloAmSend').patch(`${base}/campaigns/${theirs.body.id}`, { subject: 'New subject' }, 1)).status, 200, 'other edits are its role\'s to decide');

    // A series mails whoever joins its list: the same rule.
    const series = (caller: string, triggerListId: string) =>
      as(caller).post(`${base}/automations`, { name: `Welcome ${randomUUID().slice(0, 6)}`, trigger: 'CONTACT_JOINS_LIST', triggerListId, steps: [{ delayDays: 0, subject: 'Hi', bodyHtml: '<p>Hi</p>' }] });
    assert.equal((await series('soloAmView', granted)).body.code, 'LIST_NOT_SENDABLE');
    assert.equal((await series('soloAmSend', hidden)).body.code, 'UNKNOWN_LIST');
    assert.equal((await series('soloAmSend', granted)).status, 201);
  });

  test('restrictions never grant more than the role: a Campaign Creator with VIEW on a list still cannot see contacts', async () => {
    const creator = as('soloCcView');
    const { granted, hidden } = fixtures.lists;
    for (const path of [`contacts`, `contacts/${fixtures.contacts.granted}`, `contacts/export`, `lists/${granted}/members`, `segments/${fixtures.segment}/contacts`]) {
      const res = await creator.get(`${base}/${path}`);
      assert.deepEqual([res.status, res.body.code], [403, 'FORBIDDEN'], path);
    }
    const lists = await creator.get(`${base}/lists`);
    assert.deepEqual(lists.body.data.map((l: { id: string; access: string }) => [l.id, l.access]), [[granted, 'VIEW']]);
    assert.equal((await creator.get(`${base}/lists/${hidden}`)).body.code, 'LIST_NOT_FOUND');
    assert.equal((await creator.post(`${base}/lists`, { name: 'Mine' })).body.code, 'FORBIDDEN');
  });

  test('a restricted member creates no list and no contact; at MANAGE it changes its list and its members, below MANAGE it does not', async () => {
    const { granted, hidden } = fixtures.lists;
    const { contacts } = fixtures;
    const manager = as('soloAmManage');
    const before = [await db.contactList.count({ where: { accountId: solo } }), await db.contact.count({ where: { accountId: solo } })];
    assert.equal((await manager.post(`${base}/lists`, { name: 'Mine' })).body.code, 'LIST_RESTRICTED');
    assert.equal((await manager.post(`${base}/contacts`, { email: 'new@contacts.test', listIds: [granted] })).body.code, 'LIST_RESTRICTED');
    const imported = await t.http
      .post(`${base}/contacts/import?listId=${granted}`)
      .set('Authorization', `Bearer ${world.caller('soloAmManage').token}`)
      .set('Content-Type', 'text/csv')
      .send('email\nimported@contacts.test\n');
    assert.deepEqual([imported.status, imported.body.code], [403, 'LIST_RESTRICTED']);
    assert.deepEqual([await db.contactList.count({ where: { accountId: solo } }), await db.contact.count({ where: { accountId: solo } })], before);

    const current = await manager.get(`${base}/lists/${granted}`);
    const renamed = await manager.patch(`${base}/lists/${granted}`, { description: 'Kept by its manager' }, current.body.version);
    assert.deepEqual([renamed.status, renamed.body.description, renamed.body.access], [200, 'Kept by its manager', 'MANAGE']);
    assert.equal((await manager.post(`${base}/lists/${granted}/members`, { contactIds: [contacts.hidden] })).body.code, 'UNKNOWN_CONTACTS');
    const added = await manager.post(`${base}/lists/${granted}/members`, { contactIds: [contacts.granted] });
    assert.deepEqual([added.status, added.body.alreadyMembers, added.body.memberCount], [200, 1, await db.listMember.count({ where: { listId: granted } })]);
    assert.equal((await manager.delete(`${base}/lists/${granted}/members/${contacts.both}`)).status, 204);
    assert.equal(await db.listMember.count({ where: { listId: granted, contactId: contacts.both } }), 0);
    // Off its list, the contact is gone for it: it is on the hidden list only.
    assert.equal((await manager.get(`${base}/contacts/${contacts.both}`)).body.code, 'CONTACT_NOT_FOUND');
    await db.listMember.create({ data: { accountId: solo, listId: granted, contactId: contacts.both } });
    assert.equal((await manager.delete(`${base}/lists/${hidden}/members/${contacts.granted}`)).body.code, 'LIST_NOT_FOUND');

    for (const caller of ['soloAmView', 'soloAmSend']) {
      const version = (await as(caller).get(`${base}/lists/${granted}`)).body.version;
      assert.equal((await as(caller).patch(`${base}/lists/${granted}`, { name: 'Taken over' }, version)).body.code, 'LIST_ACCESS_DENIED', caller);
      assert.equal((await as(caller).delete(`${base}/lists/${granted}`, version)).body.code, 'LIST_ACCESS_DENIED', caller);
      assert.equal((await as(caller).post(`${base}/lists/${granted}/members`, { contactIds: [contacts.granted] })).body.code, 'LIST_ACCESS_DENIED', caller);
    }
    assert.equal((await db.contactList.findUniqueOrThrow({ where: { accountId_id: { accountId: solo, id: granted } } })).description, 'Kept by its manager');
  });

  test('a segment of a restricted member may name any list it has access to, and counts only the contacts it sees', async () => {
    const { granted, hidden } = fixtures.lists;
    const rules = (listId: string) => ({ name: `On a list ${randomUUID().slice(0, 6)}`, match: 'all', rules: [{ field: 'list', op: 'equals', value: listId }] });
    const created = await as('soloAmView').post(`${base}/segments`, rules(granted));
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.body.size, (await visibleContactIds(world.caller('soloAmView').userId)).length);
    assert.equal((await as('soloAmView').post(`${base}/segments`, rules(hidden))).body.code, 'UNKNOWN_LISTS');
    assert.equal((await as('soloOwner').get(`${base}/segments/${created.body.id}`)).body.size, await db.listMember.count({ where: { listId: granted } }));
  });

  test('beneath the checks, a write row-level security refuses is answered 403 FORBIDDEN, never a 500', async () => {
    // The API checks before it writes; here the checks are skipped, to see the database refuse for real.
    const app = t.app.get<symbol, Database>(DATABASE);
    const scope = { accountId: solo, userId: world.caller('soloAmView').userId };
    const refusals = await Promise.all([
      tenancy.run(scope, () => app.contactList.create({ data: { accountId: solo, name: 'Behind the API' } })).catch((error: unknown) => error),
      tenancy
        .run(scope, () => app.$transaction((tx) => tx.$executeRaw`INSERT INTO list_member (account_id, list_id, contact_id, added_at) VALUES (${solo}::uuid, ${fixtures.lists.granted}::uuid, ${fixtures.contacts.hidden}::uuid, now())`))
        .catch((error: unknown) => error),
    ]);
    for (const refusal of refusals) {
      assert.ok(refusal instanceof Error, String(refusal));
      const sent: { status?: number; body?: unknown; warned: number } = { warned: 0 };
      const response = { setHeader: () => undefined, status: (code: number) => ((sent.status = code), response), json: (body: unknown) => (sent.body = body) };
      const request = { log: { warn: () => (sent.warned += 1), error: () => assert.fail(`logged as an error: ${String(refusal)}`) } };
      const host = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }) } as unknown as ArgumentsHost;
      new ErrorEnvelopeFilter().catch(refusal, host);
      assert.deepEqual([sent.status, sent.body, sent.warned], [403, { statusCode: 403, code: 'FORBIDDEN', message: 'Your access does not allow this change.' }, 1]);
    }
    assert.equal(await db.contactList.count({ where: { accountId: solo, name: 'Behind the API' } }), 0);
  });
});
