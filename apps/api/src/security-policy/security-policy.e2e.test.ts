import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { SessionsService } from '../auth/sessions.service.js';
import { signedInOwner, uniqueEmail, useTestApp } from '../testing/api-harness.js';

type AccountKey = 'standalone' | 'reseller' | 'referral' | 'singleBillClient' | 'directClient' | 'referralClient';
/** A caller of the fixture world, in their session without a second factor (`plain`) or in one signed in with it (`factor`). */
type Probe = [caller: string, session: 'plain' | 'factor', account: AccountKey, expected: 200 | 403 | 404];

const AUTHENTICATOR_SECRET = 'JBSWY3DPEHPK3PXP';

const sessionIdOf = (token: string): string => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).sid;

/**
 * Issue 20, part 5: an account owner requires two-step sign-in of everyone in the account; a partner of
 * its staff in every client. The access guard enforces it on every account route; outsiders still get 404.
 */
describe('an account requires two-step sign-in: GET/PUT /api/accounts/{accountId}/security-policy', () => {
  const { t, db, world } = useTestApp({ world: true });
  const factorTokens = new Map<string, string>();

  /** Gives the person an authenticator app and a second session signed in with it; their world session stays without. */
  const factorToken = async (callerKey: string): Promise<string> => {
    const known = factorTokens.get(callerKey);
    if (known) return known;
    const { userId } = world.caller(callerKey);
    await db.user.update({ where: { id: userId }, data: { totpSecret: AUTHENTICATOR_SECRET, totpEnabledAt: new Date() } });
    const { accessToken } = await t.app.get(SessionsService).open(userId, {});
    await db.session.update({ where: { id: sessionIdOf(accessToken) }, data: { twoFactor: true } });
    factorTokens.set(callerKey, accessToken);
    return accessToken;
  };
  const tokenOf = async (callerKey: string, session: 'plain' | 'factor') => (session === 'plain' ? world.caller(callerKey).token : factorToken(callerKey));
  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });

  const putPolicy = async (token: string, accountId: string, body: unknown) =>
    t.http.put(`/api/accounts/${accountId}/security-policy`).set(auth(token)).send(body as object);
  const getPolicy = async (token: string, accountId: string) =>
    t.http.get(`/api/accounts/${accountId}/security-policy`).set(auth(token));

  const setPolicy = async (setter: string, account: AccountKey, requireTwoFactor: boolean) => {
    const res = await putPolicy(await factorToken(setter), world.account(account).id, { requireTwoFactor });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    assert.equal(res.body.requireTwoFactor, requireTwoFactor);
  };

  /** Every probe on an ordinary account route (the account itself): status, and the code of a refusal. */
  const expectAnswers = async (probes: Probe[]) => {
    const wrong: string[] = [];
    for (const [caller, session, account, expected] of probes) {
      const res = await t.http.get(`/api/accounts/${world.account(account).id}`).set(auth(await tokenOf(caller, session)));
      const code = { 200: undefined, 403: 'TWO_FACTOR_REQUIRED', 404: 'ACCOUNT_NOT_FOUND' }[expected];
      if (res.status !== expected || res.body.code !== code) wrong.push(`${caller} (${session}) in ${account}: ${res.status} ${res.body.code ?? ''}, expected ${expected}`);
    }
    assert.deepEqual(wrong, []);
  };
  const everyoneIn = (probes: Probe[]): Probe[] => probes.map(([caller, , account, expected]) => [caller, 'plain', account, expected === 404 ? 404 : 200]);

  const MATRIX: { policyOn: AccountKey; setter: string; probes: Probe[] }[] = [
    {
      policyOn: 'standalone',
      setter: 'soloOwner',
      probes: [
        ['soloOwner', 'plain', 'standalone', 403],
        ['soloOwner', 'factor', 'standalone', 200],
        ['soloCc', 'plain', 'standalone', 403],
        ['soloCc', 'factor', 'standalone', 200],
        ['resellerOwner', 'plain', 'standalone', 404],
        ['resellerOwner', 'factor', 'standalone', 404],
        ['stranger', 'plain', 'standalone', 404],
        ['resellerOwner', 'plain', 'reseller', 200],
      ],
    },
    {
      policyOn: 'reseller',
      setter: 'resellerOwner',
      probes: [
        // Its members, in the partner account itself.
        ['resellerOwner', 'plain', 'reseller', 403],
        ['resellerOwner', 'factor', 'reseller', 200],
        ['resellerAm', 'plain', 'reseller', 403],
        ['resellerAm', 'factor', 'reseller', 200],
        ['resellerCc', 'plain', 'reseller', 403],
        // Its staff in its clients.
        ['resellerOwner', 'plain', 'directClient', 403],
        ['resellerOwner', 'factor', 'directClient', 200],
        ['resellerPm', 'plain', 'directClient', 403],
        ['resellerPm', 'factor', 'directClient', 200],
        ['resellerPm', 'plain', 'singleBillClient', 403],
        ['resellerPm', 'factor', 'singleBillClient', 200],
        // The clients' own members: the client does not require it.
        ['directOwner', 'plain', 'directClient', 200],
        ['sbCc', 'plain', 'singleBillClient', 200],
        // Outsiders: its Account Manager has no relationship to its clients; another partner's people are elsewhere.
        ['resellerAm', 'plain', 'directClient', 404],
        ['stranger', 'plain', 'reseller', 404],
        ['referralOwner', 'plain', 'reseller', 404],
        ['referralOwner', 'plain', 'referralClient', 200],
      ],
    },
    {
      policyOn: 'directClient',
      setter: 'directOwner',
      probes: [
        ['directOwner', 'plain', 'directClient', 403],
        ['directOwner', 'factor', 'directClient', 200],
        ['directCc', 'plain', 'directClient', 403],
        ['resellerOwner', 'plain', 'directClient', 403],
        ['resellerOwner', 'factor', 'directClient', 200],
        ['resellerPm', 'plain', 'directClient', 403],
        ['resellerPm', 'factor', 'directClient', 200],
        // The partner and its other clients do not require it.
        ['resellerOwner', 'plain', 'reseller', 200],
        ['resellerPm', 'plain', 'singleBillClient', 200],
        ['sbOwner', 'plain', 'singleBillClient', 200],
        ['resellerAm', 'plain', 'directClient', 404],
        ['referralOwner', 'plain', 'directClient', 404],
        ['sbOwner', 'plain', 'directClient', 404],
        ['stranger', 'plain', 'directClient', 404],
      ],
    },
  ];

  test.each(MATRIX)('required by the $policyOn account: each relationship gets in with a second factor, is refused without, and outsiders get 404', async ({ policyOn, setter, probes }) => {
    await expectAnswers(everyoneIn(probes));
    await setPolicy(setter, policyOn, true);
    await expectAnswers(probes);
    // Outsiders never learn of the policy.
    const outsider = await getPolicy(world.caller('stranger').token, world.account(policyOn).id);
    assert.equal(outsider.status, 404);
    assert.equal(outsider.body.code, 'ACCOUNT_NOT_FOUND');

    await setPolicy(setter, policyOn, false);
    await expectAnswers(everyoneIn(probes));
  });

  test("a partner's staff may set a client's policy, with a second factor", async () => {
    const client = world.account('singleBillClient').id;
    const res = await putPolicy(await factorToken('resellerPm'), client, { requireTwoFactor: true });
    assert.equal(res.status, 200, JSON.stringify(res.body));
    await expectAnswers([['sbOwner', 'plain', 'singleBillClient', 403]]);
    assert.equal((await putPolicy(await factorToken('resellerPm'), client, { requireTwoFactor: false })).status, 200);
    await expectAnswers([['sbOwner', 'plain', 'singleBillClient', 200]]);
  });

  test('GET answers the policy and its version to anyone in the account', async () => {
    const account = world.account('standalone').id;
    const before = await getPolicy(world.caller('soloCc').token, account);
    assert.equal(before.status, 200, JSON.stringify(before.body));
    assert.equal(before.body.requireTwoFactor, false);
    assert.equal(typeof before.body.version, 'number');

    await setPolicy('soloOwner', 'standalone', true);
    const during = await getPolicy(await factorToken('soloCc'), account);
    assert.deepEqual(during.body, { requireTwoFactor: true, version: before.body.version + 1 });
    assert.equal((await getPolicy(world.caller('soloCc').token, account)).body.code, 'TWO_FACTOR_REQUIRED');
    await setPolicy('soloOwner', 'standalone', false);
  });

  test('only account.settings.manage may change it: a Campaign Creator is 403 FORBIDDEN, an outsider 404', async () => {
    const account = world.account('standalone').id;
    const creator = await putPolicy(await factorToken('soloCc'), account, { requireTwoFactor: true });
    assert.equal(creator.status, 403);
    assert.equal(creator.body.code, 'FORBIDDEN');
    const outsider = await putPolicy(world.caller('stranger').token, account, { requireTwoFactor: false });
    assert.equal(outsider.status, 404);
    assert.equal(outsider.body.code, 'ACCOUNT_NOT_FOUND');
    const manager = await putPolicy(world.caller('soloAm').token, account, { requireTwoFactor: false });
    assert.equal(manager.status, 200, 'an Account Manager may');
    assert.equal((await getPolicy(world.caller('soloOwner').token, account)).body.requireTwoFactor, false);
  });

  test('the body is checked: requireTwoFactor must be a boolean', async () => {
    const res = await putPolicy(world.caller('soloOwner').token, world.account('standalone').id, { requireTwoFactor: 'yes' });
    assert.equal(res.status, 400);
  });

  describe('an owner cannot lock themselves out', () => {
    const turnOn = async (token: string, accountId: string) => putPolicy(token, accountId, { requireTwoFactor: true });

    test('turning it on without having signed in with a second factor is 409 ENABLE_TWO_FACTOR_FIRST, and nothing changes', async () => {
      const owner = await signedInOwner(t, uniqueEmail('policy-no-factor'));
      const res = await turnOn(owner.token, owner.accountId);
      assert.equal(res.status, 409);
      assert.equal(res.body.code, 'ENABLE_TWO_FACTOR_FIRST');
      assert.equal((await db.account.findUniqueOrThrow({ where: { id: owner.accountId } })).requireTwoFactor, false);
      assert.equal(await db.auditEvent.count({ where: { accountId: owner.accountId } }), 0);
    });

    test('an authenticator turned on but not used for this session is not enough', async () => {
      const owner = await signedInOwner(t, uniqueEmail('policy-unused-factor'));
      await db.user.update({ where: { id: owner.userId }, data: { totpSecret: AUTHENTICATOR_SECRET, totpEnabledAt: new Date() } });
      assert.equal((await turnOn(owner.token, owner.accountId)).body.code, 'ENABLE_TWO_FACTOR_FIRST');
    });

    test('a session marked two-factor whose person no longer has any factor is not enough', async () => {
      const owner = await signedInOwner(t, uniqueEmail('policy-factor-gone'));
      await db.session.update({ where: { id: sessionIdOf(owner.token) }, data: { twoFactor: true } });
      assert.equal((await turnOn(owner.token, owner.accountId)).body.code, 'ENABLE_TWO_FACTOR_FIRST');
    });

    test('with a second factor it is turned on, in the audit log and the security log; an unchanged policy records nothing', async () => {
      const owner = await signedInOwner(t, uniqueEmail('policy-audited'));
      await db.user.update({ where: { id: owner.userId }, data: { totpSecret: AUTHENTICATOR_SECRET, totpEnabledAt: new Date() } });
      await db.session.update({ where: { id: sessionIdOf(owner.token) }, data: { twoFactor: true } });

      const on = await turnOn(owner.token, owner.accountId);
      assert.equal(on.status, 200, JSON.stringify(on.body));
      assert.equal(on.body.requireTwoFactor, true);
      assert.equal(on.headers.etag, `"${on.body.version}"`);
      assert.equal((await turnOn(owner.token, owner.accountId)).status, 200, 'the same value again');
      const off = await putPolicy(owner.token, owner.accountId, { requireTwoFactor: false });
      assert.equal(off.body.requireTwoFactor, false);

      const audit = await t.http.get(`/api/accounts/${owner.accountId}/audit`).set(auth(owner.token));
      assert.equal(audit.status, 200, JSON.stringify(audit.body));
      const changes = (audit.body.data as { action: string; actor: { id: string }; data: unknown }[]).filter((event) => event.action === 'account.security-policy.changed');
      assert.deepEqual(changes.map((event) => event.data), [{ requireTwoFactor: false }, { requireTwoFactor: true }]);
      assert.ok(changes.every((event) => event.actor.id === owner.userId));

      const log = await db.securityEvent.findMany({ where: { userId: owner.userId }, orderBy: { createdAt: 'asc' } });
      assert.deepEqual(log.map((event) => event.action), ['account.security-policy.changed', 'account.security-policy.changed']);
    });
  });
});
