import assert from 'node:assert/strict';
import { beforeAll, describe, test } from '@jest/globals';
import type { Database } from '@partner-portal/db';
import type { MailCatcher } from '@partner-portal/mail-catcher';
import { PASSWORD, PORTAL_URL, usePersonMailStack } from './person-mail-stack.js';
import { waitUntil } from './testing.js';

const VERIFY_LINK = /https:\/\/portal\.example\.test\/verify-email\?token=([A-Za-z0-9_-]{43})/;

/** Sign-up through the real API process, the person mail outbox, the real worker and real SMTP (issue 20, part 1). */
describe('sign-up verifies the email address and leaks nothing', () => {
  const { stack, call, mailsTo, login } = usePersonMailStack();
  let db: Database;
  let catcher: MailCatcher;
  const stamp = Date.now().toString(36);
  beforeAll(() => {
    ({ db, catcher } = stack);
  });

  test('a new address: 202, a verification email, EMAIL_NOT_VERIFIED until its link is followed, which works once', async () => {
    const email = `new-${stamp}@realty.test`;
    const signup = await call('POST', '/auth/signup', { email, password: PASSWORD, accountName: 'New Realty', name: 'Nora New' });
    assert.equal(signup.status, 202);
    assert.equal(signup.body.accessToken, undefined);

    const mail = await catcher.waitFor((m) => m.to.includes(email) && /^Verify your email/.test(m.subject), { timeoutMs: 30_000 });
    const token = mail.text.match(VERIFY_LINK)?.[1];
    assert.ok(token, mail.text);
    assert.ok(mail.html?.includes(`${PORTAL_URL}/verify-email?token=${token}`), 'the HTML part carries the same link');
    const stored = await db.emailToken.findFirstOrThrow({ where: { user: { username: email } } });
    assert.notEqual(stored.tokenHash, token, 'only the hash is stored');
    assert.ok(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 24 * 3600 * 1000) < 5_000, 'valid 24 hours');

    const before = await login(email);
    assert.equal(before.status, 403);
    assert.equal(before.body.code, 'EMAIL_NOT_VERIFIED');
    assert.equal((await login(email, 'not-the-password')).body.code, 'INVALID_CREDENTIALS', 'nothing said without the right password');

    assert.equal((await call('POST', '/auth/verify-email', { token })).status, 204);
    const again = await call('POST', '/auth/verify-email', { token });
    assert.equal(again.status, 410);
    assert.equal(again.body.code, 'LINK_GONE');

    const session = await login(email);
    assert.equal(session.status, 200);
    const me = await call('GET', '/me', undefined, session.body.accessToken);
    assert.deepEqual(me.body.accounts.map((a: { name: string }) => a.name), ['New Realty']);
    const log = await db.securityEvent.findMany({ where: { user: { username: email } }, orderBy: { createdAt: 'asc' } });
    assert.deepEqual(log.map((event) => event.action).filter((action) => ['signup', 'email.verified'].includes(action)), ['signup', 'email.verified']);
  });

  test('a taken address: the same status, body and headers as a new one, no second account, and an "account exists" email', async () => {
    const taken = `taken-${stamp}@realty.test`;
    const fresh = `fresh-${stamp}@realty.test`;
    assert.equal((await call('POST', '/auth/signup', { email: taken, password: PASSWORD, accountName: 'First Realty' })).status, 202);
    await catcher.waitFor((m) => m.to.includes(taken) && /^Verify your email/.test(m.subject), { timeoutMs: 30_000 });

    const newOne = await call('POST', '/auth/signup', { email: fresh, password: PASSWORD, accountName: 'Fresh Realty' });
    const takenOne = await call('POST', '/auth/signup', { email: taken.toUpperCase(), password: `${PASSWORD}-other`, accountName: 'Second Realty' });
    assert.deepEqual(takenOne, newOne);

    const exists = await catcher.waitFor((m) => m.to.includes(taken) && /already have/.test(m.subject), { timeoutMs: 30_000 });
    assert.ok(exists.text.includes(`${PORTAL_URL}/login`), exists.text);
    assert.ok(exists.text.includes(`${PORTAL_URL}/forgot-password`), exists.text);
    assert.ok(exists.html?.includes(`${PORTAL_URL}/forgot-password`));
    assert.equal(await db.account.count({ where: { name: 'Second Realty' } }), 0);
    assert.deepEqual(mailsTo(taken).map((m) => m.subject).sort(), ['Verify your email address for Partner Portal', 'You already have a Partner Portal account']);
  });

  test('"send the link again" answers the same for every address; only an unverified sign-up gets a new link, and the old one stops working', async () => {
    const email = `resend-${stamp}@realty.test`;
    assert.equal((await call('POST', '/auth/signup', { email, password: PASSWORD, accountName: 'Resend Realty' })).status, 202);
    const first = (await catcher.waitFor((m) => m.to.includes(email) && /^Verify your email/.test(m.subject), { timeoutMs: 30_000 })).text.match(VERIFY_LINK)![1];

    const forUnverified = await call('POST', '/auth/verify-email/resend', { email });
    const forUnknown = await call('POST', '/auth/verify-email/resend', { email: `nobody-${stamp}@realty.test` });
    assert.equal(forUnverified.status, 202);
    assert.deepEqual(forUnknown, forUnverified);

    await waitUntil('a second verification email', async () => mailsTo(email).length === 2, { timeoutMs: 30_000 });
    const second = mailsTo(email)[1]!.text.match(VERIFY_LINK)![1];
    assert.notEqual(second, first);
    assert.equal((await call('POST', '/auth/verify-email', { token: first })).status, 410, 'the earlier link stopped working');
    assert.equal((await call('POST', '/auth/verify-email', { token: second })).status, 204);
    assert.equal((await login(email)).status, 200);
    assert.equal(mailsTo(`nobody-${stamp}@realty.test`).length, 0);
  });

  test('sign-ups and "send the link again" for one address are limited: 429 with Retry-After', async () => {
    const email = `limited-${stamp}@realty.test`;
    for (let i = 0; i < 3; i++) assert.equal((await call('POST', '/auth/signup', { email, password: PASSWORD, accountName: `Limit ${i}` })).status, 202);
    const refused = await call('POST', '/auth/signup', { email, password: PASSWORD, accountName: 'Limit 3' });
    assert.equal(refused.status, 429);
    assert.equal(refused.body.code, 'TOO_MANY_REQUESTS');
    assert.ok(Number(refused.headers['retry-after']) >= 1, JSON.stringify(refused.headers));

    for (let i = 0; i < 3; i++) assert.equal((await call('POST', '/auth/verify-email/resend', { email })).status, 202);
    const resendRefused = await call('POST', '/auth/verify-email/resend', { email });
    assert.equal(resendRefused.status, 429);
    assert.ok(Number(resendRefused.headers['retry-after']) >= 1);
  });
});
