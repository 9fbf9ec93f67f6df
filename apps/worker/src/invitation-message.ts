import type { Role } from '@partner-portal/db';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  ACCOUNT_OWNER: 'Account Owner',
  ACCOUNT_MANAGER: 'Account Manager',
  CAMPAIGN_CREATOR: 'Campaign Creator',
  PARTNER_MANAGER: 'Partner Manager',
};

export interface InvitationMessageInput {
  accountName: string;
  inviter: { name: string | null; email: string } | null;
  role: Role;
  /** The accept link, holding the raw token. */
  link: string;
  expiresAt: Date;
  reminder: boolean;
}

export interface InvitationMessage {
  subject: string;
  text: string;
  html: string;
}

export function invitationLink(portalUrl: string, token: string): string {
  return `${portalUrl}/invitations/accept?token=${encodeURIComponent(token)}`;
}

export function renderInvitationMessage(input: InvitationMessageInput): InvitationMessage {
  const { accountName, role, link, reminder } = input;
  const inviter = input.inviter ? (input.inviter.name ? `${input.inviter.name} (${input.inviter.email})` : input.inviter.email) : null;
  const expires = formatDate(input.expiresAt);
  const roleName = ROLE_NAMES[role];

  const subject = `${reminder ? "Reminder: you're" : "You're"} invited to join ${oneLine(accountName)} on Partner Portal`;
  const opening = inviter
    ? `${inviter} has invited you to join ${accountName} on Partner Portal as ${article(roleName)} ${roleName}.`
    : `You have been invited to join ${accountName} on Partner Portal as ${article(roleName)} ${roleName}.`;
  const action = 'To accept the invitation, open this link:';
  const expiry = `The invitation expires on ${expires}. If you were not expecting it, you can ignore this email.`;

  const text = [opening, '', action, link, '', expiry, ''].join('\n');
  const html = [
    '<!doctype html>',
    '<html><body style="font-family: sans-serif; line-height: 1.5">',
    `<p>${escapeHtml(opening)}</p>`,
    `<p><a href="${escapeHtml(link)}">Accept the invitation</a></p>`,
    `<p>Or paste this link into your browser:<br>${escapeHtml(link)}</p>`,
    `<p>${escapeHtml(expiry)}</p>`,
    '</body></html>',
    '',
  ].join('\n');
  return { subject, text, html };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function article(word: string): string {
  return /^[AEIOU]/i.test(word) ? 'an' : 'a';
}

function formatDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date) + ' UTC';
}
