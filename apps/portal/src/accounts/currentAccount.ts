import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import { useNotify, useRedirect } from 'react-admin';
import { errorCode } from '../providers/api';
import { enterAccount, type MyAccount, type OpenAccount } from '../providers/me';
import { currentAccountId, readMe, readOpenAccount, sessionVersion, subscribeSession } from '../providers/session';

export type CurrentAccount = Omit<MyAccount, 'clientAccess'> | OpenAccount;

/** The account the portal acts in, from the grants stored at sign-in and on each switch. */
export function readCurrentAccount(): CurrentAccount | null {
  const id = currentAccountId();
  if (!id) return null;
  const opened = readOpenAccount();
  if (opened?.id === id) return opened;
  return readMe()?.accounts.find((account) => account.id === id) ?? null;
}

/** The current account, re-rendering when it changes (a switch, a sign-in, a refresh of the grants). */
export function useCurrentAccount(): CurrentAccount | null {
  useSyncExternalStore(subscribeSession, sessionVersion);
  return readCurrentAccount();
}

let switches = 0;
const switchListeners = new Set<() => void>();

/** Counts account switches, so the app can start afresh on each one. */
export function subscribeSwitches(listener: () => void): () => void {
  switchListeners.add(listener);
  return () => switchListeners.delete(listener);
}

export const switchCount = () => switches;

/**
 * Enters another account: loads the caller's grant there, forgets every cached answer of the previous
 * account (lists and permission decisions alike) and opens the dashboard, or `to`. The app is mounted
 * afresh for the new account (see App), so no page or query of the previous one can outlive the switch.
 */
export function useSwitchAccount() {
  const queryClient = useQueryClient();
  const redirect = useRedirect();
  const notify = useNotify();
  return useCallback(
    async (accountId: string, to = '/') => {
      try {
        const account = await enterAccount(accountId);
        redirect(to);
        queryClient.clear();
        switches += 1;
        for (const listener of switchListeners) listener();
        return account;
      } catch (error) {
        if (errorCode(error) === 'TWO_FACTOR_REQUIRED') {
          // A client whose partner (or itself) requires it of partner staff: the way in is the security page.
          notify('That account requires two-step sign-in. Turn it on here (or sign out and sign in again with it), then open the account again.', { type: 'warning' });
          redirect('/my-account/security');
          return null;
        }
        notify(`That account could not be opened. ${(error as Error).message}`, { type: 'error' });
        return null;
      }
    },
    [queryClient, redirect, notify],
  );
}
