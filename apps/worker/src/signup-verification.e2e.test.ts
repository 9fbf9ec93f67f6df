import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { deleteKeys, freePort, memoryLogger, TEST_APP_DATABASE_URL, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, uniquePrefix, waitUntil } from './testing.js';

const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));
const PORTAL_URL = 'https://portal.example.test';
const VERIFY_LINK = /https:\/\/portal\.example\.test\/verify-email\?token=([A-Za-z0-9_-]{43})/;
const PASSWORD = 'a-long-test-password';
/** Headers that differ between any two answers, whatever they answer. */
const PER_RESPONSE_HEADERS = new Set(['date', 'x-request-id']);

/** Sign-up through the real API process, the person mail outbox, the real worker and real SMTP (issue 20, part 1). */
describe('sign-up verifies the email address and leaks nothing', () => {
  let api: ChildProcess;
  let base: string;
  let worker: WorkerProcess;
  let catcher: MailCatcher;
  let db: Database;
  const prefix = uniquePrefix();
  const stamp = Date.now().toString(36);

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    catcher = await startMailCatcher({ smtpPort: 0 });
    const port = await freePort();
    base = `http://127.0.0.1:${port}/api`;
    api = spawn(process.execPath, [API_MAIN], {
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        DATABASE_URL: TEST_APP_DATABASE_URL,
        REDIS_URL: TEST_REDIS_URL,
        REDIS_PREFIX: prefix,
        PORTAL_DIST: '/nonexistent',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'test',
        SIGNUP_MAX_PER_EMAIL: '3',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    await waitUntil('the API is healthy', async () => (await fetch(`${base}/health`).catch(() => null))?.ok === true, { timeoutMs: 30_000, intervalMs: 200 });
    worker = await startWorkerProcess(testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, PORTAL_URL }), { logger: memoryLogger().logger });
  });

  afterAll(async () => {
    await worker?.stop();
    if (api && api.exitCode === null) {
      api.kill('SIGTERM');
      await once(api, 'exit');
    }
    await catcher?.close();
    await db?.$disconnect();
    await deleteKeys(prefix);
  });

  const call = async (method: string, path: string, body?: unknown, token?: string) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const headers = Object.fromEntries([...res.headers.entries()].filter(([name]) => !PER_RESPONSE_HEADERS.has(name)));
    return { status: res.status, body: text ? JSON.parse(text) : null, headers };
  };
  const mailsTo = (email: string) => catcher.messages().filter((mail) => mail.to.some((to) => to.toLowerCase() === email.toLowerCase()));
  const login = (email: string, password = PASSWORD) => call('POST', '/auth/login', { email, password });

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
