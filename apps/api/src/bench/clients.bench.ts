// npm run bench:clients — a partner with 10,000 clients: p50/p95 of one Accounts tab page through the
// whole API (HTTP, JWT, guard query, page query) against the same page as one raw SQL query on a plain
// connection.
import { performance } from 'node:perf_hooks';
import { createDatabase } from '@partner-portal/db';
import { createTestDatabase, dropTestDatabase } from '@partner-portal/db/testing';
import pg from 'pg';
import { clientsPageQuery } from '../accounts/clients.repository.js';
import { fmt, percentile, startBenchApi } from './support.js';

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 10_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 300);
const PER_PAGE = 50;
const SEARCH = 'dental';

// The very SQL the repository runs, on a plain connection: what the API adds on top is the measure.
const pageQuery = (partnerId: string) =>
  clientsPageQuery(partnerId, { limit: PER_PAGE, offset: 0, sort: { field: 'name', descending: false }, filter: { q: SEARCH } });

async function timeEach(samples: number, run: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < 30; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const databaseUrl = await createTestDatabase(undefined, undefined, 'pp_bench');
const db = createDatabase(databaseUrl, { poolSize: 2 });
const raw = new pg.Client({ connectionString: databaseUrl });
let stopServer = async () => {};
try {
  const partner = await db.account.create({ data: { kind: 'PARTNER', partnerProgram: 'RESELLER', name: 'Bench Partner' } });
  const staff = await db.user.create({ data: { username: 'pm@bench.test', email: 'pm@bench.test', passwordHash: 'x' } });
  await db.membership.create({ data: { accountId: partner.id, userId: staff.id, role: 'PARTNER_MANAGER' } });
  await db.$executeRawUnsafe(`
    INSERT INTO account (id, kind, name, billing_mode, partner_id, updated_at)
    SELECT gen_random_uuid(), 'CLIENT',
           'Client ' || lpad(i::text, 5, '0') || ' ' || (ARRAY['Realty', 'Bakery', 'Dental', 'Fitness', 'Garden'])[1 + i % 5],
           (CASE WHEN i % 3 = 0 THEN 'DIRECT' ELSE 'SINGLE_BILL' END)::"BillingMode", '${partner.id}'::uuid, now()
    FROM generate_series(1, ${CLIENTS}) AS i`);
  await db.$executeRawUnsafe(`
    WITH clients AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM account WHERE partner_id = '${partner.id}'::uuid),
    owners AS (
      INSERT INTO app_user (id, username, email, password_hash, updated_at)
      SELECT gen_random_uuid(), 'owner-' || n || '@bench.test', 'owner-' || n || '@bench.test', 'x', now() FROM clients WHERE n % 5 <> 0
      RETURNING id, username
    )
    INSERT INTO membership (account_id, user_id, role, updated_at)
    SELECT c.id, o.id, 'ACCOUNT_OWNER', now() FROM clients c JOIN owners o ON o.username = 'owner-' || c.n || '@bench.test'`);
  await db.$executeRawUnsafe(`
    INSERT INTO invitation (id, account_id, email, username, role, token_hash, expires_at, updated_at)
    SELECT gen_random_uuid(), c.id, 'owner-' || c.id || '@bench.test', 'owner-' || c.id || '@bench.test', 'ACCOUNT_OWNER',
           md5(c.id::text), now() + interval '7 days', now()
    FROM account c LEFT JOIN membership m ON m.account_id = c.id
    WHERE c.partner_id = '${partner.id}'::uuid AND m.user_id IS NULL`);
  await db.$executeRawUnsafe('ANALYZE');

  const { port, token, stop } = await startBenchApi(db, databaseUrl, staff.id);
  stopServer = stop;

  const url = `http://127.0.0.1:${port}/api/accounts/${partner.id}/clients?perPage=${PER_PAGE}&sort=name&filter=${encodeURIComponent(JSON.stringify({ q: SEARCH }))}`;
  const check = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const page = (await check.json()) as { data: unknown[]; total: number };
  await raw.connect();
  const query = pageQuery(partner.id);
  const rawCheck = await raw.query(query.text, query.values);
  if (check.status !== 200 || page.data.length !== PER_PAGE || page.total !== Number(rawCheck.rows[0].total)) {
    throw new Error(`the API page (${check.status}, ${page.data.length} rows, total ${page.total}) differs from the raw query's (total ${rawCheck.rows[0]?.total})`);
  }

  const api = await timeEach(SAMPLES, async () => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await res.arrayBuffer();
  });
  const sql = await timeEach(SAMPLES, async () => {
    await raw.query(query.text, query.values);
  });
  console.log(`${CLIENTS} clients; one page of ${PER_PAGE}, sorted by name, filtered by "${SEARCH}" (${page.total} matches); ${SAMPLES} samples each`);
  console.log(`API (HTTP, auth, guard, page):  p50 ${fmt(percentile(api, 50), 2)} ms   p95 ${fmt(percentile(api, 95), 2)} ms`);
  console.log(`raw SQL (one query):            p50 ${fmt(percentile(sql, 50), 2)} ms   p95 ${fmt(percentile(sql, 95), 2)} ms`);
  console.log(`p95 ratio API / raw SQL:        ${fmt(percentile(api, 95) / percentile(sql, 95), 2)} (goal ≤ 2)`);
} finally {
  await stopServer();
  await raw.end().catch(() => {});
  await db.$disconnect();
  await dropTestDatabase(databaseUrl);
}
