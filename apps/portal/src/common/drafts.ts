import { currentAccountId, readMe } from '../providers/session';

/**
 * Unsaved edits of a record, kept in localStorage under `portal.draft/<user>/<account>/<resource>/<id>`
 * so that a closed tab or a crash loses nothing. A storage error (quota, private mode) is ignored:
 * editing goes on without drafts.
 */
export interface Draft {
  /** When it was last written, in ms since the epoch. */
  savedAt: number;
  /** The record's version the edits were made on. */
  version: unknown;
  /** The fields that differ from that version, as a save would send them. */
  values: Record<string, unknown>;
}

const PREFIX = 'portal.draft/';
const DRAFT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;

/** The key of a record's draft for the signed-in person in the current account; null when there is none. */
export function draftKey(resource: string, id: string | number): string | null {
  const userId = readMe()?.user?.id;
  const accountId = currentAccountId();
  if (!userId || !accountId) return null;
  return PREFIX + [userId, accountId, resource, String(id)].map(encodeURIComponent).join('/');
}

function parse(text: string | null): Draft | null {
  try {
    const draft = JSON.parse(text ?? 'null') as Draft | null;
    return typeof draft?.savedAt === 'number' && typeof draft.values === 'object' && draft.values !== null ? draft : null;
  } catch {
    return null;
  }
}

const expired = (draft: Draft, now: number) => now - draft.savedAt > DRAFT_MAX_AGE_MS;

/** The draft under `key`, unless it is missing, unreadable or expired (then it is removed). */
export function readDraft(key: string, now = Date.now()): Draft | null {
  let text: string | null;
  try {
    text = localStorage.getItem(key);
  } catch {
    return null;
  }
  if (text === null) return null;
  const draft = parse(text);
  if (draft && !expired(draft, now)) return draft;
  removeDraft(key);
  return null;
}

export function writeDraft(key: string, draft: Draft): void {
  try {
    localStorage.setItem(key, JSON.stringify(draft));
  } catch {
    // Full or unavailable: the form keeps working without a draft.
  }
}

const removalListeners = new Set<(key: string) => void>();

/** Drops a draft and tells the open form that keeps it (its notice goes away). */
export function removeDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Unavailable storage holds no draft.
  }
  for (const listener of removalListeners) listener(key);
}

export function onDraftRemoved(listener: (key: string) => void): () => void {
  removalListeners.add(listener);
  return () => removalListeners.delete(listener);
}

/** Removes every expired or unreadable draft, of anyone, so that abandoned ones do not pile up. */
export function removeExpiredDrafts(now = Date.now()): void {
  try {
    const keys = Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index)).filter((key): key is string => key?.startsWith(PREFIX) ?? false);
    for (const key of keys) {
      const draft = parse(localStorage.getItem(key));
      if (!draft || expired(draft, now)) localStorage.removeItem(key);
    }
  } catch {
    // Nothing to clean in unavailable storage.
  }
}
