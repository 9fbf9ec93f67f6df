import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterAll, describe, it } from '@jest/globals';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@partner-portal/db';
import { startMailCatcher } from '@partner-portal/mail-catcher';
import { closeOpenOutbox, createAccount, inviteMany } from './db-fixtures.js';
import { deleteKeys, deferred, freePort, TEST_APP_DATABASE_URL, TEST_DATABASE_URL, TEST_REDIS_URL, uniquePrefix, waitUntil, type LogEntry } from './testing.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));

/** Every worker process a test started: one that a failed assertion left running is killed at the end. */
const spawned = new Set<ChildProcess>();
afterAll(() => {
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

function run(env: Record<string, string>) {
  const child = spawn(process.execPath, [MAIN], {
    env: { ...process.env, REDIS_URL: TEST_REDIS_URL, DATABASE_URL: TEST_APP_DATABASE_URL, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  spawned.add(child);
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = once(child, 'close').then(([code]) => ({ code: code as number | null, stdout, stderr }));
  return { child, exit };
}

describe('dist/main.js with bad configuration', () => {
  for (const [name, value] of [
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['WORKER_HEALTH_PORT', 'abc'],
  ] as const) {
    it(`exits 1 with one stderr line naming ${name}`, async () => {
      const { code, stdout, stderr } = await run({ [name]: value }).exit;
      assert.equal(code, 1);
      assert.equal(stdout, '');
      const lines = stderr.split('\n').filter(Boolean);
      assert.equal(lines.length, 1, stderr);
      assert.match(lines[0]!, new RegExp(`^Invalid configuration: ${name} `));
      assert.ok(stderr.endsWith('\n'));
    }, 30_000);
  }
});

describe('dist/main.js', () => {
  const prefix = uniquePrefix();
  afterAll(() => deleteKeys(prefix));

  it('serves /health, then shuts down gracefully on SIGTERM', async () => {
    const port = await freePort();
    const { child, exit } = run({ WORKER_HEALTH_PORT: String(port), REDIS_PREFIX: prefix });

    const entries: LogEntry[] = [];
    const started = deferred();
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line) as LogEntry;
      entries.push(entry);
      if (entry.msg === 'worker started') started.resolve();
    });
    await Promise.race([started.promise, exit.then(({ stderr }) => assert.fail(`exited early: ${stderr}`))]);

    const res = await fetch(`http://127.0.0.1:${port}/health`);
    assert.equal(res.status, 200);
    assert.deepEqual(JSON.parse(await res.text()), { status: 'ok', redis: 'up', postgres: 'up', workers: 3 });

    child.kill('SIGTERM');
    const { code, stderr } = await exit;
    assert.equal(code, 0);
    assert.equal(stderr, '');
    assert.ok(entries.every((entry) => entry.service === 'worker'));
    assert.ok(entries.some((entry) => entry.signal === 'SIGTERM' && /shutting down/.test(entry.msg)));
    assert.equal(entries.at(-1)?.msg, 'shutdown complete');
  }, 60_000);
});

describe('dist/main.js killed in the middle of a batch', () => {
  const prefix = uniquePrefix();
  const db = createDatabase(TEST_DATABASE_URL);
  afterAll(async () => {
    await closeOpenOutbox(db);
    await db.$disconnect();
    await deleteKeys(prefix);
  });

  // A job whose email went out just before the kill, but whose SENT was never recorded, runs again once
  // BullMQ finds it stalled (its 10 s lock lapses, and a worker checks every 5 s: JOB_LOCK_MS and
  // STALLED_CHECK_MS in queues.ts): that address gets a second email with the same link.
  it('sends every one of 200 invitations after a SIGKILL and a restart', async () => {
    const catcher = await startMailCatcher({ smtpPort: 0 });
    const account = await createAccount(db);
    const batch = await inviteMany(db, account, 200);
    const addresses = new Set(batch.map((invitation) => invitation.email));
    const received = () => catcher.messages().filter((mail) => addresses.has(mail.to[0] ?? ''));
    const env = {
      REDIS_PREFIX: prefix,
      SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`,
      RELAY_INTERVAL_MS: '100',
      EMAIL_BACKOFF_MS: '50',
      WORKER_CONCURRENCY: '2',
      LOG_LEVEL: 'warn',
      // Kept across restarts, as npm start keeps it in .data/: the second email's link is the first's.
      INVITATION_LINK_SECRET: 'the-same-secret-before-and-after-the-kill',
    };
    const first = run({ ...env, WORKER_HEALTH_PORT: String(await freePort()) });
    let second: ReturnType<typeof run> | undefined;
    try {
      await waitUntil('some emails arrived', () => received().length >= 20, { timeoutMs: 60_000, intervalMs: 5 });
      first.child.kill('SIGKILL');
      await first.exit;
      const beforeRestart = received().length;
      assert.ok(beforeRestart < 200, `killed before the batch was done (${beforeRestart} emails had arrived)`);

      second = run({ ...env, WORKER_HEALTH_PORT: String(await freePort()) });
      const restartedAt = Date.now();
      const ids = batch.map((invitation) => invitation.invitationId);
      await waitUntil(
        'every invitation is SENT',
        async () => (await db.invitation.count({ where: { id: { in: ids }, deliveryStatus: 'SENT' } })) === batch.length,
        { timeoutMs: 180_000, intervalMs: 200 },
      );
      const drainedSeconds = (Date.now() - restartedAt) / 1000;
      second.child.kill('SIGTERM');
      const { code, stderr } = await second.exit;
      assert.equal(code, 0, stderr);

      const counts = new Map<string, number>();
      for (const mail of received()) counts.set(mail.to[0]!, (counts.get(mail.to[0]!) ?? 0) + 1);
      assert.deepEqual([...addresses].filter((address) => !counts.has(address)), [], 'every address received an email');
      const repeated = [...counts].filter(([, count]) => count > 1).map(([address]) => address);
      console.info(`${beforeRestart} emails before the kill; ${repeated.length} address(es) received a second email; all SENT ${drainedSeconds.toFixed(1)} s after the restart`);
      assert.ok(repeated.length <= 2, `at most the jobs in hand at the kill are sent twice (got ${repeated.length})`);
      for (const address of repeated) {
        const links = received().filter((mail) => mail.to[0] === address).map((mail) => /token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1]);
        assert.equal(new Set(links).size, 1, `${address} got the same link twice`);
      }
      // The jobs the dead worker held come back within 15 s (lock and stalled check), not BullMQ's default 60.
      assert.ok(drainedSeconds < 40, `every invitation SENT ${drainedSeconds} s after the restart`);

      assert.equal(await db.invitation.count({ where: { id: { in: ids }, deliveryStatus: { not: 'SENT' } } }), 0);
      assert.equal(await db.outboxMessage.count({ where: { id: { in: batch.map((i) => i.outboxId) }, completedAt: null } }), 0);
    } finally {
      first.child.kill('SIGKILL');
      second?.child.kill('SIGKILL');
      await catcher.close();
    }
  }, 240_000);
});
