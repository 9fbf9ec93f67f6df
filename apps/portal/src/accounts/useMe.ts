import { useGetIdentity, useLogoutIfAccessDenied } from 'react-admin';
import type { PortalIdentity } from '../providers/authProvider';

/**
 * The caller and their accounts, fresh from `GET /api/me` on every mount (authProvider.getIdentity also
 * stores them for canAccess). A 401 signs the user out; other failures are left to the caller to show.
 */
export function useMe() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  const { identity, ...query } = useGetIdentity({ onError: logoutIfAccessDenied });
  return { ...query, me: (identity as PortalIdentity | undefined)?.me };
}
