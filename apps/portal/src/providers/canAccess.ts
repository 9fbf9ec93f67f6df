import { type Action, can, type Grant, type Target } from '@partner-portal/permissions';
import type { Me, OpenAccount } from './me';

export interface AccessRequest {
  resource: string;
  action: string;
}

/**
 * Which action of the permission matrix (DESIGN.md §3) each page or button of a resource needs.
 * Anything not listed is denied.
 */
const RESOURCE_ACTIONS: Record<string, Record<string, Action>> = {
  clients: { list: 'partner.accounts.view', create: 'partner.clients.create' },
  resources: { list: 'partner.resources.view' },
  users: {
    list: 'users.view',
    create: 'users.manage',
    edit: 'users.manage',
    delete: 'users.manage',
    resend: 'users.manage',
    revoke: 'users.manage',
  },
};

/** The caller's grant in the current account and that account as a permission target. */
export function currentGrant(me: Me | null, opened: OpenAccount | null, accountId: string | null): { grant: Grant; target: Target } | null {
  if (!me || !accountId) return null;
  const account = opened?.id === accountId ? opened : me.accounts.find((candidate) => candidate.id === accountId);
  if (!account) return null;
  return {
    grant: account.grant,
    target: {
      kind: account.kind,
      ...(account.partnerProgram ? { partnerProgram: account.partnerProgram } : {}),
      ...(account.billingMode ? { billingMode: account.billingMode } : {}),
    },
  };
}

/**
 * Decides from the grants stored at sign-in and on each account switch, with no request: react-admin
 * asks before every page and many buttons. The decision is the shared `can()`; the API still enforces
 * every one of them.
 */
export function canAccess(me: Me | null, opened: OpenAccount | null, accountId: string | null, { resource, action }: AccessRequest): boolean {
  if (!me) return false;
  if (resource === 'dashboard') return true;
  const needed = RESOURCE_ACTIONS[resource]?.[action];
  if (!needed) return false;
  const current = currentGrant(me, opened, accountId);
  return current !== null && can(current.grant, needed, current.target);
}
