import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import { hashPassword, type Database } from '@partner-portal/db';
import type { MailCatcher } from '@partner-portal/mail-catcher';
import { PASSWORD, PORTAL_URL, usePersonMailStack } from './person-mail-stack.js';

const RESET_LINK = /https:\/\/portal\.example\.test\/reset-password\?token=([A-Za-z0-9_-]{43})/;

/** Forgot, reset and change password through the real API process, the person mail outbox, the real worker and real SMTP (issue 20, part 2). */
describe('forgot, reset and change password', () => {
  const { stack, call, mailsTo, login } = usePersonMailStack();
  let db: Database;
  let catcher: MailCatcher;
  const stamp = Date.now().toString(36);
  beforeAll(() => {
    ({ db, catcher } = stack);
  });

  /** An existing, verified person with a standalone account, as the demo data and invitations make them. */
  const existingPerson = async (label: string) => {
    const email = `${label}-${stamp}@realty.test`;
    const account = await db.account.create({ data: { kind: 'STANDALONE', name: `${label} Realty` } });
    const user = await db.user.create({ data: { username: email, email, passwordHash: await hashPassword(PASSWORD), name: 'Pat Person' } });
    await db.membership.create({ data: { accountId: account.id, userId: user.id, role: 'ACCOUNT_OWNER' } });
    return { email, userId: user.id };
  };
  const sessionOf = async (email: string, password = PASSWORD) => {
    const res = await login(email, password);
    assert.equal(res.status, 200, JSON.stringify(res.body));
    return res.body.accessToken as string;
  };
  const works = async (token: string) => (await call('GET', '/me', undefined, token)).status === 200;

  test('"Forgot password?" answers the same for an unknown and a known address; only the known gets the link, which works once and signs out every session', async () => {
    const { email } = await existingPerson('forgot');
    const unknown = `unknown-${stamp}@realty.test`;
    const sessions = [await sessionOf(email), await sessionOf(email)];

    const forKnown = await call('POST', '/auth/password-reset', { email });
    const forUnknown = await call('POST', '/auth/password-reset', { email: unknown });
    assert.equal(forKnown.status, 202);
    assert.deepEqual(forUnknown, forKnown);

    const mail = await catcher.waitFor((m) => m.to.includes(email) && /^Reset your/.test(m.subject), { timeoutMs: 30_000 });
    const token = mail.text.match(RESET_LINK)?.[1];
    assert.ok(token, mail.text);
    assert.ok(mail.html?.includes(`${PORTAL_URL}/reset-password?token=${token}`));
    const stored = await db.emailToken.findFirstOrThrow({ where: { user: { username: email }, purpose: 'RESET_PASSWORD' } });
    assert.ok(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 3600 * 1000) < 5_000, 'valid one hour');

    const newPassword = `${PASSWORD}-new`;
    assert.equal((await call('POST', '/auth/password-reset/confirm', { token, password: newPassword })).status, 204);
    const again = await call('POST', '/auth/password-reset/confirm', { token, password: `${PASSWORD}-again` });
    assert.equal(again.status, 410);
    assert.equal(again.body.code, 'LINK_GONE');
    for (const session of sessions) assert.equal(await works(session), false, 'every earlier session is signed out');
    assert.equal((await login(email)).status, 401, 'the old password no longer works');
    assert.ok(await works(await sessionOf(email, newPassword)));
    await catcher.waitFor((m) => m.to.includes(email) && /password was changed/.test(m.subject), { timeoutMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(mailsTo(unknown).length, 0, 'nothing is sent to an address without an account');
    const log = await db.securityEvent.findMany({ where: { user: { username: email } }, orderBy: { createdAt: 'asc' } });
    assert.deepEqual(log.map((event) => event.action).filter((action) => action.startsWith('password.')), ['password.reset-requested', 'password.reset']);
  });

  test('a reset link verifies the address of a sign-up not yet verified', async () => {
    const email = `unverified-${stamp}@realty.test`;
    assert.equal((await call('POST', '/auth/signup', { email, password: PASSWORD, accountName: 'Unverified Realty' })).status, 202);
    assert.equal((await login(email)).body.code, 'EMAIL_NOT_VERIFIED');
    assert.equal((await call('POST', '/auth/password-reset', { email })).status, 202);
    const mail = await catcher.waitFor((m) => m.to.includes(email) && /^Reset your/.test(m.subject), { timeoutMs: 30_000 });
    assert.equal((await call('POST', '/auth/password-reset/confirm', { token: mail.text.match(RESET_LINK)![1], password: `${PASSWORD}-new` })).status, 204);
    assert.equal((await login(email, `${PASSWORD}-new`)).status, 200);
  });

  test('a signed-in person changes their password with the current one; other sessions are signed out, this one goes on, and they are told', async () => {
    const { email } = await existingPerson('change');
    const [mine, other] = [await sessionOf(email), await sessionOf(email)];
    const wrong = await call('POST', '/me/password', { currentPassword: 'not-the-password', newPassword: `${PASSWORD}-new` }, mine);
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.code, 'WRONG_PASSWORD');
    assert.ok(await works(other), 'a refused change signs nobody out');

    assert.equal((await call('POST', '/me/password', { currentPassword: PASSWORD, newPassword: `${PASSWORD}-new` }, mine)).status, 204);
    assert.ok(await works(mine));
    assert.equal(await works(other), false);
    assert.equal((await login(email)).status, 401);
    assert.equal((await login(email, `${PASSWORD}-new`)).status, 200);
    const told = await catcher.waitFor((m) => m.to.includes(email) && /password was changed/.test(m.subject), { timeoutMs: 30_000 });
    assert.ok(told.text.includes(`${PORTAL_URL}/forgot-password`));
  });

  test('a signed-in person changes their name, and it is in their security log', async () => {
    const { email } = await existingPerson('rename');
    const session = await sessionOf(email);
    const renamed = await call('PATCH', '/me', { name: '  Pat Renamed ' }, session);
    assert.equal(renamed.status, 200);
    assert.equal(renamed.body.name, 'Pat Renamed');
    assert.equal((await call('GET', '/me', undefined, session)).body.user.name, 'Pat Renamed');
    const log = await db.securityEvent.findMany({ where: { user: { username: email } } });
    assert.ok(log.some((event) => event.action === 'name.changed'));
  });

  test('an email change: needs the password, verifies the new address by its link (once), tells the old one, and moves the login', async () => {
    const { email } = await existingPerson('mover');
    const newEmail = `moved-${stamp}@new-realty.test`;
    const session = await sessionOf(email);
    const wrong = await call('POST', '/me/email', { newEmail, password: 'not-the-password' }, session);
    assert.equal(wrong.status, 403);
    assert.equal(wrong.body.code, 'WRONG_PASSWORD');

    assert.equal((await call('POST', '/me/email', { newEmail, password: PASSWORD }, session)).status, 202);
    const mail = await catcher.waitFor((m) => m.to.includes(newEmail) && /^Confirm your new email/.test(m.subject), { timeoutMs: 30_000 });
    const token = mail.text.match(/https:\/\/portal\.example\.test\/confirm-email-change\?token=([A-Za-z0-9_-]{43})/)?.[1];
    assert.ok(token, mail.text);
    assert.equal((await login(email)).status, 200, 'nothing changes before the link is followed');

    assert.equal((await call('POST', '/auth/email-change/confirm', { token })).status, 204);
    assert.equal((await call('POST', '/auth/email-change/confirm', { token })).status, 410);
    assert.equal((await login(email)).status, 401, 'the old address no longer signs in');
    assert.equal((await login(newEmail)).status, 200);
    const told = await catcher.waitFor((m) => m.to.includes(email) && /email address was changed/.test(m.subject), { timeoutMs: 30_000 });
    assert.ok(told.text.includes(newEmail));
    const log = await db.securityEvent.findMany({ where: { user: { username: newEmail } } });
    assert.deepEqual(log.map((event) => event.action).filter((action) => action.startsWith('email.')).sort(), ['email.change-requested', 'email.changed']);
  });

  test('"Forgot password?" for one address is limited: 429 with Retry-After', async () => {
    const email = `reset-limited-${stamp}@realty.test`;
    for (let i = 0; i < 3; i++) assert.equal((await call('POST', '/auth/password-reset', { email })).status, 202);
    const refused = await call('POST', '/auth/password-reset', { email });
    assert.equal(refused.status, 429);
    assert.ok(Number(refused.headers['retry-after']) >= 1);
  });
});
