import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import Bowser from 'bowser';
import { AppError } from '../common/app-error.js';
import type { Page } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { MySessionDto } from './dto/my-session.dto.js';

/** Who asked, for the security log. */
export interface Requester {
  userId: string;
  sessionId: string;
  ip?: string;
  userAgent?: string;
}

/** "Chrome 131 on macOS" from a user agent (bowser), or "Unknown device". */
export function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Unknown device';
  const { browser, os, platform } = Bowser.parse(userAgent);
  const major = browser.version?.split('.')[0];
  const name = browser.name ? [browser.name, major].filter(Boolean).join(' ') : null;
  const system = os.name ? [os.name, os.versionName ?? ''].filter(Boolean).join(' ') : (platform.type ?? null);
  if (!name && !system) return 'Unknown device';
  return [name ?? 'Unknown browser', system].filter(Boolean).join(' on ').slice(0, 200);
}

const sessionNotFound = () => new AppError(HttpStatus.NOT_FOUND, 'SESSION_NOT_FOUND', 'No such session of yours, or it has already ended.');

/**
 * A person's own sessions: listing the active ones and signing them out. `session` and `security_event`
 * belong to a person, not an account (no row-level security), so every query names the caller's user id.
 * A signed-out session is refused on its next request: the guard reads revoked_at on every request.
 */
@Injectable()
export class MySessionsService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(caller: Requester, page: { limit: number; offset: number; descending: boolean }): Promise<Page<MySessionDto>> {
    const where = { userId: caller.userId, revokedAt: null, expiresAt: { gt: new Date() } };
    const [rows, total] = await Promise.all([
      this.db.session.findMany({
        where,
        orderBy: [{ createdAt: page.descending ? 'desc' : 'asc' }, { id: 'asc' }],
        take: page.limit,
        skip: page.offset,
      }),
      this.db.session.count({ where }),
    ]);
    return {
      total,
      data: rows.map((row) => ({
        id: row.id,
        device: describeDevice(row.userAgent),
        userAgent: row.userAgent,
        ip: row.ip,
        createdAt: row.createdAt.toISOString(),
        lastSeenAt: row.lastSeenAt.toISOString(),
        expiresAt: row.expiresAt.toISOString(),
        current: row.id === caller.sessionId,
      })),
    };
  }

  /** Signs out one of the caller's sessions; 404 for one that is not the caller's, or has already ended. */
  async revoke(caller: Requester, sessionId: string): Promise<void> {
    await this.db.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { id: sessionId, userId: caller.userId, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { revokedAt: new Date() },
      });
      if (count === 0) throw sessionNotFound();
      await tx.securityEvent.create({ data: { userId: caller.userId, action: 'session.revoked', ip: caller.ip, userAgent: caller.userAgent?.slice(0, 300) } });
    });
  }

  /** Signs out every active session of the caller but the one asking. */
  async revokeOthers(caller: Requester): Promise<number> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.session.updateMany({
        where: { userId: caller.userId, id: { not: caller.sessionId }, revokedAt: null, expiresAt: { gt: new Date() } },
        data: { revokedAt: new Date() },
      });
      if (count > 0) {
        await tx.securityEvent.create({ data: { userId: caller.userId, action: 'session.revoked-others', ip: caller.ip, userAgent: caller.userAgent?.slice(0, 300) } });
      }
      return count;
    });
  }
}
