import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, test } from '@jest/globals';
import { createDatabase, type Database } from '@partner-portal/db';
import { startMailCatcher, type MailCatcher } from '@partner-portal/mail-catcher';
import { startWorkerProcess, type WorkerProcess } from './main.js';
import { type ApiProcess, memoryLogger, TEST_APP_DATABASE_URL, TEST_DATABASE_URL, TEST_REDIS_URL, testConfig, uniquePrefix, waitUntil, deleteKeys, startApiProcess } from './testing.js';

const TOKEN_IN_LINK = /\/invitations\/accept\?token=([A-Za-z0-9_-]{43})/;
const PASSWORD = 'a-long-test-password';

/** The whole invitation lifecycle through the real API process and the real worker. */
describe('invitation lifecycle: API → outbox → worker → SMTP → accept', () => {
  let api: ApiProcess | undefined;
  let base: string;
  let worker: WorkerProcess;
  let catcher: MailCatcher;
  let db: Database;
  const prefix = uniquePrefix();

  beforeAll(async () => {
    db = createDatabase(TEST_DATABASE_URL);
    catcher = await startMailCatcher({ smtpPort: 0 });
    api = await startApiProcess(prefix);
    base = api.base;
    worker = await startWorkerProcess(
      testConfig({ REDIS_PREFIX: prefix, SMTP_URL: `smtp://127.0.0.1:${catcher.smtpPort}`, PORTAL_URL: 'https://portal.example.test' }),
      { logger: memoryLogger().logger },
    );
  });

  afterAll(async () => {
    await worker?.stop();
    await api?.stop();
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
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };

  const tokenIn = async (to: string, subject: RegExp) => {
    const mail = await catcher.waitFor((m) => m.to.includes(to) && subject.test(m.subject), { timeoutMs: 30_000 });
    return mail.text.match(TOKEN_IN_LINK)![1]!;
  };

  test('invite sue and sue+1, resend to sue, old link dead, both accept, audit complete', async () => {
    const stamp = Date.now().toString(36);
    const ownerEmail = `owner-${stamp}@realty.test`;
    assert.equal((await call('POST', '/auth/signup', { email: ownerEmail, password: PASSWORD, accountName: 'Green Acres Realty' })).status, 202);
    const verification = await catcher.waitFor((m) => m.to.includes(ownerEmail) && /^Verify your email/.test(m.subject), { timeoutMs: 30_000 });
    assert.equal((await call('POST', '/auth/verify-email', { token: verification.text.match(/\/verify-email\?token=([A-Za-z0-9_-]{43})/)![1] })).status, 204);
    const owner = await call('POST', '/auth/login', { email: ownerEmail, password: PASSWORD });
    assert.equal(owner.status, 200);
    const auth = owner.body.accessToken;
    const accountId = (await call('GET', '/me', undefined, auth)).body.accounts[0].id;
    const sue = `sue-${stamp}@realty.test`;
    const suePlus = `sue-${stamp}+1@realty.test`;

    const first = await call('POST', `/accounts/${accountId}/invitations`, { email: sue, role: 'CAMPAIGN_CREATOR' }, auth);
    const plus = await call('POST', `/accounts/${accountId}/invitations`, { email: suePlus, role: 'ACCOUNT_MANAGER' }, auth);
    assert.deepEqual([first.status, plus.status], [201, 201]);

    const firstToken = await tokenIn(sue, /^You're invited/);
    const plusToken = await tokenIn(suePlus, /^You're invited/);
    await waitUntil('both invitations are SENT', async () => {
      const users = await call('GET', `/accounts/${accountId}/users`, undefined, auth);
      return users.body.data.filter((r: { deliveryStatus: string }) => r.deliveryStatus === 'SENT').length === 2;
    });
    const preview = await call('GET', `/invitations/${firstToken}`);
    assert.deepEqual([preview.body.account.name, preview.body.role, preview.body.existingUser], ['Green Acres Realty', 'CAMPAIGN_CREATOR', false]);

    // A resend is allowed once a minute; make the first invitation look a minute old.
    await db.invitation.updateMany({ where: { id: first.body.id }, data: { createdAt: new Date(Date.now() - 61_000) } });
    const resent = await call('POST', `/accounts/${accountId}/invitations/${first.body.id}/resend`, {}, auth);
    assert.equal(resent.status, 201);
    const secondToken = await tokenIn(sue, /^Reminder/);
    assert.notEqual(secondToken, firstToken);
    assert.equal((await call('GET', `/invitations/${firstToken}`)).status, 410, 'the earlier link stopped working');

    const accepted = await call('POST', `/invitations/${secondToken}/accept`, { password: PASSWORD, name: 'Sue Casa' });
    assert.equal(accepted.status, 200);
    assert.equal((await call('POST', `/invitations/${plusToken}/accept`, { password: `${PASSWORD}-plus` })).status, 200);
    assert.equal((await call('POST', '/auth/login', { email: sue, password: PASSWORD })).status, 200);
    assert.equal((await call('POST', '/auth/login', { email: suePlus, password: `${PASSWORD}-plus` })).status, 200);

    // Owner first, then by email: '+' sorts before '@'.
    const users = await call('GET', `/accounts/${accountId}/users`, undefined, auth);
    assert.deepEqual(
      users.body.data.map((r: { email: string; role: string; status: string }) => [r.email, r.role, r.status]),
      [
        [`owner-${stamp}@realty.test`, 'ACCOUNT_OWNER', 'ACTIVE'],
        [suePlus, 'ACCOUNT_MANAGER', 'ACTIVE'],
        [sue, 'CAMPAIGN_CREATOR', 'ACTIVE'],
      ],
    );
    const audit = await call('GET', `/accounts/${accountId}/audit`, undefined, auth);
    const actions = audit.body.data.map((e: { action: string }) => e.action).sort();
    assert.deepEqual(actions, ['invitation.accepted', 'invitation.accepted', 'invitation.created', 'invitation.created', 'invitation.resent']);
  });
});
