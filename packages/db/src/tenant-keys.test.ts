// The property distributing the schema on Citus rests on (docs/scale-out.md): every primary and unique
// key of a tenant table includes the column the table is distributed by, account_id (account's own id
// for account itself). Keys are read from the catalog, so a table or key added later is checked
// without being named here. The one global key left, a landing page's public address, lives in a
// directory table that triggers keep in step with landing_page; its tests are at the end.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, test } from '@jest/globals';
import pg from 'pg';
import { tenantTables } from './tenant-catalog.js';

const ownerUrl = process.env.DATABASE_URL;
const appUrl = process.env.APP_DATABASE_URL;
if (!ownerUrl || !appUrl) throw new Error('DATABASE_URL and APP_DATABASE_URL are not set: run the tests with `npm test`');

/** Reference tables (copied to every node, not distributed): keyed by what they look up, not by account. */
const REFERENCE_TABLES = ['landing_page_address', 'archive_address'];
const UNIQUE_VIOLATION = '23505';

interface TableKey {
  name: string;
  primary: boolean;
  definition: string;
  /** Whether the distribution column is one of the key's columns (not merely INCLUDEd). */
  includesDistributionColumn: boolean;
}

interface DistributedTable {
  name: string;
  distributionColumn: string;
  /** Its primary key, unique indexes (constraints or not, partial or not) and exclusion constraints. */
  keys: TableKey[];
}

interface DirectoryEntry {
  accountId: string;
  landingPageId: string;
}

const owner = new pg.Client({ connectionString: ownerUrl });
const app = new pg.Client({ connectionString: appUrl });
await owner.connect();
await app.connect();
afterAll(() => Promise.all([owner.end(), app.end()]));

const distributedTables = await listTenantTables();

/** Every tenant table but the reference tables, with its keys. */
async function listTenantTables(): Promise<DistributedTable[]> {
  const tables = (await tenantTables(owner)).filter((table) => !REFERENCE_TABLES.includes(table.name));
  const { rows } = await owner.query<{ table: string; key: TableKey }>(`
    SELECT i.indrelid::text AS table, json_build_object(
             'name', k.relname,
             'primary', i.indisprimary,
             'definition', pg_get_indexdef(i.indexrelid),
             -- indkey counts from 0; its first indnkeyatts entries are the key, the rest INCLUDE columns.
             'includesDistributionColumn', t.column_number = ANY ((i.indkey::int2[])[0:i.indnkeyatts - 1])
           ) AS key
    FROM unnest($1::oid[], $2::int2[]) AS t(oid, column_number)
    JOIN pg_index i ON i.indrelid = t.oid AND (i.indisunique OR i.indisexclusion)
    JOIN pg_class k ON k.oid = i.indexrelid
    ORDER BY k.relname`, [tables.map((table) => table.oid), tables.map((table) => table.accountColumnNumber)]);
  return tables.map((table) => ({
    name: table.name,
    distributionColumn: table.accountColumn,
    keys: rows.filter((row) => row.table === table.oid).map((row) => row.key),
  }));
}

/** What keeps the table from being distributed by its distribution column, one line each. */
function keyProblems(table: DistributedTable): string[] {
  const problems = table.keys
    .filter((key) => !key.includesDistributionColumn)
    .map((key) => `${table.name}: ${key.primary ? 'primary' : 'unique'} key ${key.name} lacks ${table.distributionColumn} (${key.definition})`);
  if (!table.keys.some((key) => key.primary)) problems.unshift(`${table.name}: has no primary key`);
  return problems;
}

test('the catalog lists the tenant tables, and the reference tables exist', async () => {
  const names = distributedTables.map((table) => table.name);
  assert.ok(names.length >= 20 && names.includes('account') && names.includes('contact'), `tenant tables found: ${names.join(', ')}`);
  const { rows } = await owner.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname = ANY ($1) ORDER BY c.relname`,
    [REFERENCE_TABLES],
  );
  assert.deepEqual(rows.map((row) => row.name), [...REFERENCE_TABLES].sort());
});

for (const table of distributedTables) {
  test(`${table.name}: its primary key and every unique key include ${table.distributionColumn}`, () => {
    assert.deepEqual(keyProblems(table), [], `${table.name} cannot be distributed by ${table.distributionColumn}`);
  });
}

// The directory of public addresses, written through the application's role as the API writes pages.

async function createAccount(): Promise<string> {
  const id = randomUUID();
  await owner.query(`INSERT INTO account (id, kind, name, updated_at) VALUES ($1, 'STANDALONE', 'Tenant keys', now())`, [id]);
  return id;
}

/** Runs `work` as the application's role in one account's scope, and commits it. */
async function inAccount<T>(accountId: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  await app.query('BEGIN');
  try {
    await app.query(`SELECT set_config('app.account_id', $1, true)`, [accountId]);
    const result = await work(app);
    await app.query('COMMIT');
    return result;
  } catch (error) {
    await app.query('ROLLBACK');
    throw error;
  }
}

async function createPage(accountId: string, slug: string): Promise<string> {
  const id = randomUUID();
  await inAccount(accountId, (client) =>
    client.query(`INSERT INTO landing_page (id, account_id, title, slug, body_html, updated_at) VALUES ($1, $2, 'Page', $3, '', now())`, [id, accountId, slug]),
  );
  return id;
}

async function renamePage(accountId: string, pageId: string, slug: string): Promise<void> {
  await inAccount(accountId, (client) => client.query('UPDATE landing_page SET slug = $3 WHERE account_id = $1 AND id = $2', [accountId, pageId, slug]));
}

async function deletePage(accountId: string, pageId: string): Promise<void> {
  await inAccount(accountId, (client) => client.query('DELETE FROM landing_page WHERE account_id = $1 AND id = $2', [accountId, pageId]));
}

async function directoryEntry(slug: string): Promise<DirectoryEntry | undefined> {
  const { rows } = await owner.query<DirectoryEntry>(
    'SELECT account_id AS "accountId", landing_page_id AS "landingPageId" FROM landing_page_address WHERE slug = $1',
    [slug],
  );
  return rows[0];
}

const uniqueSlug = (label: string) => `keys-${label}-${randomBytes(4).toString('hex')}`;

async function assertUniqueViolation(write: Promise<unknown>, constraint: string, what: string): Promise<void> {
  await assert.rejects(
    write,
    (error: { code?: string; constraint?: string; message: string }) => {
      assert.deepEqual([error.code, error.constraint], [UNIQUE_VIOLATION, constraint], `${what}: ${error.message}`);
      return true;
    },
    `${what} succeeded`,
  );
}

test("a slug one account's page uses is refused to another account's page with a unique violation", async () => {
  const [first, second] = [await createAccount(), await createAccount()];
  const slug = uniqueSlug('taken');
  const pageId = await createPage(first, slug);
  await assertUniqueViolation(createPage(second, slug), 'landing_page_address_pkey', 'a second account taking the slug');
  await assertUniqueViolation(createPage(first, slug), 'landing_page_account_id_slug_key', 'a second page of the same account taking the slug');
  assert.deepEqual(await directoryEntry(slug), { accountId: first, landingPageId: pageId });
  const { rows } = await owner.query('SELECT account_id FROM landing_page WHERE slug = $1', [slug]);
  assert.deepEqual(rows, [{ account_id: first }]);
});

test('the directory follows a page as it is renamed and deleted, and a freed slug can be taken again', async () => {
  const [first, second] = [await createAccount(), await createAccount()];
  const [oldSlug, newSlug] = [uniqueSlug('old'), uniqueSlug('new')];
  const pageId = await createPage(first, oldSlug);

  await renamePage(first, pageId, newSlug);
  assert.equal(await directoryEntry(oldSlug), undefined, 'the old address is freed');
  assert.deepEqual(await directoryEntry(newSlug), { accountId: first, landingPageId: pageId });

  const otherPageId = await createPage(second, oldSlug);
  assert.deepEqual(await directoryEntry(oldSlug), { accountId: second, landingPageId: otherPageId }, 'another account takes the freed address');
  await assertUniqueViolation(renamePage(first, pageId, oldSlug), 'landing_page_address_pkey', 'renaming onto an address another account uses');
  assert.deepEqual(await directoryEntry(newSlug), { accountId: first, landingPageId: pageId }, 'a refused rename changes nothing');

  await deletePage(first, pageId);
  assert.equal(await directoryEntry(newSlug), undefined, 'a deleted page frees its address');
});

test('the directory holds exactly the addresses of the landing pages', async () => {
  const { rows } = await owner.query(`
    SELECT p.slug AS page, d.slug AS directory FROM landing_page p
    FULL JOIN landing_page_address d ON d.slug = p.slug AND d.account_id = p.account_id AND d.landing_page_id = p.id
    WHERE p.slug IS NULL OR d.slug IS NULL`);
  assert.deepEqual(rows, [], 'pages without their address, or addresses without their page');
});
