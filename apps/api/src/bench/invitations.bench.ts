// npm run bench:invitations — 2,000 invitations through the API (HTTP → invitation + outbox → relay →
// BullMQ → worker → SMTP) into an in-process SMTP sink, against a bare BullMQ + nodemailer loop
// sending the same number of emails to the same sink, in one run.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { createDatabase } from '@partner-portal/db';
import { createTestDatabase, dropTestDatabase } from '@partner-portal/db/testing';
import { queuePrefix } from '@partner-portal/jobs';
import { startMailCatcher } from '@partner-portal/mail-catcher';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import nodemailer from 'nodemailer';
import { fmt, freePort, serverDatabaseUrl, startBenchApi } from './support.js';

const EMAILS = Number(process.env.BENCH_EMAILS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_WORKER_CONCURRENCY ?? 5);
const REQUESTS_IN_FLIGHT = 10;
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const WORKER_MAIN = fileURLToPath(new URL('../../../worker/dist/main.js', import.meta.url));

async function untilCaught(count: () => number, target: number, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (count() < target) {
    if (Date.now() > deadline) throw new Error(`only ${count()} of ${target} emails arrived in time`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sink = await startMailCatcher({ smtpPort: 0, maxMessages: EMAILS * 2 + 10 });
const smtpUrl = `smtp://127.0.0.1:${sink.smtpPort}`;
const databaseUrl = await createTestDatabase(undefined, undefined, 'pp_bench');
const prefix = `ppbench-${randomBytes(3).toString('hex')}`;
const db = createDatabase(databaseUrl, { poolSize: 2 });
const cleanups: (() => Promise<unknown>)[] = [];
try {
  // The product: API and worker as their own processes.
  const partner = await db.account.create({ data: { kind: 'PARTNER', partnerProgram: 'RESELLER', name: 'Bench Agency' } });
  const owner = await db.user.create({ data: { username: 'owner@bench.test', email: 'owner@bench.test', passwordHash: 'x' } });
  await db.membership.create({ data: { accountId: partner.id, userId: owner.id, role: 'ACCOUNT_OWNER' } });
  const common = { REDIS_URL, REDIS_PREFIX: prefix, SMTP_URL: smtpUrl, NODE_ENV: 'test', LOG_LEVEL: 'warn' };
  const api = await startBenchApi(db, databaseUrl, owner.id, common);
  cleanups.push(api.stop);
  const { port, token } = api;
  const worker = spawn(process.execPath, [WORKER_MAIN], {
    env: { ...process.env, ...common, DATABASE_URL: serverDatabaseUrl(databaseUrl), WORKER_HEALTH_PORT: String(await freePort()), WORKER_CONCURRENCY: String(CONCURRENCY) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  cleanups.push(async () => {
    if (worker.exitCode === null) {
      worker.kill('SIGTERM');
      await once(worker, 'exit');
    }
  });

  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: REQUESTS_IN_FLIGHT }, async () => {
      while (next < EMAILS) {
        const i = next++;
        const res = await fetch(`http://127.0.0.1:${port}/api/accounts/${partner.id}/invitations`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify({ email: `invitee-${i}@bench.test`, role: 'CAMPAIGN_CREATOR' }),
        });
        if (res.status !== 201) throw new Error(`invitation ${i} answered ${res.status}: ${await res.text()}`);
      }
    }),
  );
  const invited = performance.now();
  await untilCaught(() => sink.messages().length, EMAILS);
  const productSeconds = (performance.now() - started) / 1000;
  const sent = await db.invitation.count({ where: { accountId: partner.id, deliveryStatus: 'SENT' } });
  await cleanups.pop()!();

  // The baseline: a bare BullMQ queue and worker sending with nodemailer, same sink, same concurrency.
  sink.clear();
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const queue = new Queue('bench-bare', { connection, prefix: queuePrefix(prefix) });
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: sink.smtpPort, secure: false });
  const bare = new Worker(
    'bench-bare',
    async (job) => {
      await transport.sendMail({ from: 'bench@bench.test', to: job.data.to, subject: 'Invitation', text: 'Join us', html: '<p>Join us</p>' });
    },
    { connection, prefix: queuePrefix(prefix), concurrency: CONCURRENCY },
  );
  cleanups.push(async () => {
    await bare.close();
    await queue.obliterate({ force: true });
    await queue.close();
    transport.close();
    connection.disconnect();
  });
  const bareStarted = performance.now();
  for (let i = 0; i < EMAILS; i += 500) {
    await queue.addBulk(Array.from({ length: Math.min(500, EMAILS - i) }, (_, k) => ({ name: 'send', data: { to: `invitee-${i + k}@bench.test` } })));
  }
  await untilCaught(() => sink.messages().length, EMAILS);
  const bareSeconds = (performance.now() - bareStarted) / 1000;

  const productRate = EMAILS / productSeconds;
  const bareRate = EMAILS / bareSeconds;
  console.log(`${EMAILS} invitations, worker concurrency ${CONCURRENCY}; ${sent} marked SENT`);
  console.log(`through the API and the worker: ${fmt(productRate)} emails/s (${fmt(productSeconds)} s; requests done after ${fmt((invited - started) / 1000)} s)`);
  console.log(`bare BullMQ + nodemailer:       ${fmt(bareRate)} emails/s (${fmt(bareSeconds)} s)`);
  console.log(`ratio:                          ${fmt(productRate / bareRate, 2)} (goal ≥ 0.5)`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  await db.$disconnect();
  await dropTestDatabase(databaseUrl);
  await sink.close();
  const redis = new Redis(REDIS_URL);
  const keys = [...(await redis.keys(`${prefix}*`)), ...(await redis.keys(`{${prefix}*`))];
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
