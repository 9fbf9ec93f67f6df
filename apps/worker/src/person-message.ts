import { escapeHtml, type InvitationMessage } from './invitation-message.js';

/** The portal page a verification link opens; it posts the token to POST /api/auth/verify-email. */
export function emailVerificationLink(portalUrl: string, token: string): string {
  return `${portalUrl}/verify-email?token=${encodeURIComponent(token)}`;
}

/** The portal page a password-reset link opens; it posts the token and the new password to POST /api/auth/password-reset/confirm. */
export function passwordResetLink(portalUrl: string, token: string): string {
  return `${portalUrl}/reset-password?token=${encodeURIComponent(token)}`;
}

/** The portal page an email-change link opens; it posts the token to POST /api/auth/email-change/confirm. */
export function emailChangeLink(portalUrl: string, token: string): string {
  return `${portalUrl}/confirm-email-change?token=${encodeURIComponent(token)}`;
}

export function signInLink(portalUrl: string): string {
  return `${portalUrl}/login`;
}

/** The portal's "Forgot password?" page. */
export function forgotPasswordLink(portalUrl: string): string {
  return `${portalUrl}/forgot-password`;
}

export function renderEmailVerificationMessage(input: { name: string | null; link: string; expiresAt: Date }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const opening = 'Please confirm that this is your email address to finish creating your Partner Portal account.';
  const expiry = `The link works once and expires on ${formatDate(input.expiresAt)}. If you did not sign up, you can ignore this email: no account is opened without it.`;
  const text = [greeting, '', opening, '', input.link, '', expiry, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Verify your email address</a></p>`,
    `<p>Or paste this link into your browser:<br>${escapeHtml(input.link)}</p>`,
    `<p>${escapeHtml(expiry)}</p>`,
  ]);
  return { subject: 'Verify your email address for Partner Portal', text, html };
}

export function renderAccountExistsMessage(input: { name: string | null; signIn: string; resetPassword: string }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const opening = 'Someone, perhaps you, tried to sign up for Partner Portal with this email address, which already has an account.';
  const signIn = 'To sign in:';
  const reset = 'Forgot your password? Reset it here:';
  const ignore = 'If it was not you, you can ignore this email: nothing has changed.';
  const text = [greeting, '', opening, '', signIn, input.signIn, '', reset, input.resetPassword, '', ignore, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p><a href="${escapeHtml(input.signIn)}">Sign in</a> or <a href="${escapeHtml(input.resetPassword)}">reset your password</a>.</p>`,
    `<p>${escapeHtml(ignore)}</p>`,
  ]);
  return { subject: 'You already have a Partner Portal account', text, html };
}

export function renderPasswordResetMessage(input: { name: string | null; link: string; expiresAt: Date }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const opening = 'Someone, perhaps you, asked to reset the password of your Partner Portal account. To choose a new password, open this link:';
  const expiry = `The link works once and expires on ${formatDate(input.expiresAt)}. Setting a new password signs you out everywhere else. If you did not ask, you can ignore this email: your password has not changed.`;
  const text = [greeting, '', opening, input.link, '', expiry, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Choose a new password</a></p>`,
    `<p>Or paste this link into your browser:<br>${escapeHtml(input.link)}</p>`,
    `<p>${escapeHtml(expiry)}</p>`,
  ]);
  return { subject: 'Reset your Partner Portal password', text, html };
}

export function renderPasswordChangedMessage(input: { name: string | null; resetPassword: string }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const opening = 'The password of your Partner Portal account was just changed, and every other session was signed out.';
  const notYou = 'If it was not you, reset your password now:';
  const text = [greeting, '', opening, '', notYou, input.resetPassword, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p>If it was not you, <a href="${escapeHtml(input.resetPassword)}">reset your password</a> now.</p>`,
  ]);
  return { subject: 'Your Partner Portal password was changed', text, html };
}

export function renderEmailChangeMessage(input: { name: string | null; link: string; expiresAt: Date }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const opening = 'You asked to sign in to Partner Portal with this email address from now on. To confirm it, open this link:';
  const expiry = `The link works once and expires on ${formatDate(input.expiresAt)}. If you did not ask, you can ignore this email: nothing changes without it.`;
  const text = [greeting, '', opening, input.link, '', expiry, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">Confirm your new email address</a></p>`,
    `<p>Or paste this link into your browser:<br>${escapeHtml(input.link)}</p>`,
    `<p>${escapeHtml(expiry)}</p>`,
  ]);
  return { subject: 'Confirm your new email address for Partner Portal', text, html };
}

export function renderEmailChangedMessage(input: { name: string | null; newEmail: string; resetPassword: string }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const opening = `The email address of your Partner Portal account was changed to ${input.newEmail}. This address no longer signs in.`;
  const notYou = 'If it was not you, reset your password and contact your account owner:';
  const text = [greeting, '', opening, '', notYou, input.resetPassword, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p>If it was not you, <a href="${escapeHtml(input.resetPassword)}">reset your password</a> and contact your account owner.</p>`,
  ]);
  return { subject: 'Your Partner Portal email address was changed', text, html };
}

/** A change to how a person signs in, as the email about it tells it. */
export type SignInChange =
  | { topic: 'person.two-factor-enabled' | 'person.two-factor-disabled' | 'person.recovery-codes-regenerated' }
  | { topic: 'person.passkey-added' | 'person.passkey-removed'; passkeyName: string };

function describeSignInChange(change: SignInChange, when: string): { subject: string; opening: string } {
  switch (change.topic) {
    case 'person.two-factor-enabled':
      return {
        subject: 'Two-step sign-in was turned on for your Partner Portal account',
        opening: `Two-step sign-in was turned on for your Partner Portal account on ${when}: signing in now asks for a code from your authenticator app after your password.`,
      };
    case 'person.two-factor-disabled':
      return {
        subject: 'Two-step sign-in was turned off for your Partner Portal account',
        opening: `Two-step sign-in was turned off for your Partner Portal account on ${when}: signing in no longer asks for a code from your authenticator app.`,
      };
    case 'person.recovery-codes-regenerated':
      return {
        subject: 'New recovery codes for your Partner Portal account',
        opening: `New recovery codes for two-step sign-in were made for your Partner Portal account on ${when}. The previous codes no longer work.`,
      };
    case 'person.passkey-added':
      return {
        subject: 'A passkey was added to your Partner Portal account',
        opening: `A passkey named "${plainName(change.passkeyName)}" was added to your Partner Portal account on ${when}. It can now sign in to your account.`,
      };
    case 'person.passkey-removed':
      return {
        subject: 'A passkey was removed from your Partner Portal account',
        opening: `The passkey named "${plainName(change.passkeyName)}" was removed from your Partner Portal account on ${when}. It can no longer sign in to your account.`,
      };
  }
}

export function renderSignInChangedMessage(input: { name: string | null; change: SignInChange; changedAt: Date; resetPassword: string }): InvitationMessage {
  const greeting = input.name ? `Hello ${input.name},` : 'Hello,';
  const { subject, opening } = describeSignInChange(input.change, formatDate(input.changedAt));
  const notYou = 'If it was not you, someone may know your password: reset it now and tell your account owner:';
  const text = [greeting, '', opening, '', notYou, input.resetPassword, ''].join('\n');
  const html = page([
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(opening)}</p>`,
    `<p>If it was not you, someone may know your password: <a href="${escapeHtml(input.resetPassword)}">reset your password</a> now and tell your account owner.</p>`,
  ]);
  return { subject, text, html };
}

/** A name the person typed, on one line and of a sensible length. */
function plainName(name: string): string {
  return name.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim().slice(0, 100);
}

function page(body: string[]): string {
  return ['<!doctype html>', '<html><body style="font-family: sans-serif; line-height: 1.5">', ...body, '</body></html>', ''].join('\n');
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}
