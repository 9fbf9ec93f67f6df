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
});
