import assert from 'node:assert/strict';
import { describe, test } from '@jest/globals';
import { personLinkToken } from './person-email.js';
import { invitationToken } from './invitation-email.js';
import {
  emailChangeLink,
  emailVerificationLink,
  passwordResetLink,
  renderAccountExistsMessage,
  renderEmailChangedMessage,
  renderEmailChangeMessage,
  renderEmailVerificationMessage,
  renderPasswordResetMessage,
  renderSignInChangedMessage,
  type SignInChange,
} from './person-message.js';

const PORTAL = 'https://portal.example.test';
const SECRET = 'x'.repeat(32);

describe("a person's emails", () => {
  test('a link token is 256 bits, the same for every attempt of one email, and never an invitation token', () => {
    const outboxId = '5b1f3c1e-7f55-4d43-9d3a-0e1f1c2b3a4d';
    const token = personLinkToken(SECRET, outboxId);
    assert.match(token, /^[A-Za-z0-9_-]{43}$/);
    assert.equal(personLinkToken(SECRET, outboxId), token);
    assert.notEqual(invitationToken(SECRET, outboxId), token);
  });

  test('each has a plain-text and an HTML part carrying its links, escaped in HTML', () => {
    const expiresAt = new Date('2026-12-06T12:00:00Z');
    const cases = [
      [renderEmailVerificationMessage({ name: 'Sue <b>', link: emailVerificationLink(PORTAL, 'tok'), expiresAt }), `${PORTAL}/verify-email?token=tok`],
      [renderPasswordResetMessage({ name: null, link: passwordResetLink(PORTAL, 'tok'), expiresAt }), `${PORTAL}/reset-password?token=tok`],
      [renderEmailChangeMessage({ name: null, link: emailChangeLink(PORTAL, 'tok'), expiresAt }), `${PORTAL}/confirm-email-change?token=tok`],
      [renderAccountExistsMessage({ name: null, signIn: `${PORTAL}/login`, resetPassword: `${PORTAL}/forgot-password` }), `${PORTAL}/forgot-password`],
      [renderEmailChangedMessage({ name: null, newEmail: 'new@example.test', resetPassword: `${PORTAL}/forgot-password` }), `${PORTAL}/forgot-password`],
    ] as const;
    for (const [message, link] of cases) {
      assert.ok(message.text.includes(link), message.subject);
      assert.ok(message.html.includes(link), message.subject);
      assert.ok(!message.html.includes('<b>'), 'names are escaped');
    }
  });

  describe('a factor or a passkey changed', () => {
    const changedAt = new Date('2026-12-05T21:30:00Z');
    const resetPassword = `${PORTAL}/forgot-password`;
    const render = (change: SignInChange, name: string | null = 'Sue') => renderSignInChangedMessage({ name, change, changedAt, resetPassword });

    test.each([
      [{ topic: 'person.two-factor-enabled' }, 'Two-step sign-in was turned on for your Partner Portal account', 'turned on'],
      [{ topic: 'person.two-factor-disabled' }, 'Two-step sign-in was turned off for your Partner Portal account', 'turned off'],
      [{ topic: 'person.recovery-codes-regenerated' }, 'New recovery codes for your Partner Portal account', 'previous codes no longer work'],
      [{ topic: 'person.passkey-added', passkeyName: 'Work laptop' }, 'A passkey was added to your Partner Portal account', 'A passkey named "Work laptop" was added'],
      [{ topic: 'person.passkey-removed', passkeyName: 'Old phone' }, 'A passkey was removed from your Partner Portal account', 'The passkey named "Old phone" was removed'],
    ] as [SignInChange, string, string][])('%j says what changed, when, and what to do if it was not them', (change, subject, what) => {
      const message = render(change);
      assert.equal(message.subject, subject);
      assert.ok(message.text.includes(what), message.text);
      assert.ok(message.html.includes(what.replaceAll('"', '&#34;')), message.html);
      for (const part of [message.text, message.html]) {
        assert.ok(part.includes('December 5, 2026 at 9:30 PM UTC'), part);
        assert.ok(part.includes(resetPassword), 'links to reset the password');
        assert.ok(part.includes('If it was not you'), part);
        assert.ok(part.includes('Hello Sue,'), part);
      }
      assert.ok(message.html.includes(`<a href="${resetPassword}">reset your password</a>`));
    });

    test("the passkey's name is the person's own words: escaped in HTML, on one line, never in the subject", () => {
      const message = render({ topic: 'person.passkey-added', passkeyName: '<img src=x onerror=alert(1)>\r\nBcc: evil@example.test' }, '<b>Sue</b>');
      assert.ok(!message.html.includes('<img'), message.html);
      assert.ok(!message.html.includes('<b>'), message.html);
      assert.ok(message.html.includes('&#34;&#60;img src=x onerror=alert(1)&#62; Bcc: evil@example.test&#34;'), message.html);
      assert.ok(message.text.includes('"<img src=x onerror=alert(1)> Bcc: evil@example.test"'), message.text);
      assert.ok(!message.subject.includes('img'));
    });

    test('without a name it greets plainly', () => {
      assert.ok(render({ topic: 'person.two-factor-enabled' }, null).text.startsWith('Hello,\n'));
    });
  });
});
