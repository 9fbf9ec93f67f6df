import type { Schemas } from '@partner-portal/api-client';
import type { BuiltInRole } from '@partner-portal/permissions';
import { ROLE_LABELS } from '../../accounts/labels';
import { accountId, answer, api, errorCode } from '../../providers/api';

/** One row of `GET /api/accounts/:id/users`: a member or a pending invitation. */
export type PersonRow = Schemas['PersonDto'];

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

/** `GET|PUT users/:userId/list-access`. */
export type MemberListAccess = Schemas['MemberListAccessDto'];

export type ListAccessLevel = MemberListAccess['lists'][number]['level'];

export type AssignableRole = Exclude<BuiltInRole, 'ACCOUNT_OWNER'>;

/** Roles an invitation or a role change may give here; ownership moves only by a transfer. */
export function assignableRoles(accountKind: string | undefined): AssignableRole[] {
  return accountKind === 'PARTNER' ? ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR', 'PARTNER_MANAGER'] : ['ACCOUNT_MANAGER', 'CAMPAIGN_CREATOR'];
}

const account = () => ({ accountId: accountId() });

export const teamApi = {
  invite: (body: { email: string; replacePending?: boolean } & RoleChoice) =>
    answer(api.POST('/api/accounts/{accountId}/invitations', { params: { path: account() }, body })),
  resend: (invitationId: string) =>
    answer(api.POST('/api/accounts/{accountId}/invitations/{invitationId}/resend', { params: { path: { ...account(), invitationId } } })),
  revoke: (invitationId: string) =>
    answer(api.DELETE('/api/accounts/{accountId}/invitations/{invitationId}', { params: { path: { ...account(), invitationId } } })),
  changeRole: (userId: string, choice: RoleChoice) =>
    answer(api.PATCH('/api/accounts/{accountId}/users/{userId}', { params: { path: { ...account(), userId } }, body: choice })),
  listAccess: (userId: string, signal?: AbortSignal) =>
    answer(api.GET('/api/accounts/{accountId}/users/{userId}/list-access', { params: { path: { ...account(), userId } }, signal })),
  setListAccess: (userId: string, access: Schemas['ReplaceListAccessDto']) =>
    answer(
      api.PUT('/api/accounts/{accountId}/users/{userId}/list-access', {
        params: { path: { ...account(), userId } },
        body: { restricted: access.restricted, lists: access.lists.map(({ listId, level }) => ({ listId, level })) },
      }),
    ),
  remove: (userId: string) => answer(api.DELETE('/api/accounts/{accountId}/users/{userId}', { params: { path: { ...account(), userId } } })),
};

export { errorCode };

/** "Retrying: attempt 3, next at 14:05, last error: ..." for an invitation whose email is being retried; null otherwise. */
export function retryingNote(person: Pick<PersonRow, 'deliveryStatus' | 'deliveryError' | 'deliveryAttempts' | 'deliveryNextAttemptAt'>): string | null {
  if (person.deliveryStatus !== 'QUEUED' || !person.deliveryError || !person.deliveryNextAttemptAt) return null;
  const next = new Date(person.deliveryNextAttemptAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  return `Retrying: attempt ${(person.deliveryAttempts ?? 0) + 1}, next at ${next}, last error: ${person.deliveryError}`;
}
