import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { ACTIONS, ROLES, allowedActions, can, isAction, type Action, type BuiltInRole, type Grant, type Target } from './index.js';

const standalone: Target = { kind: 'STANDALONE' };
const reseller: Target = { kind: 'PARTNER', partnerProgram: 'RESELLER' };
const referral: Target = { kind: 'PARTNER', partnerProgram: 'REFERRAL' };
const singleBill: Target = { kind: 'CLIENT', billingMode: 'SINGLE_BILL' };
const direct: Target = { kind: 'CLIENT', billingMode: 'DIRECT' };
const clients = [singleBill, direct];
const nonClients = [standalone, reseller, referral];

const member = (role: BuiltInRole): Grant => ({ role, via: 'MEMBER' });
const viaPartner = (role: BuiltInRole): Grant => ({ role, via: 'PARTNER' });
const PM: BuiltInRole = 'PARTNER_MANAGER';
const AO: BuiltInRole = 'ACCOUNT_OWNER';
const AM: BuiltInRole = 'ACCOUNT_MANAGER';
const CC: BuiltInRole = 'CAMPAIGN_CREATOR';

describe('"client account only" cells', () => {
  const clientOnly: Action[] = ['users.manage', 'business-profile.update', 'contacts.export', 'purchases.make', 'campaigns.send'];

  test('deny a Partner Manager in its own partner account', () => {
    for (const action of clientOnly) {
      assert.equal(can(member(PM), action, reseller), false, action);
      assert.equal(can(member(PM), action, referral), false, action);
    }
  });

  test('allow the partner Partner Manager and Account Owner inside every client', () => {
    for (const action of clientOnly)
      for (const target of clients) {
        assert.equal(can(viaPartner(PM), action, target), true, action);
        assert.equal(can(viaPartner(AO), action, target), true, action);
      }
  });

  test('do not apply through a partner outside a client account', () => {
    for (const action of clientOnly)
      for (const target of nonClients) assert.equal(can(viaPartner(PM), action, target), false, action);
  });
});

describe('"Single Bill only" billing', () => {
  test('an Account Owner manages billing on standalone, partner and direct-billed client accounts', () => {
    for (const target of [standalone, reseller, referral, direct]) assert.equal(can(member(AO), 'billing.manage', target), true);
  });

  test('an Account Owner of a Single Bill client does not: the partner pays', () => {
    assert.equal(can(member(AO), 'billing.manage', singleBill), false);
  });

  test('a Partner Manager manages billing in its partner account and through it in every client', () => {
    assert.equal(can(member(PM), 'billing.manage', reseller), true);
    assert.equal(can(member(PM), 'billing.manage', referral), true);
    for (const target of clients) assert.equal(can(viaPartner(PM), 'billing.manage', target), true);
  });

  test('Account Managers and Campaign Creators never do', () => {
    for (const role of [AM, CC])
      for (const target of [...nonClients, ...clients]) {
        assert.equal(can(member(role), 'billing.manage', target), false);
        assert.equal(can(viaPartner(role), 'billing.manage', target), false);
      }
  });
});

describe('partner-only rows', () => {
  const partnerRows: Action[] = ['partner.accounts.view', 'partner.resources.view', 'partner.clients.create'];

  test('exist only on partner accounts', () => {
    for (const action of partnerRows)
      for (const role of ROLES)
        for (const target of [standalone, ...clients]) {
          assert.equal(can(member(role), action, target), false, `${role} ${action}`);
          assert.equal(can(viaPartner(role), action, target), false, `${role} ${action}`);
        }
  });

  test('Accounts tab for every role of a partner account; creating clients for owner and Partner Manager', () => {
    for (const role of ROLES) assert.equal(can(member(role), 'partner.accounts.view', referral), true, role);
    assert.deepEqual(
      ROLES.filter((role) => can(member(role), 'partner.clients.create', referral)),
      [AO, PM],
    );
  });
});

describe('the reseller-only row', () => {
  test('Resources tab on reseller partners only', () => {
    for (const role of ROLES) {
      assert.equal(can(member(role), 'partner.resources.view', reseller), true, role);
      assert.equal(can(member(role), 'partner.resources.view', referral), false, role);
      assert.equal(can(member(role), 'partner.resources.view', { kind: 'PARTNER' }), false, role);
    }
  });
});

test("a partner's Account Manager and Campaign Creator get nothing in client accounts", () => {
  for (const role of [AM, CC])
    for (const target of clients) assert.deepEqual(allowedActions(viaPartner(role), target), [], role);
});

test('a Partner Manager as member of its partner account has only the "yes" cells', () => {
  assert.deepEqual(allowedActions(member(PM), reseller), [
    'billing.manage',
    'partner.accounts.view',
    'partner.resources.view',
    'partner.clients.create',
  ]);
  assert.deepEqual(allowedActions(member(PM), referral), ['billing.manage', 'partner.accounts.view', 'partner.clients.create']);
});

test('a Partner Manager as member of a non-partner account gets nothing', () => {
  for (const target of [standalone, ...clients]) assert.deepEqual(allowedActions(member(PM), target), []);
});

describe('deny by default', () => {
  const grant = member(AO);

  test('unknown actions, including Object.prototype names', () => {
    for (const action of ['nope', '', 'USERS.MANAGE', 'partner.*', 'toString', '__proto__', 'constructor', 'hasOwnProperty'])
      assert.equal(can(grant, action as Action, standalone), false, action);
  });

  test('unknown roles, relationships and account kinds', () => {
    const odd = (x: unknown) => x as never;
    assert.equal(can({ role: odd('ADMIN'), via: 'MEMBER' }, 'users.view', standalone), false);
    assert.equal(can({ role: odd('toString'), via: 'MEMBER' }, 'users.view', standalone), false);
    assert.equal(can({ role: AO, via: odd('OWNER') }, 'users.view', standalone), false);
    assert.equal(can(grant, 'users.view', { kind: odd('GALAXY') }), false);
    assert.equal(can(odd(undefined), 'users.view', standalone), false);
    assert.equal(can(grant, 'users.view', odd(null)), false);
    assert.deepEqual(allowedActions({ role: odd('ADMIN'), via: 'MEMBER' }, standalone), []);
  });

  test('isAction knows exactly the actions', () => {
    for (const action of ACTIONS) assert.equal(isAction(action), true, action);
    for (const x of ['nope', 'toString', '__proto__', 'contacts']) assert.equal(isAction(x), false, x);
  });
});

test('allowedActions agrees with can for every grant and target', () => {
  const targets: Target[] = [...nonClients, ...clients, { kind: 'PARTNER' }, { kind: 'CLIENT' }];
  for (const role of ROLES)
    for (const via of ['MEMBER', 'PARTNER'] as const)
      for (const target of targets) {
        const grant = { role, via };
        assert.deepEqual(
          allowedActions(grant, target),
          ACTIONS.filter((action) => can(grant, action, target)),
          `${role} via ${via} on ${JSON.stringify(target)}`,
        );
      }
});

test('ROLES lists the four built-in roles', () => {
  assert.deepEqual([...ROLES].sort(), [AO, AM, CC, PM].sort());
});
