import type { paths, Schemas } from '@partner-portal/api-client';
import { useEffect, useState } from 'react';
import type { Identifier } from 'react-admin';
import { api } from '../providers/api';
import { currentAccountId } from '../providers/session';

export type PresentEditor = Schemas['PresentEditorDto'];

/** Where each edited resource's presence lives in the API's contract (checked against it at compile time). */
const RECORD_PATHS = {
  campaigns: '/api/accounts/{accountId}/presence/campaigns/{recordId}',
  automations: '/api/accounts/{accountId}/presence/automations/{recordId}',
  contacts: '/api/accounts/{accountId}/presence/contacts/{recordId}',
  lists: '/api/accounts/{accountId}/presence/lists/{recordId}',
  segments: '/api/accounts/{accountId}/presence/segments/{recordId}',
  'landing-pages': '/api/accounts/{accountId}/presence/landing-pages/{recordId}',
  library: '/api/accounts/{accountId}/presence/library/{recordId}',
  logos: '/api/accounts/{accountId}/presence/logos/{recordId}',
  'social-posts': '/api/accounts/{accountId}/presence/social-posts/{recordId}',
  'ads-google': '/api/accounts/{accountId}/presence/ads-google/{recordId}',
  'ads-meta': '/api/accounts/{accountId}/presence/ads-meta/{recordId}',
  'ads-lead': '/api/accounts/{accountId}/presence/ads-lead/{recordId}',
  stores: '/api/accounts/{accountId}/presence/stores/{recordId}',
  roles: '/api/accounts/{accountId}/presence/roles/{recordId}',
} as const satisfies Record<string, keyof paths>;

/** One record per account: the path names no record. */
const SINGLETON_PATHS = {
  settings: '/api/accounts/{accountId}/presence/settings',
  'business-profile': '/api/accounts/{accountId}/presence/business-profile',
  archive: '/api/accounts/{accountId}/presence/archive',
} as const satisfies Record<string, keyof paths>;

/**
 * Every record's presence routes take and answer the same (only the action guarding them differs), so
 * one of each kind stands for all in the client's types.
 */
type RecordPath = (typeof RECORD_PATHS)['campaigns'];
type SingletonPath = (typeof SINGLETON_PATHS)['settings'];

/** After a failure (Redis down: 503 with Retry-After), the next try waits this long, doubling up to the cap. */
const FIRST_RETRY_MS = 5_000;
const MAX_RETRY_MS = 60_000;

interface Answer {
  data?: Schemas['PresenceDto'];
  response?: Response;
}

interface Calls {
  stay(editorId: string, revision: string | undefined, signal: AbortSignal): Promise<Answer>;
  leave(editorId: string): void;
}

function callsFor(resource: string, recordId: string, accountId: string): Calls | undefined {
  if (resource in SINGLETON_PATHS) {
    const path = SINGLETON_PATHS[resource as keyof typeof SINGLETON_PATHS] as SingletonPath;
    const params = { path: { accountId } };
    return {
      stay: (editorId, revision, signal) => api.POST(path, { params, body: { editorId, revision }, signal }),
      // keepalive: the request outlives the page when the tab closes.
      leave: (editorId) => void api.DELETE(path, { params: { ...params, query: { editorId } }, keepalive: true }).catch(() => undefined),
    };
  }
  if (resource in RECORD_PATHS) {
    const path = RECORD_PATHS[resource as keyof typeof RECORD_PATHS] as RecordPath;
    const params = { path: { accountId, recordId } };
    return {
      stay: (editorId, revision, signal) => api.POST(path, { params, body: { editorId, revision }, signal }),
      leave: (editorId) => void api.DELETE(path, { params: { ...params, query: { editorId } }, keepalive: true }).catch(() => undefined),
    };
  }
  return undefined;
}

/** A random UUID, also where crypto.randomUUID is missing (a page served over plain HTTP from another host). */
function newEditorId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keeps this screen marked as editing the record and follows who else is: a call that answers at
 * once, then calls that each wait for a change (the API pushes it within a second) or the heartbeat,
 * one after the other, each renewing the mark. Leaving (`stop`, or the page going away) removes the
 * mark at once. A record the caller may not read (404, 403) shows nobody and is not asked again; a
 * failure (Redis down: 503) shows nobody, says nothing, and tries again later, backing off.
 */
function follow(calls: Calls, show: (others: PresentEditor[]) => void): () => void {
  const editorId = newEditorId();
  let stopped = false;
  let rejoining = false;
  let revision: string | undefined;
  let inFlight: AbortController | undefined;
  let pause: { timer: number; resolve: () => void } | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      pause = { timer: window.setTimeout(() => ((pause = undefined), resolve()), ms), resolve };
    });
  const wake = () => {
    if (!pause) return;
    window.clearTimeout(pause.timer);
    const { resolve } = pause;
    pause = undefined;
    resolve();
  };

  const run = async () => {
    let failures = 0;
    while (!stopped) {
      rejoining = false;
      inFlight = new AbortController();
      const asked = revision;
      const askedAt = Date.now();
      let answer: Answer = {};
      try {
        answer = await calls.stay(editorId, asked, inFlight.signal);
      } catch {
        // No answer: the network, or the call given up below.
      }
      if (stopped) return;
      // Given up for a fresh start (the page came back from the back/forward cache).
      if (rejoining) continue;
      if (answer.data) {
        failures = 0;
        if (answer.data.revision !== revision) show(answer.data.others);
        revision = answer.data.revision;
        // A wait that ended at once without news (the API shutting down, say): do not spin.
        if (asked !== undefined && revision === asked && Date.now() - askedAt < 1_000) await sleep(2 * FIRST_RETRY_MS);
        continue;
      }
      revision = undefined;
      show([]);
      const status = answer.response?.status ?? 0;
      // Not ours to see (404, 403) or not signed in any more (401): nothing to show, nothing to ask again.
      if (status >= 400 && status < 500 && status !== 408 && status !== 429) return;
      failures += 1;
      const retryAfter = Number(answer.response?.headers.get('Retry-After')) * 1000 || 0;
      await sleep(Math.max(retryAfter, Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS)));
    }
  };

  // The tab closing or going into the back/forward cache: the mark goes now; coming back, it returns.
  const onPageHide = () => calls.leave(editorId);
  const onPageShow = (event: PageTransitionEvent) => {
    if (!event.persisted || stopped) return;
    revision = undefined;
    rejoining = true;
    inFlight?.abort();
    wake();
  };
  window.addEventListener('pagehide', onPageHide);
  window.addEventListener('pageshow', onPageShow);
  void run();

  return () => {
    stopped = true;
    window.removeEventListener('pagehide', onPageHide);
    window.removeEventListener('pageshow', onPageShow);
    inFlight?.abort();
    wake();
    calls.leave(editorId);
  };
}

/**
 * Who else is editing this record now, as the API tells (never the caller); empty while nobody is,
 * while the record is not the caller's to read, and while presence is unavailable.
 */
export function usePresence(resource: string | undefined, id: Identifier | undefined): PresentEditor[] {
  const [others, setOthers] = useState<PresentEditor[]>([]);
  const accountId = currentAccountId();
  useEffect(() => {
    const calls = resource && id !== undefined && id !== null && accountId ? callsFor(resource, String(id), accountId) : undefined;
    if (!calls) return undefined;
    const stop = follow(calls, setOthers);
    return () => {
      stop();
      setOthers([]);
    };
  }, [resource, id, accountId]);
  return others;
}
