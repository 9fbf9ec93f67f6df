import type { Schemas } from '@partner-portal/api-client';
import { answer, api } from './api';
import { openAccount, readSession, rememberMe } from './session';

/** One account the caller can act in, as `GET /api/me` describes it. */
export type MyAccount = Schemas['MyAccountDto'];

/** One account as `GET /api/accounts/:id` describes it: the caller's grant there and what it allows. */
export type OpenAccount = Schemas['AccountViewDto'];

export type AccountKind = OpenAccount['kind'];

/** The caller and every account they can act in. */
export type Me = Schemas['MeDto'];

/** Loads the caller and their grants, and keeps them for the synchronous permission checks. */
export async function loadMe(signal?: AbortSignal): Promise<Me> {
  const token = readSession()?.accessToken;
  const me = await answer(api.GET('/api/me', { signal }));
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
  const account = await answer(api.GET('/api/accounts/{accountId}', { params: { path: { accountId } } }));
  openAccount(account);
  return account;
}
