import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { PASSWORD, uniqueEmail, useTestApp } from '../testing/api-harness.js';
import { mintToken } from '../testing/invitation-tokens.js';

describe('team management, client creation and the audit log (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });


  test('an owner changes a role and removes a member; the owner is neither demoted nor removed', async () => {
    const solo = world.account('standalone').id;
    const am = world.caller('soloAm').userId;
    const owner = world.caller('soloOwner').userId;
    const changed = await as('soloOwner').patch(`/api/accounts/${solo}/users/${am}`, { role: 'CAMPAIGN_CREATOR' });
    assert.deepEqual([changed.status, changed.body.role], [200, 'CAMPAIGN_CREATOR']);
    assert.equal((await as('soloOwner').patch(`/api/accounts/${solo}/users/${owner}`, { role: 'ACCOUNT_MANAGER' })).body.code, 'OWNER_ROLE_LOCKED');
    assert.equal((await as('soloOwner').patch(`/api/accounts/${solo}/users/${am}`, { role: 'ACCOUNT_OWNER' })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('soloOwner').patch(`/api/accounts/${solo}/users/${am}`, { role: 'PARTNER_MANAGER' })).body.code, 'ROLE_NOT_ALLOWED');
    assert.equal((await as('soloOwner').delete(`/api/accounts/${solo}/users/${owner}`)).body.code, 'OWNER_CANNOT_BE_REMOVED');
    assert.equal((await as('soloOwner').delete(`/api/accounts/${solo}/users/${am}`)).status, 204);
    assert.equal((await as('soloOwner').delete(`/api/accounts/${solo}/users/${am}`)).body.code, 'USER_NOT_FOUND');
    // Removed means an outsider on the very next request.
    assert.equal((await as('soloAm').get(`/api/accounts/${solo}`)).status, 404);
  });

  test('ownership transfer: the old owner becomes Account Manager; two at once leave exactly one owner', async () => {
    const account = world.account('directClient').id;
    const [am, cc, owner] = ['directAm', 'directCc', 'directOwner'].map((k) => world.caller(k).userId);
    const results = await Promise.all([
      as('directOwner').post(`/api/accounts/${account}/owner`, { userId: am }),
      as('directOwner').post(`/api/accounts/${account}/owner`, { userId: cc }),
    ]);
    assert.ok(results.some((r) => r.status === 200), String(results.map((r) => r.status)));
    const owners = await db.membership.findMany({ where: { accountId: account, role: 'ACCOUNT_OWNER' } });
    assert.equal(owners.length, 1);
    assert.notEqual(owners[0]!.userId, owner);
    const formerOwner = await db.membership.findUniqueOrThrow({ where: { accountId_userId: { accountId: account, userId: owner } } });
    assert.equal(formerOwner.role, 'ACCOUNT_MANAGER');
    assert.equal((await as('resellerPm').post(`/api/accounts/${account}/owner`, { userId: world.caller('stranger').userId })).body.code, 'USER_NOT_FOUND');
  });

  test("a partner manager manages a client's people through the partner, without counting toward its limit", async () => {
    const client = world.account('singleBillClient').id;
    const invited = await as('resellerPm').post(`/api/accounts/${client}/invitations`, { email: uniqueEmail('viapm'), role: 'ACCOUNT_MANAGER' });
    assert.equal(invited.status, 201);
    const users = await as('resellerPm').get(`/api/accounts/${client}/users`);
    assert.equal(users.body.people.count, 4, 'owner, manager, creator and the new invitation; partner staff are not counted');
    assert.ok(!users.body.data.some((r: { id: string }) => r.id === world.caller('resellerPm').userId));
  });

  test('a partner creates a client and invites its owner in one step; accepting makes the owner', async () => {
    const partner = world.account('reseller').id;
    const ownerEmail = uniqueEmail('newclient');
    const created = await as('resellerPm').post(`/api/accounts/${partner}/clients`, { name: 'Casa Realty', billingMode: 'SINGLE_BILL', ownerEmail });
    assert.equal(created.status, 201);
    assert.deepEqual(created.body.owner, { email: ownerEmail, status: 'PENDING' });
    const tab = await as('resellerPm').get(`/api/accounts/${partner}/clients?filter=${encodeURIComponent('{"q":"Casa Realty"}')}`);
    assert.deepEqual(tab.body.data.map((r: { owner: unknown }) => r.owner), [{ email: ownerEmail, status: 'PENDING' }]);

    const token = await mintToken(db, created.body.ownerInvitation.id);
    const accepted = await t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD });
    assert.equal(accepted.status, 200);
    const after = await as('resellerPm').get(`/api/accounts/${partner}/clients?filter=${encodeURIComponent('{"q":"Casa Realty"}')}`);
    assert.equal(after.body.data[0].owner.status, 'ACTIVE');
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${accepted.body.accessToken}`);
    assert.equal(me.body.accounts[0].grant.role, 'ACCOUNT_OWNER');

    for (const body of [{}, { name: 'X', billingMode: 'GOLD', ownerEmail }, { name: '', billingMode: 'DIRECT', ownerEmail }, { name: 'X', billingMode: 'DIRECT', ownerEmail: 'nope' }]) {
      assert.equal((await as('resellerPm').post(`/api/accounts/${partner}/clients`, body)).body.code, 'VALIDATION_FAILED');
    }
    assert.equal((await as('resellerAm').post(`/api/accounts/${partner}/clients`, { name: 'X', billingMode: 'DIRECT', ownerEmail })).status, 403);
  });

  test('the audit log records who did what, newest first, for those who manage users', async () => {
    const client = world.account('singleBillClient').id;
    await as('resellerPm').get(`/api/accounts/${client}`);
    const log = await as('sbOwner').get(`/api/accounts/${client}/audit?perPage=50`);
    assert.equal(log.status, 200);
    const actions = log.body.data.map((e: { action: string }) => e.action);
    assert.ok(actions.includes('partner.entered-client'));
    assert.ok(actions.includes('invitation.created'));
    const entered = log.body.data.find((e: { action: string }) => e.action === 'partner.entered-client');
    assert.equal(entered.actor.id, world.caller('resellerPm').userId);
    const times = log.body.data.map((e: { createdAt: string }) => Date.parse(e.createdAt));
    assert.deepEqual(times, [...times].sort((a, b) => b - a));
    assert.equal((await as('sbCc').get(`/api/accounts/${client}/audit`)).status, 403);
  });

  test('bad input on every team route is a 4xx with a code, never a 500', async () => {
    const solo = world.account('standalone').id;
    const garbage: unknown[] = [[], 'text', { role: 7 }, { email: null }, { userId: 'x' }, { role: 'x'.repeat(5000) }, { replacePending: 'yes', email: 'a@b.c', role: 'CAMPAIGN_CREATOR' }];
    const routes: [string, string][] = [
      ['post', `/api/accounts/${solo}/invitations`],
      ['post', `/api/accounts/${solo}/owner`],
      ['patch', `/api/accounts/${solo}/users/${world.caller('soloCc').userId}`],
      ['patch', `/api/accounts/${solo}/users/not-a-uuid`],
      ['post', `/api/accounts/${solo}/invitations/not-a-uuid/resend`],
      ['post', '/api/invitations/not-a-token/accept'],
    ];
    for (const [method, path] of routes) {
      for (const body of garbage) {
        const request = method === 'post' ? as('soloOwner').post(path, body) : as('soloOwner').patch(path, body);
        const res = await request;
        assert.ok(res.status >= 400 && res.status < 500, `${method} ${path} ${JSON.stringify(body).slice(0, 40)} → ${res.status}`);
        assert.match(res.body.code ?? '', /^[A-Z_]+$/);
      }
    }
    assert.equal((await as('soloOwner').get(`/api/accounts/${solo}/users?perPage=0`)).body.code, 'VALIDATION_FAILED');
  });
});
