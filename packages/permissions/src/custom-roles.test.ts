import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { ACTIONS, allowedActions, can, grantableActions, type Action, type CustomGrant, type Grant, type Target } from './index.js';

const standalone: Target = { kind: 'STANDALONE' };
const reseller: Target = { kind: 'PARTNER', partnerProgram: 'RESELLER' };
const referral: Target = { kind: 'PARTNER', partnerProgram: 'REFERRAL' };
const singleBill: Target = { kind: 'CLIENT', billingMode: 'SINGLE_BILL' };
const direct: Target = { kind: 'CLIENT', billingMode: 'DIRECT' };
const TARGETS = [standalone, reseller, referral, singleBill, direct];

const custom = (...actions: Action[]): CustomGrant => ({ role: 'CUSTOM', via: 'MEMBER', customRole: { id: 'r1', name: 'Role', actions } });

describe('custom roles', () => {
  test('"sends campaigns, never views or exports contacts" allows exactly what it lists', () => {
    const sender = custom('campaigns.create', 'campaigns.send', 'campaigns.test-send', 'lists.view', 'reports.view');
    for (const target of [standalone, singleBill, direct]) {
      assert.deepEqual(allowedActions(sender, target), ['campaigns.create', 'campaigns.test-send', 'campaigns.send', 'lists.view', 'reports.view']);
      for (const action of ['contacts.view', 'contacts.export', 'contacts.add', 'users.view', 'users.manage'] as const) {
        assert.equal(can(sender, action, target), false, action);
      }
    }
  });

  test('an empty custom role allows nothing anywhere', () => {
    for (const target of TARGETS) for (const action of ACTIONS) assert.equal(can(custom(), action, target), false);
  });

  test('users.manage is never allowed through a custom role, even when listed', () => {
    for (const target of TARGETS) assert.equal(can(custom('users.manage'), 'users.manage', target), false);
  });

  test('partner-only actions only in a partner account; the resource library only in a reseller', () => {
    const partnerRole = custom('partner.accounts.view', 'partner.resources.view', 'partner.clients.create');
    for (const target of [standalone, singleBill, direct]) assert.deepEqual(allowedActions(partnerRole, target), []);
    assert.deepEqual(allowedActions(partnerRole, reseller), ['partner.accounts.view', 'partner.resources.view', 'partner.clients.create']);
    assert.deepEqual(allowedActions(partnerRole, referral), ['partner.accounts.view', 'partner.clients.create']);
  });

  test('billing never in a Single Bill client, where not even the owner manages it', () => {
    const biller = custom('billing.manage');
    assert.equal(can(biller, 'billing.manage', singleBill), false);
    assert.equal(can(biller, 'billing.manage', direct), true);
    assert.equal(can(biller, 'billing.manage', standalone), true);
  });

  test('a custom grant claiming to come through a partner, or a malformed one, is denied', () => {
    const throughPartner = { ...custom('contacts.view'), via: 'PARTNER' } as unknown as Grant;
    const noRole = { role: 'CUSTOM', via: 'MEMBER' } as unknown as Grant;
    for (const target of TARGETS) {
      assert.equal(can(throughPartner, 'contacts.view', target), false);
      assert.equal(can(noRole, 'contacts.view', target), false);
      assert.deepEqual(allowedActions(noRole, target), []);
    }
  });
});

describe('grantableActions: what a creator may put into a custom role', () => {
  test('an owner of a standalone account: everything it holds but users.manage', () => {
    const grantable = grantableActions([{ role: 'ACCOUNT_OWNER', via: 'MEMBER' }], standalone);
    assert.equal(grantable.includes('users.manage'), false);
    assert.equal(grantable.includes('contacts.export'), true);
    assert.equal(grantable.includes('billing.manage'), true);
    assert.equal(grantable.includes('partner.accounts.view'), false);
  });

  test("an owner of a Single Bill client can't grant billing, which it does not hold", () => {
    assert.equal(grantableActions([{ role: 'ACCOUNT_OWNER', via: 'MEMBER' }], singleBill).includes('billing.manage'), false);
  });

  test('a partner manager inside a client grants what it holds there, never users.manage', () => {
    const grantable = grantableActions([{ role: 'PARTNER_MANAGER', via: 'PARTNER' }], direct);
    assert.equal(grantable.includes('contacts.export'), true);
    assert.equal(grantable.includes('users.manage'), false);
  });

  test('a Campaign Creator holds no contacts.view, so cannot grant it', () => {
    assert.equal(grantableActions([{ role: 'CAMPAIGN_CREATOR', via: 'MEMBER' }], standalone).includes('contacts.view'), false);
  });
});
