import type { Me, OpenAccount } from './me';

// Everything the portal remembers between page loads, in localStorage under these keys.
const KEYS = {
  session: 'portal.session',
  me: 'portal.me',
  accountId: 'portal.accountId',
  account: 'portal.account',
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

// Components that show the current account (the app bar, the switcher) re-render when it changes.
const listeners = new Set<() => void>();
let version = 0;

// The account whose routes last answered 403 TWO_FACTOR_REQUIRED to this session, until a factor is
// proven or another session is saved.
let twoFactorBlocked: string | null = null;

function changed(): void {
  version += 1;
  for (const listener of listeners) listener();
}

export function subscribeSession(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes on every change of the stored caller or account; a snapshot for useSyncExternalStore. */
export function sessionVersion(): number {
  return version;
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
  twoFactorBlocked = null;
  localStorage.setItem(KEYS.session, JSON.stringify({ accessToken: session.accessToken, expiresAt: session.expiresAt }));
  changed();
}

/** The last `GET /api/me` answer: the grants `canAccess` decides from. */
export function readMe(): Me | null {
  return read<Me>(KEYS.me);
}

/**
 * Stores the caller and keeps the current account one they can still act in: one of their own, or a
 * client opened through a partner account they still run. Otherwise the first account is current.
 */
export function rememberMe(me: Me): void {
  localStorage.setItem(KEYS.me, JSON.stringify(me));
  const current = localStorage.getItem(KEYS.accountId);
  const opened = readOpenAccount();
  const stillReachable =
    me.accounts.some((account) => account.id === current) ||
    (opened !== null &&
      opened.id === current &&
      opened.grant.via === 'PARTNER' &&
      me.accounts.some((account) => account.id === opened.partner?.id && account.clientAccess));
  if (!stillReachable) {
    localStorage.removeItem(KEYS.account);
    if (me.accounts[0]) localStorage.setItem(KEYS.accountId, me.accounts[0].id);
    else localStorage.removeItem(KEYS.accountId);
  }
  changed();
}

export function currentAccountId(): string | null {
  return localStorage.getItem(KEYS.accountId);
}

/** The account last opened with `GET /api/accounts/:id`, with the caller's grant there. */
export function readOpenAccount(): OpenAccount | null {
  return read<OpenAccount>(KEYS.account);
}

/** Makes an account current, as `GET /api/accounts/:id` described it. */
export function openAccount(account: OpenAccount): void {
  localStorage.setItem(KEYS.accountId, account.id);
  localStorage.setItem(KEYS.account, JSON.stringify(account));
  changed();
}

export function clearSession(): void {
  for (const key of Object.values(KEYS)) localStorage.removeItem(key);
  changed();
}

/** An account's routes refused this session: the account requires a second factor it has not proven. */
export function blockForTwoFactor(accountId: string): void {
  if (twoFactorBlocked === accountId) return;
  twoFactorBlocked = accountId;
  changed();
}

/** This session proved a second factor (turned one on): the accounts that required one open again. */
export function unblockTwoFactor(): void {
  if (twoFactorBlocked === null) return;
  twoFactorBlocked = null;
  changed();
}

/** The account whose routes refused this session for want of a second factor, if any. */
export function accountBlockedForTwoFactor(): string | null {
  return twoFactorBlocked;
}
