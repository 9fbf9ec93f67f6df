import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, test } from '@jest/globals';
import { useTestApp } from '../testing/api-harness.js';

describe('per-list access of a member: read and replaced by users.manage (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });
  let solo: string;
  const accessOf = (accountId: string, userId: string) => `/api/accounts/${accountId}/users/${userId}/list-access`;
  const newList = async (accountId: string, name: string) => (await db.contactList.create({ data: { accountId, name: `${name} ${randomUUID().slice(0, 8)}` } })).id;

  beforeAll(async () => {
    solo = world.account('standalone').id;
  });

  test('the owner restricts a member to chosen lists; the member reaches only those on its next request, and the audit log keeps before and after', async () => {
    const am = world.caller('soloAm').userId;
    const alpha = await newList(solo, 'Alpha');
    const beta = await newList(solo, 'Beta');
    const other = await newList(solo, 'Other');
    await db.listMember.create({
      data: { accountId: solo, listId: beta, contactId: (await db.contact.create({ data: { accountId: solo, email: 'b@beta.test', emailKey: 'b@beta.test' } })).id },
    });

    assert.deepEqual((await as('soloOwner').get(accessOf(solo, am))).body, { userId: am, restricted: false, lists: [] });
    const before = await as('soloAm').get(`/api/accounts/${solo}/lists?perPage=100`);
    assert.ok(before.body.data.every((list: { access: unknown }) => list.access === null), 'an unrestricted member: its role decides alone');
    assert.ok(before.body.total >= 3);

    const put = await as('soloOwner').put(accessOf(solo, am), { restricted: true, lists: [{ listId: beta, level: 'SEND' }, { listId: alpha, level: 'VIEW' }] });
    assert.equal(put.status, 200, JSON.stringify(put.body));
    const names = new Map((await db.contactList.findMany({ where: { id: { in: [alpha, beta] } } })).map((list) => [list.id, list.name]));
    const expected = {
      userId: am,
      restricted: true,
      lists: [
        { listId: alpha, listName: names.get(alpha), level: 'VIEW' },
        { listId: beta, listName: names.get(beta), level: 'SEND' },
      ],
    };
    assert.deepEqual(put.body, expected);
    assert.deepEqual((await as('soloOwner').get(accessOf(solo, am))).body, expected);

    const lists = await as('soloAm').get(`/api/accounts/${solo}/lists`);
    assert.deepEqual(
      [lists.body.total, lists.body.data.map((list: { id: string; access: string; memberCount: number }) => [list.id, list.access, list.memberCount])],
      [2, [[alpha, 'VIEW', 0], [beta, 'SEND', 1]]],
    );
    const one = await as('soloAm').get(`/api/accounts/${solo}/lists/${beta}`);
    assert.deepEqual([one.status, one.body.access, one.body.memberCount], [200, 'SEND', 1]);
    assert.equal((await as('soloAm').get(`/api/accounts/${solo}/lists/${other}`)).body.code, 'LIST_NOT_FOUND');
    assert.equal((await as('soloOwner').get(`/api/accounts/${solo}/lists/${beta}`)).body.access, null, 'the owner is never restricted');

    const audits = await db.auditEvent.findMany({ where: { accountId: solo, action: 'member.list-access-changed', targetId: am } });
    assert.equal(audits.length, 1);
    assert.deepEqual(audits[0]!.data, {
      before: { restricted: false, lists: [] },
      after: { restricted: true, lists: [{ listId: alpha, level: 'VIEW' }, { listId: beta, level: 'SEND' }] },
    });
    assert.equal(audits[0]!.actorUserId, world.caller('soloOwner').userId);

    // The same set again changes nothing and records nothing.
    assert.equal((await as('soloOwner').put(accessOf(solo, am), { restricted: true, lists: [{ listId: alpha, level: 'VIEW' }, { listId: beta, level: 'SEND' }] })).status, 200);
    assert.equal(await db.auditEvent.count({ where: { accountId: solo, action: 'member.list-access-changed', targetId: am } }), 1);

    // The whole set is replaced; lifting the restriction gives the role back at once.
    const replaced = await as('soloOwner').put(accessOf(solo, am), { restricted: true, lists: [{ listId: other, level: 'MANAGE' }] });
    assert.deepEqual(replaced.body.lists.map((entry: { listId: string }) => entry.listId), [other]);
    assert.deepEqual(await db.listAccess.findMany({ where: { accountId: solo, userId: am }, select: { listId: true, level: true } }), [{ listId: other, level: 'MANAGE' }]);
    assert.deepEqual((await as('soloAm').get(`/api/accounts/${solo}/lists`)).body.data.map((list: { id: string }) => list.id), [other]);
    const lifted = await as('soloOwner').put(accessOf(solo, am), { restricted: false, lists: [] });
    assert.deepEqual(lifted.body, { userId: am, restricted: false, lists: [] });
    assert.equal((await as('soloAm').get(`/api/accounts/${solo}/lists?perPage=100`)).body.total, before.body.total);
    const last = await db.auditEvent.findFirstOrThrow({ where: { accountId: solo, action: 'member.list-access-changed', targetId: am }, orderBy: { id: 'desc' } });
    assert.deepEqual(last.data, { before: { restricted: true, lists: [{ listId: other, level: 'MANAGE' }] }, after: { restricted: false, lists: [] } });
  });

  test('a partner manager sets it in a client; the owner, people who are not members, and unknown lists are refused', async () => {
    const client = world.account('singleBillClient').id;
    const cc = world.caller('sbCc').userId;
    const list = await newList(client, 'Client list');
    const ok = await as('resellerPm').put(accessOf(client, cc), { restricted: true, lists: [{ listId: list, level: 'SEND' }] });
    assert.deepEqual([ok.status, ok.body.restricted, ok.body.lists.length], [200, true, 1]);
    assert.equal((await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: client, userId: cc } } })).listRestricted, true);

    const owner = await as('resellerPm').put(accessOf(client, world.caller('sbOwner').userId), { restricted: true, lists: [] });
    assert.deepEqual([owner.status, owner.body.code], [400, 'OWNER_UNRESTRICTED']);
    assert.deepEqual((await as('sbOwner').get(accessOf(client, world.caller('sbOwner').userId))).body, { userId: world.caller('sbOwner').userId, restricted: false, lists: [] });

    // The partner manager acts through the partner: it is not a member of the client.
    for (const userId of [world.caller('resellerPm').userId, randomUUID(), 'not-a-uuid']) {
      const res = await as('sbOwner').put(accessOf(client, userId), { restricted: true, lists: [] });
      assert.deepEqual([res.status, res.body.code], [404, 'USER_NOT_FOUND'], userId);
      assert.equal((await as('sbOwner').get(accessOf(client, userId))).body.code, 'USER_NOT_FOUND');
    }

    const foreign = await newList(solo, 'Not the client');
    const missing = randomUUID();
    const unknown = await as('sbOwner').put(accessOf(client, cc), { restricted: true, lists: [{ listId: list, level: 'VIEW' }, { listId: foreign, level: 'VIEW' }, { listId: missing, level: 'SEND' }] });
    assert.deepEqual([unknown.status, unknown.body.code, unknown.body.details.ids], [404, 'LIST_NOT_FOUND', [foreign, missing]]);
    assert.deepEqual(await db.listAccess.findMany({ where: { accountId: client, userId: cc }, select: { listId: true, level: true } }), [{ listId: list, level: 'SEND' }], 'nothing changed');
  });

  test('the body: a boolean and at most 1,000 lists, each once, at VIEW, SEND or MANAGE; only users.manage reads or sets it', async () => {
    const am = world.caller('soloAm').userId;
    const list = await newList(solo, 'Body');
    const refused = [
      {},
      { restricted: true },
      { restricted: 'yes', lists: [] },
      { restricted: true, lists: [{ listId: list, level: 'OWN' }] },
      { restricted: true, lists: [{ listId: 'not-a-uuid', level: 'VIEW' }] },
      { restricted: true, lists: [{ listId: list, level: 'VIEW' }, { listId: list, level: 'SEND' }] },
      { restricted: true, lists: [{ listId: list, level: 'VIEW', extra: 1 }] },
      { restricted: true, lists: Array.from({ length: 1001 }, () => ({ listId: randomUUID(), level: 'VIEW' })) },
    ];
    for (const body of refused) {
      const res = await as('soloOwner').put(accessOf(solo, am), body);
      assert.deepEqual([res.status, res.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(body).slice(0, 120));
    }
    const atLimit = await as('soloOwner').put(accessOf(solo, am), { restricted: true, lists: Array.from({ length: 1000 }, () => ({ listId: randomUUID(), level: 'VIEW' })) });
    assert.deepEqual([atLimit.status, atLimit.body.code, atLimit.body.details.ids.length], [404, 'LIST_NOT_FOUND', 1000], '1,000 entries are read, and each is checked');

    for (const caller of ['soloAm', 'soloCc']) {
      assert.deepEqual((await as(caller).get(accessOf(solo, am))).body.code, 'FORBIDDEN');
      assert.deepEqual((await as(caller).put(accessOf(solo, am), { restricted: true, lists: [] })).body.code, 'FORBIDDEN');
    }
    assert.equal((await as('stranger').get(accessOf(solo, am))).body.code, 'ACCOUNT_NOT_FOUND');
    assert.equal((await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: solo, userId: am } } })).listRestricted, false);
  });

  test('two replacements at once: one whole set wins, never a mix of both', async () => {
    const cc = world.caller('soloCc').userId;
    const [a, b, c, d] = await Promise.all(['A', 'B', 'C', 'D'].map((name) => newList(solo, name)));
    const first = [{ listId: a!, level: 'VIEW' }, { listId: b!, level: 'VIEW' }];
    const second = [{ listId: c!, level: 'SEND' }, { listId: d!, level: 'SEND' }];
    const results = await Promise.all([
      as('soloOwner').put(accessOf(solo, cc), { restricted: true, lists: first }),
      as('soloOwner').put(accessOf(solo, cc), { restricted: true, lists: second }),
    ]);
    assert.deepEqual(results.map((res) => res.status), [200, 200]);
    const stored = (await db.listAccess.findMany({ where: { accountId: solo, userId: cc }, select: { listId: true, level: true }, orderBy: { listId: 'asc' } }));
    const sorted = (entries: { listId: string; level: string }[]) => [...entries].sort((x, y) => x.listId.localeCompare(y.listId));
    assert.ok(
      JSON.stringify(stored) === JSON.stringify(sorted(first)) || JSON.stringify(stored) === JSON.stringify(sorted(second)),
      JSON.stringify(stored),
    );
    await as('soloOwner').put(accessOf(solo, cc), { restricted: false, lists: [] });
  });
});
