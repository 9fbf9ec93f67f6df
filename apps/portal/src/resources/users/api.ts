import type { BuiltInRole } from '@partner-portal/permissions';
import { HttpError } from 'react-admin';
import { request } from '../../providers/http';
import { ROLE_LABELS } from '../../accounts/labels';
import { currentAccountId } from '../../providers/session';

/** One row of `GET /api/accounts/:id/users`: a member or a pending invitation. */
export interface PersonRow {
  kind: 'MEMBER' | 'INVITATION';
  id: string;
  email: string;
  name: string | null;
  role: BuiltInRole;
  status: 'ACTIVE' | 'PENDING';
  deliveryStatus: 'QUEUED' | 'SENT' | 'FAILED' | null;
  deliveryError: string | null;
  /** Emails tried so far. */
  deliveryAttempts?: number | null;
  /** While a failed email is retried: when the next attempt is due. */
  deliveryNextAttemptAt?: string | null;
  since: string;
  expiresAt: string | null;
  /** A custom role held instead of the built-in `role`, if any. */
  customRole?: { id: string; name: string } | null;
  /** A member that reaches only the lists chosen for it (always false for an invitation). */
  listRestricted?: boolean;
}

/** A role to give: a built-in one by its name, or one of the account's custom roles by its id. */
export type RoleChoice = { role: AssignableRole } | { customRoleId: string };

const CUSTOM = 'custom:';

/** The value a role select holds for a choice: the built-in role's name, or `custom:<id>`. */
export function choiceValue(choice: RoleChoice): string {
  return 'role' in choice ? choice.role : `${CUSTOM}${choice.customRoleId}`;
}

export function choiceOf(value: string): RoleChoice {
  return value.startsWith(CUSTOM) ? { customRoleId: value.slice(CUSTOM.length) } : { role: value as AssignableRole };
}

/** What a person holds now, as a role select's value. */
export function currentChoice(person: PersonRow): string {
  return person.customRole ? choiceValue({ customRoleId: person.customRole.id }) : person.role;
}

/** How the team page names the role a person holds. */
export function personRoleLabel(person: PersonRow): string {
  return person.customRole?.name ?? ROLE_LABELS[person.role] ?? person.role;
}

export type ListAccessLevel = 'VIEW' | 'SEND' | 'MANAGE';

/** `GET|PUT users/:userId/list-access`. */
export interface MemberListAccess {
  userId: string;
  restricted: boolean;
  lists: { listId: string; listName?: string; level: ListAccessLevel }[];
}

export type AssignableRole = Exclude<BuiltInRole, 'ACCOUNT_OWNER'>;

/** Roles an invitation or a role change may give here; ownership moves only by a transfer. */
export function assignableRoles(accountKind: string | undefined): AssignableRole[] {
  return accountKind === 'PARTNER' ? ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'] : ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR'];
}

function teamPath(path: string): string {
  const accountId = currentAccountId();
  if (!accountId) throw new HttpError('Choose an account first.', 400);
  return `/accounts/${encodeURIComponent(accountId)}/${path}`;
}

const json = (method: string, data: unknown): RequestInit => ({ method, body: JSON.stringify(data) });

export const teamApi = {
  invite: (input: { email: string; replacePending?: boolean } & RoleChoice) => request(teamPath('invitations'), json('POST', input)),
  resend: (invitationId: string) => request(teamPath(`invitations/${encodeURIComponent(invitationId)}/resend`), { method: 'POST' }),
  revoke: (invitationId: string) => request(teamPath(`invitations/${encodeURIComponent(invitationId)}`), { method: 'DELETE' }),
  changeRole: (userId: string, choice: RoleChoice) => request(teamPath(`users/${encodeURIComponent(userId)}`), json('PATCH', choice)),
  listAccess: (userId: string, signal?: AbortSignal) => request<MemberListAccess>(teamPath(`users/${encodeURIComponent(userId)}/list-access`), { signal }),
  setListAccess: (userId: string, access: Omit<MemberListAccess, 'userId'>) =>
    request<MemberListAccess>(teamPath(`users/${encodeURIComponent(userId)}/list-access`), json('PUT', { restricted: access.restricted, lists: access.lists.map(({ listId, level }) => ({ listId, level })) })),
  remove: (userId: string) => request(teamPath(`users/${encodeURIComponent(userId)}`), { method: 'DELETE' }),
};

/** The API's stable error code (`INVITATION_PENDING`, ...) of a failed request, if any. */
export function errorCode(error: unknown): string | undefined {
  const body = error instanceof HttpError ? (error.body as { code?: unknown } | null) : null;
  return typeof body?.code === 'string' ? body.code : undefined;
}

/** "Retrying: attempt 3, next at 14:05, last error: ..." for an invitation whose email is being retried; null otherwise. */
export function retryingNote(person: Pick<PersonRow, 'deliveryStatus' | 'deliveryError' | 'deliveryAttempts' | 'deliveryNextAttemptAt'>): string | null {
  if (person.deliveryStatus !== 'QUEUED' || !person.deliveryError || !person.deliveryNextAttemptAt) return null;
  const next = new Date(person.deliveryNextAttemptAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return `Retrying: attempt ${(person.deliveryAttempts ?? 0) + 1}, next at ${next}, last error: ${person.deliveryError}`;
}
