// npm run bench:load — many simulated users at once against the whole API in its own process: partners
// switching between clients, owners managing users, members reading and editing campaigns and contacts.
// Each simulated user is a real user with its own session, acting in a closed loop (one request at a
// time, the next one as soon as the answer is read, plus BENCH_THINK_MS). Prints requests/s, p50/p95/p99
// per route family, 412s (lost edit races, expected), other 4xx, and 5xx answers, which must be 0: the
// exit code is 1 otherwise, or if any request failed at the network level. The API runs under row-level
// security as the application's role; BENCH_RLS=off runs the same load as the owner, for the policies' cost.
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createDatabase } from '@partner-portal/db';
import { createTestDatabase, dropTestDatabase } from '@partner-portal/db/testing';
import { fmt, percentile, ROW_LEVEL_SECURITY, startBenchServer } from './support.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 120);
const WARMUP_S = Number(process.env.BENCH_WARMUP ?? 5);
const USERS = Number(process.env.BENCH_USERS ?? 200);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const MEMBERS_PER_CLIENT = 3;
const CONTACTS_PER_CLIENT = Number(process.env.BENCH_CONTACTS ?? 500);
const LISTS_PER_CLIENT = 3;
const CAMPAIGNS_PER_CLIENT = 5;
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 0);
const PER_PAGE = 25;
const LAST_NAMES = ['Smith', 'Garcia', 'Nguyen', 'Johnson', 'Brown', 'Miller', 'Davis', 'Lopez', 'Wilson', 'Moore'];

// The split of simulated users: a fifth partner staff, a quarter client owners, the rest members.
const PARTNER_USERS = Math.max(1, Math.round(USERS * 0.2));
const OWNER_USERS = Math.min(CLIENTS, Math.max(1, Math.round(USERS * 0.25)));
const MEMBER_USERS = USERS - PARTNER_USERS - OWNER_USERS;
if (MEMBER_USERS < 1 || MEMBER_USERS > CLIENTS * MEMBERS_PER_CLIENT) {
  throw new Error(`BENCH_USERS=${USERS} needs between 1 and ${CLIENTS * MEMBERS_PER_CLIENT} members (BENCH_CLIENTS=${CLIENTS})`);
}

const FAMILIES = ['accounts', 'clients', 'users', 'invitations', 'campaigns', 'contacts'] as const;
type Family = (typeof FAMILIES)[number];

// ---------------------------------------------------------------------------------------------
// Measuring: one sample per answer of a request started inside the measured window.
// ---------------------------------------------------------------------------------------------
interface RouteStats {
  family: Family;
  times: number[];
  statuses: Map<number, number>;
}
const routes = new Map<string, RouteStats>();
const otherClientErrors = new Map<string, number>();
let networkErrors = 0;
const networkErrorSamples: string[] = [];
let measureFrom = Infinity;
let measureUntil = Infinity;
let stopAt = Infinity;
/** Requests started in each 10 s of the measured window: whether the rate holds over the run. */
const RATE_WINDOW_S = 10;
const startedPerWindow: number[] = [];

function record(family: Family, route: string, started: number, ms: number, status: number, code?: string) {
  if (started < measureFrom || started >= measureUntil) return;
  const window = Math.floor((started - measureFrom) / (RATE_WINDOW_S * 1000));
  startedPerWindow[window] = (startedPerWindow[window] ?? 0) + 1;
  let stats = routes.get(route);
  if (!stats) routes.set(route, (stats = { family, times: [], statuses: new Map() }));
  stats.times.push(ms);
  stats.statuses.set(status, (stats.statuses.get(status) ?? 0) + 1);
  if (status >= 400 && status < 500 && status !== 412) {
    const key = `${route} → ${status}${code ? ` ${code}` : ''}`;
    otherClientErrors.set(key, (otherClientErrors.get(key) ?? 0) + 1);
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP: node:http on a keep-alive agent, one socket per simulated user, so the client side stays cheap.
// ---------------------------------------------------------------------------------------------
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
let port = 0;

interface Answer {
  status: number;
  etag?: string;
  body: any;
}

async function call(
  family: Family,
  route: string,
  token: string,
  method: string,
  path: string,
  options: { body?: unknown; ifMatch?: string } = {},
): Promise<Answer | null> {
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, accept: 'application/json' };
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  if (options.ifMatch) headers['if-match'] = options.ifMatch;
  const started = performance.now();
  try {
    const answer = await new Promise<{ status: number; etag?: string; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path: `/api${path}`, headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, etag: res.headers.etag, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(payload);
    });
    const ms = performance.now() - started;
    let body: any;
    try {
      body = answer.text ? JSON.parse(answer.text) : undefined;
    } catch {
      body = answer.text;
    }
    record(family, route, started, ms, answer.status, typeof body?.code === 'string' ? body.code : undefined);
    return { status: answer.status, etag: answer.etag, body };
  } catch (error) {
    if (started >= measureFrom && started < measureUntil) {
      networkErrors++;
      if (networkErrorSamples.length < 5) networkErrorSamples.push(`${method} ${route}: ${(error as Error).message}`);
    }
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// The simulated users.
// ---------------------------------------------------------------------------------------------
interface Identity {
  userId: string;
  token: string;
  accountId: string;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)]!;
let sequence = 0;

async function partnerLoop(me: Identity, clientIds: string[]) {
  const pages = Math.max(1, Math.ceil(clientIds.length / PER_PAGE));
  while (performance.now() < stopAt) {
    // The clients tab, then into one client, as a partner manager moving between the accounts it runs.
    const page = 1 + Math.floor(Math.random() * pages);
    const list = await call('clients', 'GET /accounts/:partnerId/clients', me.token, 'GET', `/accounts/${me.accountId}/clients?page=${page}&perPage=${PER_PAGE}&sort=name`);
    const onPage: string[] = Array.isArray(list?.body?.data) ? list!.body.data.map((c: { id: string }) => c.id) : [];
    const clientId = onPage.length > 0 ? pick(onPage) : pick(clientIds);
    await call('accounts', 'GET /accounts/:clientId', me.token, 'GET', `/accounts/${clientId}`);
    await think();
    await call('accounts', 'GET /accounts/:clientId', me.token, 'GET', `/accounts/${pick(clientIds)}`);
    await think();
  }
}

async function ownerLoop(me: Identity) {
  const pending: string[] = [];
  while (performance.now() < stopAt) {
    await call('users', 'GET /accounts/:id/users', me.token, 'GET', `/accounts/${me.accountId}/users?perPage=${PER_PAGE}`);
    await think();
    if (Math.random() < 0.5) {
      const n = ++sequence;
      const invited = await call('invitations', 'POST /accounts/:id/invitations', me.token, 'POST', `/accounts/${me.accountId}/invitations`, {
        body: { email: `invitee-${n}-${randomBytes(3).toString('hex')}@load.test`, role: n % 2 === 0 ? 'ACCOUNT_MANAGER' : 'CAMPAIGN_CREATOR' },
      });
      if (invited?.status === 201 && typeof invited.body?.id === 'string') pending.push(invited.body.id);
      await think();
      // Revoke some: always once two are pending, so the account stays under its people limit.
      if (pending.length > 2 || (pending.length > 0 && Math.random() < 0.5)) {
        const id = pending.shift()!;
        await call('invitations', 'DELETE /accounts/:id/invitations/:invitationId', me.token, 'DELETE', `/accounts/${me.accountId}/invitations/${id}`);
        await think();
      }
    }
  }
}

async function memberLoop(me: Identity) {
  const base = `/accounts/${me.accountId}`;
  while (performance.now() < stopAt) {
    if (Math.random() < 0.5) {
      const list = await call('campaigns', 'GET /accounts/:id/campaigns', me.token, 'GET', `${base}/campaigns?perPage=${PER_PAGE}`);
      const ids: string[] = Array.isArray(list?.body?.data) ? list!.body.data.map((c: { id: string }) => c.id) : [];
      await think();
      if (ids.length === 0) continue;
      const one = await call('campaigns', 'GET /accounts/:id/campaigns/:campaignId', me.token, 'GET', `${base}/campaigns/${pick(ids)}`);
      await think();
      if (one?.status === 200 && one.etag && Math.random() < 0.5) {
        await call('campaigns', 'PATCH /accounts/:id/campaigns/:campaignId', me.token, 'PATCH', `${base}/campaigns/${one.body.id}`, {
          ifMatch: one.etag,
          body: { subject: `Spring offer, take ${++sequence}` },
        });
        await think();
      }
    } else {
      const filter = Math.random() < 0.7 ? { q: pick(LAST_NAMES) } : { status: 'SUBSCRIBED' };
      const list = await call('contacts', 'GET /accounts/:id/contacts?filter', me.token, 'GET', `${base}/contacts?perPage=${PER_PAGE}&filter=${encodeURIComponent(JSON.stringify(filter))}`);
      const ids: string[] = Array.isArray(list?.body?.data) ? list!.body.data.map((c: { id: string }) => c.id) : [];
      await think();
      if (ids.length === 0) continue;
      const one = await call('contacts', 'GET /accounts/:id/contacts/:contactId', me.token, 'GET', `${base}/contacts/${pick(ids)}`);
      await think();
      if (one?.status === 200 && one.etag && Math.random() < 0.5) {
        await call('contacts', 'PATCH /accounts/:id/contacts/:contactId', me.token, 'PATCH', `${base}/contacts/${one.body.id}`, {
          ifMatch: one.etag,
          body: { firstName: `Edited ${++sequence}` },
        });
        await think();
      }
    }
  }
}

const think = () => (THINK_MS > 0 ? sleep(THINK_MS * (0.5 + Math.random())) : Promise.resolve());

// ---------------------------------------------------------------------------------------------
// Setup: a throwaway database, seeded in bulk SQL, and sessions minted directly, as support.ts does.
// ---------------------------------------------------------------------------------------------
const setupStarted = performance.now();
const databaseUrl = await createTestDatabase(undefined, undefined, 'pp_bench');
const db = createDatabase(databaseUrl, { poolSize: 2 });
let stopServer = async () => {};
let failed = false;
try {
  const partner = await db.account.create({ data: { kind: 'PARTNER', partnerProgram: 'RESELLER', name: 'Load Partner' } });
  const sql = (text: string) => db.$executeRawUnsafe(text);
  await sql(`
    WITH staff AS (
      INSERT INTO app_user (id, username, email, password_hash, updated_at)
      SELECT gen_random_uuid(), 'pm-' || i || '@load.test', 'pm-' || i || '@load.test', 'x', now() FROM generate_series(1, ${PARTNER_USERS}) AS i
      RETURNING id)
    INSERT INTO membership (account_id, user_id, role, updated_at) SELECT '${partner.id}'::uuid, id, 'PARTNER_MANAGER', now() FROM staff`);
  await sql(`
    INSERT INTO account (id, kind, name, billing_mode, partner_id, updated_at)
    SELECT gen_random_uuid(), 'CLIENT', 'Client ' || lpad(i::text, 3, '0') || ' ' || (ARRAY['Realty', 'Bakery', 'Dental', 'Fitness', 'Garden'])[1 + i % 5],
           (CASE WHEN i % 3 = 0 THEN 'DIRECT' ELSE 'SINGLE_BILL' END)::"BillingMode", '${partner.id}'::uuid, now()
    FROM generate_series(1, ${CLIENTS}) AS i`);
  // One owner and MEMBERS_PER_CLIENT account managers per client (k = 0 is the owner).
  await sql(`
    WITH clients AS (SELECT id, row_number() OVER (ORDER BY name) AS n FROM account WHERE partner_id = '${partner.id}'::uuid),
    people AS (SELECT c.id AS account_id, c.n, k, CASE WHEN k = 0 THEN 'owner-' || c.n ELSE 'member-' || c.n || '-' || k END || '@load.test' AS username
               FROM clients c CROSS JOIN generate_series(0, ${MEMBERS_PER_CLIENT}) AS k),
    users AS (
      INSERT INTO app_user (id, username, email, password_hash, updated_at)
      SELECT gen_random_uuid(), username, username, 'x', now() FROM people
      RETURNING id, username)
    INSERT INTO membership (account_id, user_id, role, updated_at)
    SELECT p.account_id, u.id, (CASE WHEN p.k = 0 THEN 'ACCOUNT_OWNER' ELSE 'ACCOUNT_MANAGER' END)::"Role", now()
    FROM people p JOIN users u ON u.username = p.username`);
  await sql(`
    INSERT INTO contact (id, account_id, email, email_key, first_name, last_name, status, updated_at)
    SELECT gen_random_uuid(), c.id, 'Contact.' || i || '@example.test', 'contact.' || i || '@example.test',
           (ARRAY['Ann', 'Bob', 'Cleo', 'Dan', 'Eve', 'Finn', 'Gus'])[1 + i % 7],
           (ARRAY['${LAST_NAMES.join("', '")}'])[1 + (i / 7) % ${LAST_NAMES.length}],
           (CASE WHEN i % 10 = 0 THEN 'UNSUBSCRIBED' ELSE 'SUBSCRIBED' END)::"ContactStatus", now() - (i || ' minutes')::interval
    FROM account c CROSS JOIN generate_series(1, ${CONTACTS_PER_CLIENT}) AS i
    WHERE c.partner_id = '${partner.id}'::uuid`);
  await sql(`
    INSERT INTO contact_list (id, account_id, name, description, updated_at)
    SELECT gen_random_uuid(), c.id, 'List ' || k, 'Seeded list ' || k, now()
    FROM account c CROSS JOIN generate_series(1, ${LISTS_PER_CLIENT}) AS k
    WHERE c.partner_id = '${partner.id}'::uuid`);
  await sql(`
    INSERT INTO list_member (account_id, list_id, contact_id)
    SELECT ct.account_id, l.id, ct.id
    FROM (SELECT id, account_id, row_number() OVER (PARTITION BY account_id ORDER BY id) AS n FROM contact) ct
    JOIN contact_list l ON l.account_id = ct.account_id AND l.name = 'List ' || (1 + ct.n % ${LISTS_PER_CLIENT})`);
  await sql(`
    INSERT INTO campaign (id, account_id, name, subject, from_name, from_email, body_html, updated_at)
    SELECT gen_random_uuid(), c.id, 'Campaign ' || k, 'News number ' || k, c.name, 'news@example.test', '<p>Hello {{firstName}}</p>', now() - (k || ' hours')::interval
    FROM account c CROSS JOIN generate_series(1, ${CAMPAIGNS_PER_CLIENT}) AS k
    WHERE c.partner_id = '${partner.id}'::uuid`);
  await sql(`
    INSERT INTO campaign_list (account_id, campaign_id, list_id)
    SELECT cp.account_id, cp.id, l.id FROM campaign cp JOIN contact_list l ON l.account_id = cp.account_id AND l.name = 'List 1'`);
  await sql('ANALYZE');

  // The server first, so that everyone's access token is signed with its secret.
  const server = await startBenchServer(databaseUrl);
  stopServer = server.stop;
  port = server.port;
  const sessions = await db.$queryRawUnsafe<{ id: string; user_id: string; username: string; role: string; account_id: string }[]>(`
    WITH s AS (
      INSERT INTO session (id, user_id, expires_at) SELECT gen_random_uuid(), id, now() + interval '1 day' FROM app_user WHERE username LIKE '%@load.test'
      RETURNING id, user_id)
    SELECT s.id::text, s.user_id::text, u.username, m.role::text AS role, m.account_id::text
    FROM s JOIN app_user u ON u.id = s.user_id JOIN membership m ON m.user_id = s.user_id ORDER BY u.username`);
  const identities = (prefix: string) =>
    sessions
      .filter((s) => s.username.startsWith(prefix))
      .map((s): Identity => ({ userId: s.user_id, accountId: s.account_id, token: server.sign(s.user_id, s.id) }));
  const partners = identities('pm-');
  const owners = identities('owner-').slice(0, OWNER_USERS);
  // Spread members over the clients: the first member of every client, then the second, and so on.
  const allMembers = identities('member-');
  const byClient = new Map<string, Identity[]>();
  for (const m of allMembers) byClient.set(m.accountId, [...(byClient.get(m.accountId) ?? []), m]);
  const members: Identity[] = [];
  for (let k = 0; members.length < MEMBER_USERS; k++) for (const list of byClient.values()) if (list[k] && members.length < MEMBER_USERS) members.push(list[k]!);
  const clientIds = [...byClient.keys()];


  // One check per kind of user, so that a broken setup fails loudly instead of measuring 401s.
  for (const [who, path] of [
    [partners[0]!, `/accounts/${partner.id}/clients`],
    [owners[0]!, `/accounts/${owners[0]!.accountId}/users`],
    [members[0]!, `/accounts/${members[0]!.accountId}/campaigns`],
    [members[0]!, `/accounts/${members[0]!.accountId}/contacts`],
  ] as const) {
    const answer = await call('accounts', 'check', who.token, 'GET', path);
    if (answer?.status !== 200) throw new Error(`setup check: GET ${path} answered ${answer?.status}: ${JSON.stringify(answer?.body)}`);
  }
  const setupSeconds = (performance.now() - setupStarted) / 1000;

  // The run: everyone starts together; the first WARMUP_S seconds are not measured.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  const startedAt = performance.now();
  measureFrom = startedAt + WARMUP_S * 1000;
  measureUntil = measureFrom + DURATION_S * 1000;
  stopAt = measureUntil;
  setTimeout(() => loopDelay.enable(), WARMUP_S * 1000).unref();
  await Promise.all([
    ...partners.map((me) => partnerLoop(me, clientIds)),
    ...owners.map((me) => ownerLoop(me)),
    ...members.map((me) => memberLoop(me)),
  ]);
  loopDelay.disable();
  const drainMs = performance.now() - measureUntil;

  // Report.
  const byFamily = new Map<Family, number[]>(FAMILIES.map((f) => [f, []]));
  let total = 0;
  let status412 = 0;
  let status4xx = 0;
  let status5xx = 0;
  for (const stats of routes.values()) {
    byFamily.get(stats.family)!.push(...stats.times);
    total += stats.times.length;
    for (const [status, count] of stats.statuses) {
      if (status === 412) status412 += count;
      else if (status >= 400 && status < 500) status4xx += count;
      else if (status >= 500) status5xx += count;
    }
  }
  const row = (name: string, times: number[], width: number) => {
    const sorted = [...times].sort((a, b) => a - b);
    if (sorted.length === 0) return `${name.padEnd(width)} ${'0'.padStart(8)}`;
    return (
      `${name.padEnd(width)} ${String(sorted.length).padStart(8)} ${fmt(sorted.length / DURATION_S).padStart(8)}` +
      `  ${fmt(percentile(sorted, 50), 1).padStart(8)}  ${fmt(percentile(sorted, 95), 1).padStart(8)}  ${fmt(percentile(sorted, 99), 1).padStart(8)}  ${fmt(sorted[sorted.length - 1]!, 1).padStart(8)}`
    );
  };
  const header = (name: string, width: number) =>
    `${name.padEnd(width)} ${'requests'.padStart(8)} ${'req/s'.padStart(8)}  ${'p50 ms'.padStart(8)}  ${'p95 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'max ms'.padStart(8)}`;

  console.log(
    `${USERS} simulated users (${partners.length} partner managers, ${owners.length} owners, ${members.length} account managers), closed loop, think ${THINK_MS} ms; ` +
      `${DURATION_S} s measured after ${WARMUP_S} s warm-up; row-level security ${ROW_LEVEL_SECURITY ? 'on (the application role)' : 'off (BENCH_RLS=off: the owner role)'}`,
  );
  console.log(
    `data: 1 reseller, ${CLIENTS} clients, ${CLIENTS * (1 + MEMBERS_PER_CLIENT)} client people, ${CLIENTS * CONTACTS_PER_CLIENT} contacts, ` +
      `${CLIENTS * LISTS_PER_CLIENT} lists, ${CLIENTS * CAMPAIGNS_PER_CLIENT} campaigns; API pool ${process.env.DATABASE_POOL_SIZE ?? 'default'}; setup ${fmt(setupSeconds)} s`,
  );
  console.log('');
  console.log(`overall: ${total} requests, ${fmt(total / DURATION_S)} requests/s`);
  const windowRates = Array.from(startedPerWindow, (count = 0, i) => fmt(count / Math.min(RATE_WINDOW_S, DURATION_S - i * RATE_WINDOW_S), 0));
  console.log(`requests/s in each ${RATE_WINDOW_S} s of the window: ${windowRates.join(' ')}`);
  console.log('');
  console.log(header('route family', 12));
  for (const family of FAMILIES) console.log(row(family, byFamily.get(family)!, 12));
  console.log('');
  console.log(header('route', 52));
  for (const [route, stats] of [...routes.entries()].sort(([a], [b]) => a.localeCompare(b))) console.log(row(route, stats.times, 52));
  console.log('');
  console.log(`412 (edit lost to a concurrent edit, expected): ${status412}`);
  console.log(`4xx other than 412:                             ${status4xx}`);
  for (const [key, count] of [...otherClientErrors.entries()].sort((a, b) => b[1] - a[1])) console.log(`    ${key}: ${count}`);
  console.log(`5xx:                                            ${status5xx}${status5xx > 0 ? '   FAIL (must be 0)' : ''}`);
  console.log(`network errors:                                 ${networkErrors}${networkErrors > 0 ? '   FAIL' : ''}`);
  for (const sample of networkErrorSamples) console.log(`    ${sample}`);
  console.log(
    `load generator event-loop delay p99 ${fmt(loopDelay.percentile(99) / 1e6)} ms (client-side share of the latencies above); ` +
      `in-flight drain after the window ${fmt(drainMs, 0)} ms`,
  );
  failed = status5xx > 0 || networkErrors > 0;
} finally {
  agent.destroy();
  await stopServer();
  await db.$disconnect();
  await dropTestDatabase(databaseUrl);
}
if (failed) process.exitCode = 1;
