import { Inject, Injectable } from '@nestjs/common';
import type { Database } from '@partner-portal/db';
import { describeDevice } from '../auth/my-sessions.service.js';
import type { Page } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';
import type { SecurityEventDto } from './dto/security-event.dto.js';

/** A person's own security log: security_event belongs to a person (no row-level security), so every query names the caller. */
@Injectable()
export class SecurityEventsService {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async list(userId: string, page: { limit: number; offset: number; descending: boolean }): Promise<Page<SecurityEventDto>> {
    const order = page.descending ? 'desc' : 'asc';
    const [rows, total] = await Promise.all([
      this.db.securityEvent.findMany({ where: { userId }, orderBy: [{ createdAt: order }, { id: order }], take: page.limit, skip: page.offset }),
      this.db.securityEvent.count({ where: { userId } }),
    ]);
    return {
      total,
      data: rows.map((row) => ({
        id: row.id,
        action: row.action,
        createdAt: row.createdAt.toISOString(),
        ip: row.ip,
        device: describeDevice(row.userAgent),
      })),
    };
  }
}
