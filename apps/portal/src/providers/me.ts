import type { Grant } from '@partner-portal/permissions';
import { request } from './http';
import { readSession, rememberMe } from './session';

export type AccountKind = 'STANDALONE' | 'PARTNER' | 'CLIENT';

/** One account the caller can act in, as `GET /api/me` describes it. */
export interface MyAccount {
  id: string;
  name: string;
  kind: AccountKind;
  partnerProgram: 'RESELLER' | 'REFERRAL' | null;
  billingMode: 'SINGLE_BILL' | 'DIRECT' | null;
  partner: { id: string; name: string } | null;
  grant: Grant;
}

export interface Me {
  user: { id: string; email: string; name: string | null };
  accounts: MyAccount[];
}

/** Loads the caller and their grants, and keeps them for the synchronous permission checks. */
export async function loadMe(signal?: AbortSignal): Promise<Me> {
  const token = readSession()?.accessToken;
  const me = await request<Me>('/me', { signal });
  // A sign-out, or another sign-in, while the request was out must not bring this answer back.
  if (token && readSession()?.accessToken === token) rememberMe(me);
  return me;
}
