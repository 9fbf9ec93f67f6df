import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import pg from 'pg';
import { createDatabase, createPool, type Pool } from './client.js';
import { createTenantFixture } from './rls-fixtures.js';
import { readInScope, tenancy } from './tenancy.js';
import { type OwnService, startPgBouncer, throughPgBouncer } from './testing.js';

/**
 * Debian's PgBouncer 1.18 in transaction pooling mode, with one server connection, so that every
 * client's transactions share it: what a named statement and the tenant scope meet behind it.
 */
describe('behind PgBouncer in transaction pooling mode', () => {
  let bouncer: OwnService;
  const pools: Pool[] = [];
  const pool = (transactionPooler: boolean) => {
    const created = createPool(throughPgBouncer(process.env.DATABASE_URL!, bouncer.port), { poolSize: 2, transactionPooler });
    pools.push(created);
    return created;
  };
  /** Two client connections at once, each preparing the same statement name. */
  const sameNameTwice = (on: Pool) =>
    Promise.allSettled([1, 2].map((n) => on.query<{ n: number }>({ name: 'same-name', text: 'SELECT $1::int AS n, pg_sleep(0.05)', values: [n] })));

  beforeAll(async () => {
    bouncer = await startPgBouncer({ poolSize: 1 });
  });

  afterAll(async () => {
    await Promise.all(pools.map((created) => created.end()));
    await bouncer?.destroy();
  });

  test('a statement prepared by name on the server connection of one client is in the way of the next', async () => {
    const results = await sameNameTwice(pool(false));
    const refused = results.filter((result) => result.status === 'rejected');
    assert.equal(refused.length, 1, JSON.stringify(results));
    assert.match(String((refused[0] as PromiseRejectedResult).reason), /prepared statement "same-name" already exists/);
  });

  test('createPool({ transactionPooler: true }) sends every statement unnamed', async () => {
    const unnamed = pool(true);
    for (let round = 0; round < 3; round++) {
      const results = await sameNameTwice(unnamed);
      assert.deepEqual(
        results.map((result) => (result.status === 'fulfilled' ? result.value.rows[0]!.n : String(result.reason))),
        [1, 2],
      );
    }
  });

  test("the tenant scope lasts one transaction: the next client of the same server connection never sees it", async () => {
    const shared = pool(true);
    const setting = { text: "SELECT current_setting('app.account_id', true) AS account", values: [] };
    const accountId = '00000000-0000-4000-8000-000000000001';
    const inScope = await tenancy.run({ accountId }, () => readInScope<{ account: string }>(shared, setting));
    assert.equal(inScope[0]!.account, accountId);
    const after = await shared.query<{ account: string | null }>(setting.text);
    assert.ok(!after.rows[0]!.account, `outside the scope: ${JSON.stringify(after.rows[0])}`);
  });

  test('Prisma under the tenant scope: statements it would name go unnamed, the scope rides with the first', async () => {
    const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await owner.connect();
    const [a, b] = [await createTenantFixture(owner, 'a'), await createTenantFixture(owner, 'b')];
    await owner.end();
    const db = createDatabase(createPool(throughPgBouncer(process.env.APP_DATABASE_URL!, bouncer.port), { poolSize: 2, transactionPooler: true }));
    try {
      const contactsOf = (accountId: string) =>
        tenancy.run({ accountId }, async () => [
          await db.contact.findMany({ select: { id: true } }),
          await db.$transaction(async (tx) => tx.contact.count()),
          await db.account.findUnique({ where: { id: accountId }, select: { id: true } }),
        ]);
      // Twice each, from two client connections over the one server connection, so that a statement
      // prepared by name on it would be found there by the next client or be missing for it.
      for (let round = 0; round < 2; round++) {
        const [ofA, ofB] = await Promise.all([contactsOf(a.accountId), contactsOf(b.accountId)]);
        assert.deepEqual(ofA, [[{ id: a.contactId }], 1, { id: a.accountId }]);
        assert.deepEqual(ofB, [[{ id: b.contactId }], 1, { id: b.accountId }]);
      }
      assert.equal(await db.contact.count(), 0, 'outside any scope');
    } finally {
      await db.$disconnect();
    }
  });
});
