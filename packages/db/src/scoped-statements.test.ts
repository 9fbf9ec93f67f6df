// The tenant scope as Prisma's statements carry it (tenancy.ts, scoped-query.ts): set with the
// operation's first statement in the same round trip, transaction-local, never seen by the next user
// of the connection, and never carried over to another operation's statements, however Prisma batches.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import pg from 'pg';
import { createDatabase, type Database } from './client.js';
import { createTenantFixture, type TenantFixture } from './rls-fixtures.js';
import { MAX_NAMED_STATEMENTS, statementName } from './statement-names.js';
import { tenancy } from './tenancy.js';

const owner = new pg.Client({ connectionString: process.env.DATABASE_URL });
let a: TenantFixture;
let b: TenantFixture;
/** The application's pool, with one connection, so that every statement shares it. */
let pool: pg.Pool;
let db: Database;

beforeAll(async () => {
  await owner.connect();
  a = await createTenantFixture(owner, 'a');
  b = await createTenantFixture(owner, 'b');
  pool = new pg.Pool({ connectionString: process.env.APP_DATABASE_URL, max: 1 });
  db = createDatabase(pool);
});

afterAll(async () => {
  await db.$disconnect();
  await pool.end();
  await owner.end();
});

const inScope = <T>(tenant: TenantFixture, work: () => Promise<T>) => tenancy.run({ accountId: tenant.accountId }, async () => await work());
const settingOnTheConnection = async () =>
  (await pool.query<{ account: string | null }>("SELECT current_setting('app.account_id', true) AS account")).rows[0]!.account;

describe('a scoped operation', () => {
  test('sees its account only, and leaves no setting on the connection after it', async () => {
    assert.deepEqual(await inScope(a, () => db.contact.findMany({ select: { id: true } })), [{ id: a.contactId }]);
    assert.ok(!(await settingOnTheConnection()), 'after a single statement');
    assert.equal(await inScope(a, () => db.$transaction(async (tx) => tx.contact.count())), 1);
    assert.ok(!(await settingOnTheConnection()), 'after an interactive transaction');
    assert.equal(await db.contact.count(), 0, 'outside any scope');
  });

  test('a statement that fails leaves the connection usable and unscoped', async () => {
    await assert.rejects(inScope(a, () => db.$queryRaw`SELECT no_such_column FROM contact`), /no_such_column/);
    await assert.rejects(
      inScope(a, () => db.contact.create({ data: { accountId: b.accountId, email: 'x@rls.example', emailKey: 'x@rls.example' } })),
      'a row of another account',
    );
    assert.ok(!(await settingOnTheConnection()));
    assert.equal(await inScope(a, () => db.contact.count()), 1);
    assert.equal(pool.totalCount, 1);
  });

  test('a nested write, which Prisma runs in a transaction of its own, is scoped from its first statement', async () => {
    const list = await inScope(a, () =>
      db.contactList.create({ data: { accountId: a.accountId, name: `Nested ${a.tag}`, members: { create: [{ contactId: a.contactId }] } }, include: { members: true } }),
    );
    assert.equal(list.members.length, 1);
    await inScope(a, () => db.contactList.delete({ where: { accountId_id: { accountId: a.accountId, id: list.id } } }));
  });
});

describe('a scoped transaction', () => {
  const newContact = (email: string) => ({ data: { accountId: a.accountId, email, emailKey: email }, select: { id: true } });
  const ownerSees = async (email: string) => (await owner.query('SELECT 1 FROM contact WHERE email_key = $1', [email])).rowCount;

  test('is one transaction: its first write is seen by no one before it ends, and undone when it fails', async () => {
    const email = `rolled-back-${a.tag}@rls.example`;
    await assert.rejects(
      inScope(a, () =>
        db.$transaction(async (tx) => {
          await tx.contact.create(newContact(email));
          assert.equal(await ownerSees(email), 0, 'the first write was committed on its own');
          throw new Error('undo');
        }),
      ),
      /undo/,
    );
    assert.equal(await ownerSees(email), 0);
    assert.ok(!(await settingOnTheConnection()));
  });

  test('whose first statement fails is rolled back, and leaves the connection usable and unscoped', async () => {
    await assert.rejects(
      inScope(a, () => db.$transaction(async (tx) => tx.contact.create({ data: { accountId: b.accountId, email: 'y@rls.example', emailKey: 'y@rls.example' } }))),
      'a row of another account',
    );
    assert.ok(!(await settingOnTheConnection()));
    assert.equal(await inScope(a, () => db.$transaction(async (tx) => tx.contact.count())), 1);
    assert.equal(pool.totalCount, 1);
  });

  test('sends BEGIN with its first statement: two round trips for a transaction of one statement', async () => {
    // A round trip ends with the server's ReadyForQuery, which pg's connection emits as readyForQuery.
    let roundTrips = 0;
    const count = () => (roundTrips += 1);
    const connections: Array<{ on(event: string, listener: () => void): void; off(event: string, listener: () => void): void }> = [];
    const watch = (client: pg.PoolClient) => {
      const { connection } = client as unknown as { connection: (typeof connections)[number] };
      connection.on('readyForQuery', count);
      connections.push(connection);
    };
    pool.on('acquire', watch);
    try {
      assert.equal(await inScope(a, () => db.$transaction(async (tx) => tx.contact.count())), 1);
    } finally {
      pool.off('acquire', watch);
      for (const connection of connections) connection.off('readyForQuery', count);
    }
    assert.equal(roundTrips, 2);
  });

  test('keeps its isolation level, and an empty one ends cleanly', async () => {
    const isolation = await inScope(a, () =>
      db.$transaction(async (tx) => (await tx.$queryRaw<Array<{ level: string }>>`SELECT current_setting('transaction_isolation') AS level`)[0]!.level, { isolationLevel: 'Serializable' }),
    );
    assert.equal(isolation, 'serializable');
    assert.equal(await inScope(a, () => db.$transaction(async () => 'nothing')), 'nothing');
    assert.ok(!(await settingOnTheConnection()));
    assert.equal(await inScope(a, () => db.contact.count()), 1);
  });
});

describe('operations of two accounts at once, on one connection', () => {
  // Prisma sends the findUnique calls of one tick as one statement from the first caller's async
  // context; those made in a scope must not be among them. Each round starts both accounts' calls in
  // the same tick, each asking for its own row and for the other's.
  test.each([
    ['findUnique by a plain selector', (tenant: TenantFixture) => db.account.findUnique({ where: { id: tenant.accountId }, select: { id: true } })],
    [
      'findUnique by a compound selector',
      (tenant: TenantFixture) => db.contact.findUnique({ where: { accountId_id: { accountId: tenant.accountId, id: tenant.contactId } }, select: { id: true } }),
    ],
    ['findFirst', (tenant: TenantFixture) => db.contact.findFirst({ where: { accountId: tenant.accountId }, select: { id: true } })],
    ['an interactive transaction', (tenant: TenantFixture) => db.$transaction((tx) => tx.contact.findFirst({ where: { accountId: tenant.accountId }, select: { id: true } }))],
  ])('%s: each sees its own row and never the other account', async (_name, read) => {
    for (let round = 0; round < 20; round++) {
      const [ownOfA, otherOfA, ownOfB, otherOfB] = await Promise.all([
        inScope(a, () => read(a)),
        inScope(a, () => read(b)),
        inScope(b, () => read(b)),
        inScope(b, () => read(a)),
      ]);
      assert.ok(ownOfA && ownOfB, `round ${round}: each account sees its own row`);
      assert.equal(otherOfA, null, `round ${round}: A saw B's row`);
      assert.equal(otherOfB, null, `round ${round}: B saw A's row`);
    }
  });

  test('an unscoped findUnique in the same tick as scoped ones sees no tenant row', async () => {
    for (let round = 0; round < 20; round++) {
      const [scoped, unscoped] = await Promise.all([
        inScope(a, () => db.account.findUnique({ where: { id: a.accountId }, select: { id: true } })),
        db.account.findUnique({ where: { id: a.accountId }, select: { id: true } }),
      ]);
      assert.deepEqual(scoped, { id: a.accountId });
      assert.equal(unscoped, null, `round ${round}`);
    }
  });
});

describe('statement names', () => {
  test('are the same for the same text and differ for another, up to the cap', () => {
    assert.equal(statementName('SELECT 1'), statementName('SELECT 1'));
    assert.notEqual(statementName('SELECT 1'), statementName('SELECT 2'));
    for (let n = 0; n < MAX_NAMED_STATEMENTS; n++) statementName(`SELECT ${n} AS filler`);
    assert.equal(statementName('SELECT a statement past the cap'), undefined);
    assert.ok(statementName('SELECT 1'), 'a name given before the cap is kept');
  });
});
