import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { escapeHtml, invitationLink, renderInvitationMessage, ROLE_NAMES } from './invitation-message.js';

const base = {
  accountName: 'Green Acres Realty',
  inviter: { name: 'Sue Casa', email: 'sue.casa@greenacresrealty.com' },
  role: 'ACCOUNT_MANAGER' as const,
  link: invitationLink('https://portal.example.com', 'abc_DEF-123'),
  expiresAt: new Date('2026-12-01T15:30:00Z'),
  reminder: false,
};

describe('renderInvitationMessage', () => {
  it('names the inviter, the account, the role in words, the link and the expiry, in text and HTML', () => {
    const { subject, text, html } = renderInvitationMessage(base);
    assert.equal(subject, "You're invited to join Green Acres Realty on Partner Portal");
    assert.equal(base.link, 'https://portal.example.com/invitations/accept?token=abc_DEF-123');
    for (const part of ['Sue Casa (sue.casa@greenacresrealty.com)', 'Green Acres Realty', 'as an Account Manager', base.link, 'December 1, 2026 at 3:30 PM UTC']) {
      assert.ok(text.includes(part), `text has ${part}`);
      assert.ok(html.includes(part), `html has ${part}`);
    }
    assert.ok(html.includes(`<a href="${base.link}">`));
  });

  it('words a resent invitation as a reminder', () => {
    assert.equal(renderInvitationMessage({ ...base, reminder: true }).subject, "Reminder: you're invited to join Green Acres Realty on Partner Portal");
  });

  it('has a name for every role', () => {
    assert.deepEqual(Object.values(ROLE_NAMES), ['Account Owner', 'Account Manager', 'Campaign Creator', 'Partner Manager']);
    assert.match(renderInvitationMessage({ ...base, role: 'CAMPAIGN_CREATOR' }).text, /as a Campaign Creator\./);
  });

  it('escapes everything in the HTML body, and keeps the subject on one line', () => {
    const hostile = renderInvitationMessage({
      ...base,
      accountName: 'Acme <script>alert(1)</script>\r\nBcc: x@evil.test',
      inviter: { name: '"Bob" & <b>Co</b>', email: 'bob@example.com' },
    });
    assert.ok(!hostile.html.includes('<script>'));
    assert.ok(!hostile.html.includes('<b>'));
    assert.ok(hostile.html.includes('&#34;Bob&#34; &#38; &#60;b&#62;Co&#60;/b&#62;'));
    assert.ok(!/[\r\n]/.test(hostile.subject));
  });

  it('uses the inviter email alone without a name, and no inviter at all when it is gone', () => {
    assert.match(renderInvitationMessage({ ...base, inviter: { name: null, email: 'bob@example.com' } }).text, /^bob@example\.com has invited you/);
    assert.match(renderInvitationMessage({ ...base, inviter: null }).text, /^You have been invited to join Green Acres Realty/);
  });

  it('escapes the five HTML metacharacters', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});
