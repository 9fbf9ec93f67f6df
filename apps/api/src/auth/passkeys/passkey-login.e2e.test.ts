import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { signedInOwner, uniqueEmail, useTestApp } from '../../testing/api-harness.js';
import { softwarePasskey, type SoftwarePasskey } from './software-authenticator.js';

const PORTAL = 'http://localhost:4173';

/** Issue 20, part 6: signing in with a passkey instead of the email, the password and a code. */
describe('sign-in with a passkey: POST /api/auth/passkey/options, POST /api/auth/passkey/login', () => {
  const { t, db } = useTestApp({ env: { PORTAL_URL: PORTAL, TRUST_PROXY: 'true', LOGIN_MAX_FAILURES_PER_IP: '3' } });

  const loginOptions = async () => {
    const res = await t.http.post('/api/auth/passkey/options');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { options: { challenge: string; rpId: string; allowCredentials?: unknown; userVerification: string }; challengeToken: string };
  };
  const login = (body: object, from = '192.0.2.1') => t.http.post('/api/auth/passkey/login').set('X-Forwarded-For', from).send(body);
  /** A person with a passkey of theirs stored, as adding it would store it. */
  const personWithPasskey = async (label: string): Promise<{ userId: string; key: SoftwarePasskey }> => {
    const { userId } = await signedInOwner(t, uniqueEmail(label));
    const key = softwarePasskey();
    await db.passkey.create({
      data: { userId, credentialId: key.credentialId, publicKey: key.publicKey, transports: ['internal'], deviceType: 'singleDevice', backedUp: false, name: 'Laptop' },
    });
    return { userId, key };
  };
  const signedAnswer = async (person: { userId: string; key: SoftwarePasskey }, origin = PORTAL) => {
    const { options, challengeToken } = await loginOptions();
    return { challengeToken, response: person.key.authenticate(options, origin, person.userId) };
  };

  test('options: the portal as relying party, no allowCredentials, a single-purpose token without a session', async () => {
    const { options, challengeToken } = await loginOptions();
    assert.equal(options.rpId, 'localhost');
    assert.equal(options.allowCredentials, undefined);
    assert.equal(options.userVerification, 'required');
    const claims = t.app.get(JwtService).decode<Record<string, unknown>>(challengeToken);
    assert.equal(claims.purpose, 'passkey-authentication');
    assert.equal(claims.challenge, options.challenge);
    assert.equal(claims.sub, undefined);
    assert.equal(claims.sid, undefined);
  });

  test('a signed challenge opens a two-factor session, records the use and logs it; the challenge works once', async () => {
    const person = await personWithPasskey('pk-login');
    const answer = await signedAnswer(person);
    const res = await login(answer);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.user.id, person.userId);
    assert.equal(typeof res.body.expiresAt, 'string');
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`);
    assert.equal(me.status, 200);
    const session = await db.session.findFirstOrThrow({ where: { userId: person.userId }, orderBy: { createdAt: 'desc' } });
    assert.equal(session.twoFactor, true);
    const stored = await db.passkey.findUniqueOrThrow({ where: { credentialId: person.key.credentialId } });
    assert.equal(stored.counter, 1n);
    assert.ok(stored.lastUsedAt && Date.now() - stored.lastUsedAt.getTime() < 60_000);
    assert.ok(await db.securityEvent.findFirst({ where: { userId: person.userId, action: 'login.passkey' } }));

    const replay = await login(answer);
    assert.equal(replay.status, 401, 'the same answer again');
    assert.equal(replay.body.code, 'PASSKEY_INVALID');
    const usedChallenge = (t.app.get(JwtService).decode<{ challenge: string }>(answer.challengeToken)).challenge;
    const again = await login({ challengeToken: answer.challengeToken, response: person.key.authenticate({ challenge: usedChallenge, rpId: 'localhost' }, PORTAL, person.userId) });
    assert.equal(again.status, 401, 'a new signature over a used challenge');
  });

  test('the same 401 PASSKEY_INVALID for an unknown passkey, a wrong origin, a forged signature and a bad token', async () => {
    const person = await personWithPasskey('pk-refused');
    let address = 10;
    // Each from its own address, so the throttle (3 failures here) stays out of it.
    const expectRefused = async (body: object, why: string) => {
      const res = await login(body, `192.0.2.${(address += 1)}`);
      assert.equal(res.status, 401, `${why}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.code, 'PASSKEY_INVALID', why);
      assert.equal(res.body.message, 'The passkey could not be verified.');
    };
    await expectRefused(await signedAnswer({ userId: person.userId, key: softwarePasskey() }), 'unknown passkey');
    await expectRefused(await signedAnswer(person, 'https://evil.example'), 'another origin');
    const forged = await signedAnswer(person);
    const otherSignature = (await signedAnswer({ userId: person.userId, key: softwarePasskey() })).response.response.signature;
    await expectRefused({ ...forged, response: { ...forged.response, response: { ...forged.response.response, signature: otherSignature } } }, 'a signature by another key');
    await expectRefused({ challengeToken: 'not-a-token', response: (await signedAnswer(person)).response }, 'not a token');
    assert.equal((await login({ challengeToken: 'x' }, '192.0.2.99')).status, 400, 'no response');
  });

  test('an unverified person is refused like the password sign-in refuses them', async () => {
    const person = await personWithPasskey('pk-unverified');
    await db.user.update({ where: { id: person.userId }, data: { emailVerifiedAt: null } });
    const res = await login(await signedAnswer(person));
    assert.equal(res.status, 403, JSON.stringify(res.body));
    assert.equal(res.body.code, 'EMAIL_NOT_VERIFIED');
  });

  test('failures are throttled per client address; another address still signs in', async () => {
    const person = await personWithPasskey('pk-throttle');
    const stranger = { userId: person.userId, key: softwarePasskey() };
    for (let i = 0; i < t.config.LOGIN_MAX_FAILURES_PER_IP; i++) {
      assert.equal((await login(await signedAnswer(stranger), '203.0.113.77')).status, 401, `failure ${i + 1}`);
    }
    const refused = await login(await signedAnswer(person), '203.0.113.77');
    assert.equal(refused.status, 429, 'refused even with the right passkey');
    assert.equal(refused.body.code, 'TOO_MANY_LOGIN_ATTEMPTS');
    assert.ok(Number(refused.headers['retry-after']) >= 1);
    assert.equal((await login(await signedAnswer(person), '198.51.100.77')).status, 200, 'another address is not refused');
  });
});
