import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { PASSWORD, signUpVerified, uniqueEmail, useTestApp } from '../testing/api-harness.js';

describe('sign-up, login, /me and logout (real PostgreSQL and Redis)', () => {
  const { t } = useTestApp();

  const signup = (body: Record<string, unknown>) => t.http.post('/api/auth/signup').send(body);
  const login = (email: string, password = PASSWORD) => t.http.post('/api/auth/login').send({ email, password });

  test('sign-up creates a standalone account owned by the caller, who signs in once the address is verified', async () => {
    const email = uniqueEmail('owner');
    const accepted = await signup({ email, password: PASSWORD, accountName: 'Casa Realty', name: 'Sue Casa' });
    assert.equal(accepted.status, 202);
    assert.equal(accepted.body.accessToken, undefined, 'no session before the address is verified');
    const refused = await login(email);
    assert.equal(refused.status, 403);
    assert.equal(refused.body.code, 'EMAIL_NOT_VERIFIED');
    assert.equal((await login(email, 'not-the-password')).body.code, 'INVALID_CREDENTIALS', 'said only after the right password');
    await t.ownerDb.user.update({ where: { username: email.toLowerCase() }, data: { emailVerifiedAt: new Date() } });
    const res = await login(email);
    assert.equal(res.body.user.email, email);
    assert.equal(typeof res.body.accessToken, 'string');

    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    assert.equal(me.status, 200);
    assert.equal(me.body.user.email, email);
    assert.deepEqual(
      me.body.accounts.map((a: { name: string; kind: string; grant: unknown }) => [a.name, a.kind, a.grant]),
      [['Casa Realty', 'STANDALONE', { role: 'ACCOUNT_OWNER', via: 'MEMBER' }]],
    );
  });

  test('sign-up with a partner program creates a partner account', async () => {
    const res = await signUpVerified(t, { email: uniqueEmail('partner'), password: PASSWORD, accountName: 'Agency', partnerProgram: 'RESELLER' });
    assert.equal(res.body.account.kind, 'PARTNER');
    assert.equal(res.body.account.partnerProgram, 'RESELLER');
  });

  test('login returns a token and the user; the token works on /me', async () => {
    const email = uniqueEmail('login');
    await signUpVerified(t, { email, password: PASSWORD, accountName: 'Login Test' });
    const res = await login(email);
    assert.equal(res.status, 200);
    assert.equal(res.body.user.email, email);
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    assert.equal(me.status, 200);
  });

  test('the username is the email compared case-insensitively: login works in any letter case', async () => {
    const email = uniqueEmail('MixedCase');
    await signUpVerified(t, { email, password: PASSWORD, accountName: 'Case Test' });
    assert.equal((await login(email.toUpperCase())).status, 200);
  });

  test('a taken username answers as a new one does (202, the same body), also in another letter case, and creates nothing', async () => {
    const email = uniqueEmail('taken');
    const fresh = await signup({ email, password: PASSWORD, accountName: 'First' });
    for (const again of [email.toUpperCase()]) {
      const res = await signup({ email: again, password: PASSWORD, accountName: 'Second' });
      assert.equal(res.status, fresh.status);
      assert.deepEqual(res.body, fresh.body);
    }
    assert.equal(await t.ownerDb.account.count({ where: { name: 'Second', memberships: { some: { user: { username: email.toLowerCase() } } } } }), 0);
  });

  test('simultaneous sign-ups with one email create exactly one user', async () => {
    const email = uniqueEmail('race');
    const results = await Promise.all(
      Array.from({ length: t.config.SIGNUP_MAX_PER_EMAIL }, (_, i) => signup({ email: i % 2 ? email.toUpperCase() : email, password: PASSWORD, accountName: `Race ${i}` })),
    );
    assert.deepEqual(results.map((r) => r.status), results.map(() => 202));
    assert.equal(await t.ownerDb.user.count({ where: { username: email.toLowerCase() } }), 1);
  });

  test('sign-ups for one email address are limited: 429 with Retry-After, the same for a new and a taken address', async () => {
    for (const email of [uniqueEmail('limited-new'), uniqueEmail('limited-taken')]) {
      for (let i = 0; i < t.config.SIGNUP_MAX_PER_EMAIL; i++) {
        assert.equal((await signup({ email, password: PASSWORD, accountName: `Limit ${i}` })).status, 202);
      }
      const refused = await signup({ email, password: PASSWORD, accountName: 'One too many' });
      assert.equal(refused.status, 429);
      assert.equal(refused.body.code, 'TOO_MANY_REQUESTS');
      const retryAfter = Number(refused.headers['retry-after']);
      assert.ok(retryAfter >= 1 && retryAfter <= t.config.SIGNUP_WINDOW_SECONDS, `Retry-After ${retryAfter}`);
    }
  });

  test('sue+1@x and sue@x are two users', async () => {
    const suffix = uniqueEmail('sue').split('@')[0];
    const plain = `${suffix}@greenacresrealty.test`;
    const plus = `${suffix}+1@greenacresrealty.test`;
    await signUpVerified(t, { email: plain, password: PASSWORD, accountName: 'Plain' });
    await signUpVerified(t, { email: plus, password: `${PASSWORD}-plus`, accountName: 'Plus' });
    const plainMe = await t.http.get('/api/me').set('Authorization', `Bearer ${(await login(plain)).body.accessToken}`);
    const plusMe = await t.http.get('/api/me').set('Authorization', `Bearer ${(await login(plus, `${PASSWORD}-plus`)).body.accessToken}`);
    assert.notEqual(plainMe.body.user.id, plusMe.body.user.id);
    assert.equal(plainMe.body.accounts[0].name, 'Plain');
    assert.equal(plusMe.body.accounts[0].name, 'Plus');
  });

  test('a wrong password and an unknown email get the same 401', async () => {
    const email = uniqueEmail('same401');
    await signUpVerified(t, { email, password: PASSWORD, accountName: 'Same' });
    const wrong = await login(email, 'not-the-password');
    const unknown = await login(uniqueEmail('nobody'), 'not-the-password');
    assert.equal(wrong.status, 401);
    assert.deepEqual(wrong.body, unknown.body);
    assert.equal(wrong.body.code, 'INVALID_CREDENTIALS');
  });

  test('repeated failures for one email from one address are throttled: 429 with Retry-After, even with the right password from there', async () => {
    const email = uniqueEmail('throttled');
    await signUpVerified(t, { email, password: PASSWORD, accountName: 'Throttle' });
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP; i++) {
      assert.equal((await login(email, 'wrong-password')).status, 401);
    }
    const blocked = await login(email);
    assert.equal(blocked.status, 429);
    assert.equal(blocked.body.code, 'TOO_MANY_LOGIN_ATTEMPTS');
    const retryAfter = Number(blocked.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= t.config.LOGIN_WINDOW_SECONDS, `Retry-After ${retryAfter}`);
    // Another email from the same IP is not affected.
    const other = uniqueEmail('unaffected');
    await signUpVerified(t, { email: other, password: PASSWORD, accountName: 'Other' });
    assert.equal((await login(other)).status, 200);
  });

  test('a successful login clears the failures counted for that email from that address', async () => {
    const email = uniqueEmail('reset');
    await signUpVerified(t, { email, password: PASSWORD, accountName: 'Reset' });
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP - 1; i++) await login(email, 'wrong-password');
      assert.equal((await login(email)).status, 200);
    }
  });

  test('missing, malformed and forged tokens are 401', async () => {
    for (const header of [undefined, 'Bearer', 'Bearer not-a-jwt', 'Basic dXNlcjpwYXNz']) {
      const req = t.http.get('/api/me');
      if (header) req.set('Authorization', header);
      const res = await req;
      assert.equal(res.status, 401, String(header));
      assert.equal(res.body.code, 'UNAUTHENTICATED');
    }
    const email = uniqueEmail('forged');
    const { body } = await signUpVerified(t, { email, password: PASSWORD, accountName: 'Forged' });
    // The genuine token is accepted (and remembered as verified) first: its altered copies still are not.
    assert.equal((await t.http.get('/api/me').set('Authorization', `Bearer ${body.accessToken}`)).status, 200);
    const [head, payload, signature] = body.accessToken.split('.');
    const flipped = signature.slice(0, -2) + (signature.at(-2) === 'A' ? 'B' : 'A') + signature.at(-1);
    for (const forged of [`${head}.${payload}.${Buffer.from('forged-signature').toString('base64url')}`, `${head}.${payload}.${flipped}`]) {
      assert.equal((await t.http.get('/api/me').set('Authorization', `Bearer ${forged}`)).status, 401, forged);
    }
  });

  test('a correctly signed token without an expiry is 401', async () => {
    const email = uniqueEmail('no-exp');
    const { body } = await signUpVerified(t, { email, password: PASSWORD, accountName: 'No expiry' });
    const claims = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
    const endless = new JwtService({ secret: t.config.JWT_SECRET }).sign({ sub: claims.sub, sid: claims.sid }, { algorithm: 'HS256' });
    assert.equal((await t.http.get('/api/me').set('Authorization', `Bearer ${endless}`)).status, 401);
  });

  test('an expired token is 401 with a message saying so', async () => {
    const email = uniqueEmail('expired');
    const { body } = await signUpVerified(t, { email, password: PASSWORD, accountName: 'Expired' });
    const claims = JSON.parse(Buffer.from(body.accessToken.split('.')[1], 'base64url').toString());
    const expired = new JwtService({ secret: t.config.JWT_SECRET }).sign(
      { sub: claims.sub, sid: claims.sid, exp: Math.floor(Date.now() / 1000) - 60 },
      { algorithm: 'HS256' },
    );
    const res = await t.http.get('/api/me').set('Authorization', `Bearer ${expired}`);
    assert.equal(res.status, 401);
    assert.match(res.body.message, /expired/);
  });

  test('logout revokes the session: the same token is refused at once, other sessions live on', async () => {
    const email = uniqueEmail('logout');
    await signUpVerified(t, { email, password: PASSWORD, accountName: 'Logout' });
    const first = (await login(email)).body.accessToken;
    const second = (await login(email)).body.accessToken;
    assert.equal((await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${first}`)).status, 204);
    assert.equal((await t.http.get('/api/me').set('Authorization', `Bearer ${first}`)).status, 401);
    assert.equal((await t.http.post('/api/auth/logout').set('Authorization', `Bearer ${first}`)).status, 401);
    assert.equal((await t.http.get('/api/me').set('Authorization', `Bearer ${second}`)).status, 200);
  });

  test('unknown fields, wrong types and missing fields are 400 VALIDATION_FAILED', async () => {
    const bad: Record<string, unknown>[] = [
      { email: uniqueEmail(), password: PASSWORD, accountName: 'X', isAdmin: true },
      { email: 42, password: PASSWORD, accountName: 'X' },
      { email: 'not-an-email', password: PASSWORD, accountName: 'X' },
      { email: uniqueEmail(), password: 'short', accountName: 'X' },
      { email: uniqueEmail(), password: PASSWORD },
      { email: uniqueEmail(), password: PASSWORD, accountName: 'X', partnerProgram: 'GOLD' },
      { email: uniqueEmail(), password: ['array'], accountName: 'X' },
    ];
    for (const body of bad) {
      const res = await signup(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.code, 'VALIDATION_FAILED', JSON.stringify(body));
      assert.equal(typeof res.body.message, 'string');
    }
    for (const body of [{ email: 'a@b.c' }, { email: 'a@b.c', password: 5 }, { email: 'a@b.c', password: 'x', extra: 1 }]) {
      const res = await t.http.post('/api/auth/login').send(body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.equal(res.body.code, 'VALIDATION_FAILED');
    }
  });

  test('malformed JSON is 400 MALFORMED_JSON, not a 500', async () => {
    const res = await t.http.post('/api/auth/signup').set('Content-Type', 'application/json').send('{"email": ');
    assert.equal(res.status, 400);
    assert.equal(res.body.code, 'MALFORMED_JSON');
  });
});

describe('login throttling per IP (real Redis): failures only', () => {
  const { t } = useTestApp({ env: { LOGIN_MAX_FAILURES_PER_IP: '3' } });

  test('past the per-IP limit every email is refused with 429 and Retry-After', async () => {
    for (let i = 0; i < 3; i++) {
      const res = await t.http.post('/api/auth/login').send({ email: uniqueEmail('ip'), password: 'whatever-password' });
      assert.equal(res.status, 401);
    }
    const res = await t.http.post('/api/auth/login').send({ email: uniqueEmail('ip'), password: 'whatever-password' });
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers['retry-after']) >= 1);
  });
});
