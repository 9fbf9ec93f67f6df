import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { PASSWORD, signedInOwner, uniqueEmail, useTestApp } from '../testing/api-harness.js';

/**
 * Issue 20, part 3: failed sign-ins are counted per (email, client address) and per client address,
 * never successes, so nobody can lock a person out from another address. The client address is
 * X-Forwarded-For's, as behind a load balancer (TRUST_PROXY).
 */
describe('login throttling by client address (real Redis, TRUST_PROXY)', () => {
  const { t } = useTestApp({ env: { TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: '3', LOGIN_MAX_FAILURES_PER_IP: '6' } });

  const login = (from: string, email: string, password = PASSWORD) =>
    t.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });
  const person = async (label: string) => {
    const email = uniqueEmail(label);
    await signedInOwner(t, email);
    return email;
  };

  test('failures from address A refuse A for that email, while B signs in with the right password at once', async () => {
    const email = await person('targeted');
    const [a, b] = ['203.0.113.10', '198.51.100.20'];
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP; i++) {
      assert.equal((await login(a, email, `wrong-password-${i}`)).status, 401, `failure ${i + 1}`);
    }
    const refused = await login(a, email);
    assert.equal(refused.status, 429, 'A is refused, even with the right password');
    assert.equal(refused.body.code, 'TOO_MANY_LOGIN_ATTEMPTS');
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= t.config.LOGIN_WINDOW_SECONDS, `Retry-After ${retryAfter}`);

    const fromB = await login(b, email);
    assert.equal(fromB.status, 200, 'B is not locked out by A');
    assert.equal(typeof fromB.body.accessToken, 'string');
    // A's other emails are not refused either: only the pair is, until the per-address limit.
    assert.equal((await login(a, await person('other-from-a'))).status, 200);
  });

  test('successful sign-ins never count, and a success ends the run of failures from that address', async () => {
    const email = await person('often');
    const c = '192.0.2.30';
    const limits = t.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP + t.config.LOGIN_MAX_FAILURES_PER_IP;
    for (let i = 0; i < limits; i++) assert.equal((await login(c, email)).status, 200, `sign-in ${i + 1}`);
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP - 1; i++) assert.equal((await login(c, email, 'wrong-password')).status, 401);
      assert.equal((await login(c, email)).status, 200, `round ${round + 1}: the right password still signs in`);
    }
  });

  test('the per-address limit of failures across many emails refuses that address only', async () => {
    const d = '203.0.113.40';
    const e = '198.51.100.50';
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_IP; i++) {
      assert.equal((await login(d, uniqueEmail('spray'), 'a-guessed-password')).status, 401, `failure ${i + 1}`);
    }
    const email = await person('sprayed');
    const refused = await login(d, email);
    assert.equal(refused.status, 429, 'D is refused for every email, this one included');
    assert.ok(Number(refused.headers['retry-after']) >= 1 && Number(refused.headers['retry-after']) <= t.config.LOGIN_IP_WINDOW_SECONDS);
    assert.equal((await login(e, email)).status, 200, 'another address is unaffected');
  });
});

describe('login throttling without TRUST_PROXY: X-Forwarded-For is ignored', () => {
  const { t } = useTestApp({ env: { LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP: '2' } });

  test('a forged X-Forwarded-For does not give a caller a fresh count', async () => {
    const email = uniqueEmail('forged-address');
    await signedInOwner(t, email);
    for (const from of ['203.0.113.1', '203.0.113.2']) {
      assert.equal((await t.http.post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password: 'wrong-password' })).status, 401);
    }
    const res = await t.http.post('/api/auth/login').set('X-Forwarded-For', '203.0.113.3').send({ email, password: PASSWORD });
    assert.equal(res.status, 429);
  });
});
