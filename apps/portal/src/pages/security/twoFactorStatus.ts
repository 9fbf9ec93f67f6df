import type { Schemas } from '@partner-portal/api-client';
import { useQuery } from '@tanstack/react-query';
import { useLogoutIfAccessDenied } from 'react-admin';
import { answer, api } from '../../providers/api';

export type TwoFactorStatus = Schemas['TwoFactorStatusDto'];

export const TWO_FACTOR_QUERY_KEY = ['me', 'two-factor'];

/** The person's second factors (`GET /api/me/two-factor`); a 401 signs them out. */
export function useTwoFactorStatus() {
  const logoutIfAccessDenied = useLogoutIfAccessDenied();
  return useQuery({
    queryKey: TWO_FACTOR_QUERY_KEY,
    queryFn: async ({ signal }) => {
      try {
        return await answer(api.GET('/api/me/two-factor', { signal }));
      } catch (error) {
        await logoutIfAccessDenied(error);
        throw error;
      }
    },
    gcTime: 0,
  });
}

/** Whether the person could sign in with a second factor: an authenticator app or a passkey. */
export function hasSecondFactor(status: TwoFactorStatus): boolean {
  return status.totpEnabled || status.passkeys > 0;
}
