import type { Me } from './me';

// Everything the portal remembers between page loads, in localStorage under these keys.
const KEYS = {
  session: 'portal.session',
  me: 'portal.me',
  accountId: 'portal.accountId',
} as const;

export interface Session {
  accessToken: string;
  expiresAt: string;
}

function read<T>(key: string): T | null {
  try {
    return JSON.parse(localStorage.getItem(key) ?? 'null') as T | null;
  } catch {
    return null;
  }
}

export function readSession(): Session | null {
  const session = read<Session>(KEYS.session);
  return session?.accessToken && session.expiresAt ? session : null;
}

export function isExpired(session: Session, now = Date.now()): boolean {
  const expiresAt = Date.parse(session.expiresAt);
  return Number.isNaN(expiresAt) || expiresAt <= now;
}

export function saveSession(session: Session): void {
  localStorage.setItem(KEYS.session, JSON.stringify({ accessToken: session.accessToken, expiresAt: session.expiresAt }));
}

/** The last `GET /api/me` answer: the grants `canAccess` decides from. */
export function readMe(): Me | null {
  return read<Me>(KEYS.me);
}

/** Stores the caller and keeps the current account one they still have (the first one by default). */
export function rememberMe(me: Me): void {
  localStorage.setItem(KEYS.me, JSON.stringify(me));
  const current = localStorage.getItem(KEYS.accountId);
  if (me.accounts.some((account) => account.id === current)) return;
  if (me.accounts[0]) localStorage.setItem(KEYS.accountId, me.accounts[0].id);
  else localStorage.removeItem(KEYS.accountId);
}

export function currentAccountId(): string | null {
  return localStorage.getItem(KEYS.accountId);
}

export function clearSession(): void {
  for (const key of Object.values(KEYS)) localStorage.removeItem(key);
}
