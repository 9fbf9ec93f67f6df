import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { ACTIONS, can, type Action, type Grant, type Target } from './index.js';

// Written by hand from DESIGN.md §3 and §3.1, never derived from the package.
// Five groups per relationship, one per target: standalone, reseller partner, referral partner,
// Single Bill client, direct client. In each group the roles CC AM AO PM; Y = allowed, . = denied.
// prettier-ignore
const EXPECTED: Record<string, { member: string; partner: string }> = {
  //                            std  res  ref  sb   dir                       std  res  ref  sb   dir
  'users.manage':             { member: '..Y. ..Y. ..Y. ..Y. ..Y.', partner: '.... .... .... ..YY ..YY' },
  'users.view':               { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'account.settings.manage':  { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'business-profile.update':  { member: '..Y. ..Y. ..Y. ..Y. ..Y.', partner: '.... .... .... ..YY ..YY' },
  'billing.manage':           { member: '..Y. ..YY ..YY .... ..Y.', partner: '.... .... .... ..YY ..YY' },
  'partner.accounts.view':    { member: '.... YYYY YYYY .... ....', partner: '.... .... .... .... ....' },
  'partner.resources.view':   { member: '.... YYYY .... .... ....', partner: '.... .... .... .... ....' },
  'partner.clients.create':   { member: '.... ..YY ..YY .... ....', partner: '.... .... .... .... ....' },
  'stores.manage':            { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'automations.create':       { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'automations.activate':     { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'campaigns.create':         { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'campaigns.delete':         { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'campaigns.test-send':      { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'campaigns.send':           { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'campaigns.edit-published': { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'contacts.view':            { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'contacts.add':             { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'contacts.export':          { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'contacts.delete':          { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'lists.view':               { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'lists.manage':             { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'logos.manage':             { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'purchases.make':           { member: '..Y. ..Y. ..Y. ..Y. ..Y.', partner: '.... .... .... ..YY ..YY' },
  'library.upload':           { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'library.delete':           { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'landing-pages.manage':     { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'reports.view':             { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'reports.details.view':     { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'segments.create':          { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'social.posts.create':      { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'social.posts.publish':     { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'social.comments.respond':  { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'ads.google.manage':        { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'ads.lookalike.create':     { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'ads.meta.manage':          { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'ads.lead.manage':          { member: '.YY. .YY. .YY. .YY. .YY.', partner: '.... .... .... ..YY ..YY' },
  'ads.meta.view':            { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'ads.lead.view':            { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
  'trials.start':             { member: 'YYY. YYY. YYY. YYY. YYY.', partner: '.... .... .... ..YY ..YY' },
};

const TARGETS: Record<string, Target> = {
  standalone: { kind: 'STANDALONE' },
  'reseller partner': { kind: 'PARTNER', partnerProgram: 'RESELLER' },
  'referral partner': { kind: 'PARTNER', partnerProgram: 'REFERRAL' },
  'Single Bill client': { kind: 'CLIENT', billingMode: 'SINGLE_BILL' },
  'direct client': { kind: 'CLIENT', billingMode: 'DIRECT' },
};
const COLUMNS = ['CAMPAIGN_CREATOR', 'ACCOUNT_MANAGER', 'ACCOUNT_OWNER', 'PARTNER_MANAGER'] as const;

test('the expectation table names exactly the package ACTIONS', () => {
  assert.deepEqual(Object.keys(EXPECTED).sort(), [...ACTIONS].sort());
  assert.equal(ACTIONS.length, 40);
});

describe('every action × role × relationship × target', () => {
  for (const [action, rows] of Object.entries(EXPECTED)) {
    test(action, () => {
      for (const via of ['MEMBER', 'PARTNER'] as const) {
        const groups = (via === 'MEMBER' ? rows.member : rows.partner).split(' ');
        assert.equal(groups.length, 5, `${action} ${via}: five target groups`);
        Object.entries(TARGETS).forEach(([targetName, target], t) => {
          COLUMNS.forEach((role, r) => {
            const expected = groups[t]![r] === 'Y';
            const grant: Grant = { role, via };
            assert.equal(
              can(grant, action as Action, target),
              expected,
              `${role} via ${via} → ${action} on ${targetName}: expected ${expected ? 'allow' : 'deny'}`,
            );
          });
        });
      }
    });
  }
});
