import type { Schemas } from '@partner-portal/api-client';
import { useCanAccess, useGetList } from 'react-admin';
import { useCurrentAccount } from '../accounts/currentAccount';

/**
 * Whether the caller is restricted to chosen lists in the current account: GET /api/accounts/:id says
 * so (`listRestricted`), and so does every list the API answers (`access` is the caller's level when
 * restricted), which covers an account known only from /api/me.
 */
export function useListRestricted(): boolean {
  const account = useCurrentAccount();
  const { canAccess } = useCanAccess({ resource: 'lists', action: 'list' });
  const { data } = useGetList<Schemas['ContactListDto']>(
    'lists',
    { pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: canAccess === true },
  );
  const flagged = account !== null && 'listRestricted' in account && account.listRestricted === true;
  return flagged || data?.[0]?.access != null;
}
