import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess } from './canAccess';
import { answer, api } from './api';
import { loadMe, type Me } from './me';
import { clearSession, currentAccountId, isExpired, readMe, readOpenAccount, readSession, saveSession } from './session';

export interface PortalIdentity extends UserIdentity {
  me: Me;
}

export const authProvider: AuthProvider = {
  async login({ email, password }: { email: string; password: string }) {
    const session = await answer(api.POST('/api/auth/login', { body: { email, password } }));
    saveSession(session);
    try {
      await loadMe();
    } catch (error) {
      clearSession();
      throw error;
    }
  },

  async logout() {
    if (readSession()) {
      // The session may already be expired or revoked; signing out locally must happen regardless.
      await answer(api.POST('/api/auth/logout')).catch(() => undefined);
    }
    clearSession();
  },

  async checkAuth() {
    const session = readSession();
    if (!session) throw { message: false };
    if (isExpired(session)) throw new Error('Your session has expired. Sign in again.');
  },

  async checkError(error: { status?: number }) {
    if (error?.status === 401) throw error;
  },

  async getIdentity(params): Promise<PortalIdentity> {
    const me = await loadMe(params?.signal);
    return { id: me.user.id, fullName: me.user.name || me.user.email, me };
  },

  async canAccess({ resource, action }) {
    return canAccess(readMe(), readOpenAccount(), currentAccountId(), { resource, action });
  },
};
