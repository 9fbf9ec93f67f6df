import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { useTestApp } from '../testing/api-harness.js';

describe('accounts, the Accounts tab, resources and billing', () => {
  const { t, world, db, as } = useTestApp({ world: true });
  let crowdedPartnerId: string;

  beforeAll(async () => {
    // A partner of its own with 30 clients of known shapes, for paging, sorting and filtering.
    const owner = world.caller('resellerOwner');
    const partner = await db.account.create({ data: { kind: 'PARTNER', partnerProgram: 'RESELLER', name: 'Crowded Partner' } });
    crowdedPartnerId = partner.id;
    await db.membership.create({ data: { accountId: partner.id, userId: owner.userId, role: 'ACCOUNT_OWNER' } });
    for (let i = 0; i < 30; i++) {
      const client = await db.account.create({
        data: {
          kind: 'CLIENT',
          partnerId: partner.id,
          billingMode: i % 3 === 0 ? 'DIRECT' : 'SINGLE_BILL',
          plan: i % 2 === 0 ? 'LITE' : 'PREMIUM',
          name: i === 7 ? 'Percent 100% Club' : `Client ${String(i).padStart(2, '0')}`,
        },
      });
      const email = `owner-${i}-${partner.id.slice(0, 6)}@crowded.test`;
      if (i % 5 === 0) {
        await db.invitation.create({
          data: { accountId: client.id, email, username: email, role: 'ACCOUNT_OWNER', tokenHash: `hash-${client.id}`, expiresAt: new Date(Date.now() + 86_400_000) },
        });
      } else {
        const user = await db.user.create({ data: { username: email, email, passwordHash: 'x' } });
        await db.membership.create({ data: { accountId: client.id, userId: user.id, role: 'ACCOUNT_OWNER' } });
      }
    }
  });

  const clientsOf = (query: Record<string, string | number>) =>
    as('resellerOwner').get(`/api/accounts/${crowdedPartnerId}/clients?${new URLSearchParams(Object.entries(query).map(([k, v]): [string, string] => [k, String(v)]))}`);

  test("a partner manager inside a client sees the client, its partner, the partner grant and the PM column's actions", async () => {
    const res = await as('resellerPm').get(`/api/accounts/${world.account('singleBillClient').id}`);
    assert.equal(res.status, 200);
    assert.equal(res.body.kind, 'CLIENT');
    assert.equal(res.body.billingMode, 'SINGLE_BILL');
    assert.equal(res.body.partner.id, world.account('reseller').id);
    assert.deepEqual(res.body.grant, { role: 'PARTNER_MANAGER', via: 'PARTNER' });
    for (const action of ['users.manage', 'billing.manage', 'contacts.export']) assert.ok(res.body.actions.includes(action), action);
  });

  test('a Single Bill client owner does not hold billing.manage; a direct client owner does', async () => {
    const singleBill = await as('sbOwner').get(`/api/accounts/${world.account('singleBillClient').id}`);
    assert.equal(singleBill.body.actions.includes('billing.manage'), false);
    const direct = await as('directOwner').get(`/api/accounts/${world.account('directClient').id}`);
    assert.equal(direct.body.actions.includes('billing.manage'), true);
  });

  test('the Accounts tab pages with a total, sorted by name by default', async () => {
    const first = await clientsOf({ perPage: 10 });
    assert.equal(first.status, 200);
    assert.equal(first.body.total, 30);
    assert.equal(first.body.data.length, 10);
    const names = first.body.data.map((row: { name: string }) => row.name);
    assert.deepEqual(names, [...names].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    const last = await clientsOf({ perPage: 10, page: 3 });
    assert.equal(last.body.data.length, 10);
    const past = await clientsOf({ perPage: 10, page: 9 });
    assert.deepEqual(past.body, { data: [], total: 30 });
    const all = new Set([...first.body.data, ...(await clientsOf({ perPage: 10, page: 2 })).body.data, ...last.body.data].map((r: { id: string }) => r.id));
    assert.equal(all.size, 30);
  });

  test('rows carry billing mode, the owner (active or pending) and the number of people', async () => {
    const res = await clientsOf({ perPage: 100 });
    const row = res.body.data.find((r: { name: string }) => r.name === 'Client 05');
    assert.deepEqual(row.owner, { email: `owner-5-${crowdedPartnerId.slice(0, 6)}@crowded.test`, status: 'PENDING' });
    assert.equal(row.people, 1);
    assert.equal(row.billingMode, 'SINGLE_BILL');
    const active = res.body.data.find((r: { name: string }) => r.name === 'Client 01');
    assert.equal(active.owner.status, 'ACTIVE');
    const stored = await db.account.findUniqueOrThrow({ where: { id: row.id } });
    assert.equal(row.createdAt, stored.createdAt.toISOString(), 'the creation time as stored, whatever the time zone of the API');
  });

  test('sorting descending and by other fields', async () => {
    const desc = await clientsOf({ sort: '-name', perPage: 3 });
    assert.equal(desc.body.data[0].name, 'Percent 100% Club');
    const byMode = await clientsOf({ sort: 'billingMode', perPage: 100 });
    const modes = byMode.body.data.map((r: { billingMode: string }) => r.billingMode);
    assert.deepEqual(modes, [...modes].sort());
  });

  test('filters: name search with literal wildcards, billing mode, owner status, combined', async () => {
    assert.equal((await clientsOf({ filter: JSON.stringify({ q: 'client 1' }) })).body.total, 10);
    const percent = await clientsOf({ filter: JSON.stringify({ q: '100%' }) });
    assert.deepEqual(percent.body.data.map((r: { name: string }) => r.name), ['Percent 100% Club']);
    assert.equal((await clientsOf({ filter: JSON.stringify({ q: '%' }) })).body.total, 1);
    assert.equal((await clientsOf({ filter: JSON.stringify({ billingMode: 'DIRECT' }) })).body.total, 10);
    assert.equal((await clientsOf({ filter: JSON.stringify({ ownerStatus: 'PENDING' }) })).body.total, 6);
    assert.equal((await clientsOf({ filter: JSON.stringify({ ownerStatus: 'PENDING', billingMode: 'DIRECT' }) })).body.total, 2);
  });

  test('bad paging, sort and filter are 400 with a code', async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{ perPage: 1000 }, 'VALIDATION_FAILED'],
      [{ page: 0 }, 'VALIDATION_FAILED'],
      [{ page: 'two' }, 'VALIDATION_FAILED'],
      [{ sort: 'password' }, 'INVALID_SORT'],
      [{ filter: '{not json' }, 'INVALID_FILTER'],
      [{ filter: '[1,2]' }, 'INVALID_FILTER'],
      [{ filter: JSON.stringify({ billingMode: 'GOLD' }) }, 'INVALID_FILTER'],
      [{ filter: JSON.stringify({ owner: 'x' }) }, 'UNKNOWN_FILTER'],
      [{ unknown: 1 }, 'VALIDATION_FAILED'],
    ];
    for (const [query, code] of cases) {
      const res = await clientsOf(query);
      assert.equal(res.status, 400, JSON.stringify(query));
      assert.equal(res.body.code, code, JSON.stringify(query));
    }
  });

  test('the Resources tab lists the partner library for reseller partners', async () => {
    await db.partnerResource.createMany({
      data: [
        { category: 'Sales', title: 'Pitch deck', description: 'Slides', url: 'https://example.com/a' },
        { category: 'Training', title: 'Certification', description: 'Lessons', url: 'https://example.com/b' },
      ],
      skipDuplicates: true,
    });
    const res = await as('resellerCc').get(`/api/accounts/${world.account('reseller').id}/resources?filter=${encodeURIComponent('{"q":"pitch"}')}`);
    assert.equal(res.status, 200);
    assert.deepEqual(res.body.data.map((r: { title: string }) => r.title), ['Pitch deck']);
    assert.equal((await as('referralOwner').get(`/api/accounts/${world.account('referral').id}/resources`)).status, 403);
  });

  test("billing: an owner's plan and charges; a partner's Single Bill totals and lines", async () => {
    await db.charge.create({ data: { accountId: world.account('standalone').id, kind: 'PURCHASE', description: 'Stock images', amountCents: 1000 } });
    const own = await as('soloOwner').get(`/api/accounts/${world.account('standalone').id}/billing`);
    assert.equal(own.status, 200);
    assert.equal(own.body.plan, 'STANDARD');
    assert.equal(own.body.paidBy, 'ACCOUNT');
    assert.equal(own.body.recentCharges[0].description, 'Stock images');
    assert.equal(own.body.singleBill, null);

    const partner = await as('resellerOwner').get(`/api/accounts/${crowdedPartnerId}/billing`);
    assert.deepEqual(partner.body.singleBill, { clients: 20, monthlyTotalCents: 10 * 1200 + 10 * 8000 });
    const lines = await as('resellerOwner').get(`/api/accounts/${crowdedPartnerId}/billing/single-bill?perPage=5`);
    assert.equal(lines.body.total, 20);
    assert.equal(lines.body.data.length, 5);

    const notPartner = await as('soloOwner').get(`/api/accounts/${world.account('standalone').id}/billing/single-bill`);
    assert.equal(notPartner.status, 404);
    assert.equal(notPartner.body.code, 'NOT_A_PARTNER_ACCOUNT');

    const viaPartner = await as('resellerPm').get(`/api/accounts/${world.account('singleBillClient').id}/billing`);
    assert.equal(viaPartner.status, 200);
    assert.equal(viaPartner.body.paidBy, 'PARTNER');
  });

  test('grants are read on every request: a demoted partner manager is refused on the next one, a removed one is an outsider', async () => {
    const partner = world.account('referral');
    const pm = world.caller('referralPm');
    const client = world.account('referralClient');
    assert.equal((await as('referralPm').get(`/api/accounts/${partner.id}/billing`)).status, 200);
    assert.equal((await as('referralPm').get(`/api/accounts/${client.id}`)).status, 200);

    await db.membership.update({ where: { accountId_userId: { accountId: partner.id, userId: pm.userId } }, data: { role: 'ACCOUNT_MANAGER' } });
    assert.equal((await as('referralPm').get(`/api/accounts/${partner.id}/billing`)).status, 403);
    assert.equal((await as('referralPm').get(`/api/accounts/${client.id}`)).status, 404, 'a partner account manager gets nothing in clients');

    await db.membership.delete({ where: { accountId_userId: { accountId: partner.id, userId: pm.userId } } });
    assert.equal((await as('referralPm').get(`/api/accounts/${partner.id}`)).status, 404);
  });

  test('/me lists memberships with actions and, for partner staff, client access without inlining clients', async () => {
    const res = await as('resellerPm').get('/api/me');
    assert.equal(res.status, 200);
    const [reseller] = res.body.accounts;
    assert.equal(reseller.id, world.account('reseller').id);
    assert.deepEqual(reseller.clientAccess, { grant: { role: 'PARTNER_MANAGER', via: 'PARTNER' }, clients: 2 });
    assert.ok(reseller.actions.includes('partner.clients.create'));
    assert.equal(reseller.actions.includes('users.manage'), false, "a PM has only the 'yes' cells in its own partner account");
    const cc = await as('resellerCc').get('/api/me');
    assert.equal(cc.body.accounts[0].clientAccess, null);
  });
});
