import type { BuiltInRole } from '@partner-portal/permissions';
import { HttpError } from 'react-admin';
import { request } from '../../providers/http';
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
  since: string;
  expiresAt: string | null;
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
  invite: (input: { email: string; role: AssignableRole; replacePending?: boolean }) => request(teamPath('invitations'), json('POST', input)),
  resend: (invitationId: string) => request(teamPath(`invitations/${encodeURIComponent(invitationId)}/resend`), { method: 'POST' }),
  revoke: (invitationId: string) => request(teamPath(`invitations/${encodeURIComponent(invitationId)}`), { method: 'DELETE' }),
  changeRole: (userId: string, role: AssignableRole) => request(teamPath(`users/${encodeURIComponent(userId)}`), json('PATCH', { role })),
  remove: (userId: string) => request(teamPath(`users/${encodeURIComponent(userId)}`), { method: 'DELETE' }),
};

/** The API's stable error code (`INVITATION_PENDING`, ...) of a failed request, if any. */
export function errorCode(error: unknown): string | undefined {
  const body = error instanceof HttpError ? (error.body as { code?: unknown } | null) : null;
  return typeof body?.code === 'string' ? body.code : undefined;
}
