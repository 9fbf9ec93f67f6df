// Row-level security, proved from the database side: connected as the application's role, one
// account's scope neither reads nor writes another account's rows, in every tenant table the
// catalog lists. Fixtures are written as the owner, whom row-level security does not restrict.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, test } from '@jest/globals';
import pg from 'pg';
import { APP_DATABASE_ROLE, createDatabase } from './client.js';
import { createTenantFixture, type TenantFixture } from './rls-fixtures.js';
import { tenantTables as listTenantTables, type TenantTable } from './tenant-catalog.js';
import { CROSS_ACCOUNT_PATHS, readInScope, tenancy, type TenantScope, writeInScope } from './tenancy.js';

const ownerUrl = process.env.DATABASE_URL;
const appUrl = process.env.APP_DATABASE_URL;
if (!ownerUrl || !appUrl) throw new Error('DATABASE_URL and APP_DATABASE_URL are not set: run the tests with `npm test`');

/** Tables holding no account's data, open to every request (sign-in, the shared resource library). */
const GLOBAL_TABLES = ['app_user', 'email_token', 'mail_outbox', 'partner_resource', 'passkey', 'recovery_code', 'security_event', 'session'];
/** Tables whose trigger refuses every UPDATE before row-level security checks the new row. */
const APPEND_ONLY_TABLES = new Set(['audit_event']);
const INSUFFICIENT_PRIVILEGE = '42501';
const RLS_REFUSAL = /violates row-level security policy/;
const NO_PRIVILEGE = /permission denied for table/;


const owner = new pg.Client({ connectionString: ownerUrl });
const app = new pg.Client({ connectionString: appUrl });
await owner.connect();
await app.connect();
afterAll(() => Promise.all([owner.end(), app.end()]));

const tenantTables = await listTenantTables(owner);
const reachableTables = tenantTables.filter((table) => table.reachable);
const unreachableTables = tenantTables.filter((table) => !table.reachable);

let a: TenantFixture;
let b: TenantFixture;
beforeAll(async () => {
  a = await createTenantFixture(owner, 'a');
  b = await createTenantFixture(owner, 'b');
});

/** The statements every tenant table is tried with; $1 is an account id unless said otherwise. */
function statementsFor(table: TenantTable) {
  const t = pg.escapeIdentifier(table.name);
  const account = pg.escapeIdentifier(table.accountColumn);
  return {
    countOf: `SELECT count(*) FROM ${t} WHERE ${account} = $1`,
    countAll: `SELECT count(*) FROM ${t}`,
    rowOf: `SELECT row_to_json(r) AS row FROM ${t} r WHERE ${account} = $1 LIMIT 1`,
    touchOf: `UPDATE ${t} SET ${account} = ${account} WHERE ${account} = $1`,
    /** $1 the account to move to, $2 the account to move from. */
    move: `UPDATE ${t} SET ${account} = $1 WHERE ${account} = $2`,
    deleteOf: `DELETE FROM ${t} WHERE ${account} = $1`,
    // Statements that read no column are filtered by the UPDATE or DELETE policies alone, not by SELECT's.
    /** $1 an account id. */
    blindUpdate: `UPDATE ${t} SET ${account} = $1`,
    blindDelete: `DELETE FROM ${t}`,
    /** $1 a row as JSON. */
    insertCopy: `INSERT INTO ${t} SELECT * FROM json_populate_record(NULL::${t}, $1)`,
  };
}

async function countAsOwner(sql: string, values: unknown[] = []): Promise<number> {
  return Number((await owner.query(sql, values)).rows[0].count);
}

async function rowAsOwner(sql: string, values: unknown[]): Promise<unknown> {
  return (await owner.query(sql, values)).rows[0]?.row;
}

/**
 * Runs `work` as the application's role in a transaction scoped the way tenancy.ts scopes one
 * (`null`: no scope at all), then rolls it back.
 */
async function asApp<T>(scope: TenantScope | null, work: (client: pg.Client) => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    if (scope) {
      await app.query(
        `SELECT set_config('app.account_id', $1, true), set_config('app.user_id', $2, true),
                set_config('app.path', $3, true), set_config('app.token_hash', $4, true)`,
        [scope.accountId ?? '', scope.userId ?? '', scope.path ?? '', scope.tokenHash ?? ''],
      );
    }
    return await work(app);
  } finally {
    await app.query('ROLLBACK');
  }
}

async function countAsApp(scope: TenantScope | null, sql: string, values: unknown[] = []): Promise<number> {
  return asApp(scope, async (client) => Number((await client.query(sql, values)).rows[0].count));
}

async function rowsChangedAsApp(scope: TenantScope | null, sql: string, values: unknown[]): Promise<number> {
  return asApp(scope, async (client) => (await client.query(sql, values)).rowCount ?? 0);
}

/** A statement that may touch no row of the scope's reach; an error means it touched some and was stopped late. */
async function assertChangesNothingAsApp(scope: TenantScope | null, sql: string, values: unknown[], what: string) {
  const changed = await rowsChangedAsApp(scope, sql, values).catch((error: Error) => `touched rows, then failed: ${error.message}`);
  assert.equal(changed, 0, what);
}

async function assertRefusedAsApp(scope: TenantScope | null, sql: string, values: unknown[], reason: RegExp, what: string) {
  await assert.rejects(
    asApp(scope, (client) => client.query(sql, values)),
    (error: { code?: string; message: string }) => {
      assert.equal(error.code, INSUFFICIENT_PRIVILEGE, `${what}: ${error.message}`);
      assert.match(error.message, reason, what);
      return true;
    },
    `${what} succeeded`,
  );
}

const scopeOf = (fixture: TenantFixture): TenantScope => ({ accountId: fixture.accountId, userId: fixture.userId });

/** A's scope widened by each named path, carrying B's invitation token for the invitation-by-token path. */
const everyPathScope = (): TenantScope[] =>
  CROSS_ACCOUNT_PATHS.map((path) => ({ ...scopeOf(a), path, tokenHash: b.invitationTokenHash }));

test('every tenant table the catalog lists that the application role can reach has row-level security on and a policy', () => {
  assert.ok(tenantTables.length >= 20, `only ${tenantTables.length} tenant tables found: ${tenantTables.map((t) => t.name).join(', ')}`);
  const unprotected = reachableTables.filter((table) => !table.rowSecurity || table.policies === 0).map((table) => table.name);
  assert.deepEqual(unprotected, [], 'tenant tables without row-level security or without a policy');
});

test('every other table or view the application role can reach holds no account data', async () => {
  const { rows } = await owner.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
       AND has_table_privilege($1, c.oid, 'SELECT, INSERT, UPDATE, DELETE')
     ORDER BY c.relname`,
    [APP_DATABASE_ROLE],
  );
  const tenantNames = new Set(tenantTables.map((table) => table.name));
  assert.deepEqual(rows.map((row) => row.name).filter((name) => !tenantNames.has(name)), GLOBAL_TABLES);
});

test('the application role is no superuser, cannot bypass row-level security and owns no table', async () => {
  const { rows: roles } = await app.query('SELECT rolname, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user');
  assert.deepEqual(roles, [{ rolname: APP_DATABASE_ROLE, rolsuper: false, rolbypassrls: false }]);
  // Membership in an owner's role would let it act as the owner, whom the policies do not restrict.
  const { rows: ownedOrInherited } = await app.query(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND pg_has_role(current_user, c.relowner, 'MEMBER')`,
  );
  assert.deepEqual(ownedOrInherited, []);
});

for (const table of unreachableTables) {
  test(`${table.name}: the application role can neither read nor write it`, async () => {
    const sql = statementsFor(table);
    const anyRow = (await rowAsOwner(sql.rowOf, [b.accountId])) ?? {};
    for (const scope of [scopeOf(a), null, ...everyPathScope()]) {
      const who = scope ? `as A${scope.path ? ` on path ${scope.path}` : ''}` : 'with no scope';
      await assertRefusedAsApp(scope, sql.countAll, [], NO_PRIVILEGE, `${who}: ${sql.countAll}`);
      await assertRefusedAsApp(scope, sql.insertCopy, [anyRow], NO_PRIVILEGE, `${who}: ${sql.insertCopy}`);
      await assertRefusedAsApp(scope, sql.blindUpdate, [a.accountId], NO_PRIVILEGE, `${who}: ${sql.blindUpdate}`);
      await assertRefusedAsApp(scope, sql.blindDelete, [], NO_PRIVILEGE, `${who}: ${sql.blindDelete}`);
    }
  });
}

for (const table of reachableTables) {
  test(table.name, async () => {
    const sql = statementsFor(table);
    const ofA = [a.accountId];
    const ofB = [b.accountId];
    const rowsOfA = await countAsOwner(sql.countOf, ofA);
    const rowsOfB = await countAsOwner(sql.countOf, ofB);
    assert.ok(rowsOfA > 0 && rowsOfB > 0, `add a fixture row for ${table.name} (rls-fixtures.ts)`);
    const rowOfB = await rowAsOwner(sql.rowOf, ofB);
    const asA = scopeOf(a);

    assert.equal(await countAsApp(asA, sql.countOf, ofB), 0, `as A: ${sql.countOf} [B]`);
    assert.equal(await countAsApp(asA, sql.countAll), rowsOfA, `as A: ${sql.countAll} reads A's rows only`);
    await assertChangesNothingAsApp(asA, sql.touchOf, ofB, `as A: ${sql.touchOf} [B]`);
    await assertChangesNothingAsApp(asA, sql.deleteOf, ofB, `as A: ${sql.deleteOf} [B]`);
    await assertRefusedAsApp(asA, sql.insertCopy, [rowOfB], RLS_REFUSAL, `as A: inserting a copy of B's row (${sql.insertCopy})`);
    const moveRefusal = APPEND_ONLY_TABLES.has(table.name) ? /append-only/ : RLS_REFUSAL;
    await assertRefusedAsApp(asA, sql.move, [b.accountId, a.accountId], moveRefusal, `as A: ${sql.move} [B, A]`);

    const stranger: TenantScope = { accountId: randomUUID() };
    assert.equal(await countAsApp(stranger, sql.countAll), 0, `as an account without rows: ${sql.countAll}`);
    await assertChangesNothingAsApp(stranger, sql.blindUpdate, [stranger.accountId], `as an account without rows: ${sql.blindUpdate}`);
    await assertChangesNothingAsApp(stranger, sql.blindDelete, [], `as an account without rows: ${sql.blindDelete}`);

    assert.equal(await countAsApp(null, sql.countAll), 0, `with no scope: ${sql.countAll}`);
    await assertRefusedAsApp(null, sql.insertCopy, [rowOfB], RLS_REFUSAL, `with no scope: inserting a copy of B's row`);

    for (const scope of everyPathScope()) {
      await assertRefusedAsApp(scope, sql.insertCopy, [rowOfB], RLS_REFUSAL, `as A on path ${scope.path}: inserting a copy of B's row`);
      await assertChangesNothingAsApp(scope, sql.deleteOf, ofB, `as A on path ${scope.path}: ${sql.deleteOf} [B]`);
    }
    assert.equal(await countAsOwner(sql.countOf, ofB), rowsOfB, "B's rows are all still there");
  });
}

test('path public-pages: a published landing page is readable by its address, a draft is not', async () => {
  const publicPages: TenantScope = { path: 'public-pages' };
  const bySlug = 'SELECT count(*) FROM landing_page WHERE slug = $1';
  assert.equal(await countAsApp(publicPages, bySlug, [b.publishedPageSlug]), 1);
  assert.equal(await countAsApp(publicPages, bySlug, [b.draftPageSlug]), 0);
  const deface = `UPDATE landing_page SET title = 'Defaced' WHERE slug = $1`;
  await assertChangesNothingAsApp(publicPages, deface, [b.publishedPageSlug], `on path public-pages: ${deface}`);
});

test('path public-archive: an archive that is on is found by its address, one that is off is not, and nothing else of the account', async () => {
  const publicArchive: TenantScope = { path: 'public-archive' };
  const bySlug = 'SELECT count(*) FROM newsletter_archive WHERE slug = $1';
  assert.equal(await countAsApp(publicArchive, bySlug, [b.archiveSlug]), 1);
  for (const table of ['campaign', 'archive_author', 'archive_listing', 'account']) {
    assert.equal(await countAsApp(publicArchive, `SELECT count(*) FROM ${table}`), 0, `on path public-archive: ${table} is not readable`);
  }
  const disable = `UPDATE newsletter_archive SET enabled = false WHERE slug = $1`;
  await assertChangesNothingAsApp(publicArchive, disable, [b.archiveSlug], `on path public-archive: ${disable}`);
  await owner.query(disable, [b.archiveSlug]);
  try {
    assert.equal(await countAsApp(publicArchive, bySlug, [b.archiveSlug]), 0, 'an archive that is off is not found');
  } finally {
    await owner.query('UPDATE newsletter_archive SET enabled = true WHERE slug = $1', [b.archiveSlug]);
  }
});

test("path outbox-relay: every account's undelivered outbox rows are readable, not insertable", async () => {
  const relay: TenantScope = { path: 'outbox-relay' };
  const ofBoth = [[a.accountId, b.accountId]];
  const undelivered = await countAsOwner('SELECT count(*) FROM outbox_message WHERE account_id = ANY($1) AND completed_at IS NULL', ofBoth);
  assert.ok(undelivered >= 2);
  assert.equal(await countAsApp(relay, 'SELECT count(DISTINCT account_id) FROM outbox_message WHERE account_id = ANY($1)', ofBoth), 2);
  assert.equal(await countAsApp(relay, 'SELECT count(*) FROM outbox_message WHERE account_id = ANY($1)', ofBoth), undelivered, 'delivered rows stay hidden');
  const undeliveredOfB = await rowAsOwner('SELECT row_to_json(r) AS row FROM outbox_message r WHERE account_id = $1 AND completed_at IS NULL LIMIT 1', [b.accountId]);
  const insertCopy = 'INSERT INTO outbox_message SELECT * FROM json_populate_record(NULL::outbox_message, $1)';
  await assertRefusedAsApp(relay, insertCopy, [undeliveredOfB], RLS_REFUSAL, 'the relay inserting an outbox row');
});

test('path invitation-by-token: only the invitation whose token hash the scope carries', async () => {
  const byToken = (tokenHash: string): TenantScope => ({ path: 'invitation-by-token', tokenHash });
  const ofBoth = [[a.accountId, b.accountId]];
  const invitations = 'SELECT count(*) FROM invitation WHERE account_id = ANY($1)';
  assert.equal(await countAsApp(byToken(b.invitationTokenHash), invitations, ofBoth), 1);
  assert.equal(await countAsApp(byToken(b.invitationTokenHash), 'SELECT count(*) FROM invitation WHERE account_id = $1', [b.accountId]), 1);
  assert.equal(await countAsApp(byToken('0'.repeat(64)), invitations, ofBoth), 0);
});

test('path my-accounts: the caller sees their own accounts, not a stranger account', async () => {
  const myAccounts: TenantScope = { path: 'my-accounts', userId: a.userId };
  const ofBoth = [[a.accountId, b.accountId]];
  const visible = await asApp(myAccounts, async (client) => (await client.query('SELECT id FROM account WHERE id = ANY($1)', ofBoth)).rows);
  assert.deepEqual(visible, [{ id: a.accountId }]);
  assert.equal(await countAsApp(myAccounts, 'SELECT count(*) FROM membership WHERE account_id = $1', [b.accountId]), 0);
});

test("app_account_access gives the guard a member's role, and a stranger not even the account's id", async () => {
  const access = (accountId: string) =>
    asApp(null, async (client) =>
      (await client.query('SELECT session_active, id, member_role, partner_role FROM app_account_access($1, $2, $3)', [a.sessionId, a.userId, accountId])).rows,
    );
  assert.deepEqual(await access(a.accountId), [{ session_active: true, id: a.accountId, member_role: 'ACCOUNT_OWNER', partner_role: null }]);
  assert.deepEqual(await access(b.accountId), [{ session_active: true, id: null, member_role: null, partner_role: null }]);
});

test("through createDatabase and tenancy.run, the application's queries see only the scope's account", async () => {
  const db = createDatabase(appUrl, { poolSize: 1 });
  try {
    const inA = <T>(work: () => Promise<T>) => tenancy.run({ accountId: a.accountId }, async () => await work());
    const contactsOfA = await countAsOwner('SELECT count(*) FROM contact WHERE account_id = $1', [a.accountId]);
    const seen = await inA(() => db.contact.findMany({ select: { accountId: true } }));
    assert.deepEqual(seen, Array.from({ length: contactsOfA }, () => ({ accountId: a.accountId })));
    assert.equal(await inA(() => db.contact.count({ where: { accountId: b.accountId } })), 0);
    assert.equal(await inA(() => db.$transaction((tx) => tx.contact.count())), contactsOfA);
    assert.equal(await db.contact.count(), 0, 'outside any scope');
    const intruder = { accountId: b.accountId, email: 'intruder@rls.example', emailKey: 'intruder@rls.example' };
    await assert.rejects(inA(() => db.contact.create({ data: intruder })), 'creating a contact in B from A');
    assert.equal(await countAsOwner('SELECT count(*) FROM contact WHERE email_key = $1', [intruder.emailKey]), 0);
  } finally {
    await db.$disconnect();
  }
});

test('readInScope: one statement on the pool, under the current scope, read-only, leaving the connection unscoped', async () => {
  const pool = new pg.Pool({ connectionString: appUrl, max: 1 });
  try {
    const contactsOfA = await countAsOwner('SELECT count(*) FROM contact WHERE account_id = $1', [a.accountId]);
    const accountsSeen = { text: 'SELECT DISTINCT account_id FROM contact', values: [] };
    const inA = <T>(work: () => Promise<T>) => tenancy.run({ accountId: a.accountId }, work);
    assert.deepEqual(await inA(() => readInScope(pool, accountsSeen)), contactsOfA > 0 ? [{ account_id: a.accountId }] : []);
    assert.deepEqual(await readInScope(pool, accountsSeen), [], 'outside any scope');
    const landingPage = { text: 'SELECT slug FROM landing_page WHERE slug = $1', values: [b.publishedPageSlug] };
    assert.equal((await inA(() => tenancy.crossing('public-pages', () => readInScope(pool, landingPage)))).length, 1, 'through a named path');

    await assert.rejects(
      inA(() => readInScope(pool, { text: "UPDATE contact SET first_name = 'changed'", values: [] })),
      (error: { code?: string }) => error.code === '25006',
      'a write is refused: the transaction is read-only',
    );
    await assert.rejects(inA(() => readInScope(pool, { text: 'SELECT no_such_column FROM contact', values: [] })), /no_such_column/);
    // The one connection of the pool was rolled back and given back, its scope gone with the transaction.
    const { rows } = await pool.query("SELECT current_setting('app.account_id', true) AS account, count(*)::int AS contacts FROM contact");
    assert.deepEqual(rows, [{ account: '', contacts: 0 }]);
    assert.equal(pool.totalCount, 1);
  } finally {
    await pool.end();
  }
});

test("writeInScope: one statement that writes, under the current scope, in one transaction, leaving the connection unscoped", async () => {
  const pool = new pg.Pool({ connectionString: appUrl, max: 1 });
  const auditRowsOf = (accountId: string) => countAsOwner("SELECT count(*) FROM audit_event WHERE account_id = $1 AND action = 'rls.write-in-scope'", [accountId]);
  // A change and its audit row, as the API's edits write them.
  const renameWithAudit = (name: string, accountId: string) => ({
    text: `WITH changed AS (UPDATE contact c SET first_name = $1 WHERE c.account_id = $2 RETURNING c.account_id, c.id),
           audit AS (INSERT INTO audit_event (account_id, action, target_type, target_id) SELECT account_id, 'rls.write-in-scope', 'contact', id::text FROM changed)
           SELECT id FROM changed`,
    values: [name, accountId],
  });
  const inA = <T>(work: () => Promise<T>) => tenancy.run({ accountId: a.accountId }, work);
  try {
    const contactsOfA = await countAsOwner('SELECT count(*) FROM contact WHERE account_id = $1', [a.accountId]);
    assert.ok(contactsOfA > 0);
    assert.equal((await inA(() => writeInScope(pool, renameWithAudit('written-in-scope', a.accountId)))).length, contactsOfA);
    assert.equal(await countAsOwner('SELECT count(*) FROM contact WHERE account_id = $1 AND first_name = $2', [a.accountId, 'written-in-scope']), contactsOfA);
    assert.equal(await auditRowsOf(a.accountId), contactsOfA);

    assert.deepEqual(await inA(() => writeInScope(pool, renameWithAudit('from-a', b.accountId))), [], "another account's rows are not there to change");
    assert.deepEqual(await writeInScope(pool, renameWithAudit('unscoped', a.accountId)), [], 'outside any scope');
    assert.equal(await countAsOwner('SELECT count(*) FROM contact WHERE first_name IN ($1, $2)', ['from-a', 'unscoped']), 0);
    assert.equal(await auditRowsOf(b.accountId), 0);

    // The audit row refused (its account is B's) takes the change down with it: one statement, one transaction.
    const intoB = {
      text: `WITH changed AS (UPDATE contact c SET first_name = 'half-written' WHERE c.account_id = $1 RETURNING c.id)
             INSERT INTO audit_event (account_id, action) SELECT $2, 'rls.write-in-scope' FROM changed`,
      values: [a.accountId, b.accountId],
    };
    await assert.rejects(inA(() => writeInScope(pool, intoB)), RLS_REFUSAL);
    assert.equal(await countAsOwner('SELECT count(*) FROM contact WHERE first_name = $1', ['half-written']), 0);
    const { rows } = await pool.query("SELECT current_setting('app.account_id', true) AS account, current_setting('transaction_read_only') AS read_only");
    assert.deepEqual(rows, [{ account: '', read_only: 'off' }]);
    assert.equal(pool.totalCount, 1);
  } finally {
    await pool.end();
  }
});

// A Prisma query is lazy: it starts when first awaited. Returned bare from the scope's callback, it is
// awaited after the scope has closed, unless tenancy starts it inside.
test('a Prisma query returned un-awaited from tenancy.run or tenancy.crossing runs in that scope', async () => {
  const db = createDatabase(appUrl, { poolSize: 1 });
  try {
    const contactsOfA = await countAsOwner('SELECT count(*) FROM contact WHERE account_id = $1', [a.accountId]);
    assert.equal(await tenancy.run({ accountId: a.accountId }, () => db.contact.count()), contactsOfA, 'tenancy.run(scope, () => db.contact.count())');
    const publishedPage = () => db.landingPage.count({ where: { slug: b.publishedPageSlug } });
    assert.equal(
      await tenancy.run({ accountId: a.accountId }, async () => await tenancy.crossing('public-pages', publishedPage)),
      1,
      "tenancy.crossing('public-pages', () => db.landingPage.count(...))",
    );
  } finally {
    await db.$disconnect();
  }
});
