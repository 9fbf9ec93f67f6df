import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from '@jest/globals';
import { SessionsService } from '../auth/sessions.service.js';
import { PASSWORD, signUpVerified, uniqueEmail, useTestApp } from '../testing/api-harness.js';
import { mintToken } from '../testing/invitation-tokens.js';

describe('invitations: invite, confirm-to-replace, resend, revoke, accept (real PostgreSQL)', () => {
  const { t, db } = useTestApp({ env: { PEOPLE_LIMIT: '11' } });


  /** A fresh standalone account with its owner signed in. */
  async function ownedAccount(kind: 'STANDALONE' | 'PARTNER' = 'STANDALONE') {
    const email = uniqueEmail('owner');
    const account = await db.account.create({ data: kind === 'PARTNER' ? { kind, partnerProgram: 'RESELLER', name: 'Agency' } : { kind, name: 'Team Account' } });
    const owner = await db.user.create({ data: { username: email, email, passwordHash: 'x', name: 'Olive Owner' } });
    await db.membership.create({ data: { accountId: account.id, userId: owner.id, role: 'ACCOUNT_OWNER' } });
    const { accessToken } = await t.app.get(SessionsService).open(owner.id, {});
    const auth = { Authorization: `Bearer ${accessToken}` };
    const api = {
      invite: (body: Record<string, unknown>) => t.http.post(`/api/accounts/${account.id}/invitations`).set(auth).send(body),
      resend: (id: string) => t.http.post(`/api/accounts/${account.id}/invitations/${id}/resend`).set(auth).send({}),
      revoke: (id: string) => t.http.delete(`/api/accounts/${account.id}/invitations/${id}`).set(auth),
      users: () => t.http.get(`/api/accounts/${account.id}/users`).set(auth),
    };
    return { account, owner, accessToken, api };
  }

  const allowResendNow = (id: string) => db.invitation.updateMany({ where: { id }, data: { createdAt: new Date(Date.now() - 61_000) } });

  test('an invitation is pending, queued for the worker through the outbox, and shows in the team list', async () => {
    const { account, api } = await ownedAccount();
    const email = uniqueEmail('cc');
    const res = await api.invite({ email, role: 'CAMPAIGN_CREATOR' });
    assert.equal(res.status, 201);
    assert.equal(res.body.state, 'PENDING');
    assert.equal(res.body.deliveryStatus, 'QUEUED');
    const outbox = await db.outboxMessage.findMany({ where: { accountId: account.id } });
    assert.deepEqual(outbox.map((m) => [m.topic, m.payload]), [['invitation.created', { v: 1, invitationId: res.body.id, accountId: account.id }]]);
    const stored = await db.invitation.findUniqueOrThrow({ where: { accountId_id: { accountId: account.id, id: res.body.id } } });
    assert.equal(stored.tokenHash, null, 'no token exists until the worker sends the email');
    assert.deepEqual(
      res.body,
      JSON.parse(JSON.stringify({ id: stored.id, email, role: 'CAMPAIGN_CREATOR', customRole: null, state: 'PENDING', deliveryStatus: 'QUEUED', deliveryError: null, deliveryAttempts: 0, deliveryNextAttemptAt: null, expiresAt: stored.expiresAt, createdAt: stored.createdAt })),
      'the answer is the stored invitation',
    );
    const audit = await db.auditEvent.findMany({ where: { accountId: account.id, targetId: stored.id } });
    assert.deepEqual(audit.map((e) => [e.action, e.targetType, e.actorUserId, e.data]), [['invitation.created', 'invitation', stored.invitedById, { email, role: 'CAMPAIGN_CREATOR', customRoleId: null }]]);
    const users = await api.users();
    assert.deepEqual(users.body.people, { count: 2, limit: 11 });
    const row = users.body.data.find((r: { email: string }) => r.email === email);
    assert.deepEqual([row.kind, row.status, row.role, row.deliveryStatus], ['INVITATION', 'PENDING', 'CAMPAIGN_CREATOR', 'QUEUED']);
  });

  test('inviting an email with a pending invitation asks for confirmation; confirming revokes the earlier one', async () => {
    const { api } = await ownedAccount();
    const email = uniqueEmail('twice');
    const first = await api.invite({ email, role: 'ACCOUNT_MANAGER' });
    const again = await api.invite({ email: email.toUpperCase(), role: 'ACCOUNT_MANAGER' });
    assert.equal(again.status, 409);
    assert.equal(again.body.code, 'INVITATION_PENDING');
    assert.equal(again.body.message, `You already have a pending invitation to ${email.toUpperCase()}. Sending it again will revoke all previous invitations.`);
    const confirmed = await api.invite({ email, role: 'ACCOUNT_MANAGER', replacePending: true });
    assert.equal(confirmed.status, 201);
    assert.equal((await db.invitation.findFirstOrThrow({ where: { id: first.body.id } })).state, 'REVOKED');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: confirmed.body.id } });
    assert.deepEqual([audit.action, audit.data], ['invitation.resent', { email, role: 'ACCOUNT_MANAGER', customRoleId: null }]);
    const outbox = await db.outboxMessage.findMany({ where: { payload: { path: ['invitationId'], equals: confirmed.body.id } } });
    assert.deepEqual(outbox.map((m) => m.topic), ['invitation.resent']);
  });

  test('resend issues a new invitation and every earlier link stops working; one resend a minute', async () => {
    const { api } = await ownedAccount();
    const email = uniqueEmail('resend');
    const first = (await api.invite({ email, role: 'CAMPAIGN_CREATOR' })).body;
    const firstToken = await mintToken(db, first.id);
    assert.equal((await t.http.get(`/api/invitations/${firstToken}`)).status, 200);

    const tooSoon = await api.resend(first.id);
    assert.equal(tooSoon.status, 429);
    assert.equal(tooSoon.body.code, 'RESEND_TOO_SOON');
    assert.ok(Number(tooSoon.headers['retry-after']) >= 1);

    await allowResendNow(first.id);
    const second = await api.resend(first.id);
    assert.equal(second.status, 201);
    assert.notEqual(second.body.id, first.id);
    assert.deepEqual([second.body.email, second.body.role, second.body.state], [email, 'CAMPAIGN_CREATOR', 'PENDING']);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: second.body.id } });
    assert.deepEqual([audit.action, audit.data], ['invitation.resent', { email, replaces: first.id }]);
    const secondToken = await mintToken(db, second.body.id);
    await allowResendNow(second.body.id);
    const third = await api.resend(second.body.id);
    assert.equal(third.status, 201);
    const thirdToken = await mintToken(db, third.body.id);

    for (const old of [firstToken, secondToken]) {
      const res = await t.http.get(`/api/invitations/${old}`);
      assert.equal(res.status, 410);
      assert.equal(res.body.code, 'INVITATION_GONE');
    }
    assert.equal((await t.http.get(`/api/invitations/${thirdToken}`)).status, 200);
    assert.equal((await api.resend(first.id)).body.code, 'INVITATION_REVOKED');
  });

  test('the team list shows an email being retried; one that FAILED is sent again by its owner with Resend', async () => {
    const { account, api } = await ownedAccount();
    const retrying = (await api.invite({ email: uniqueEmail('retrying'), role: 'CAMPAIGN_CREATOR' })).body;
    const failed = (await api.invite({ email: uniqueEmail('failed'), role: 'CAMPAIGN_CREATOR' })).body;
    const nextAttemptAt = new Date(Date.now() + 120_000);
    // What the worker records (apps/worker/src/invitation-email.ts): a retry on its way, and a refusal for good.
    await db.invitation.update({ where: { accountId_id: { accountId: account.id, id: retrying.id } }, data: { deliveryAttempts: 3, deliveryError: 'connect ECONNREFUSED', deliveryNextAttemptAt: nextAttemptAt } });
    await db.invitation.update({
      where: { accountId_id: { accountId: account.id, id: failed.id } },
      data: { deliveryStatus: 'FAILED', deliveryAttempts: 1, deliveryError: '550 No such user', createdAt: new Date(Date.now() - 120_000) },
    });
    const rows = (await api.users()).body.data as { id: string; deliveryStatus: string; deliveryAttempts: number; deliveryError: string; deliveryNextAttemptAt: string }[];
    const shown = (id: string) => rows.find((row) => row.id === id)!;
    assert.deepEqual(
      [shown(retrying.id).deliveryStatus, shown(retrying.id).deliveryAttempts, shown(retrying.id).deliveryError, shown(retrying.id).deliveryNextAttemptAt],
      ['QUEUED', 3, 'connect ECONNREFUSED', nextAttemptAt.toISOString()],
    );
    assert.deepEqual([shown(failed.id).deliveryStatus, shown(failed.id).deliveryError], ['FAILED', '550 No such user']);

    const again = await api.resend(failed.id);
    assert.equal(again.status, 201, JSON.stringify(again.body));
    assert.deepEqual([again.body.state, again.body.deliveryStatus, again.body.deliveryError], ['PENDING', 'QUEUED', null]);
    assert.equal((await db.invitation.findFirstOrThrow({ where: { id: failed.id } })).state, 'REVOKED');
    const outbox = await db.outboxMessage.findMany({ where: { accountId: account.id, topic: 'invitation.resent' } });
    assert.deepEqual(outbox.map((message) => (message.payload as { invitationId: string }).invitationId), [again.body.id]);
  });

  test('a plus-address is another person: sue+1 is invited beside sue', async () => {
    const { api } = await ownedAccount();
    const local = `sue-${randomBytes(3).toString('hex')}`;
    assert.equal((await api.invite({ email: `${local}@greenacresrealty.test`, role: 'ACCOUNT_MANAGER' })).status, 201);
    assert.equal((await api.invite({ email: `${local}+1@greenacresrealty.test`, role: 'CAMPAIGN_CREATOR' })).status, 201);
    assert.equal((await api.users()).body.people.count, 3);
  });

  test('members are not invited again; ownership and partner roles are not given by invitation', async () => {
    const { owner, api } = await ownedAccount();
    const member = await api.invite({ email: owner.email.toUpperCase(), role: 'ACCOUNT_MANAGER' });
    assert.equal(member.status, 409);
    assert.equal(member.body.code, 'ALREADY_MEMBER');
    assert.equal((await api.invite({ email: uniqueEmail(), role: 'ACCOUNT_OWNER' })).body.code, 'VALIDATION_FAILED');
    const pm = await api.invite({ email: uniqueEmail(), role: 'PARTNER_MANAGER' });
    assert.equal(pm.status, 400);
    assert.equal(pm.body.code, 'ROLE_NOT_ALLOWED');
    const partner = await ownedAccount('PARTNER');
    assert.equal((await partner.api.invite({ email: uniqueEmail(), role: 'PARTNER_MANAGER' })).status, 201);
  });

  test('revoking a pending invitation kills its link; revoking twice is a conflict', async () => {
    const { api } = await ownedAccount();
    const invitation = (await api.invite({ email: uniqueEmail(), role: 'CAMPAIGN_CREATOR' })).body;
    const token = await mintToken(db, invitation.id);
    assert.equal((await api.revoke(invitation.id)).status, 204);
    assert.equal((await t.http.get(`/api/invitations/${token}`)).status, 410);
    assert.equal((await api.revoke(invitation.id)).body.code, 'INVITATION_NOT_PENDING');
    assert.equal((await api.revoke('00000000-0000-4000-8000-000000000000')).body.code, 'INVITATION_NOT_FOUND');
    assert.equal((await api.revoke('nope')).body.code, 'INVITATION_NOT_FOUND');
  });

  test('two revocations of one invitation at once: one 204, one 409, one audit row naming the revoker', async () => {
    const { api, owner } = await ownedAccount();
    const invitation = (await api.invite({ email: uniqueEmail(), role: 'CAMPAIGN_CREATOR' })).body;
    const answers = await Promise.all([api.revoke(invitation.id), api.revoke(invitation.id)]);
    assert.deepEqual(answers.map((answer) => answer.status).sort(), [204, 409]);
    const stored = await db.invitation.findFirstOrThrow({ where: { id: invitation.id } });
    assert.equal(stored.state, 'REVOKED');
    assert.ok(stored.revokedAt && stored.updatedAt.getTime() === stored.revokedAt.getTime());
    const audit = await db.auditEvent.findMany({ where: { targetId: invitation.id, action: 'invitation.revoked' } });
    assert.deepEqual(audit.map((event) => [event.actorUserId, event.targetType]), [[owner.id, 'invitation']]);
  });

  test('fifteen simultaneous invitations with room for ten create exactly ten', async () => {
    const { api } = await ownedAccount();
    const results = await Promise.all(Array.from({ length: 15 }, () => api.invite({ email: uniqueEmail('crowd'), role: 'CAMPAIGN_CREATOR' })));
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 10, String(statuses));
    assert.ok(results.filter((r) => r.status === 409).every((r) => r.body.code === 'USER_LIMIT_REACHED'));
    assert.equal((await api.users()).body.people.count, 11);
  });

  test('a new person accepts by setting a password and is signed in as a member with the invited role', async () => {
    const { account, api } = await ownedAccount();
    const email = uniqueEmail('newbie');
    const invitation = (await api.invite({ email, role: 'ACCOUNT_MANAGER' })).body;
    const token = await mintToken(db, invitation.id);
    const preview = await t.http.get(`/api/invitations/${token}`);
    assert.deepEqual(
      [preview.body.account.name, preview.body.role, preview.body.invitedBy.name, preview.body.existingUser],
      ['Team Account', 'ACCOUNT_MANAGER', 'Olive Owner', false],
    );
    assert.equal((await t.http.post(`/api/invitations/${token}/accept`).send({})).body.code, 'VALIDATION_FAILED');
    const accepted = await t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD, name: 'New Person' });
    assert.equal(accepted.status, 200);
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${accepted.body.accessToken}`);
    assert.deepEqual(me.body.accounts.map((a: { id: string; grant: { role: string } }) => [a.id, a.grant.role]), [[account.id, 'ACCOUNT_MANAGER']]);
    const again = await t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD });
    assert.equal(again.status, 410);
    assert.equal((await t.http.post('/api/auth/login').send({ email, password: PASSWORD })).status, 200);
  });

  test('an existing user proves who they are: by session or password, never by the link alone', async () => {
    const { api } = await ownedAccount();
    const email = uniqueEmail('existing');
    const signup = await signUpVerified(t, { email, password: PASSWORD, accountName: 'Their Own' });
    const invitation = (await api.invite({ email, role: 'CAMPAIGN_CREATOR' })).body;
    const token = await mintToken(db, invitation.id);
    assert.equal((await t.http.get(`/api/invitations/${token}`)).body.existingUser, true);
    const anonymous = await t.http.post(`/api/invitations/${token}/accept`).send({});
    assert.equal(anonymous.status, 401);
    assert.equal(anonymous.body.code, 'SIGN_IN_REQUIRED');
    assert.equal((await t.http.post(`/api/invitations/${token}/accept`).send({ password: 'wrong-password!' })).status, 401);
    const bySession = await t.http.post(`/api/invitations/${token}/accept`).set('Authorization', `Bearer ${signup.body.accessToken}`).send({});
    assert.equal(bySession.status, 200);
    const me = await t.http.get('/api/me').set('Authorization', `Bearer ${signup.body.accessToken}`);
    assert.equal(me.body.accounts.length, 2, 'one login, two accounts');

    const other = (await ownedAccount()).api;
    const second = (await other.invite({ email, role: 'ACCOUNT_MANAGER' })).body;
    const secondToken = await mintToken(db, second.id);
    assert.equal((await t.http.post(`/api/invitations/${secondToken}/accept`).send({ password: PASSWORD })).status, 200);
  });

  test('accepting an invitation verifies the email address of a sign-up not yet verified', async () => {
    const { api } = await ownedAccount();
    const email = uniqueEmail('unverified');
    assert.equal((await t.http.post('/api/auth/signup').send({ email, password: PASSWORD, accountName: 'Unverified Own' })).status, 202);
    assert.equal((await t.http.post('/api/auth/login').send({ email, password: PASSWORD })).body.code, 'EMAIL_NOT_VERIFIED');
    const invitation = (await api.invite({ email, role: 'CAMPAIGN_CREATOR' })).body;
    const token = await mintToken(db, invitation.id);
    assert.equal((await t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD })).status, 200);
    assert.equal((await t.http.post('/api/auth/login').send({ email, password: PASSWORD })).status, 200);
  });

  test('two simultaneous accepts of one token succeed once', async () => {
    const { api } = await ownedAccount();
    const invitation = (await api.invite({ email: uniqueEmail('race'), role: 'CAMPAIGN_CREATOR' })).body;
    const token = await mintToken(db, invitation.id);
    const results = await Promise.all([0, 1, 2].map(() => t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD })));
    assert.deepEqual(results.map((r) => r.status).sort(), [200, 410, 410]);
  });

  test('unknown, malformed, expired tokens: 404 or 410, never 500', async () => {
    const { api } = await ownedAccount();
    assert.equal((await t.http.get(`/api/invitations/${randomBytes(32).toString('base64url')}`)).body.code, 'INVITATION_NOT_FOUND');
    assert.equal((await t.http.get('/api/invitations/short')).body.code, 'INVITATION_NOT_FOUND');
    assert.equal((await t.http.post('/api/invitations/x/accept').send({ password: 5 })).body.code, 'VALIDATION_FAILED');
    const invitation = (await api.invite({ email: uniqueEmail('late'), role: 'CAMPAIGN_CREATOR' })).body;
    const token = await mintToken(db, invitation.id);
    await db.invitation.updateMany({ where: { id: invitation.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await t.http.post(`/api/invitations/${token}/accept`).send({ password: PASSWORD });
    assert.equal(expired.status, 410);
    assert.match(expired.body.message, /expired/);
  });
});
