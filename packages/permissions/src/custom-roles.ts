import type { Action } from './actions.js';

/** An owner may compose at most this many named roles per account. */
export const MAX_CUSTOM_ROLES_PER_ACCOUNT = 20;

/** Never part of a custom role: who may change people, their roles and their access stays with the built-in roles. */
export const NEVER_IN_CUSTOM_ROLES: readonly Action[] = ['users.manage'];

/** A named set of action ids, composed by an account's owner for its members. */
export interface CustomRole {
  id: string;
  name: string;
  actions: readonly Action[];
}

/** A member holding a custom role: it acts in its own account only, never through a partner. */
export type CustomGrant = { role: 'CUSTOM'; via: 'MEMBER'; customRole: CustomRole };

export function isCustomGrant(grant: { role: string }): grant is CustomGrant {
  return grant.role === 'CUSTOM' && typeof (grant as CustomGrant).customRole === 'object' && (grant as CustomGrant).via === 'MEMBER';
}
