import type { Schemas } from '@partner-portal/api-client';
import { useGetList } from 'react-admin';
import { useCurrentAccount } from '../../accounts/currentAccount';
import { ROLE_LABELS } from '../../accounts/labels';
import { MAX_CUSTOM_ROLES_PER_ACCOUNT } from '@partner-portal/permissions';
import { assignableRoles, choiceValue } from './api';

export interface RoleOption {
  /** A role select's value: see choiceValue. */
  value: string;
  label: string;
  custom: boolean;
}

/** The roles a member or an invitation may be given here: the built-in ones, then the account's custom roles by name. */
export function useRoleOptions(): { options: RoleOption[]; isPending: boolean; error: unknown } {
  const account = useCurrentAccount();
  const { data: customRoles = [], isPending, error } = useGetList<Schemas['CustomRoleDto']>('roles', {
    pagination: { page: 1, perPage: MAX_CUSTOM_ROLES_PER_ACCOUNT },
    sort: { field: 'name', order: 'ASC' },
  });
  const builtIn = assignableRoles(account?.kind).map((role) => ({ value: choiceValue({ role }), label: ROLE_LABELS[role], custom: false }));
  const custom = customRoles.map((role) => ({ value: choiceValue({ customRoleId: role.id }), label: role.name, custom: true }));
  return { options: [...builtIn, ...custom], isPending, error };
}
