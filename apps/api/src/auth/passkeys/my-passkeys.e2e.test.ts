import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { JwtService } from '@nestjs/jwt';
import { signedInOwner, uniqueEmail, useTestApp } from '../../testing/api-harness.js';
import { softwarePasskey } from './software-authenticator.js';

const PORTAL = 'http://localhost:4173';

/** Issue 20, part 6: a person registers, lists, renames and removes their passkeys. */
describe('a person\'s passkeys: /api/me/passkeys', () => {
  const { t, db } = useTestApp({ env: { PORTAL_URL: PORTAL } });

  const as = (token: string) => ({
    get: (path: string) => t.http.get(path).set('Authorization', `Bearer ${token}`),
    post: (path: string, body: object = {}) => t.http.post(path).set('Authorization', `Bearer ${token}`).send(body),
    patch: (path: string, body: object) => t.http.patch(path).set('Authorization', `Bearer ${token}`).send(body),
    delete: (path: string) => t.http.delete(path).set('Authorization', `Bearer ${token}`),
  });
  const options = async (token: string) => {
    const res = await as(token).post('/api/me/passkeys/registration-options');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body as { options: { challenge: string; rp: { id: string; name: string }; user: { id: string; name: string }; excludeCredentials: { id: string }[]; authenticatorSelection: Record<string, unknown> }; challengeToken: string };
  };
  const insertPasskey = (userId: string, name: string) =>
    db.passkey.create({
      data: { userId, credentialId: `cred-${Math.random().toString(36).slice(2)}`, publicKey: Buffer.from([1]), transports: ['internal'], deviceType: 'singleDevice', backedUp: false, name },
    });

  test('registration options: the portal as relying party, a discoverable credential, the person\'s passkeys excluded', async () => {
    const email = uniqueEmail('pk-options');
    const { userId, token } = await signedInOwner(t, email);
    const existing = await insertPasskey(userId, 'Old key');
    const { options: o, challengeToken } = await options(token);
    assert.deepEqual(o.rp, { id: 'localhost', name: 'Partner Portal' });
    assert.equal(o.user.name, email);
    assert.equal(Buffer.from(o.user.id, 'base64url').toString(), userId);
    assert.equal(o.authenticatorSelection.residentKey, 'required');
    assert.equal(o.authenticatorSelection.userVerification, 'required');
    assert.deepEqual(o.excludeCredentials.map((c) => c.id), [existing.credentialId]);
    const claims = t.app.get(JwtService).decode<Record<string, unknown>>(challengeToken);
    assert.equal(claims.sub, userId);
    assert.equal(claims.purpose, 'passkey-registration');
    assert.equal(claims.challenge, o.challenge);
    assert.equal(claims.sid, undefined);
    assert.equal((claims.exp as number) - (claims.iat as number), 300);
    assert.equal((await t.http.get('/api/me').set('Authorization', `Bearer ${challengeToken}`)).status, 401, 'a challenge token is no access token');
  });

  test('adding a passkey stores it, marks the session two-factor, logs it and emails the person; the same one again is 409', async () => {
    const { userId, token } = await signedInOwner(t, uniqueEmail('pk-add'));
    const key = softwarePasskey();
    const first = await options(token);
    const added = await as(token).post('/api/me/passkeys', { name: ' Laptop ', challengeToken: first.challengeToken, response: key.register(first.options, PORTAL) });
    assert.equal(added.status, 201, JSON.stringify(added.body));
    assert.deepEqual(Object.keys(added.body).sort(), ['backedUp', 'createdAt', 'deviceType', 'id', 'lastUsedAt', 'name']);
    assert.equal(added.body.name, 'Laptop');
    assert.equal(added.body.lastUsedAt, null);
    assert.equal(added.body.deviceType, 'singleDevice');

    const row = await db.passkey.findUniqueOrThrow({ where: { id: added.body.id } });
    assert.equal(row.userId, userId);
    assert.equal(row.credentialId, key.credentialId);
    assert.deepEqual(Buffer.from(row.publicKey), Buffer.from(key.publicKey));
    const sessions = await db.session.findMany({ where: { userId } });
    assert.deepEqual(sessions.map((s) => s.twoFactor), [true]);
    assert.ok(await db.securityEvent.findFirst({ where: { userId, action: 'passkey.added' } }));
    const mail = await db.mailOutboxMessage.findFirstOrThrow({ where: { userId, topic: 'person.passkey-added' } });
    assert.deepEqual(mail.payload, { v: 1, userId, passkeyName: 'Laptop' });

    const second = await options(token);
    const again = await as(token).post('/api/me/passkeys', { name: 'Again', challengeToken: second.challengeToken, response: key.register(second.options, PORTAL) });
    assert.equal(again.status, 409, JSON.stringify(again.body));
    assert.equal(again.body.code, 'PASSKEY_EXISTS');
  });

  test('an answer that does not verify is 400 PASSKEY_INVALID: wrong origin, a used token, someone else\'s token, garbage', async () => {
    const { token } = await signedInOwner(t, uniqueEmail('pk-invalid'));
    const other = await signedInOwner(t, uniqueEmail('pk-invalid-other'));
    const add = (body: object) => as(token).post('/api/me/passkeys', { name: 'Key', ...body });
    const expectInvalid = async (body: object, why: string) => {
      const res = await add(body);
      assert.equal(res.status, 400, `${why}: ${JSON.stringify(res.body)}`);
      assert.equal(res.body.code, 'PASSKEY_INVALID', why);
    };

    const wrongOrigin = await options(token);
    await expectInvalid({ challengeToken: wrongOrigin.challengeToken, response: softwarePasskey().register(wrongOrigin.options, 'https://evil.example') }, 'another origin');

    const used = await options(token);
    const response = softwarePasskey().register(used.options, PORTAL);
    assert.equal((await add({ challengeToken: used.challengeToken, response })).status, 201);
    await expectInvalid({ challengeToken: used.challengeToken, response: softwarePasskey().register(used.options, PORTAL) }, 'a used challenge');

    const theirs = await options(other.token);
    await expectInvalid({ challengeToken: theirs.challengeToken, response: softwarePasskey().register(theirs.options, PORTAL) }, "another person's challenge");
    await expectInvalid({ challengeToken: token, response: softwarePasskey().register(used.options, PORTAL) }, 'an access token as challenge token');

    const garbage = await options(token);
    await expectInvalid({ challengeToken: garbage.challengeToken, response: { id: 'x', rawId: 'x', type: 'public-key', response: {}, clientExtensionResults: {} } }, 'garbage');

    const blank = await add({ name: '  ', challengeToken: garbage.challengeToken, response: {} });
    assert.equal(blank.status, 400);
    assert.equal(blank.body.code, 'VALIDATION_FAILED');
  });

  test('lists only the caller\'s passkeys, oldest first, in the page shape', async () => {
    const { userId, token } = await signedInOwner(t, uniqueEmail('pk-list'));
    const other = await signedInOwner(t, uniqueEmail('pk-list-other'));
    const a = await insertPasskey(userId, 'Phone');
    const b = await insertPasskey(userId, 'Laptop');
    await insertPasskey(other.userId, 'Not mine');
    await db.passkey.update({ where: { id: b.id }, data: { createdAt: new Date(a.createdAt.getTime() + 1000), lastUsedAt: new Date() } });

    const res = await as(token).get('/api/me/passkeys');
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.total, 2);
    assert.deepEqual(res.body.data.map((p: { name: string }) => p.name), ['Phone', 'Laptop']);
    assert.equal(res.body.data[0].lastUsedAt, null);
    assert.equal(typeof res.body.data[1].lastUsedAt, 'string');
    const newest = await as(token).get('/api/me/passkeys?sort=-createdAt');
    assert.deepEqual(newest.body.data.map((p: { name: string }) => p.name), ['Laptop', 'Phone']);
    assert.equal((await t.http.get('/api/me/passkeys')).status, 401);
  });

  test('renames and removes one\'s own passkey; someone else\'s or an unknown one is 404 PASSKEY_NOT_FOUND', async () => {
    const { userId, token } = await signedInOwner(t, uniqueEmail('pk-manage'));
    const other = await signedInOwner(t, uniqueEmail('pk-manage-other'));
    const mine = await insertPasskey(userId, 'Phone');
    const theirs = await insertPasskey(other.userId, 'Their key');

    const renamed = await as(token).patch(`/api/me/passkeys/${mine.id}`, { name: ' Work phone ' });
    assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
    assert.equal(renamed.body.name, 'Work phone');
    assert.equal(renamed.body.id, mine.id);
    assert.equal((await as(token).patch(`/api/me/passkeys/${mine.id}`, { name: '' })).status, 400);
    assert.equal((await as(token).patch(`/api/me/passkeys/${mine.id}`, { name: 'x'.repeat(101) })).status, 400);

    for (const [path, why] of [[theirs.id, "someone else's"], ['00000000-0000-4000-8000-000000000000', 'unknown'], ['not-a-uuid', 'not a UUID']] as const) {
      const patch = await as(token).patch(`/api/me/passkeys/${path}`, { name: 'Mine now' });
      assert.equal(patch.status, 404, `rename ${why}`);
      assert.equal(patch.body.code, 'PASSKEY_NOT_FOUND');
      const del = await as(token).delete(`/api/me/passkeys/${path}`);
      assert.equal(del.status, 404, `remove ${why}`);
      assert.equal(del.body.code, 'PASSKEY_NOT_FOUND');
    }
    assert.equal((await db.passkey.findUniqueOrThrow({ where: { id: theirs.id } })).name, 'Their key');

    assert.equal((await as(token).delete(`/api/me/passkeys/${mine.id}`)).status, 204);
    assert.equal(await db.passkey.count({ where: { id: mine.id } }), 0);
    assert.ok(await db.securityEvent.findFirst({ where: { userId, action: 'passkey.removed' } }));
    const mail = await db.mailOutboxMessage.findFirstOrThrow({ where: { userId, topic: 'person.passkey-removed' } });
    assert.deepEqual(mail.payload, { v: 1, userId, passkeyName: 'Work phone' });
    assert.equal((await as(token).delete(`/api/me/passkeys/${mine.id}`)).status, 404, 'already removed');
  });
});
