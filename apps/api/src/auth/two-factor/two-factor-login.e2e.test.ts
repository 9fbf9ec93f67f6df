import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { PASSWORD, signedInOwner, uniqueEmail, useTestApp } from '../../testing/api-harness.js';
import { enrollTotp, type TestAuthenticator } from './two-factor-test-kit.js';

const MAX_FAILURES = 3;

/**
 * Issue 20, part 5: with TOTP on, the password answers a short-lived, single-use token, and a code (or a
 * recovery code) with it answers the session. Codes are throttled per person and never accepted twice.
 */
describe('two-step sign-in: POST /api/auth/login, then POST /api/auth/login/two-factor', () => {
  const { t, db } = useTestApp({ env: { TWO_FACTOR_MAX_FAILURES: String(MAX_FAILURES) } });

  const enrolled = async (label: string): Promise<{ email: string; userId: string; authenticator: TestAuthenticator; recoveryCodes: string[] }> => {
    const email = uniqueEmail(label);
    const { userId, token } = await signedInOwner(t, email);
    return { email, userId, ...(await enrollTotp(t, token, PASSWORD)) };
  };
  const passwordStep = async (email: string): Promise<string> => {
    const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.twoFactorRequired, true, JSON.stringify(res.body));
    return res.body.twoFactorToken as string;
  };
  const codeStep = (body: object) => t.http.post('/api/auth/login/two-factor').send(body);
  const actions = async (userId: string) => (await db.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map((event) => event.action);
  const meStatus = async (accessToken: string) => (await t.http.get('/api/me').set('Authorization', `Bearer ${accessToken}`)).status;

  test('a person without TOTP still gets a session at once', async () => {
    const email = uniqueEmail('one-step');
    await signedInOwner(t, email);
    const res = await t.http.post('/api/auth/login').send({ email, password: PASSWORD });
    assert.equal(res.status, 200);
    assert.equal(typeof res.body.accessToken, 'string');
    assert.equal(res.body.twoFactorRequired, undefined);
  });

  test('with TOTP on, the password answers a five-minute challenge and no session; a right code then answers a working two-factor session', async () => {
    const me = await enrolled('two-step');
    const sessionsBefore = await db.session.count({ where: { userId: me.userId } });
    const challenge = await t.http.post('/api/auth/login').send({ email: me.email, password: PASSWORD });
    assert.equal(challenge.status, 200);
    assert.deepEqual(Object.keys(challenge.body).sort(), ['expiresAt', 'twoFactorRequired', 'twoFactorToken']);
    assert.equal(challenge.body.twoFactorRequired, true);
    const lifetime = Date.parse(challenge.body.expiresAt) - Date.now();
    assert.ok(lifetime > 290_000 && lifetime <= 300_000, `expires in ${lifetime} ms`);
    assert.equal(await db.session.count({ where: { userId: me.userId } }), sessionsBefore, 'no session before the code');

    const res = await codeStep({ twoFactorToken: challenge.body.twoFactorToken, code: await me.authenticator.code() });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.deepEqual(res.body.user, { id: me.userId, email: me.email, name: 'Olive Owner' });
    assert.equal(await meStatus(res.body.accessToken), 200, 'the session works');
    const sid = JSON.parse(Buffer.from(res.body.accessToken.split('.')[1], 'base64url').toString()).sid;
    assert.equal((await db.session.findUniqueOrThrow({ where: { id: sid } })).twoFactor, true);
    assert.deepEqual(await actions(me.userId), ['two-factor.enabled', 'login.two-factor']);
    assert.equal((await db.user.findUniqueOrThrow({ where: { id: me.userId } })).totpLastStep, BigInt(me.authenticator.lastStep));
  });

  test('the password step keeps its own throttle and answers: a wrong password is 401 INVALID_CREDENTIALS, no challenge', async () => {
    const me = await enrolled('wrong-password');
    const res = await t.http.post('/api/auth/login').send({ email: me.email, password: 'not-the-password' });
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'INVALID_CREDENTIALS');
  });

  test('a wrong code is 401 TWO_FACTOR_CODE_INVALID, and the token still takes a right one', async () => {
    const me = await enrolled('wrong-code');
    const token = await passwordStep(me.email);
    const wrong = await codeStep({ twoFactorToken: token, code: await me.authenticator.wrongCode() });
    assert.equal(wrong.status, 401);
    assert.equal(wrong.body.code, 'TWO_FACTOR_CODE_INVALID');
    assert.equal((await codeStep({ twoFactorToken: token, code: await me.authenticator.code() })).status, 200);
  });

  test('a code once accepted is refused again (401), and so is an older one', async () => {
    const me = await enrolled('replay');
    const code = await me.authenticator.code();
    assert.equal((await codeStep({ twoFactorToken: await passwordStep(me.email), code })).status, 200);
    const replayed = await codeStep({ twoFactorToken: await passwordStep(me.email), code });
    assert.equal(replayed.status, 401);
    assert.equal(replayed.body.code, 'TWO_FACTOR_CODE_INVALID');
    // The code that confirmed the setup is of an earlier step still in the window, or the same one.
    const { generate } = await import('otplib');
    const older = await generate({ secret: me.authenticator.secret, epoch: (me.authenticator.lastStep - 1) * 30 });
    if (older !== code) assert.equal((await codeStep({ twoFactorToken: await passwordStep(me.email), code: older })).body.code, 'TWO_FACTOR_CODE_INVALID');
  });

  test('two sign-ins sending one code at the same moment: exactly one gets a session', async () => {
    const me = await enrolled('race');
    const tokens = await Promise.all(Array.from({ length: 4 }, () => passwordStep(me.email)));
    const code = await me.authenticator.code();
    const answers = await Promise.all(tokens.map((twoFactorToken) => codeStep({ twoFactorToken, code })));
    assert.deepEqual(answers.map((res) => res.status).sort(), [200, 401, 401, 401], JSON.stringify(answers.map((res) => res.body)));
    assert.ok(answers.filter((res) => res.status === 401).every((res) => res.body.code === 'TWO_FACTOR_CODE_INVALID'));
    assert.deepEqual((await actions(me.userId)).filter((action) => action === 'login.two-factor'), ['login.two-factor']);
  });

  test('a recovery code signs in once, without case or dash mattering; then it is refused', async () => {
    const me = await enrolled('recovery');
    const recoveryCode = me.recoveryCodes[0]!;
    const first = await codeStep({ twoFactorToken: await passwordStep(me.email), recoveryCode: recoveryCode.toUpperCase().replace('-', ' ') });
    assert.equal(first.status, 200, JSON.stringify(first.body));
    assert.equal(await meStatus(first.body.accessToken), 200);
    const again = await codeStep({ twoFactorToken: await passwordStep(me.email), recoveryCode });
    assert.equal(again.status, 401);
    assert.equal(again.body.code, 'TWO_FACTOR_CODE_INVALID');
    const rows = await db.recoveryCode.findMany({ where: { userId: me.userId } });
    assert.equal(rows.filter((row) => row.usedAt !== null).length, 1);
    assert.deepEqual(await actions(me.userId), ['two-factor.enabled', 'login.recovery-code']);
    const status = await t.http.get('/api/me/two-factor').set('Authorization', `Bearer ${first.body.accessToken}`);
    assert.equal(status.body.recoveryCodesLeft, 9);
  });

  test('one recovery code sent by two sign-ins at the same moment: exactly one gets a session', async () => {
    const me = await enrolled('recovery-race');
    const tokens = await Promise.all(Array.from({ length: 4 }, () => passwordStep(me.email)));
    const answers = await Promise.all(tokens.map((twoFactorToken) => codeStep({ twoFactorToken, recoveryCode: me.recoveryCodes[5] })));
    assert.deepEqual(answers.map((res) => res.status).sort(), [200, 401, 401, 401]);
  });

  test(`after ${MAX_FAILURES} wrong codes the person's codes are refused with 429 and Retry-After, even a right one, from any token`, async () => {
    const me = await enrolled('throttle');
    const token = await passwordStep(me.email);
    for (let i = 0; i < MAX_FAILURES; i++) {
      assert.equal((await codeStep({ twoFactorToken: token, code: await me.authenticator.wrongCode() })).body.code, 'TWO_FACTOR_CODE_INVALID', `failure ${i + 1}`);
    }
    const refused = await codeStep({ twoFactorToken: await passwordStep(me.email), code: await me.authenticator.code() });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.code, 'TOO_MANY_LOGIN_ATTEMPTS');
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= t.config.TWO_FACTOR_WINDOW_SECONDS, `Retry-After ${retryAfter}`);
    assert.equal((await codeStep({ twoFactorToken: token, recoveryCode: me.recoveryCodes[0] })).status, 429, 'recovery codes count with codes');

    // Another person is not affected.
    const other = await enrolled('throttle-other');
    assert.equal((await codeStep({ twoFactorToken: await passwordStep(other.email), code: await other.authenticator.code() })).status, 200);
  });

  test('a right code clears the count of wrong ones', async () => {
    const me = await enrolled('throttle-reset');
    for (let i = 0; i < MAX_FAILURES - 1; i++) await codeStep({ twoFactorToken: await passwordStep(me.email), code: await me.authenticator.wrongCode() });
    assert.equal((await codeStep({ twoFactorToken: await passwordStep(me.email), code: await me.authenticator.code() })).status, 200);
    for (let i = 0; i < MAX_FAILURES - 1; i++) {
      assert.equal((await codeStep({ twoFactorToken: await passwordStep(me.email), code: await me.authenticator.wrongCode() })).status, 401, `failure ${i + 1}`);
    }
    assert.equal((await codeStep({ twoFactorToken: await passwordStep(me.email), recoveryCode: me.recoveryCodes[0] })).status, 200);
  });

  test('the token is single use: once it gave a session it is 401 TWO_FACTOR_TOKEN_INVALID, even with a new right code', async () => {
    const me = await enrolled('single-use');
    const token = await passwordStep(me.email);
    assert.equal((await codeStep({ twoFactorToken: token, code: await me.authenticator.code() })).status, 200);
    const reused = await codeStep({ twoFactorToken: token, code: await me.authenticator.code() });
    assert.equal(reused.status, 401);
    assert.equal(reused.body.code, 'TWO_FACTOR_TOKEN_INVALID');
    const withRecovery = await codeStep({ twoFactorToken: token, recoveryCode: me.recoveryCodes[0] });
    assert.equal(withRecovery.body.code, 'TWO_FACTOR_TOKEN_INVALID');
    assert.equal(await db.recoveryCode.count({ where: { userId: me.userId, usedAt: { not: null } } }), 0, 'a used token burns no recovery code');
  });

  test('an expired token, a forged one, an access token and garbage are 401 TWO_FACTOR_TOKEN_INVALID', async () => {
    const me = await enrolled('bad-tokens');
    const jwt = t.app.get(JwtService);
    const now = Math.floor(Date.now() / 1000);
    const expired = await jwt.signAsync({ sub: me.userId, purpose: 'two-factor', jti: randomUUID(), iat: now - 301, exp: now - 1 });
    const forged = await new JwtService({ secret: 'x'.repeat(64) }).signAsync({ sub: me.userId, purpose: 'two-factor', jti: randomUUID() }, { expiresIn: 300 });
    const accessToken = (await t.http.post('/api/auth/login').send({ email: (await oneStepPerson()).email, password: PASSWORD })).body.accessToken as string;
    const code = await me.authenticator.code();
    for (const [what, twoFactorToken] of Object.entries({ expired, forged, accessToken, garbage: 'garbage' })) {
      const res = await codeStep({ twoFactorToken, code });
      assert.equal(res.status, 401, what);
      assert.equal(res.body.code, 'TWO_FACTOR_TOKEN_INVALID', what);
    }
    assert.equal((await codeStep({ twoFactorToken: await passwordStep(me.email), code })).status, 200, 'the code was right all along');
  });

  test('the token is no access token: as a Bearer token it is 401 UNAUTHENTICATED', async () => {
    const me = await enrolled('bearer');
    const token = await passwordStep(me.email);
    const res = await t.http.get('/api/me').set('Authorization', `Bearer ${token}`);
    assert.equal(res.status, 401);
    assert.equal(res.body.code, 'UNAUTHENTICATED');
  });

  test('neither or both of code and recoveryCode is 400', async () => {
    const me = await enrolled('shape');
    const token = await passwordStep(me.email);
    for (const body of [{ twoFactorToken: token }, { twoFactorToken: token, code: '123456', recoveryCode: me.recoveryCodes[0] }, { twoFactorToken: token, code: '12345' }]) {
      const res = await codeStep(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.code, 'VALIDATION_FAILED');
    }
  });

  test('turned off between the steps: the token is refused', async () => {
    const me = await enrolled('off-between');
    const token = await passwordStep(me.email);
    await db.user.update({ where: { id: me.userId }, data: { totpSecret: null, totpEnabledAt: null } });
    assert.equal((await codeStep({ twoFactorToken: token, code: await me.authenticator.code() })).body.code, 'TWO_FACTOR_TOKEN_INVALID');
  });

  const oneStepPerson = async () => {
    const email = uniqueEmail('plain');
    await signedInOwner(t, email);
    return { email };
  };
});
