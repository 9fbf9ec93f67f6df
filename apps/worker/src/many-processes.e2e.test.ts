import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, createRedisClient, type Database, type RedisClient, type RedisEndpoint } from '@partner-portal/db';
import { queuePrefix, QUEUES } from '@partner-portal/jobs';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { Queue } from 'bullmq';
import { type OwnRedisCluster, type OwnService, startListening, startPgBouncer, startRedisCluster, throughPgBouncer } from '@partner-portal/db/testing';
import pg from 'pg';
import { deleteKeys, keysUnder, TEST_APP_DATABASE_URL, TEST_DATABASE_URL, TEST_REDIS_URL, uniquePrefix, waitUntil } from './testing.js';

const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));
const WORKER_MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const TOKEN_IN_LINK = /\/invitations\/accept\?token=([A-Za-z0-9_-]{43})/;
const PASSWORD = 'a-long-test-password';
const MAX_FAILURES = 4;
const INVITATIONS = 1000;
/** Invitations created before one worker is stopped; the rest are created once it has exited. */
const BEFORE_STOP = 600;
/** Emails to wait for before the SIGTERM, so that it lands partway through the first batch. */
const STOP_AFTER_EMAILS = 200;
const REQUESTS_IN_FLIGHT = 8;

interface Spawned {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once the process has exited. */
  readonly exited: Promise<number | null>;
}

/** Its errors (pino's, on stdout, and whatever it writes to stderr) are shown with the test's output, so that a failure says what happened. */
function showErrors(name: string, child: ChildProcess): void {
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (/"level":(50|60)/.test(line)) process.stderr.write(`${name}: ${line}\n`);
  });
  createInterface({ input: child.stderr! }).on('line', (line) => process.stderr.write(`${name}: ${line}\n`));
}

async function stop(processes: Spawned[]): Promise<void> {
  await Promise.all(
    processes.map(async ({ child, exited }) => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    }),
  );
}

const healthy = async (url: string, isUp: (body: { workers?: number }) => boolean) => {
  const res = await fetch(url).catch(() => null);
  return res?.ok === true && isUp((await res.json()) as { workers?: number });
};

/**
 * Starts a process on a spare port (startListening: again on another port if its port was taken)
 * and waits until it says it is healthy; one that does not fails the test by name.
 */
async function startHealthy(
  name: string,
  main: string,
  env: (port: number) => Record<string, string>,
  healthUrl: (port: number) => string,
  isUp: (body: { workers?: number }) => boolean,
): Promise<{ spawned: Spawned; port: number }> {
  const started = await startListening(main, {
    nodeArgs: ['--enable-source-maps'],
    env: (port) => ({ PATH: process.env.PATH ?? '', NODE_ENV: 'test', LOG_LEVEL: 'warn', ...env(port) }),
  });
  showErrors(name, started.child);
  const spawned = { name, child: started.child, exited: started.exited };
  let exitCode: number | null | undefined;
  void spawned.exited.then((code) => (exitCode = code));
  await waitUntil(`${name} is healthy on port ${started.port}`, async () => exitCode !== undefined || (await healthy(healthUrl(started.port), isUp)), { timeoutMs: 60_000, intervalMs: 100 });
  if (exitCode !== undefined) throw new Error(`${name} exited with code ${exitCode} before it was healthy:\n${started.output()}`);
  return { spawned, port: started.port };
}

/** Transactions PgBouncer has run for a database, from its admin console (simple queries only). */
async function pgBouncerTransactions(port: number, database: string): Promise<number> {
  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/pgbouncer` });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ database: string; total_xact_count: string }>('SHOW STATS');
    return Number(rows.find((row) => row.database === database)?.total_xact_count ?? 0);
  } finally {
    await admin.end();
  }
}

/** What the processes share besides one machine: the engines of one deployment, or those that take it past one machine. */
const VARIANTS = [
  { engines: 'one PostgreSQL and one Redis', pgBouncer: false, redisCluster: false },
  { engines: 'PgBouncer (transaction pooling) in front of PostgreSQL', pgBouncer: true, redisCluster: false },
  { engines: 'a three-master Redis Cluster', pgBouncer: false, redisCluster: true },
];

/**
 * Two API processes and two worker processes on one machine, sharing PostgreSQL and Redis, as a
 * deployment scaled out behind a load balancer would run; again through PgBouncer, and on a Redis Cluster.
 */
describe.each(VARIANTS)('many processes: two APIs and two workers sharing $engines', ({ pgBouncer, redisCluster }) => {
  const prefix = uniquePrefix();
  // The variants share the file's database, so each needs addresses of its own.
  const stamp = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  let db: Database;
  let catcher: MailCatcher;
  let emailQueue: Queue;
  let queueConnection: RedisClient;
  let bouncer: OwnService | undefined;
  let cluster: OwnRedisCluster | undefined;
  let redis: RedisEndpoint = { url: TEST_REDIS_URL };
  const apis: string[] = [];
  const workers: Spawned[] = [];
  const processes: Spawned[] = [];

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    catcher = await startMailCatcher({ smtpPort: 0, maxMessages: 5 * INVITATIONS });
    // Migrations and the test's own checks go to PostgreSQL itself; only the processes go through PgBouncer.
    if (pgBouncer) bouncer = await startPgBouncer();
    if (redisCluster) {
      cluster = await startRedisCluster(3);
      redis = { url: TEST_REDIS_URL, clusterNodes: cluster.nodes };
    }
    const shared = {
      ...(bouncer ? { DATABASE_URL: throughPgBouncer(TEST_APP_DATABASE_URL, bouncer.port), DATABASE_POOLER: 'transaction' } : { DATABASE_URL: TEST_APP_DATABASE_URL }),
      ...(cluster ? { REDIS_CLUSTER_NODES: cluster.nodes.join(',') } : { REDIS_URL: TEST_REDIS_URL }),
      REDIS_PREFIX: prefix,
    };
    // One secret for both APIs: a token issued by one is honoured by the other.
    const jwtSecret = randomBytes(32).toString('hex');
    const apiEnv = (port: number) => ({
      ...shared,
      PORT: String(port),
      JWT_SECRET: jwtSecret,
      PORTAL_DIST: '/nonexistent',
      PEOPLE_LIMIT: '1000',
      LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: String(MAX_FAILURES),
      LOGIN_MAX_FAILURES_PER_IP: '10000',
    });
    const workerEnv = (port: number) => ({
      ...shared,
      SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`,
      PORTAL_URL: 'https://portal.example.test',
      WORKER_HEALTH_PORT: String(port),
      WORKER_CONCURRENCY: '5',
      RELAY_INTERVAL_MS: '100',
      EMAIL_BACKOFF_MS: '100',
    });
    const [api1, api2, worker1, worker2] = await Promise.all([
      startHealthy('api 1', API_MAIN, apiEnv, (port) => `http://127.0.0.1:${port}/api/health`, () => true),
      startHealthy('api 2', API_MAIN, apiEnv, (port) => `http://127.0.0.1:${port}/api/health`, () => true),
      startHealthy('worker 1', WORKER_MAIN, workerEnv, (port) => `http://127.0.0.1:${port}/health`, (body) => (body.workers ?? 0) > 0),
      startHealthy('worker 2', WORKER_MAIN, workerEnv, (port) => `http://127.0.0.1:${port}/health`, (body) => (body.workers ?? 0) > 0),
    ]);
    processes.push(api1.spawned, api2.spawned, worker1.spawned, worker2.spawned);
    apis.push(`http://127.0.0.1:${api1.port}/api`, `http://127.0.0.1:${api2.port}/api`);
    workers.push(worker1.spawned, worker2.spawned);
    queueConnection = createRedisClient(redis, { maxRetriesPerRequest: null });
    emailQueue = new Queue(QUEUES.email, { connection: queueConnection, prefix: queuePrefix(prefix) });
  });

  afterAll(async () => {
    await stop(processes);
    await emailQueue?.close();
    queueConnection?.disconnect();
    await catcher?.close();
    await db?.$disconnect();
    if (cluster) await cluster.destroy();
    else await deleteKeys(prefix);
    await bouncer?.destroy();
  });

  /** As a well-behaved client calls the API: a 503 (an overloaded 2-core machine) is tried again after its Retry-After. */
  const call = async (api: string, method: string, path: string, body?: unknown, token?: string, attempts = 4): Promise<{ status: number; body: any }> => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    if (res.status === 503 && attempts > 1) {
      await new Promise((resolve) => setTimeout(resolve, Number(res.headers.get('retry-after') ?? 1) * 1000));
      return call(api, method, path, body, token, attempts - 1);
    }
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  /** A new account on API 1, its owner signed in on API 1. */
  const newOwner = async (name: string) => {
    const email = `owner-${name}-${stamp}@realty.test`;
    const signup = await call(apis[0]!, 'POST', '/auth/signup', { email, password: PASSWORD, accountName: `${name} Realty` });
    assert.equal(signup.status, 202, JSON.stringify(signup.body));
    // The address is verified by the link a worker emails.
    const verification = await catcher.waitFor((m) => m.to.includes(email) && /^Verify your email/.test(m.subject), { timeoutMs: 30_000 });
    const verifyToken = verification.text.match(/\/verify-email\?token=([A-Za-z0-9_-]{43})/)?.[1];
    assert.equal((await call(apis[0]!, 'POST', '/auth/verify-email', { token: verifyToken })).status, 204);
    const login = await call(apis[0]!, 'POST', '/auth/login', { email, password: PASSWORD });
    assert.equal(login.status, 200, JSON.stringify(login.body));
    const me = await call(apis[0]!, 'GET', '/me', undefined, login.body.accessToken);
    return { accountId: me.body.accounts[0].id as string, token: login.body.accessToken as string };
  };

  const mailsTo = (email: string) => catcher.messages().filter((mail) => mail.to.some((to) => to.toLowerCase() === email));

  test('an invitation made on API 1 is emailed by a worker and accepted on API 2', async () => {
    const owner = await newOwner('lifecycle');
    const sue = `sue-${stamp}@realty.test`;
    const invited = await call(apis[0]!, 'POST', `/accounts/${owner.accountId}/invitations`, { email: sue, role: 'CAMPAIGN_CREATOR' }, owner.token);
    assert.equal(invited.status, 201, JSON.stringify(invited.body));

    const mail = await catcher.waitFor((m) => m.to.includes(sue) && /^You're invited/.test(m.subject), { timeoutMs: 30_000 });
    const token = mail.text.match(TOKEN_IN_LINK)?.[1];
    assert.ok(token, mail.text);
    const preview = await call(apis[1]!, 'GET', `/invitations/${token}`);
    assert.equal(preview.status, 200);
    assert.equal(preview.body.account.name, 'lifecycle Realty');

    const accepted = await call(apis[1]!, 'POST', `/invitations/${token}/accept`, { password: PASSWORD, name: 'Sue Casa' });
    assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
    const user = await db.user.findFirstOrThrow({ where: { username: sue } });
    const membership = await db.membership.findFirst({ where: { accountId: owner.accountId, userId: user.id } });
    assert.equal(membership?.role, 'CAMPAIGN_CREATOR');
    assert.equal((await db.invitation.findFirstOrThrow({ where: { id: invited.body.id } })).state, 'ACCEPTED');
    // The owner's token from API 1 works on API 2, and API 2 sees the new member.
    const users = await call(apis[1]!, 'GET', `/accounts/${owner.accountId}/users`, undefined, owner.token);
    assert.deepEqual(
      users.body.data.map((r: { email: string; status: string }) => [r.email, r.status]).sort(),
      [[`owner-lifecycle-${stamp}@realty.test`, 'ACTIVE'], [sue, 'ACTIVE']],
    );
    assert.equal(mailsTo(sue).length, 1, 'one email for one invitation');
  });

  test('failed sign-ins are counted across both APIs', async () => {
    const email = `bob-${stamp}@realty.test`;
    const signup = await call(apis[1]!, 'POST', '/auth/signup', { email, password: PASSWORD, accountName: 'Bob Realty' });
    assert.equal(signup.status, 202);

    // Alternating APIs: each answers 401 until the shared count reaches the limit.
    for (let i = 0; i < MAX_FAILURES; i++) {
      const res = await call(apis[i % 2]!, 'POST', '/auth/login', { email, password: `wrong-password-${i}` });
      assert.equal(res.status, 401, `failure ${i + 1} on API ${(i % 2) + 1}`);
    }
    // Both now refuse, even the right password from this address: neither kept its own count.
    for (const api of apis) {
      const res = await call(api, 'POST', '/auth/login', { email, password: PASSWORD });
      assert.equal(res.status, 429, api);
      assert.equal(res.body.code, 'TOO_MANY_LOGIN_ATTEMPTS');
    }
    // Throttling keys are not BullMQ's: they keep the plain prefix, outside the queues' hash tag.
    const keys = await keysUnder(prefix, redis);
    const login = keys.filter((key) => key.includes(':login:'));
    assert.ok(login.some((key) => key.startsWith(`${prefix}:login:email-ip:${email} `)), login.join(' | '));
    assert.ok(login.some((key) => key.startsWith(`${prefix}:login:ip:`)), login.join(' | '));
  });

  test(`${INVITATIONS} invitations are each emailed exactly once while one worker is stopped with SIGTERM`, async () => {
    // Two accounts, as PEOPLE_LIMIT caps one at 1,000 people including its owner.
    const first = await newOwner('bulk-a');
    const second = await newOwner('bulk-b');
    const invitee = (i: number) => `invitee-${i}-${stamp}@bulk.test`;

    /** Creates invitations [from, to) through the API's POST, alternating between the two APIs. */
    const inviteRange = async (from: number, to: number) => {
      let next = from;
      await Promise.all(
        Array.from({ length: REQUESTS_IN_FLIGHT }, async () => {
          while (next < to) {
            const i = next++;
            const owner = i < INVITATIONS / 2 ? first : second;
            const res = await call(apis[i % 2]!, 'POST', `/accounts/${owner.accountId}/invitations`, { email: invitee(i), role: 'CAMPAIGN_CREATOR' }, owner.token);
            assert.equal(res.status, 201, `invitation ${i}: ${JSON.stringify(res.body)}`);
          }
        }),
      );
    };
    const bulkMails = () => catcher.messages().filter((mail) => mail.to.some((to) => to.endsWith(`-${stamp}@bulk.test`)));

    const [stopped, survivor] = workers as [Spawned, Spawned];
    // The signal lands while invitations are still being created and both workers have jobs in hand.
    const creating = inviteRange(0, BEFORE_STOP);
    creating.catch(() => {}); // awaited below; a failure must not surface as an unhandled rejection first
    await waitUntil(`${STOP_AFTER_EMAILS} emails have arrived`, () => bulkMails().length >= STOP_AFTER_EMAILS, { timeoutMs: 60_000 });
    stopped.child.kill('SIGTERM');
    const atSignal = bulkMails().length;
    assert.equal(await stopped.exited, 0, 'the stopped worker finished its jobs in hand and exited cleanly');
    console.info(`SIGTERM after ${atSignal} emails; ${bulkMails().length} when the worker had exited`);
    await creating;

    // Created after the stopped worker exited, so only the survivor can relay and send these.
    await inviteRange(BEFORE_STOP, INVITATIONS);
    const accountIds = [first.accountId, second.accountId];
    await waitUntil(
      `all ${INVITATIONS} outbox rows are completed`,
      async () => (await db.outboxMessage.count({ where: { accountId: { in: accountIds }, completedAt: null } })) === 0,
      { timeoutMs: 90_000, intervalMs: 200 },
    );
    assert.equal(survivor.child.exitCode, null, 'the other worker is still running');

    // Nothing is left to run, so no email can still be on its way. A handler records its outbox row
    // completed a moment before BullMQ marks its job completed, so the last job may still show active briefly.
    const idle = { waiting: 0, active: 0, delayed: 0, prioritized: 0, failed: 0 };
    const jobCounts = () => emailQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
    await waitUntil('the email queue is idle', async () => JSON.stringify(await jobCounts()) === JSON.stringify(idle), { timeoutMs: 10_000, intervalMs: 100 }).catch(() => {});
    assert.deepEqual(await jobCounts(), idle);

    const perRecipient = new Map<string, number>();
    for (const mail of bulkMails()) {
      for (const to of mail.to) perRecipient.set(to.toLowerCase(), (perRecipient.get(to.toLowerCase()) ?? 0) + 1);
    }
    assert.equal(perRecipient.size, INVITATIONS, 'every invitee got an email');
    assert.deepEqual([...perRecipient].filter(([, n]) => n !== 1), [], 'no invitee got two');
    for (let i = 0; i < INVITATIONS; i++) assert.equal(perRecipient.get(invitee(i)), 1, invitee(i));

    const statuses = await db.invitation.groupBy({ by: ['deliveryStatus'], where: { accountId: { in: accountIds } }, _count: true });
    assert.deepEqual(statuses.map((s) => [s.deliveryStatus, s._count]), [['SENT', INVITATIONS]]);

    // Every BullMQ key of the run sits under the hash-tagged prefix.
    const keys = await keysUnder(prefix, redis);
    assert.ok(keys.includes(`${queuePrefix(prefix)}:${QUEUES.email}:meta`), 'the email queue lives under {prefix}:');
    // Besides the queues, only the throttles' counters (sign-in, sign-up), under the plain prefix.
    const throttles = [`${prefix}:login:`, `${prefix}:signup:`];
    assert.deepEqual(keys.filter((key) => !key.startsWith(`${queuePrefix(prefix)}:`) && !throttles.some((throttle) => key.startsWith(throttle))), []);

    if (cluster) {
      // A queue's keys are in one hash slot, which is what lets BullMQ's scripts run on a Cluster.
      const queueKeys = keys.filter((key) => key.startsWith(`${queuePrefix(prefix)}:`));
      const slots = new Set(await Promise.all(queueKeys.map((key) => queueConnection.cluster('KEYSLOT', key))));
      assert.equal(slots.size, 1, `the queues' ${queueKeys.length} keys are in slots ${[...slots].join(', ')}`);
      assert.equal((await queueConnection.cluster('INFO')).match(/cluster_size:(\d+)/)?.[1], '3', 'three masters serve the slots');
    }
    if (bouncer) {
      // The processes' queries went through PgBouncer: well over one transaction per invitation.
      const transactions = await pgBouncerTransactions(bouncer.port, new URL(TEST_APP_DATABASE_URL).pathname.slice(1));
      assert.ok(transactions > INVITATIONS, `PgBouncer ran ${transactions} transactions`);
    }
  }, 240_000);
});
