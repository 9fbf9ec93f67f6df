import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { PASSWORD, signedInAs, signedInOwner, uniqueEmail, useTestApp } from '../../testing/api-harness.js';
import { hashRecoveryCode } from './recovery-codes.js';
import { enrollTotp, TestAuthenticator } from './two-factor-test-kit.js';

/** Issue 20, part 5: a person turns TOTP on with a first code, gets recovery codes, replaces them, and turns it off. */
describe('two-factor enrollment: /api/me/two-factor', () => {
  const { t, db } = useTestApp();

  const person = async (label: string) => {
    const email = uniqueEmail(label);
    const owner = await signedInOwner(t, email);
    return { ...owner, email, as: signedInAs(t, owner.token) };
  };
  const actions = async (userId: string) => (await db.securityEvent.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map((event) => event.action);
  const outbox = async (userId: string) =>
    (await db.mailOutboxMessage.findMany({ where: { userId }, orderBy: { createdAt: 'asc' } })).map((message) => ({ topic: message.topic, payload: message.payload }));
  const passwordLogin = (email: string) => t.http.post('/api/auth/login').send({ email, password: PASSWORD });

  test('setup, then a first code, turns it on: ten recovery codes, only their hashes kept, this session marked, logged and emailed', async () => {
    const me = await person('enroll');
    const before = await me.as.get('/api/me/two-factor');
    assert.equal(before.status, 200);
    assert.deepEqual(before.body, { totpEnabled: false, totpEnabledAt: null, recoveryCodesLeft: 0, passkeys: 0 });

    const wrongPassword = await me.as.post('/api/me/two-factor/totp/setup', { password: 'not-the-password' });
    assert.equal(wrongPassword.status, 403);
    assert.equal(wrongPassword.body.code, 'WRONG_PASSWORD');

    const setup = await me.as.post('/api/me/two-factor/totp/setup', { password: PASSWORD });
    assert.equal(setup.status, 200, JSON.stringify(setup.body));
    assert.match(setup.body.secret, /^[A-Z2-7]{32}$/);
    const url = new URL(setup.body.otpauthUrl);
    assert.equal(`${url.protocol}//${url.host}`, 'otpauth://totp');
    assert.equal(decodeURIComponent(url.pathname), `/Partner Portal:${me.email}`);
    assert.equal(url.searchParams.get('secret'), setup.body.secret);
    const pending = await db.user.findUniqueOrThrow({ where: { id: me.userId } });
    assert.equal(pending.totpPendingSecret, setup.body.secret);
    assert.equal(pending.totpSecret, null, 'nothing changes at sign-in before a first code');
    assert.equal((await passwordLogin(me.email)).body.accessToken !== undefined, true);

    const authenticator = new TestAuthenticator(setup.body.secret);
    const wrongCode = await me.as.post('/api/me/two-factor/totp/confirm', { code: await authenticator.wrongCode() });
    assert.equal(wrongCode.status, 400);
    assert.equal(wrongCode.body.code, 'TWO_FACTOR_CODE_INVALID');

    const code = await authenticator.code();
    const confirm = await me.as.post('/api/me/two-factor/totp/confirm', { code });
    assert.equal(confirm.status, 200, JSON.stringify(confirm.body));
    const codes = confirm.body.recoveryCodes as string[];
    assert.equal(codes.length, 10);
    assert.equal(new Set(codes).size, 10);
    for (const recoveryCode of codes) assert.match(recoveryCode, /^[a-z2-9]{5}-[a-z2-9]{5}$/);

    const stored = await db.recoveryCode.findMany({ where: { userId: me.userId } });
    assert.deepEqual(stored.map((row) => row.codeHash).sort(), codes.map(hashRecoveryCode).sort(), 'only the hashes are stored');
    assert.ok(stored.every((row) => row.usedAt === null && !codes.includes(row.codeHash)));
    const on = await db.user.findUniqueOrThrow({ where: { id: me.userId } });
    assert.equal(on.totpSecret, setup.body.secret);
    assert.equal(on.totpPendingSecret, null);
    assert.ok(on.totpEnabledAt);
    assert.equal(on.totpLastStep, BigInt(authenticator.lastStep), 'the confirming code cannot be used again');
    const sessions = await db.session.findMany({ where: { userId: me.userId } });
    const confirming = sessionIdOf(me.token);
    assert.deepEqual(sessions.map((session) => [session.id === confirming, session.twoFactor]).sort(), [[false, false], [true, true]], 'the confirming session counts as two-factor, no other');

    const after = await me.as.get('/api/me/two-factor');
    assert.deepEqual(after.body, { totpEnabled: true, totpEnabledAt: on.totpEnabledAt.toISOString(), recoveryCodesLeft: 10, passkeys: 0 });
    assert.deepEqual(await actions(me.userId), ['two-factor.enabled']);
    assert.deepEqual(await outbox(me.userId), [{ topic: 'person.two-factor-enabled', payload: { v: 1, userId: me.userId } }]);
    assert.equal((await passwordLogin(me.email)).body.twoFactorRequired, true, 'sign-in is two steps now');

    const again = await me.as.post('/api/me/two-factor/totp/setup', { password: PASSWORD });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'TWO_FACTOR_ALREADY_ON');
    const confirmAgain = await me.as.post('/api/me/two-factor/totp/confirm', { code: await authenticator.code() });
    assert.equal(confirmAgain.status, 409);
    assert.equal(confirmAgain.body.code, 'TWO_FACTOR_ALREADY_ON');
  });

  test('confirming with nothing set up is 409 TWO_FACTOR_NOT_SET_UP; a malformed code is 400 VALIDATION_FAILED', async () => {
    const me = await person('not-set-up');
    const res = await me.as.post('/api/me/two-factor/totp/confirm', { code: '123456' });
    assert.equal(res.status, 409);
    assert.equal(res.body.code, 'TWO_FACTOR_NOT_SET_UP');
    const malformed = await me.as.post('/api/me/two-factor/totp/confirm', { code: '12345a' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.code, 'VALIDATION_FAILED');
    assert.equal((await t.http.get('/api/me/two-factor')).status, 401, 'signed in only');
  });

  test('a second setup replaces the first: a code of the first secret no longer confirms', async () => {
    const me = await person('setup-twice');
    const first = await me.as.post('/api/me/two-factor/totp/setup', { password: PASSWORD });
    const second = await me.as.post('/api/me/two-factor/totp/setup', { password: PASSWORD });
    assert.notEqual(first.body.secret, second.body.secret);
    const stale = await me.as.post('/api/me/two-factor/totp/confirm', { code: await new TestAuthenticator(first.body.secret).code() });
    assert.equal(stale.body.code, 'TWO_FACTOR_CODE_INVALID');
    const fresh = await me.as.post('/api/me/two-factor/totp/confirm', { code: await new TestAuthenticator(second.body.secret).code() });
    assert.equal(fresh.status, 200);
  });

  test('new recovery codes replace all the old ones, need the password and TOTP on; logged and emailed', async () => {
    const me = await person('regenerate');
    const notOn = await me.as.post('/api/me/two-factor/recovery-codes', { password: PASSWORD });
    assert.equal(notOn.status, 409);
    assert.equal(notOn.body.code, 'TWO_FACTOR_NOT_ON');

    const { recoveryCodes: old } = await enrollTotp(t, me.token, PASSWORD);
    const wrongPassword = await me.as.post('/api/me/two-factor/recovery-codes', { password: 'not-the-password' });
    assert.equal(wrongPassword.status, 403);
    assert.equal(wrongPassword.body.code, 'WRONG_PASSWORD');

    const res = await me.as.post('/api/me/two-factor/recovery-codes', { password: PASSWORD });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    const fresh = res.body.recoveryCodes as string[];
    assert.equal(fresh.length, 10);
    assert.equal(fresh.filter((code) => old.includes(code)).length, 0);
    const stored = await db.recoveryCode.findMany({ where: { userId: me.userId } });
    assert.deepEqual(stored.map((row) => row.codeHash).sort(), fresh.map(hashRecoveryCode).sort());

    const secondStep = async (recoveryCode: string) => {
      const challenge = await passwordLogin(me.email);
      return t.http.post('/api/auth/login/two-factor').send({ twoFactorToken: challenge.body.twoFactorToken, recoveryCode });
    };
    assert.equal((await secondStep(old[0]!)).body.code, 'TWO_FACTOR_CODE_INVALID', 'an old code is gone');
    assert.equal((await secondStep(fresh[0]!)).status, 200);

    assert.deepEqual(await actions(me.userId), ['two-factor.enabled', 'two-factor.recovery-codes-regenerated', 'login.recovery-code']);
    assert.deepEqual((await outbox(me.userId)).map((message) => message.topic), ['person.two-factor-enabled', 'person.recovery-codes-regenerated']);
    assert.deepEqual((await outbox(me.userId))[1]!.payload, { v: 1, userId: me.userId });
  });

  test('turning it off needs the password and a current code: then sign-in is one step again; logged and emailed', async () => {
    const me = await person('disable');
    const { authenticator } = await enrollTotp(t, me.token, PASSWORD);
    const disable = (body: object) => me.as.post('/api/me/two-factor/totp/disable', body);

    const wrongPassword = await disable({ password: 'not-the-password', code: await authenticator.wrongCode() });
    assert.equal(wrongPassword.status, 403);
    assert.equal(wrongPassword.body.code, 'WRONG_PASSWORD');
    const wrongCode = await disable({ password: PASSWORD, code: await authenticator.wrongCode() });
    assert.equal(wrongCode.status, 400);
    assert.equal(wrongCode.body.code, 'TWO_FACTOR_CODE_INVALID');
    const noCode = await disable({ password: PASSWORD });
    assert.equal(noCode.body.code, 'VALIDATION_FAILED');

    const off = await disable({ password: PASSWORD, code: await authenticator.code() });
    assert.equal(off.status, 204, JSON.stringify(off.body));
    const user = await db.user.findUniqueOrThrow({ where: { id: me.userId } });
    assert.deepEqual([user.totpSecret, user.totpPendingSecret, user.totpEnabledAt, user.totpLastStep], [null, null, null, null]);
    assert.equal(await db.recoveryCode.count({ where: { userId: me.userId } }), 0);
    assert.deepEqual((await me.as.get('/api/me/two-factor')).body, { totpEnabled: false, totpEnabledAt: null, recoveryCodesLeft: 0, passkeys: 0 });

    const login = await passwordLogin(me.email);
    assert.equal(login.status, 200);
    assert.equal(typeof login.body.accessToken, 'string', 'one step again');
    assert.equal(login.body.twoFactorRequired, undefined);

    assert.deepEqual(await actions(me.userId), ['two-factor.enabled', 'two-factor.disabled']);
    assert.deepEqual((await outbox(me.userId)).map((message) => message.topic), ['person.two-factor-enabled', 'person.two-factor-disabled']);
    assert.deepEqual((await outbox(me.userId))[1]!.payload, { v: 1, userId: me.userId });

    const again = await disable({ password: PASSWORD, code: '123456' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'TWO_FACTOR_NOT_ON');
  });

  test('an unused recovery code turns it off too, and is used up by it', async () => {
    const me = await person('disable-recovery');
    const { recoveryCodes } = await enrollTotp(t, me.token, PASSWORD);
    const off = await me.as.post('/api/me/two-factor/totp/disable', { password: PASSWORD, code: recoveryCodes[3]!.toUpperCase() });
    assert.equal(off.status, 204, JSON.stringify(off.body));
    assert.equal((await db.user.findUniqueOrThrow({ where: { id: me.userId } })).totpEnabledAt, null);
  });
});

const sessionIdOf = (accessToken: string): string => JSON.parse(Buffer.from(accessToken.split('.')[1]!, 'base64url').toString()).sid;
