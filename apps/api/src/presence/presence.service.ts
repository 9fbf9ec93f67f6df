import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../redis/redis.module.js';
import { MAX_EDITORS } from './dto/presence.dto.js';
import { PresenceHub, presenceUnavailable } from './presence-hub.js';
import { PresenceRepository } from './presence.repository.js';

/** One record somebody may be editing. */
export interface PresenceKey {
  accountId: string;
  /** The portal's resource name (presence-resources.ts). */
  resource: string;
  /** The record's id; a singleton's is its resource name. */
  recordId: string;
}

/** One editing screen of one person. */
export interface EditorRef {
  userId: string;
  editorId: string;
}

export interface PresentEditor {
  userId: string;
  name: string | null;
  email: string;
  since: string;
}

export interface PresenceView {
  others: PresentEditor[];
  revision: string;
  heartbeatSeconds: number;
  expirySeconds: number;
}

/** How an editor is stored beside its expiry. */
interface Who {
  userId: string;
  name: string | null;
  email: string;
  since: string;
}

/** What a read of the record's presence found. */
interface Found {
  view: PresenceView;
  /** Redis's clock when it read, in ms. */
  now: number;
  /** When the first of the others' marks lapses unless renewed (Redis's clock, ms). */
  nextLapse: number | undefined;
}

/**
 * Per record, a sorted set of editors (`<userId>:<editorId>`) by the time their mark lapses, and a hash
 * of who each is. One script prunes lapsed marks (Redis's clock, so every API process agrees), renews
 * the caller's when it is given, and answers everyone there; both keys share a hash tag, so it runs on
 * Redis Cluster too. Answers: Redis's time, how many marks came or went, then each mark's lapse and who.
 */
const STAY_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local lapsed = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now)
if #lapsed > 0 then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  redis.call('HDEL', KEYS[2], unpack(lapsed))
end
local joined = 0
if ARGV[1] ~= '' then
  local ttl = tonumber(ARGV[3])
  joined = redis.call('ZADD', KEYS[1], now + ttl, ARGV[1])
  if joined == 1 then redis.call('HSET', KEYS[2], ARGV[1], ARGV[2]) else redis.call('HSETNX', KEYS[2], ARGV[1], ARGV[2]) end
  redis.call('PEXPIRE', KEYS[1], ttl + 1000)
  redis.call('PEXPIRE', KEYS[2], ttl + 1000)
end
local present = redis.call('ZRANGE', KEYS[1], 0, -1, 'WITHSCORES')
local answer = { now, #lapsed + joined }
for i = 1, #present, 2 do
  answer[#answer + 1] = present[i + 1]
  answer[#answer + 1] = redis.call('HGET', KEYS[2], present[i]) or ''
end
return answer
`;

/** Removes one editor's mark; answers 1 when it was there. */
const LEAVE_SCRIPT = `
local left = redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
return left
`;

interface PresenceScripts {
  presenceStay(marks: string, whoKey: string, editor: string, who: string, ttlMs: number): Promise<(string | number)[]>;
  presenceLeave(marks: string, whoKey: string, editor: string): Promise<number>;
}

/**
 * Who is editing which record, kept in Redis so that every API process sees the same, and changes
 * pushed between processes with pub/sub (PresenceHub). A mark lapses PRESENCE_TTL_SECONDS after it
 * was last renewed; an editor renews it by calling again within PRESENCE_HEARTBEAT_SECONDS.
 */
@Injectable()
export class PresenceService implements OnModuleDestroy {
  private readonly ttlMs: number;
  private readonly heartbeatMs: number;
  private readonly scripts: PresenceScripts;
  private closing = false;

  constructor(
    @Inject(REDIS) redis: RedisClient,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly hub: PresenceHub,
    private readonly people: PresenceRepository,
  ) {
    this.ttlMs = config.PRESENCE_TTL_SECONDS * 1000;
    this.heartbeatMs = config.PRESENCE_HEARTBEAT_SECONDS * 1000;
    redis.defineCommand('presenceStay', { numberOfKeys: 2, lua: STAY_SCRIPT });
    redis.defineCommand('presenceLeave', { numberOfKeys: 2, lua: LEAVE_SCRIPT });
    this.scripts = redis as unknown as PresenceScripts;
  }

  /**
   * Marks the caller's screen as editing the record (or renews its mark), and answers who else is
   * there. With the revision of a previous answer, waits until that changes (pushed by whichever API
   * process saw the change, or the moment another's mark lapses), or the heartbeat at most; `gone`
   * ends the wait when the caller hangs up.
   */
  async stay(key: PresenceKey, editor: EditorRef, revision: string | undefined, gone: AbortSignal): Promise<PresenceView> {
    const person = await this.people.person(editor.userId);
    const who: Who = { userId: editor.userId, name: person.name, email: person.email, since: new Date().toISOString() };
    const deadline = Date.now() + this.heartbeatMs;
    const first = await this.run(key, editor.userId, `${editor.userId}:${editor.editorId}`, JSON.stringify(who));
    if (revision === undefined || first.view.revision !== revision) return first.view;

    let changed = false;
    let wake: (() => void) | undefined;
    const onChange = () => {
      changed = true;
      wake?.();
    };
    const stopListening = await this.hub.listen(this.channel(key), onChange);
    gone.addEventListener('abort', onChange);
    try {
      for (;;) {
        changed = false;
        // Read again once subscribed: a change made before the subscription is not missed.
        const found = await this.run(key, editor.userId);
        if (found.view.revision !== revision || this.closing || gone.aborted || Date.now() >= deadline) return found.view;
        if (!this.hub.listening) throw presenceUnavailable();
        if (changed) continue;
        const lapseIn = found.nextLapse === undefined ? Infinity : found.nextLapse - found.now + 1;
        const waitMs = Math.max(0, Math.min(deadline - Date.now(), lapseIn));
        await new Promise<void>((resolve) => {
          const done = () => {
            clearTimeout(timer);
            wake = undefined;
            resolve();
          };
          const timer = setTimeout(done, waitMs);
          wake = done;
        });
      }
    } finally {
      stopListening();
      gone.removeEventListener('abort', onChange);
    }
  }

  /** Removes the mark of the caller's screen at once (a closed form or tab). */
  async leave(key: PresenceKey, editor: EditorRef): Promise<void> {
    const [marks, whoKey] = this.keysOf(key);
    const left = await this.scripts.presenceLeave(marks, whoKey, `${editor.userId}:${editor.editorId}`);
    if (left > 0) await this.hub.publish(this.channel(key));
  }

  /** Prunes lapsed marks, renews `editor`'s when given, publishes any change, and answers what `viewer` sees. */
  private async run(key: PresenceKey, viewer: string, editor = '', who = ''): Promise<Found> {
    const [marks, whoKey] = this.keysOf(key);
    const [now, changes, ...present] = await this.scripts.presenceStay(marks, whoKey, editor, who, this.ttlMs);
    if (Number(changes) > 0) await this.hub.publish(this.channel(key));

    const byPerson = new Map<string, PresentEditor>();
    let nextLapse: number | undefined;
    for (let i = 0; i + 1 < present.length; i += 2) {
      const lapse = Number(present[i]);
      const stored = parseWho(String(present[i + 1]));
      if (!stored || stored.userId === viewer) continue;
      nextLapse = nextLapse === undefined ? lapse : Math.min(nextLapse, lapse);
      const known = byPerson.get(stored.userId);
      if (!known || stored.since < known.since) byPerson.set(stored.userId, { userId: stored.userId, name: stored.name, email: stored.email, since: stored.since });
    }
    const others = [...byPerson.values()].sort((a, b) => a.since.localeCompare(b.since) || a.userId.localeCompare(b.userId)).slice(0, MAX_EDITORS);
    return { view: this.view(others), now: Number(now), nextLapse };
  }

  private view(others: PresentEditor[]): PresenceView {
    const revision = createHash('sha256')
      .update(JSON.stringify(others.map((other) => [other.userId, other.since])))
      .digest('base64url')
      .slice(0, 22);
    return { others, revision, heartbeatSeconds: this.heartbeatMs / 1000, expirySeconds: this.ttlMs / 1000 };
  }

  /** `<prefix>:presence:{<account>:<resource>:<record>}` and its `:who` hash, in one hash slot. */
  private keysOf(key: PresenceKey): [string, string] {
    const marks = this.keys('presence', `{${key.accountId}:${key.resource}:${key.recordId}}`);
    return [marks, `${marks}:who`];
  }

  private channel(key: PresenceKey): string {
    return this.keysOf(key)[0];
  }

  onModuleDestroy() {
    // Waiting calls answer at once (the hub wakes them), so that shutting down waits for none.
    this.closing = true;
  }
}

function parseWho(text: string): Who | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<Who>;
    return typeof value.userId === 'string' && typeof value.email === 'string' && typeof value.since === 'string'
      ? { userId: value.userId, name: typeof value.name === 'string' ? value.name : null, email: value.email, since: value.since }
      : undefined;
  } catch {
    return undefined;
  }
}
