// PostgreSQL stopped for a while under load, on a cluster of the test's own (the machine's is never
// touched): every request that needs it answers 503 SERVICE_UNAVAILABLE with Retry-After within a
// second, never a 500 or a hang; readiness says PostgreSQL is down while liveness stays up; and the API
// recovers by itself once PostgreSQL is back.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createTestDatabase, type OwnService, startOwnPostgres, testRunId } from '@partner-portal/db/testing';
import type { Pool } from '@partner-portal/db';
import { PG_POOL } from '../database/database.module.js';
import { PASSWORD, signedInOwner, startTestApp, type TestApp } from '../testing/api-harness.js';

const OUTAGE_MS = 5_000;

async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not so after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Outcome {
  /** The phase the request was sent in. */
  phase: 'before' | 'stopping' | 'during' | 'after';
  /** The phase it was answered in: one sent while down may be answered after PostgreSQL is back. */
  answeredIn: Outcome['phase'];
  status: number;
  code?: string;
  retryAfter?: string;
  ms: number;
}

describe('PostgreSQL down under load (its own cluster)', () => {
  let postgres: OwnService;
  let t: TestApp;
  let accountId: string;
  let token: string;
  const email = 'outage-owner@example.test';

  beforeAll(async () => {
    postgres = await startOwnPostgres();
    const ownerUrl = await createTestDatabase(testRunId(), postgres.url);
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_IP: '100000', LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: '1000' }, { ownerUrl });
    ({ accountId, token } = await signedInOwner(t, email, 'Outage Studio'));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await postgres?.destroy();
  });

  test('503 with Retry-After within a second while it is down, never a 500; readiness down, liveness up; back by itself', async () => {
    const outcomes: Outcome[] = [];
    let phase: Outcome['phase'] = 'before';
    let running = true;
    let invitee = 0;
    const auth = { Authorization: `Bearer ${token}` };
    const requests = [
      () => t.http.get(`/api/accounts/${accountId}`).set(auth),
      () => t.http.get(`/api/accounts/${accountId}/users`).set(auth),
      () => t.http.post(`/api/accounts/${accountId}/invitations`).set(auth).send({ email: `invitee-${(invitee += 1)}@example.test`, role: 'CAMPAIGN_CREATOR' }),
      () => t.http.post('/api/auth/login').send({ email, password: PASSWORD }),
    ];
    const load = Array.from({ length: 4 }, async (_, lane) => {
      for (let i = lane; running; i += 1) {
        const started = Date.now();
        const startedIn = phase;
        const res = await requests[i % requests.length]!();
        outcomes.push({ phase: startedIn, answeredIn: phase, status: res.status, code: res.body?.code, retryAfter: res.headers['retry-after'], ms: Date.now() - started });
      }
    });

    await new Promise((resolve) => setTimeout(resolve, 1_000));
    phase = 'stopping';
    await postgres.stop();
    phase = 'during';
    const stoppedAt = Date.now();
    const ready = await t.http.get('/api/health/ready');
    assert.equal(ready.status, 503);
    assert.deepEqual(ready.body, { status: 'unavailable', postgres: 'down', redis: 'up' });
    assert.equal((await t.http.get('/api/health/live')).status, 200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt))));

    phase = 'after';
    await postgres.start();
    const restartedAt = Date.now();
    while (!outcomes.some((outcome) => outcome.phase === 'after' && outcome.status < 300) && Date.now() - restartedAt < 30_000) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const recoveredMs = Date.now() - restartedAt;
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    running = false;
    await Promise.all(load);

    const count = (which: Outcome['phase']) => {
      const byStatus: Record<string, number> = {};
      for (const outcome of outcomes.filter((o) => o.phase === which)) byStatus[outcome.status] = (byStatus[outcome.status] ?? 0) + 1;
      return JSON.stringify(byStatus);
    };
    // Sent and answered while it was down: a request still waiting for a connection when it came back may succeed.
    const during = outcomes.filter((outcome) => outcome.phase === 'during' && outcome.answeredIn === 'during');
    const slowest = Math.max(...during.map((outcome) => outcome.ms));
    console.info(`requests by status: before ${count('before')}, while stopping ${count('stopping')}, during ${count('during')}, after ${count('after')}; slowest answer while down ${slowest} ms; first success ${recoveredMs} ms after PostgreSQL started`);

    assert.ok(during.length >= 20, `${during.length} requests while down`);
    assert.deepEqual(outcomes.filter((outcome) => outcome.status >= 500 && outcome.status !== 503), [], 'no 500');
    for (const outcome of during) {
      assert.equal(outcome.status, 503, JSON.stringify(outcome));
      assert.equal(outcome.code, 'SERVICE_UNAVAILABLE');
      assert.equal(outcome.retryAfter, '5');
      assert.ok(outcome.ms < 1_000, `answered in ${outcome.ms} ms`);
    }
    // Before the stop, only the requests still in flight when it began may meet it.
    assert.ok(outcomes.filter((o) => o.phase === 'before').filter((o) => o.status >= 500).length <= 8, count('before'));
    assert.ok(recoveredMs < 15_000, `recovered ${recoveredMs} ms after PostgreSQL started`);
    const readyAgain = await t.http.get('/api/health/ready');
    assert.deepEqual([readyAgain.status, readyAgain.body.postgres], [200, 'up']);
    // No connection is left checked out by a transaction the outage cut: the pool is whole again.
    const pool = t.app.get<Pool>(PG_POOL);
    await waitFor(() => pool.totalCount === pool.idleCount, 5_000);
    assert.equal(pool.waitingCount, 0);
  }, 120_000);
});
