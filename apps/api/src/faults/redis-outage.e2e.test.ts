// Redis stopped for a while, on a server of the test's own: sign-in keeps answering within a second,
// throttled in this process's memory meanwhile (rate-limiter-flexible's insurance limiter), invitations
// keep going into the outbox, readiness stays up, and each Redis connection logs one line when Redis
// goes and one when it is back.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { type OwnService, startOwnRedis } from '@partner-portal/db/testing';
import { pino } from 'pino';
import { PASSWORD, signedInOwner, startTestApp, type TestApp, uniqueEmail } from '../testing/api-harness.js';

describe('Redis down (its own server)', () => {
  let redis: OwnService;
  let t: TestApp;
  let accountId: string;
  let token: string;
  const email = uniqueEmail('redis-outage');
  const lines: { level: number; msg: string }[] = [];

  beforeAll(async () => {
    redis = await startOwnRedis();
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
    t = await startTestApp({ REDIS_URL: redis.url, OPERATOR_PASSWORD: 'operator-password-for-tests', LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: '3' }, { logger });
    ({ accountId, token } = await signedInOwner(t, email, 'Redis Outage Studio'));
  }, 60_000);
  afterAll(async () => {
    await t?.close();
    await redis?.destroy();
  });

  const login = async (password: string, who = email) => {
    const started = Date.now();
    // Unchecked, so that the timing is the server's alone.
    const res = await t.unchecked.post('/api/auth/login').send({ email: who, password });
    return { status: res.status, ms: Date.now() - started };
  };

  test('sign-in answers within a second and is still throttled; invitations still go out; one line when Redis goes, one when it is back', async () => {
    assert.equal((await login(PASSWORD)).status, 200);
    await redis.stop();

    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await login(PASSWORD));
    const slowest = Math.max(...answers.map((answer) => answer.ms));
    assert.deepEqual([...new Set(answers.map((answer) => answer.status))], [200], 'the right password signs in');
    assert.ok(slowest < 1_000, `slowest sign-in ${slowest} ms`);

    // Failures are still counted, in this process's memory.
    const victim = uniqueEmail('redis-outage-guess');
    const guesses = [];
    for (let i = 0; i < 5; i++) guesses.push((await login(`wrong-password-${i}`, victim)).status);
    assert.deepEqual(guesses, [401, 401, 401, 429, 429]);

    const invited = await t.http
      .post(`/api/accounts/${accountId}/invitations`)
      .set('Authorization', `Bearer ${token}`)
      .send({ email: uniqueEmail('invitee'), role: 'CAMPAIGN_CREATOR' });
    assert.equal(invited.status, 201, JSON.stringify(invited.body));
    assert.equal(await t.ownerDb.outboxMessage.count({ where: { accountId, completedAt: null } }), 1, 'the invitation waits in the outbox');
    const ready = await t.http.get('/api/health');
    assert.deepEqual([ready.status, ready.body], [200, { status: 'degraded', postgres: 'up', redis: 'down' }]);

    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await redis.start();
    const backBy = Date.now() + 15_000;
    while ((await t.http.get('/api/health')).body.redis !== 'up' && Date.now() < backBy) await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal((await t.http.get('/api/health')).body.status, 'ok');
    assert.equal((await login(PASSWORD)).status, 200);

    const about = (pattern: RegExp) => lines.filter((line) => pattern.test(line.msg)).map((line) => line.msg);
    console.info(`sign-in while Redis was down: slowest ${slowest} ms; log lines about it: ${JSON.stringify(about(/Redis/))}`);
    assert.deepEqual(about(/^Redis is unreachable/), ['Redis is unreachable: login throttling falls back to this process until it is back']);
    assert.deepEqual(about(/^Redis \(queue dashboard\) is unreachable/), ['Redis (queue dashboard) is unreachable: the dashboard shows no queues until it is back']);
    assert.deepEqual(about(/is reachable again$/).sort(), ['Redis (queue dashboard) is reachable again', 'Redis is reachable again']);
    assert.equal(lines.filter((line) => line.level >= 50).length, 0, 'no error lines, no stacks');
  }, 60_000);
});
