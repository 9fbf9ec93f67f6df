import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { useTestApp } from '../testing/api-harness.js';

describe('purchases, trials, account settings and business profile (real PostgreSQL)', () => {
  const { t, db, world, as } = useTestApp({ world: true });


  test("a Single Bill client's purchase lands on its partner's bill, naming the client; a direct client pays its own", async () => {
    const singleBill = world.account('singleBillClient').id;
    const reseller = world.account('reseller').id;
    const sb = await as('sbOwner').post(`/api/accounts/${singleBill}/purchases`, { item: 'STOCK_IMAGE', quantity: 3 });
    assert.equal(sb.status, 201);
    assert.equal(sb.body.billedTo, 'PARTNER');
    assert.deepEqual(
      [sb.body.charge.accountId, sb.body.charge.forAccountId, sb.body.charge.kind, sb.body.charge.amountCents, sb.body.charge.purchasedById],
      [reseller, singleBill, 'PURCHASE', 3_000, world.caller('sbOwner').userId],
    );
    assert.match(sb.body.charge.description, /Single Bill Client/);
    assert.equal((await db.charge.count({ where: { accountId: singleBill } })), 0, 'nothing on the client\'s own bill');

    const direct = world.account('directClient').id;
    const own = await as('resellerPm').post(`/api/accounts/${direct}/purchases`, { item: 'PLUS_CAMPAIGN', quantity: 2 });
    assert.equal(own.status, 201);
    assert.deepEqual([own.body.billedTo, own.body.charge.accountId, own.body.charge.forAccountId, own.body.charge.amountCents], ['ACCOUNT', direct, null, 10_000]);

    // Each sees what it bought; the partner's own purchases do not include its clients'.
    const sbList = await as('sbOwner').get(`/api/accounts/${singleBill}/purchases`);
    assert.deepEqual([sbList.body.total, sbList.body.data[0].id, sbList.body.data[0].billedTo], [1, sb.body.charge.id, 'PARTNER']);
    const directList = await as('directOwner').get(`/api/accounts/${direct}/purchases`);
    assert.deepEqual([directList.body.total, directList.body.data[0].billedTo], [1, 'ACCOUNT']);
    assert.equal((await as('resellerOwner').get(`/api/accounts/${reseller}/purchases`)).body.total, 0);

    assert.equal((await as('directOwner').post(`/api/accounts/${direct}/purchases`, { item: 'STOCK_IMAGE', quantity: 101 })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('directOwner').post(`/api/accounts/${direct}/purchases`, { item: 'YACHT', quantity: 1 })).body.code, 'VALIDATION_FAILED');
    assert.equal((await as('directAm').post(`/api/accounts/${direct}/purchases`, { item: 'STOCK_IMAGE', quantity: 1 })).status, 403);
    assert.equal(await db.auditEvent.count({ where: { action: 'purchase.billed', accountId: reseller, targetId: sb.body.charge.id } }), 1);
  });

  test('a trial lasts 30 days and starts once per product, even when two start at the same moment', async () => {
    const account = world.account('standalone').id;
    const first = await as('soloCc').post(`/api/accounts/${account}/trials`, { product: 'SMS' });
    assert.equal(first.status, 201);
    const days = (new Date(first.body.endsAt).getTime() - new Date(first.body.startedAt).getTime()) / 86_400_000;
    assert.ok(Math.abs(days - 30) < 0.01, String(days));
    const second = await as('soloOwner').post(`/api/accounts/${account}/trials`, { product: 'SMS' });
    assert.deepEqual([second.status, second.body.code], [409, 'TRIAL_ALREADY_STARTED']);

    const racing = await Promise.all([
      as('soloAm').post(`/api/accounts/${account}/trials`, { product: 'EVENTS' }),
      as('soloOwner').post(`/api/accounts/${account}/trials`, { product: 'EVENTS' }),
    ]);
    assert.deepEqual(racing.map((r) => r.status).sort(), [201, 409]);
    assert.equal(await db.trial.count({ where: { accountId: account, product: 'EVENTS' } }), 1);
    const list = await as('soloCc').get(`/api/accounts/${account}/trials?sort=product`);
    assert.deepEqual(list.body.data.map((trial: { product: string }) => trial.product), ['EVENTS', 'SMS']);
    assert.equal((await as('soloCc').post(`/api/accounts/${account}/trials`, { product: 'CRYPTO' })).body.code, 'VALIDATION_FAILED');
  });

  test('settings: defaults at version 0, first write with "0", then versioned; a wrong time zone or locale is a 400', async () => {
    const path = `/api/accounts/${world.account('directClient').id}/settings`;
    const before = await as('directAm').get(path);
    assert.deepEqual([before.status, before.body.timeZone, before.body.locale, before.body.version, before.headers.etag], [200, 'UTC', 'en-US', 0, '"0"']);

    const body = { timeZone: 'Europe/Paris', locale: 'fr-ca', defaultFromName: 'Casa', defaultFromEmail: 'hello@casa.test' };
    assert.equal((await as('directAm').put(path, body)).status, 428);
    const badZone = await as('directAm').put(path, { ...body, timeZone: 'Mars/Olympus' }, '"0"');
    assert.deepEqual([badZone.status, badZone.body.code], [400, 'INVALID_TIME_ZONE']);
    assert.equal((await as('directAm').put(path, { ...body, locale: 'not a locale!' }, '"0"')).body.code, 'INVALID_LOCALE');
    assert.equal((await as('directAm').put(path, { ...body, defaultFromEmail: 'nope' }, '"0"')).body.code, 'VALIDATION_FAILED');

    const first = await as('directAm').put(path, body, '"0"');
    assert.deepEqual([first.status, first.body.version, first.body.locale, first.headers.etag], [200, 1, 'fr-CA', '"1"']);
    const lateFirst = await as('directOwner').put(path, { ...body, timeZone: 'UTC' }, '"0"');
    assert.deepEqual([lateFirst.status, lateFirst.body.code, lateFirst.body.details.current.timeZone], [412, 'VERSION_CONFLICT', 'Europe/Paris']);

    const second = await as('resellerPm').put(path, { ...body, timeZone: 'America/New_York', defaultFromName: null }, '"1"');
    assert.deepEqual([second.status, second.body.version, second.body.timeZone, second.body.defaultFromName], [200, 2, 'America/New_York', null]);
    assert.equal((await as('directAm').put(path, body, '"1"')).status, 412);
    assert.equal((await as('directCc').get(path)).status, 403);
    assert.deepEqual(
      (await db.auditEvent.findMany({ where: { accountId: world.account('directClient').id, action: 'account-settings.updated' } })).length,
      2,
    );
  });

  test('business profile: the same singleton pattern; two first writers at once, one wins', async () => {
    const path = `/api/accounts/${world.account('standalone').id}/business-profile`;
    assert.equal((await as('soloAm').get(path)).status, 403, 'owner only');
    const empty = await as('soloOwner').get(path);
    assert.deepEqual([empty.body.version, empty.body.legalName], [0, null]);
    const results = await Promise.all([
      as('soloOwner').put(path, { legalName: 'Solo LLC', country: 'US' }, '"0"'),
      as('soloOwner').put(path, { legalName: 'Solo Inc', website: 'https://solo.test' }, '"0"'),
    ]);
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 412]);
    const winner = results.find((r) => r.status === 200)!;
    assert.equal(results.find((r) => r.status === 412)!.body.details.current.legalName, winner.body.legalName);
    // A version ahead of a record that was never written: the current state is the defaults.
    const other = `/api/accounts/${world.account('directClient').id}/business-profile`;
    const ahead = await as('directOwner').put(other, { legalName: 'X' }, '"5"');
    assert.deepEqual([ahead.status, ahead.body.details.current.version], [412, 0]);
    assert.equal((await as('soloOwner').put(path, { country: 'usa' }, '"1"')).body.code, 'VALIDATION_FAILED');
    const replaced = await as('soloOwner').put(path, { city: 'Boston' }, '"1"');
    assert.deepEqual([replaced.body.city, replaced.body.legalName, replaced.body.version], ['Boston', null, 2], 'PUT replaces the whole profile');
  });
});
