import type { Action, Grant } from '@partner-portal/permissions';
import { request } from './http';
import { openAccount, readSession, rememberMe } from './session';

export type AccountKind = 'STANDALONE' | 'PARTNER' | 'CLIENT';

interface AccountDescription {
  id: string;
  name: string;
  kind: AccountKind;
  partnerProgram: 'RESELLER' | 'REFERRAL' | null;
  billingMode: 'SINGLE_BILL' | 'DIRECT' | null;
  partner: { id: string; name: string } | null;
}

/** One account the caller can act in, as `GET /api/me` describes it. */
export interface MyAccount extends AccountDescription {
  grant: Grant;
  actions?: Action[];
  /** On a partner account the caller runs: the grant it holds in every client of that partner. */
  clientAccess?: { grant: Grant; clients: number } | null;
}

/** One account as `GET /api/accounts/:id` describes it: the caller's grant there and what it allows. */
export interface OpenAccount extends AccountDescription {
  grant: Grant;
  actions: Action[];
  /** The caller is a member restricted to chosen lists here. */
  listRestricted?: boolean;
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

/**
 * Enters an account: asks the API for the caller's grant there (a partner's staff entering a client
 * get theirs through the partner), then makes it current. The API answers 404 for an account the
 * caller has no relation to, and nothing changes.
 */
export async function enterAccount(accountId: string): Promise<OpenAccount> {
  const account = await request<OpenAccount>(`/accounts/${encodeURIComponent(accountId)}`);
  openAccount(account);
  return account;
}
