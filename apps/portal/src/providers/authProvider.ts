import type { AuthProvider, UserIdentity } from 'react-admin';
import { canAccess } from './canAccess';
import { answer, api } from './api';
import { loadMe, type Me } from './me';
import { clearSession, currentAccountId, isExpired, readMe, readOpenAccount, readSession, saveSession, type Session } from './session';

export interface PortalIdentity extends UserIdentity {
  me: Me;
}

/** The password was right and the person has a second factor: sign-in goes on with a code and this token. */
export class TwoFactorChallenge extends Error {
  constructor(
    readonly twoFactorToken: string,
    readonly expiresAt: string,
  ) {
    super('Enter the code from your authenticator app.');
    this.name = 'TwoFactorChallenge';
  }
}

/** Sign-in's two steps: the password, then (when the person has two-step sign-in on) a code or a recovery code. */
export type LoginParams = { email: string; password: string } | { twoFactorToken: string; code: string } | { twoFactorToken: string; recoveryCode: string } | { passkey: true };

async function signInWith(params: LoginParams): Promise<Session> {
  // A passkey replaces both steps; its code loads on first use.
  if ('passkey' in params) return (await import('../pages/security/passkeys/passkeyCeremony')).signInWithPasskey();
  if ('email' in params) {
    const { email, password } = params;
    const answered = await answer(api.POST('/api/auth/login', { body: { email, password } }));
    if ('twoFactorRequired' in answered) throw new TwoFactorChallenge(answered.twoFactorToken, answered.expiresAt);
    return answered;
  }
  return answer(api.POST('/api/auth/login/two-factor', { body: params }));
}

export const authProvider: AuthProvider = {
  /** Throws a TwoFactorChallenge after a right password when a code is needed: the login page asks for it. */
  async login(params: LoginParams) {
    saveSession(await signInWith(params));
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
