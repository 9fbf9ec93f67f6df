import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { uniqueEmail, useTestApp } from '../testing/api-harness.js';

describe('contacts, lists and segments (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });


  test('contact CRUD: create, duplicate email by case, read with lists, versioned edit and delete', async () => {
    const base = `/api/accounts/${world.account('standalone').id}`;
    const list = await as('soloOwner').post(`${base}/lists`, { name: `Customers ${randomUUID()}` });
    assert.equal(list.status, 201);
    const email = uniqueEmail('ada');
    const created = await as('soloAm').post(`${base}/contacts`, { email, firstName: 'Ada', lastName: 'Lovelace', listIds: [list.body.id] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.headers.etag, '"1"');
    assert.deepEqual(created.body.lists, [{ id: list.body.id, name: list.body.name }]);
    assert.equal(created.body.accountId, undefined);

    const duplicate = await as('soloAm').post(`${base}/contacts`, { email: email.toUpperCase() });
    assert.deepEqual([duplicate.status, duplicate.body.code, duplicate.body.details.id], [409, 'CONTACT_EXISTS', created.body.id]);
    assert.equal((await as('soloAm').post(`${base}/contacts`, { email: 'not-an-email' })).body.code, 'VALIDATION_FAILED');
    const badList = await as('soloAm').post(`${base}/contacts`, { email: uniqueEmail(), listIds: [randomUUID()] });
    assert.deepEqual([badList.status, badList.body.code], [400, 'UNKNOWN_LISTS']);

    const path = `${base}/contacts/${created.body.id}`;
    const read = await as('soloAm').get(path);
    assert.deepEqual([read.status, read.headers.etag, read.body.firstName, read.body.lists.length], [200, '"1"', 'Ada', 1]);

    assert.equal((await as('soloAm').patch(path, { company: 'Analytical' })).status, 428);
    assert.equal((await as('soloAm').patch(path, { company: 'Analytical' }, 'one')).body.code, 'INVALID_IF_MATCH');
    const edited = await as('soloAm').patch(path, { company: 'Analytical', firstName: null }, '"1"');
    assert.deepEqual([edited.status, edited.headers.etag, edited.body.company, edited.body.firstName], [200, '"2"', 'Analytical', null]);
    const stale = await as('soloAm').patch(path, { company: 'Stale' }, '"1"');
    assert.deepEqual([stale.status, stale.body.code, stale.body.details.current.company], [412, 'VERSION_CONFLICT', 'Analytical']);
    const { id: _id, email: _email, firstName: _first, lastName: _last, phone: _phone, company: _company, status: _status, version: _version, createdAt: _created, updatedAt: _updated, lists, ...internal } =
      stale.body.details.current;
    assert.deepEqual([internal, lists.length], [{}, 1], 'the current contact as GET shows it, nothing internal');
    assert.equal((await as('soloAm').patch(`${base}/contacts/${randomUUID()}`, { company: 'Nobody' }, '"1"')).body.code, 'CONTACT_NOT_FOUND');
    assert.equal((await as('soloAm').patch(path, {}, '"2"')).body.code, 'NOTHING_TO_UPDATE');

    const other = await as('soloAm').post(`${base}/contacts`, { email: uniqueEmail('other') });
    const clash = await as('soloAm').patch(`${base}/contacts/${other.body.id}`, { email }, '"1"');
    assert.deepEqual([clash.status, clash.body.code, clash.body.details.id], [409, 'CONTACT_EXISTS', created.body.id]);

    assert.equal((await as('soloAm').delete(path)).status, 428);
    assert.equal((await as('soloAm').delete(path, '"1"')).status, 412);
    assert.equal((await as('soloAm').delete(path, '"2"')).status, 204);
    assert.equal((await as('soloAm').get(path)).body.code, 'CONTACT_NOT_FOUND');
    assert.equal((await as('soloAm').delete(path, '"2"')).body.code, 'CONTACT_NOT_FOUND');
    assert.equal((await as('soloAm').get(`${base}/contacts/not-a-uuid`)).body.code, 'CONTACT_NOT_FOUND');
    const audit = await db.auditEvent.findMany({ where: { targetId: created.body.id }, orderBy: { id: 'asc' } });
    assert.deepEqual(audit.map((e) => e.action), ['contact.created', 'contact.updated', 'contact.deleted']);
    assert.deepEqual([audit[1]!.actorUserId, audit[1]!.data], [world.caller('soloAm').userId, { fields: ['company', 'firstName'] }]);
  });

  test('an edit of the email keeps its case and keys it lower-cased, and a refused edit writes nothing', async () => {
    const accountId = world.account('standalone').id;
    const base = `/api/accounts/${accountId}`;
    const created = await as('soloAm').post(`${base}/contacts`, { email: uniqueEmail('case') });
    const path = `${base}/contacts/${created.body.id}`;
    const email = uniqueEmail('Mixed.Case');
    const edited = await as('soloAm').patch(path, { email, status: 'UNSUBSCRIBED' }, '"1"');
    assert.deepEqual([edited.status, edited.body.email, edited.body.status, edited.body.version], [200, email, 'UNSUBSCRIBED', 2]);
    const stored = await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId, id: created.body.id } } });
    assert.deepEqual([stored.email, stored.emailKey, stored.updatedAt.toISOString()], [email, email.toLowerCase(), edited.body.updatedAt]);

    const other = await as('soloAm').post(`${base}/contacts`, { email: uniqueEmail('other') });
    const clash = await as('soloAm').patch(`${base}/contacts/${other.body.id}`, { email: email.toUpperCase(), company: 'Clash' }, '"1"');
    assert.deepEqual([clash.status, clash.body.code, clash.body.details.id], [409, 'CONTACT_EXISTS', created.body.id]);
    const untouched = await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId, id: other.body.id } } });
    assert.deepEqual([untouched.company, untouched.version], [null, 1]);
    assert.equal(await db.auditEvent.count({ where: { targetId: other.body.id, action: 'contact.updated' } }), 0);
  });

  test('two concurrent edits with the same If-Match: exactly one wins, the other gets 412 with the winner', async () => {
    const base = `/api/accounts/${world.account('directClient').id}`;
    const created = await as('directOwner').post(`${base}/contacts`, { email: uniqueEmail('race') });
    const path = `${base}/contacts/${created.body.id}`;
    const [a, b] = await Promise.all([
      as('directOwner').patch(path, { company: 'Alpha' }, '"1"'),
      as('directAm').patch(path, { company: 'Beta' }, '"1"'),
    ]);
    assert.deepEqual([a.status, b.status].sort(), [200, 412]);
    const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
    assert.equal(loser.body.code, 'VERSION_CONFLICT');
    assert.equal(loser.body.details.current.company, winner.body.company);
    assert.equal(loser.body.details.current.version, 2);
    const stored = await db.contact.findUniqueOrThrow({ where: { accountId_id: { accountId: world.account('directClient').id, id: created.body.id } } });
    assert.deepEqual([stored.company, stored.version], [winner.body.company, 2]);
  });

  test('contact list: paging, sort, q over email and names, listId and status filters', async () => {
    const base = `/api/accounts/${world.account('referralClient').id}`;
    const tag = randomUUID().slice(0, 8);
    const list = await as('referralClientOwner').post(`${base}/lists`, { name: `Tagged ${tag}` });
    const people = [
      { email: `zed-${tag}@example.test`, lastName: 'Alpha' },
      { email: `amy-${tag}@example.test`, lastName: 'Charlie', status: 'UNSUBSCRIBED' },
      { email: `bob@example.test`, lastName: `Bravo${tag}` },
    ];
    const ids: string[] = [];
    for (const person of people) ids.push((await as('referralClientOwner').post(`${base}/contacts`, { ...person, listIds: [list.body.id] })).body.id);
    const filter = (f: object) => `filter=${encodeURIComponent(JSON.stringify(f))}`;
    const byEmail = await as('referralClientOwner').get(`${base}/contacts?sort=email&${filter({ q: tag })}`);
    assert.equal(byEmail.body.total, 3);
    assert.deepEqual(byEmail.body.data.map((c: { email: string }) => c.email), [`amy-${tag}@example.test`, 'bob@example.test', `zed-${tag}@example.test`]);
    const byName = await as('referralClientOwner').get(`${base}/contacts?sort=-lastName&perPage=2&${filter({ listId: list.body.id })}`);
    assert.deepEqual([byName.body.total, byName.body.data.map((c: { lastName: string }) => c.lastName)], [3, ['Charlie', `Bravo${tag}`]]);
    const unsubscribed = await as('referralClientOwner').get(`${base}/contacts?${filter({ listId: list.body.id, status: 'UNSUBSCRIBED' })}`);
    assert.deepEqual(unsubscribed.body.data.map((c: { id: string }) => c.id), [ids[1]]);
    for (const bad of [{ listId: 'x' }, { status: 'GONE' }, { q: 5 }]) {
      assert.equal((await as('referralClientOwner').get(`${base}/contacts?${filter(bad)}`)).body.code, 'INVALID_FILTER');
    }
    assert.equal((await as('referralClientOwner').get(`${base}/contacts?${filter({ nope: 1 })}`)).body.code, 'UNKNOWN_FILTER');
    assert.equal((await as('referralClientOwner').get(`${base}/contacts?sort=phone`)).body.code, 'INVALID_SORT');
  });

  test('lists: counts, unique names, versioned rename, idempotent members, unknown ids, LIST_IN_USE', async () => {
    const account = world.account('singleBillClient').id;
    const base = `/api/accounts/${account}`;
    const name = `Newsletter ${randomUUID()}`;
    const list = await as('sbOwner').post(`${base}/lists`, { name, description: 'Monthly' });
    assert.deepEqual([list.status, list.body.memberCount, list.headers.etag], [201, 0, '"1"']);
    assert.equal((await as('sbAm').post(`${base}/lists`, { name })).body.code, 'LIST_NAME_TAKEN');
    assert.equal((await as('sbAm').post(`${base}/lists`, { name: '   ' })).body.code, 'VALIDATION_FAILED');

    const contacts: string[] = [];
    for (let i = 0; i < 3; i++) contacts.push((await as('sbAm').post(`${base}/contacts`, { email: uniqueEmail('member') })).body.id);
    const path = `${base}/lists/${list.body.id}`;
    const added = await as('sbAm').post(`${path}/members`, { contactIds: contacts.slice(0, 2) });
    assert.deepEqual(added.body, { added: 2, alreadyMembers: 0, memberCount: 2 });
    const again = await as('sbAm').post(`${path}/members`, { contactIds: contacts });
    assert.deepEqual(again.body, { added: 1, alreadyMembers: 2, memberCount: 3 });
    const ghost = randomUUID();
    const unknown = await as('sbAm').post(`${path}/members`, { contactIds: [contacts[0], ghost] });
    assert.deepEqual([unknown.status, unknown.body.code, unknown.body.details.ids], [400, 'UNKNOWN_CONTACTS', [ghost]]);
    assert.equal((await as('sbAm').post(`${path}/members`, { contactIds: [] })).body.code, 'VALIDATION_FAILED');
    const tooMany = Array.from({ length: 1001 }, () => randomUUID());
    assert.equal((await as('sbAm').post(`${path}/members`, { contactIds: tooMany })).body.code, 'VALIDATION_FAILED');

    assert.equal((await as('sbAm').delete(`${path}/members/${contacts[2]}`)).status, 204);
    assert.equal((await as('sbAm').delete(`${path}/members/${contacts[2]}`)).status, 204);
    const members = await as('sbAm').get(`${path}/members?sort=email`);
    assert.deepEqual(members.body.data.map((c: { id: string }) => c.id).sort(), contacts.slice(0, 2).sort());
    const listed = await as('sbAm').get(`${base}/lists?${`filter=${encodeURIComponent(JSON.stringify({ q: name }))}`}`);
    assert.deepEqual(listed.body.data.map((l: { name: string; memberCount: number; description: string }) => [l.name, l.memberCount, l.description]), [[name, 2, 'Monthly']]);

    assert.equal((await as('sbAm').patch(path, { name: 'Renamed' })).status, 428);
    const renamed = await as('sbAm').patch(path, { name: `${name} (renamed)` }, '"1"');
    assert.deepEqual([renamed.status, renamed.body.name, renamed.body.memberCount, renamed.headers.etag], [200, `${name} (renamed)`, 2, '"2"']);
    assert.equal((await as('sbAm').patch(path, { description: null }, '"1"')).status, 412);

    const campaign = await db.campaign.create({
      data: { accountId: account, name: 'Spring', subject: 'Hi', fromName: 'Us', fromEmail: 'us@example.test', bodyHtml: '<p>Hi</p>', status: 'SCHEDULED', scheduledAt: new Date(Date.now() + 3600_000) },
    });
    await db.campaignList.create({ data: { accountId: account, campaignId: campaign.id, listId: list.body.id } });
    const inUse = await as('sbAm').delete(path, '"2"');
    assert.deepEqual([inUse.status, inUse.body.code, inUse.body.details.campaignIds], [409, 'LIST_IN_USE', [campaign.id]]);
    await db.campaign.update({ where: { accountId_id: { accountId: account, id: campaign.id } }, data: { status: 'SENT' } });
    assert.equal((await as('sbAm').delete(path, '"2"')).status, 204);
    assert.equal((await as('sbAm').get(path)).body.code, 'LIST_NOT_FOUND');
    assert.equal(await db.contact.count({ where: { id: { in: contacts } } }), 3, 'deleting a list keeps its contacts');
    assert.equal(await db.campaignList.count({ where: { campaignId: campaign.id } }), 0);
  });

  test('segments: strict rule validation, matching now, any/all, sizes, versioned edit', async () => {
    const base = `/api/accounts/${world.account('standalone').id}`;
    const tag = randomUUID().slice(0, 8);
    const vip = await as('soloOwner').post(`${base}/lists`, { name: `VIP ${tag}` });
    const make = (body: object) => as('soloAm').post(`${base}/contacts`, body).then((r) => r.body.id as string);
    const acme1 = await make({ email: `one-${tag}@acme.test`, company: `ACME ${tag}`, listIds: [vip.body.id] });
    const acme2 = await make({ email: `two-${tag}@acme.test`, company: `Acme ${tag} Ltd`, status: 'UNSUBSCRIBED' });
    const other = await make({ email: `three-${tag}@other.test`, firstName: `Zoe${tag}`, listIds: [vip.body.id] });

    const bad = [
      { field: 'company', op: 'like', value: 'x' },
      { field: 'phone', op: 'equals', value: 'x' },
    ];
    for (const rule of bad) {
      const res = await as('soloAm').post(`${base}/segments`, { name: `Bad ${tag}`, match: 'all', rules: [rule] });
      assert.deepEqual([res.status, res.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(rule));
    }
    const semantic = [
      { field: 'company', op: 'before', value: 'x' },
      { field: 'status', op: 'equals', value: 'GONE' },
      { field: 'createdAt', op: 'after', value: 'yesterday' },
      { field: 'list', op: 'in', value: 'not-an-array' },
      { field: 'email', op: 'contains', value: '' },
      { field: 'email', op: 'contains', value: { $ne: 1 } },
    ];
    for (const rule of semantic) {
      const res = await as('soloAm').post(`${base}/segments`, { name: `Bad ${tag}`, match: 'all', rules: [rule] });
      assert.deepEqual([res.status, res.body.code], [400, 'INVALID_SEGMENT_RULE'], JSON.stringify(rule));
    }
    const tooMany = Array.from({ length: 21 }, () => ({ field: 'email', op: 'contains', value: 'a' }));
    assert.equal((await as('soloAm').post(`${base}/segments`, { name: `Many ${tag}`, match: 'all', rules: tooMany })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloAm').post(`${base}/segments`, { name: `Many ${tag}`, match: 'some', rules: tooMany.slice(0, 1) })).body.code, 'VALIDATION_FAILED');
    const ghostList = await as('soloAm').post(`${base}/segments`, { name: `Ghost ${tag}`, match: 'all', rules: [{ field: 'list', op: 'equals', value: randomUUID() }] });
    assert.equal(ghostList.body.code, 'UNKNOWN_LISTS');

    const acme = await as('soloAm').post(`${base}/segments`, {
      name: `Acme subscribers ${tag}`,
      match: 'all',
      rules: [
        { field: 'company', op: 'startsWith', value: `acme ${tag}` },
        { field: 'status', op: 'in', value: ['SUBSCRIBED'] },
        { field: 'createdAt', op: 'after', value: '2020-01-01' },
      ],
    });
    assert.deepEqual([acme.status, acme.body.size, acme.headers.etag], [201, 1, '"1"'], JSON.stringify(acme.body));
    const matching = await as('soloAm').get(`${base}/segments/${acme.body.id}/contacts`);
    assert.deepEqual(matching.body.data.map((c: { id: string }) => c.id), [acme1]);

    const any = await as('soloAm').post(`${base}/segments`, {
      name: `VIP or Zoe ${tag}`,
      match: 'any',
      rules: [
        { field: 'list', op: 'equals', value: vip.body.id },
        { field: 'firstName', op: 'equals', value: `zoe${tag}` },
        { field: 'email', op: 'equals', value: `TWO-${tag}@ACME.TEST` },
      ],
    });
    const anyContacts = await as('soloAm').get(`${base}/segments/${any.body.id}/contacts?perPage=10`);
    assert.deepEqual(anyContacts.body.data.map((c: { id: string }) => c.id).sort(), [acme1, acme2, other].sort());

    // A segment matches now: a contact that changes joins or leaves it.
    const acme2Path = `${base}/contacts/${acme2}`;
    assert.equal((await as('soloAm').patch(acme2Path, { status: 'SUBSCRIBED' }, '"1"')).status, 200);
    assert.equal((await as('soloAm').get(`${base}/segments/${acme.body.id}`)).body.size, 2);

    const path = `${base}/segments/${acme.body.id}`;
    assert.equal((await as('soloAm').patch(path, { match: 'any' })).status, 428);
    const widened = await as('soloAm').patch(path, { rules: [{ field: 'email', op: 'contains', value: `-${tag}@` }] }, '"1"');
    assert.deepEqual([widened.status, widened.body.size, widened.body.match, widened.headers.etag], [200, 3, 'all', '"2"']);
    assert.equal((await as('soloAm').patch(path, { name: 'x' }, '"1"')).body.code, 'VERSION_CONFLICT');
    assert.equal((await as('soloAm').patch(path, { match: 'any', rules: [{ field: 'status', op: 'contains', value: 'S' }] }, '"2"')).body.code, 'INVALID_SEGMENT_RULE');

    const listed = await as('soloCc').get(`${base}/segments?${`filter=${encodeURIComponent(JSON.stringify({ q: tag }))}`}`);
    assert.equal(listed.status, 200);
    assert.equal(listed.body.total, 2);
    for (const segment of listed.body.data) assert.equal(segment.rules, undefined, 'a Campaign Creator sees sizes, not rules');
    assert.ok((await as('soloAm').get(path)).body.rules.length === 1);
    assert.equal((await as('soloCc').get(`${path}/contacts`)).status, 403);
    assert.equal((await as('soloCc').post(`${base}/segments`, { name: 'x', match: 'all', rules: [] })).status, 403);

    assert.equal((await as('soloAm').delete(path, '"1"')).status, 412);
    assert.equal((await as('soloAm').delete(path, '"2"')).status, 204);
    assert.equal((await as('soloAm').get(path)).body.code, 'SEGMENT_NOT_FOUND');
  });

  test('a Campaign Creator sees list names and counts, but neither contacts nor members', async () => {
    const base = `/api/accounts/${world.account('directClient').id}`;
    const list = await as('directAm').post(`${base}/lists`, { name: `Seen by CC ${randomUUID()}` });
    const contact = await as('directAm').post(`${base}/contacts`, { email: uniqueEmail('hidden'), listIds: [list.body.id] });
    const lists = await as('directCc').get(`${base}/lists?perPage=100`);
    assert.equal(lists.status, 200);
    const seen = lists.body.data.find((l: { id: string }) => l.id === list.body.id);
    assert.deepEqual([seen.name, seen.memberCount], [list.body.name, 1]);
    assert.equal(JSON.stringify(lists.body).includes(contact.body.email), false);
    assert.equal((await as('directCc').get(`${base}/lists/${list.body.id}`)).body.memberCount, 1);
    for (const path of [`${base}/contacts`, `${base}/contacts/${contact.body.id}`, `${base}/lists/${list.body.id}/members`, `${base}/contacts/export`]) {
      const res = await as('directCc').get(path);
      assert.deepEqual([res.status, res.body.code], [403, 'FORBIDDEN'], path);
    }
    assert.equal((await as('directCc').post(`${base}/lists`, { name: 'Nope' })).status, 403);
    assert.equal((await as('directCc').post(`${base}/lists/${list.body.id}/members`, { contactIds: [contact.body.id] })).status, 403);
  });
  test('bad input on every contacts, lists and segments route is a 4xx with a code, never a 500', async () => {
    const base = `/api/accounts/${world.account('standalone').id}`;
    const contact = (await as('soloOwner').post(`${base}/contacts`, { email: uniqueEmail('garbage') })).body.id;
    const list = (await as('soloOwner').post(`${base}/lists`, { name: `Garbage ${randomUUID()}` })).body.id;
    const segment = (await as('soloOwner').post(`${base}/segments`, { name: `Garbage ${randomUUID()}`, match: 'all', rules: [{ field: 'email', op: 'contains', value: 'x' }] })).body.id;
    const garbage: unknown[] = [[], 'text', { email: 7 }, { email: null }, { name: 'x'.repeat(5000) }, { contactIds: 'x' }, { contactIds: [1, 2] },
      { rules: [null] }, { match: 'all', rules: [{ field: 'list', op: 'in', value: [null] }] }, { listIds: ['nope'] }, { status: 'x' }, { __proto__: { a: 1 } }];
    const routes: [string, string][] = [
      ['post', `${base}/contacts`],
      ['patch', `${base}/contacts/${contact}`],
      ['post', `${base}/lists`],
      ['patch', `${base}/lists/${list}`],
      ['post', `${base}/lists/${list}/members`],
      ['post', `${base}/segments`],
      ['patch', `${base}/segments/${segment}`],
    ];
    for (const [method, path] of routes) {
      for (const body of garbage) {
        const res = method === 'post' ? await as('soloOwner').post(path, body) : await as('soloOwner').patch(path, body, '"1"');
        assert.ok(res.status >= 400 && res.status < 500, `${method} ${path} ${JSON.stringify(body).slice(0, 60)} → ${res.status}`);
        assert.match(res.body.code ?? '', /^[A-Z_]+$/);
      }
    }
    for (const query of ['perPage=0', 'page=x', 'sort=id', 'filter=[1]', 'filter=%7B', `filter=${encodeURIComponent('{"q":{"$gt":""}}')}`]) {
      for (const path of [`${base}/contacts`, `${base}/lists`, `${base}/segments`, `${base}/lists/${list}/members`, `${base}/segments/${segment}/contacts`]) {
        const res = await as('soloOwner').get(`${path}?${query}`);
        assert.equal(res.status, 400, `${path}?${query} → ${res.status}`);
      }
    }
  });
});
