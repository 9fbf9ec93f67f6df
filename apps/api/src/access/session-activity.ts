import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from '@partner-portal/db';
import type { Logger } from 'pino';
import { PG_POOL } from '../database/database.module.js';

/** How often a session's last_seen_at is written at most: a minute, so "last seen" is true to the minute. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;
/** Sessions this process remembers having marked; past it the memory starts over (the database's WHERE still holds). */
const REMEMBERED_SESSIONS = 50_000;

/**
 * The guard's record of when each session was last seen, written at most once a minute per session, so
 * most requests write nothing: this process skips a session it marked within the minute without a query,
 * and the UPDATE's own WHERE skips a row another process marked within the minute (an UPDATE that
 * matches no row writes no tuple). Not awaited by the request: a failure is logged and costs nothing else.
 */
@Injectable()
export class SessionActivity {
  private readonly markedAt = new Map<string, number>();
  /** UPDATE statements sent, for the tests' measurement of writes per request. */
  updatesSent = 0;

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  seen(sessionId: string, log?: Logger): void {
    const now = Date.now();
    const marked = this.markedAt.get(sessionId);
    if (marked !== undefined && now - marked < LAST_SEEN_RESOLUTION_MS) return;
    if (this.markedAt.size >= REMEMBERED_SESSIONS) this.markedAt.clear();
    this.markedAt.set(sessionId, now);
    this.updatesSent += 1;
    this.pool
      .query({
        name: 'session-last-seen',
        text: `UPDATE session SET last_seen_at = now()
               WHERE id = $1::uuid AND last_seen_at < now() - make_interval(secs => $2::int)`,
        values: [sessionId, LAST_SEEN_RESOLUTION_MS / 1000],
      })
      .catch((error: unknown) => {
        this.markedAt.delete(sessionId);
        log?.warn({ err: error }, 'could not record when the session was last seen');
      });
  }
}
