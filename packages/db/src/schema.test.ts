import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, type Database } from './client.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { DEMO_LOGINS, seedDemoData } from './seed.js';
import { toUsername } from './usernames.js';

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set: run the tests with `npm test`');

describe('the database schema (real PostgreSQL)', () => {
  let db: Database;
  beforeAll(() => {
    db = createDatabase(url);
  });
  afterAll(() => db.$disconnect());

  test('the migration applied to the empty test database', async () => {
    const rows = await db.$queryRaw<{ migration_name: string }[]>`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL`;
    assert.ok(rows.some((row) => row.migration_name.endsWith('_init')));
  });

  test('usernames are unique whatever the letter case, plus-addresses stay distinct', async () => {
    const passwordHash = 'not-used';
    await db.user.create({ data: { username: toUsername('Sue@Schema.Example'), email: 'Sue@Schema.Example', passwordHash } });
    await assert.rejects(
      db.user.create({ data: { username: toUsername('sue@schema.example'), email: 'sue@schema.example', passwordHash } }),
      (error: { code?: string }) => error.code === 'P2002',
    );
    await db.user.create({ data: { username: toUsername('sue+1@schema.example'), email: 'sue+1@schema.example', passwordHash } });
    assert.equal(await db.user.count({ where: { username: { startsWith: 'sue' , endsWith: '@schema.example' } } }), 2);
  });

  test('a username that is not lower-case is refused by the database itself', async () => {
    await assert.rejects(db.$executeRaw`INSERT INTO app_user (id, username, email, password_hash, updated_at) VALUES (gen_random_uuid(), 'Upper@Schema.Example', 'x', 'x', now())`);
  });

  test('an account has at most one owner', async () => {
    const account = await db.account.create({ data: { kind: 'STANDALONE', name: 'Owners Test' } });
    const [first, second] = await Promise.all(
      ['one', 'two'].map((n) => db.user.create({ data: { username: `owner-${n}@owners.example`, email: `owner-${n}@owners.example`, passwordHash: 'x' } })),
    );
    await db.membership.create({ data: { accountId: account.id, userId: first!.id, role: 'ACCOUNT_OWNER' } });
    await assert.rejects(db.membership.create({ data: { accountId: account.id, userId: second!.id, role: 'ACCOUNT_OWNER' } }));
  });

  test('an account of the wrong shape is refused: a client needs a partner and a billing mode', async () => {
    await assert.rejects(db.account.create({ data: { kind: 'CLIENT', name: 'Orphan' } }));
    await assert.rejects(db.account.create({ data: { kind: 'PARTNER', name: 'No program' } }));
    await assert.rejects(db.account.create({ data: { kind: 'STANDALONE', name: '   ' } }));
  });

  test('the audit log is append-only', async () => {
    const account = await db.account.create({ data: { kind: 'STANDALONE', name: 'Audit Test' } });
    const event = await db.auditEvent.create({ data: { accountId: account.id, action: 'test.recorded' } });
    const where = { accountId_id: { accountId: account.id, id: event.id } };
    await assert.rejects(db.auditEvent.update({ where, data: { action: 'test.rewritten' } }));
    await assert.rejects(db.auditEvent.delete({ where }));
    assert.equal((await db.auditEvent.findUniqueOrThrow({ where })).action, 'test.recorded');
  });

  test('the demo seed is idempotent and refuses production', async () => {
    await seedDemoData(db, {});
    const counts = async () => [await db.account.count(), await db.user.count(), await db.membership.count()];
    const once = await counts();
    await seedDemoData(db, {});
    assert.deepEqual(await counts(), once);
    for (const login of DEMO_LOGINS) {
      assert.ok(await db.user.findUnique({ where: { username: login.email } }), login.email);
    }
    await assert.rejects(seedDemoData(db, { NODE_ENV: 'production' }), /never seeded/);
  });

  test('passwords are hashed with argon2id and verified', async () => {
    const hash = await hashPassword('correct horse');
    assert.match(hash, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    assert.equal(await verifyPassword(hash, 'correct horse'), true);
    assert.equal(await verifyPassword(hash, 'wrong horse'), false);
    assert.equal(await verifyPassword('not a hash', 'anything'), false);
  });
});
