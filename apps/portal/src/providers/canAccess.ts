import type { Me } from './me';

export interface AccessRequest {
  resource: string;
  action: string;
}

/**
 * Decides from the grants stored at sign-in, with no request: react-admin asks before every page and
 * many buttons. Resources map their actions onto the permission matrix (`can()` from
 * @partner-portal/permissions, with the grant and the account of `accountId`) as they are added;
 * until then only the dashboard exists.
 */
export function canAccess(me: Me | null, accountId: string | null, { resource }: AccessRequest): boolean {
  if (!me) return false;
  return resource === 'dashboard';
}
