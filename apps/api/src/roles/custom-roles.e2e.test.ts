import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from '@jest/globals';
import type { Database, Role } from '@partner-portal/db';
import { grantableActions, MAX_CUSTOM_ROLES_PER_ACCOUNT, type Target } from '@partner-portal/permissions';
import { SessionsService } from '../auth/sessions.service.js';
import { PASSWORD, signedInAs, uniqueEmail, useTestApp } from '../testing/api-harness.js';
import { mintToken } from '../testing/invitation-tokens.js';

/** "Sends campaigns, never views or exports contacts", in the matrix's order. */
const SENDER_ACTIONS = ['campaigns.create', 'campaigns.test-send', 'campaigns.send', 'lists.view', 'reports.view'];

describe('custom roles (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });

  interface Person {
    userId: string;
    email: string;
    http: ReturnType<typeof signedInAs>;
  }

  async function person(accountId: string, role: Role): Promise<Person> {
    const email = uniqueEmail('roles');
    const user = await db.user.create({ data: { username: email, email, passwordHash: 'not-used-in-these-tests' } });
    await db.membership.create({ data: { accountId, userId: user.id, role } });
    const { accessToken } = await t.app.get(SessionsService).open(user.id, {});
    return { userId: user.id, email, http: signedInAs(t, accessToken) };
  }

  /** A standalone account of its own, with its owner signed in. */
  async function newAccount(label: string) {
    const account = await db.account.create({ data: { kind: 'STANDALONE', name: `Roles ${label} ${randomUUID().slice(0, 8)}` } });
    return { id: account.id, owner: await person(account.id, 'ACCOUNT_OWNER') };
  }

  const rolesOf = (accountId: string) => `/api/accounts/${accountId}/roles`;

  async function createRole(who: Person['http'], accountId: string, name: string, actions: string[]) {
    const created = await who.post(rolesOf(accountId), { name, actions });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    return created.body as { id: string; name: string; actions: string[]; version: number };
  }

  const auditOf = (accountId: string, targetId: string) =>
    db.auditEvent.findMany({ where: { accountId, targetId }, orderBy: { id: 'asc' } });


  test('create, read, page, rename and re-compose, delete: versioned, validated and audited', async () => {
    const { id: accountId, owner } = await newAccount('crud');

    const created = await owner.http.post(rolesOf(accountId), { name: '  Sender  ', actions: ['reports.view', 'campaigns.create'] });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    assert.equal(created.headers.etag, '"1"');
    assert.deepEqual(
      { name: created.body.name, actions: created.body.actions, version: created.body.version, holders: created.body.holders },
      { name: 'Sender', actions: ['campaigns.create', 'reports.view'], version: 1, holders: 0 },
      'the name is trimmed and the actions kept in the order of the matrix',
    );
    const id = created.body.id as string;

    const read = await owner.http.get(`${rolesOf(accountId)}/${id}`);
    assert.equal(read.status, 200);
    assert.equal(read.headers.etag, '"1"');
    assert.equal(read.body.name, 'Sender');

    const invalid: unknown[] = [
      { name: '', actions: [] },
      { name: '    ', actions: [] },
      { name: 'x'.repeat(61), actions: [] },
      { name: 'Unknown action', actions: ['contacts.view', 'contacts.teleport'] },
      { name: 'Twice', actions: ['contacts.view', 'contacts.view'] },
      { name: 'No actions' },
      { name: 'Not a list', actions: 'contacts.view' },
      { name: 'Not strings', actions: [7] },
      { actions: ['contacts.view'] },
    ];
    for (const body of invalid) {
      const res = await owner.http.post(rolesOf(accountId), body);
      assert.deepEqual([res.status, res.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(body).slice(0, 80));
    }
    assert.equal((await owner.http.post(rolesOf(accountId), { name: 'x'.repeat(60), actions: [] })).status, 201, 'sixty characters fit');
    const taken = await owner.http.post(rolesOf(accountId), { name: 'Sender', actions: [] });
    assert.deepEqual([taken.status, taken.body.code], [409, 'ROLE_NAME_TAKEN']);

    // Edits take the version read; a stale one is refused with the record as it is now.
    const edited = await owner.http.patch(`${rolesOf(accountId)}/${id}`, { name: 'Sender plus', actions: [...SENDER_ACTIONS, 'contacts.view'] }, 1);
    assert.equal(edited.status, 200, JSON.stringify(edited.body));
    assert.equal(edited.headers.etag, '"2"');
    assert.deepEqual(edited.body.actions, ['campaigns.create', 'campaigns.test-send', 'campaigns.send', 'contacts.view', 'lists.view', 'reports.view']);
    const stale = await owner.http.patch(`${rolesOf(accountId)}/${id}`, { name: 'Lost update' }, 1);
    assert.deepEqual([stale.status, stale.body.code, stale.body.details.current.version], [412, 'VERSION_CONFLICT', 2]);
    assert.equal((await owner.http.patch(`${rolesOf(accountId)}/${id}`, { name: 'No If-Match' })).status, 428);
    assert.equal((await owner.http.patch(`${rolesOf(accountId)}/${id}`, {}, 2)).body.code, 'NOTHING_TO_UPDATE');
    assert.equal((await owner.http.patch(`${rolesOf(accountId)}/${id}`, { name: null }, 2)).body.code, 'VALIDATION_FAILED');
    assert.equal((await owner.http.patch(`${rolesOf(accountId)}/${id}`, { actions: ['nope'] }, 2)).body.code, 'VALIDATION_FAILED');
    assert.equal((await owner.http.patch(`${rolesOf(accountId)}/${id}`, { name: 'x'.repeat(60) }, 2)).body.code, 'ROLE_NAME_TAKEN');
    const renamed = await owner.http.patch(`${rolesOf(accountId)}/${id}`, { name: 'Sender again' }, 2);
    assert.deepEqual([renamed.status, renamed.body.version, renamed.body.actions.length], [200, 3, 6], 'a rename keeps the actions');

    // Paging and sorting.
    await createRole(owner.http, accountId, 'Alpha', ['reports.view']);
    await createRole(owner.http, accountId, 'Beta', []);
    const first = await owner.http.get(`${rolesOf(accountId)}?perPage=2&page=1&sort=name`);
    assert.equal(first.status, 200);
    assert.equal(first.body.total, 4);
    assert.deepEqual(first.body.data.map((r: { name: string }) => r.name), ['Alpha', 'Beta']);
    const second = await owner.http.get(`${rolesOf(accountId)}?perPage=2&page=2&sort=name`);
    assert.deepEqual(second.body.data.map((r: { name: string }) => r.name), ['Sender again', 'x'.repeat(60)]);
    const newest = await owner.http.get(`${rolesOf(accountId)}?sort=-createdAt&perPage=1`);
    assert.equal(newest.body.data[0].name, 'Beta');
    const searched = await owner.http.get(`${rolesOf(accountId)}?filter=${encodeURIComponent('{"q":"sender"}')}`);
    assert.deepEqual(searched.body.data.map((r: { name: string }) => r.name), ['Sender again']);
    assert.equal((await owner.http.get(`${rolesOf(accountId)}?sort=actions`)).body.code, 'INVALID_SORT');
    assert.equal((await owner.http.get(`${rolesOf(accountId)}?filter=${encodeURIComponent('{"holders":1}')}`)).body.code, 'UNKNOWN_FILTER');

    // Another account's role does not exist here, whatever the caller does with it.
    const other = await newAccount('other');
    const foreign = await createRole(other.owner.http, other.id, 'Foreign', ['reports.view']);
    assert.equal((await owner.http.get(`${rolesOf(accountId)}/${foreign.id}`)).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.patch(`${rolesOf(accountId)}/${foreign.id}`, { name: 'Mine now' }, 1)).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.delete(`${rolesOf(accountId)}/${foreign.id}`, 1)).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.get(`${rolesOf(accountId)}/not-a-uuid`)).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.get(rolesOf(accountId))).body.data.some((r: { id: string }) => r.id === foreign.id), false);
    assert.equal((await db.customRole.findFirstOrThrow({ where: { id: foreign.id } })).name, 'Foreign');

    // Seeing roles takes users.view, composing them users.manage.
    const manager = await person(accountId, 'ACCOUNT_MANAGER');
    assert.equal((await manager.http.get(rolesOf(accountId))).status, 200);
    assert.equal((await manager.http.get(`${rolesOf(accountId)}/${id}`)).status, 200);
    const refused = await manager.http.post(rolesOf(accountId), { name: 'By a manager', actions: [] });
    assert.deepEqual([refused.status, refused.body.code], [403, 'FORBIDDEN']);
    assert.equal((await manager.http.get(`/api/accounts/${accountId}/grantable-actions`)).status, 403);

    // Delete, versioned.
    const staleDelete = await owner.http.delete(`${rolesOf(accountId)}/${id}`, 2);
    assert.deepEqual([staleDelete.status, staleDelete.body.code], [412, 'VERSION_CONFLICT']);
    assert.equal((await owner.http.delete(`${rolesOf(accountId)}/${id}`)).status, 428);
    assert.equal((await owner.http.delete(`${rolesOf(accountId)}/${id}`, 3)).status, 204);
    assert.equal((await owner.http.get(`${rolesOf(accountId)}/${id}`)).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.delete(`${rolesOf(accountId)}/${id}`, 3)).body.code, 'ROLE_NOT_FOUND');

    const audit = await auditOf(accountId, id);
    assert.deepEqual(audit.map((e) => e.action), ['role.created', 'role.updated', 'role.updated', 'role.deleted']);
    assert.ok(audit.every((e) => e.actorUserId === owner.userId && e.targetType === 'custom-role'));
    assert.deepEqual(audit[0]!.data, { name: 'Sender', actions: ['campaigns.create', 'reports.view'] });
    assert.deepEqual(audit[1]!.data, {
      before: { name: 'Sender', actions: ['campaigns.create', 'reports.view'] },
      after: { name: 'Sender plus', actions: ['campaigns.create', 'campaigns.test-send', 'campaigns.send', 'contacts.view', 'lists.view', 'reports.view'] },
    });
    assert.equal((audit[3]!.data as { name: string }).name, 'Sender again');
  });

  test('grantable actions: what the caller holds here, never users.manage', async () => {
    const cases: [string, 'standalone' | 'singleBillClient' | 'directClient' | 'reseller'][] = [
      ['soloOwner', 'standalone'],
      ['sbOwner', 'singleBillClient'],
      ['resellerPm', 'singleBillClient'],
      ['resellerPm', 'directClient'],
      ['resellerOwner', 'reseller'],
    ];
    for (const [caller, accountKey] of cases) {
      const account = world.account(accountKey);
      const res = await as(caller).get(`/api/accounts/${account.id}/grantable-actions`);
      assert.equal(res.status, 200, `${caller} in ${accountKey}`);
      assert.deepEqual(res.body.actions, grantableActions(world.grantsOf(caller, accountKey), account.target as Target), `${caller} in ${accountKey}`);
      assert.equal(res.body.actions.includes('users.manage'), false);
      assert.ok(res.body.actions.includes('contacts.view'));
    }
    const sb = (await as('sbOwner').get(`/api/accounts/${world.account('singleBillClient').id}/grantable-actions`)).body.actions;
    assert.equal(sb.includes('billing.manage'), false, 'not even the owner of a Single Bill client manages its billing');
  });

  test('a custom role asking for more than its creator has → 403 ROLE_EXCEEDS_YOURS, naming what is missing', async () => {
    const singleBill = world.account('singleBillClient').id;
    const direct = world.account('directClient').id;
    const solo = world.account('standalone').id;

    const billing = await as('sbOwner').post(rolesOf(singleBill), { name: 'Billing clerk', actions: ['reports.view', 'billing.manage'] });
    assert.deepEqual([billing.status, billing.body.code, billing.body.details.actions], [403, 'ROLE_EXCEEDS_YOURS', ['billing.manage']]);
    assert.match(billing.body.message, /billing\.manage/);
    assert.doesNotMatch(billing.body.message, /reports\.view/);

    const partnerOnly = await as('resellerPm').post(rolesOf(direct), { name: 'Reseller powers', actions: ['contacts.view', 'partner.clients.create', 'partner.accounts.view'] });
    assert.deepEqual([partnerOnly.status, partnerOnly.body.code], [403, 'ROLE_EXCEEDS_YOURS']);
    assert.deepEqual(partnerOnly.body.details.actions, ['partner.accounts.view', 'partner.clients.create']);

    for (const [caller, accountId] of [['soloOwner', solo], ['resellerPm', direct], ['sbOwner', singleBill]] as const) {
      const users = await as(caller).post(rolesOf(accountId), { name: 'People manager', actions: ['users.view', 'users.manage'] });
      assert.deepEqual([users.status, users.body.code, users.body.details.actions], [403, 'ROLE_EXCEEDS_YOURS', ['users.manage']], caller);
      assert.match(users.body.message, /users\.manage is never part of a custom role/);
    }

    // Re-composing is held to the same rule.
    const modest = await createRole(as('sbOwner'), singleBill, `Modest ${randomUUID().slice(0, 6)}`, ['reports.view']);
    const grown = await as('sbOwner').patch(`${rolesOf(singleBill)}/${modest.id}`, { actions: ['reports.view', 'billing.manage'] }, modest.version);
    assert.deepEqual([grown.status, grown.body.code], [403, 'ROLE_EXCEEDS_YOURS']);
    assert.equal((await db.customRole.findFirstOrThrow({ where: { id: modest.id } })).version, 1, 'nothing was written');
    assert.equal(await db.customRole.count({ where: { accountId: singleBill, name: { in: ['Billing clerk', 'People manager'] } } }), 0);
  });

  test('a role composed by someone holding more can be given only by those who hold all of it', async () => {
    // The managing partner handles a Single Bill client's billing; the client's own owner does not.
    const singleBill = world.account('singleBillClient').id;
    const biller = await createRole(as('resellerPm'), singleBill, `Biller ${randomUUID().slice(0, 6)}`, ['billing.manage', 'reports.view']);
    const cc = world.caller('sbCc').userId;

    const byOwner = await as('sbOwner').patch(`/api/accounts/${singleBill}/users/${cc}`, { customRoleId: biller.id });
    assert.deepEqual([byOwner.status, byOwner.body.code, byOwner.body.details?.actions], [403, 'ROLE_EXCEEDS_YOURS', ['billing.manage']]);
    const invitedByOwner = await as('sbOwner').post(`/api/accounts/${singleBill}/invitations`, { email: uniqueEmail('biller'), customRoleId: biller.id });
    assert.deepEqual([invitedByOwner.status, invitedByOwner.body.code], [403, 'ROLE_EXCEEDS_YOURS']);
    assert.equal((await db.membership.findFirstOrThrow({ where: { accountId: singleBill, userId: cc } })).customRoleId, null);

    const byPartner = await as('resellerPm').patch(`/api/accounts/${singleBill}/users/${cc}`, { customRoleId: biller.id });
    assert.equal(byPartner.status, 200, JSON.stringify(byPartner.body));
    assert.deepEqual(byPartner.body.customRole, { id: biller.id, name: biller.name });
    // Back to a built-in role, so that the world stays as other tests expect it.
    assert.equal((await as('resellerPm').patch(`/api/accounts/${singleBill}/users/${cc}`, { role: 'CAMPAIGN_CREATOR' })).status, 200);
  });

  test(`the ${MAX_CUSTOM_ROLES_PER_ACCOUNT + 1}st role → 409 CUSTOM_ROLE_LIMIT; ${MAX_CUSTOM_ROLES_PER_ACCOUNT + 5} at once leave exactly ${MAX_CUSTOM_ROLES_PER_ACCOUNT}`, async () => {
    const one = await newAccount('limit');
    for (let i = 1; i <= MAX_CUSTOM_ROLES_PER_ACCOUNT; i += 1) await createRole(one.owner.http, one.id, `Role ${i}`, ['reports.view']);
    const over = await one.owner.http.post(rolesOf(one.id), { name: 'One too many', actions: [] });
    assert.deepEqual([over.status, over.body.code], [409, 'CUSTOM_ROLE_LIMIT']);
    assert.equal(await db.customRole.count({ where: { accountId: one.id } }), MAX_CUSTOM_ROLES_PER_ACCOUNT);

    const crowd = await newAccount('crowd');
    const results = await Promise.all(
      Array.from({ length: MAX_CUSTOM_ROLES_PER_ACCOUNT + 5 }, (_, i) => crowd.owner.http.post(rolesOf(crowd.id), { name: `Crowd ${i}`, actions: ['lists.view'] })),
    );
    const statuses = results.map((r) => r.status).sort();
    assert.equal(statuses.filter((s) => s === 201).length, MAX_CUSTOM_ROLES_PER_ACCOUNT, String(statuses));
    assert.deepEqual(
      results.filter((r) => r.status !== 201).map((r) => [r.status, r.body.code]),
      Array.from({ length: 5 }, () => [409, 'CUSTOM_ROLE_LIMIT']),
    );
    assert.equal(await db.customRole.count({ where: { accountId: crowd.id } }), MAX_CUSTOM_ROLES_PER_ACCOUNT);
  });

  test('"sends campaigns, never views or exports contacts": edits apply on the very next request of its holder', async () => {
    const { id: accountId, owner } = await newAccount('sender');
    const list = await db.contactList.create({ data: { accountId, name: 'Newsletter' } });
    const contact = await db.contact.create({ data: { accountId, email: 'reader@example.test', emailKey: 'reader@example.test' } });
    await db.listMember.create({ data: { accountId, listId: list.id, contactId: contact.id } });
    const member = await person(accountId, 'ACCOUNT_MANAGER');
    const role = await createRole(owner.http, accountId, 'Sends campaigns, never views or exports contacts', SENDER_ACTIONS);

    const assigned = await owner.http.patch(`/api/accounts/${accountId}/users/${member.userId}`, { customRoleId: role.id });
    assert.equal(assigned.status, 200, JSON.stringify(assigned.body));
    assert.deepEqual(assigned.body, { userId: member.userId, role: 'CAMPAIGN_CREATOR', customRole: { id: role.id, name: role.name } });
    const membership = await db.membership.findFirstOrThrow({ where: { accountId, userId: member.userId } });
    assert.deepEqual([membership.role, membership.customRoleId], ['CAMPAIGN_CREATOR', role.id]);
    const changeAudit = (await auditOf(accountId, member.userId)).find((e) => e.action === 'member.role-changed');
    assert.deepEqual(changeAudit?.data, { from: 'ACCOUNT_MANAGER', to: 'CAMPAIGN_CREATOR', fromCustomRoleId: null, customRoleId: role.id });

    const team = await owner.http.get(`/api/accounts/${accountId}/users`);
    const row = team.body.data.find((r: { id: string }) => r.id === member.userId);
    assert.deepEqual([row.customRole, row.listRestricted], [{ id: role.id, name: role.name }, false]);
    assert.equal(team.body.data.find((r: { id: string }) => r.id === owner.userId).customRole, null);
    assert.equal((await owner.http.get(`${rolesOf(accountId)}/${role.id}`)).body.holders, 1);

    const me = await member.http.get('/api/me');
    const here = me.body.accounts.find((a: { id: string }) => a.id === accountId);
    assert.deepEqual(here.grant, { role: 'CUSTOM', via: 'MEMBER', customRole: { id: role.id, name: role.name, actions: SENDER_ACTIONS } });
    assert.deepEqual(here.actions, SENDER_ACTIONS);

    const contacts = `/api/accounts/${accountId}/contacts`;
    const campaign = await member.http.post(`/api/accounts/${accountId}/campaigns`, {
      name: 'Spring news',
      subject: 'What is new',
      fromName: 'Sender',
      fromEmail: 'sender@example.test',
      bodyHtml: '<p>News</p>',
      listIds: [list.id],
    });
    assert.equal(campaign.status, 201, JSON.stringify(campaign.body));
    assert.equal((await member.http.get(`/api/accounts/${accountId}/lists`)).status, 200);
    for (const path of [contacts, `${contacts}/export`, `${contacts}/${contact.id}`]) {
      const res = await member.http.get(path);
      assert.deepEqual([res.status, res.body.code], [403, 'FORBIDDEN'], path);
    }
    assert.equal((await member.http.get(rolesOf(accountId))).status, 403, 'the role does not hold users.view');

    // The owner lets the role see contacts: the member's next request, with the same session, sees them.
    const widened = await owner.http.patch(`${rolesOf(accountId)}/${role.id}`, { actions: [...SENDER_ACTIONS, 'contacts.view'] }, role.version);
    assert.equal(widened.status, 200);
    const seen = await member.http.get(contacts);
    assert.equal(seen.status, 200);
    assert.deepEqual(seen.body.data.map((c: { id: string }) => c.id), [contact.id]);
    assert.equal((await member.http.get(`${contacts}/export`)).status, 403, 'viewing is not exporting');

    const narrowed = await owner.http.patch(`${rolesOf(accountId)}/${role.id}`, { actions: SENDER_ACTIONS }, widened.body.version);
    assert.equal(narrowed.status, 200);
    assert.equal((await member.http.get(contacts)).status, 403);
    assert.deepEqual((await member.http.get('/api/me')).body.accounts.find((a: { id: string }) => a.id === accountId).actions, SENDER_ACTIONS);

    // The member's role is in use: deleting it waits until nobody holds it.
    const inUse = await owner.http.delete(`${rolesOf(accountId)}/${role.id}`, narrowed.body.version);
    assert.deepEqual([inUse.status, inUse.body.code, inUse.body.details], [409, 'ROLE_IN_USE', { members: 1, invitations: 0 }]);
    const builtIn = await owner.http.patch(`/api/accounts/${accountId}/users/${member.userId}`, { role: 'CAMPAIGN_CREATOR' });
    assert.deepEqual(builtIn.body, { userId: member.userId, role: 'CAMPAIGN_CREATOR', customRole: null });
    assert.equal((await db.membership.findFirstOrThrow({ where: { accountId, userId: member.userId } })).customRoleId, null, 'a built-in role clears the custom one');
    assert.equal((await member.http.get(`/api/accounts/${accountId}/users`)).status, 200, 'a Campaign Creator again, with users.view');
    assert.equal((await owner.http.delete(`${rolesOf(accountId)}/${role.id}`, narrowed.body.version)).status, 204);
    assert.ok((await auditOf(accountId, role.id)).some((e) => e.action === 'role.deleted'));
  });

  test('assigning a custom role: exactly one of role and customRoleId, never to the owner, only a role of this account', async () => {
    const { id: accountId, owner } = await newAccount('assign');
    const member = await person(accountId, 'CAMPAIGN_CREATOR');
    const role = await createRole(owner.http, accountId, 'Reporter', ['reports.view', 'reports.details.view']);
    const other = await newAccount('assign-other');
    const foreign = await createRole(other.owner.http, other.id, 'Foreign', ['reports.view']);
    const user = (userId: string) => `/api/accounts/${accountId}/users/${userId}`;

    const toOwner = await owner.http.patch(user(owner.userId), { customRoleId: role.id });
    assert.deepEqual([toOwner.status, toOwner.body.code], [400, 'ROLE_NOT_ALLOWED']);
    for (const body of [{}, { role: 'ACCOUNT_MANAGER', customRoleId: role.id }, { customRoleId: 'not-a-uuid' }, { customRoleId: null }, { role: null, customRoleId: role.id }]) {
      const res = await owner.http.patch(user(member.userId), body);
      assert.deepEqual([res.status, res.body.code], [400, 'VALIDATION_FAILED'], JSON.stringify(body));
    }
    assert.equal((await owner.http.patch(user(member.userId), { customRoleId: foreign.id })).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.patch(user(member.userId), { customRoleId: randomUUID() })).body.code, 'ROLE_NOT_FOUND');
    assert.equal((await owner.http.patch(user(randomUUID()), { customRoleId: role.id })).body.code, 'USER_NOT_FOUND');
    assert.equal((await db.membership.findFirstOrThrow({ where: { accountId, userId: member.userId } })).customRoleId, null);

    // Handing ownership to someone holding a custom role makes a plain owner of them.
    assert.equal((await owner.http.patch(user(member.userId), { customRoleId: role.id })).status, 200);
    const transferred = await owner.http.post(`/api/accounts/${accountId}/owner`, { userId: member.userId });
    assert.equal(transferred.status, 200, JSON.stringify(transferred.body));
    const newOwner = await db.membership.findFirstOrThrow({ where: { accountId, userId: member.userId } });
    assert.deepEqual([newOwner.role, newOwner.customRoleId, newOwner.listRestricted], ['ACCOUNT_OWNER', null, false]);
  });

  test('an invitation with a custom role, accepted, gives the membership that role', async () => {
    const { id: accountId, owner } = await newAccount('invite');
    const role = await createRole(owner.http, accountId, 'Campaign sender', SENDER_ACTIONS);
    const email = uniqueEmail('invitee');
    const invitations = `/api/accounts/${accountId}/invitations`;

    for (const body of [{ email }, { email, role: 'ACCOUNT_MANAGER', customRoleId: role.id }, { email, customRoleId: 'nope' }]) {
      assert.equal((await owner.http.post(invitations, body)).body.code, 'VALIDATION_FAILED', JSON.stringify(body));
    }
    assert.equal((await owner.http.post(invitations, { email, customRoleId: randomUUID() })).body.code, 'ROLE_NOT_FOUND');

    const invited = await owner.http.post(invitations, { email, customRoleId: role.id });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.deepEqual([invited.body.role, invited.body.customRole], ['CAMPAIGN_CREATOR', { id: role.id, name: role.name }]);
    const created = (await auditOf(accountId, invited.body.id)).find((e) => e.action === 'invitation.created');
    assert.equal((created?.data as { customRoleId: string }).customRoleId, role.id);

    const team = await owner.http.get(`/api/accounts/${accountId}/users`);
    const row = team.body.data.find((r: { id: string }) => r.id === invited.body.id);
    assert.deepEqual([row.kind, row.customRole, row.listRestricted], ['INVITATION', { id: role.id, name: role.name }, false]);
    assert.equal((await owner.http.get(`${rolesOf(accountId)}/${role.id}`)).body.holders, 1);
    const pending = await owner.http.delete(`${rolesOf(accountId)}/${role.id}`, role.version);
    assert.deepEqual([pending.status, pending.body.code, pending.body.details], [409, 'ROLE_IN_USE', { members: 0, invitations: 1 }]);

    const token = await mintToken(db, invited.body.id);
    const preview = await t.http.get(`/api/invitations/${token}`);
    assert.deepEqual([preview.status, preview.body.customRole], [200, { id: role.id, name: role.name }]);
    const accepted = await t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));

    const membership = await db.membership.findFirstOrThrow({ where: { accountId, userId: accepted.body.user.id } });
    assert.deepEqual([membership.role, membership.customRoleId], ['CAMPAIGN_CREATOR', role.id]);
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${accepted.body.accessToken}`);
    const here = me.body.accounts.find((a: { id: string }) => a.id === accountId);
    assert.deepEqual(here.grant, { role: 'CUSTOM', via: 'MEMBER', customRole: { id: role.id, name: role.name, actions: SENDER_ACTIONS } });
    assert.deepEqual(here.actions, SENDER_ACTIONS);
    const newcomer = signedInAs(t, accepted.body.accessToken);
    assert.equal((await newcomer.get(`/api/accounts/${accountId}/contacts`)).status, 403);
    assert.equal((await newcomer.get(`/api/accounts/${accountId}/campaigns`)).status, 200);

    // Now a member holds it; once it holds another, the role goes, and the accepted invitation forgets it.
    assert.equal((await owner.http.get(`${rolesOf(accountId)}/${role.id}`)).body.holders, 1);
    const held = await owner.http.delete(`${rolesOf(accountId)}/${role.id}`, role.version);
    assert.deepEqual([held.status, held.body.code, held.body.details], [409, 'ROLE_IN_USE', { members: 1, invitations: 0 }]);
    assert.equal((await owner.http.patch(`/api/accounts/${accountId}/users/${membership.userId}`, { role: 'ACCOUNT_MANAGER' })).status, 200);
    assert.equal((await owner.http.delete(`${rolesOf(accountId)}/${role.id}`, role.version)).status, 204);
    assert.equal((await db.invitation.findFirstOrThrow({ where: { id: invited.body.id } })).customRoleId, null);
    assert.equal((await newcomer.get(`/api/accounts/${accountId}/contacts`)).status, 200, 'an Account Manager now');
  });
});
