import { Inject, Injectable } from '@nestjs/common';
import { type Database, Prisma } from '@partner-portal/db';
import type { Page } from '../common/paging.js';
import { DATABASE } from '../database/database.module.js';

/** `<record>.<what happened>`, for instance `invitation.created` or `campaign.scheduled`. */
export type AuditAction = `${string}.${string}`;

export interface AuditEntry {
  accountId: string;
  actorUserId: string | null;
  action: AuditAction;
  targetType?: string;
  targetId?: string;
  data?: Prisma.InputJsonValue;
}

type Client = Pick<Database, '$executeRaw'>;

/**
 * The audit rows of a change made in the same statement: one for each row of the CTE `changed` (rows
 * with account_id and id), with `data` a jsonb expression over that row as `c`.
 */
export function auditRowsOfChange(
  changed: string,
  { actorUserId, action, targetType, data }: { actorUserId: string | null; action: AuditAction; targetType: string; data: Prisma.Sql },
): Prisma.Sql {
  return Prisma.sql`
    INSERT INTO audit_event (account_id, actor_user_id, action, target_type, target_id, data)
    SELECT c.account_id, ${actorUserId}::uuid, ${action}, ${targetType}, c.id::text, ${data} FROM ${Prisma.raw(changed)} c`;
}

/** The append-only audit log: written inside the transaction of the change it records. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async record(entry: AuditEntry, tx: Client = this.db): Promise<void> {
    // A plain INSERT without RETURNING, so writing a row the scope may not read back works; one statement,
    // where Prisma's createMany opens a transaction of its own around it.
    await tx.$executeRaw`
      INSERT INTO audit_event (account_id, actor_user_id, action, target_type, target_id, data)
      VALUES (${entry.accountId}::uuid, ${entry.actorUserId}::uuid, ${entry.action}, ${entry.targetType ?? null}, ${entry.targetId ?? null},
              ${JSON.stringify(entry.data ?? {})}::jsonb)`;
  }

  async page(accountId: string, limit: number, offset: number): Promise<Page<unknown>> {
    const [total, events] = await Promise.all([
      this.db.auditEvent.count({ where: { accountId } }),
      this.db.auditEvent.findMany({
        where: { accountId },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: limit,
        skip: offset,
      }),
    ]);
    const actorIds = [...new Set(events.map((event) => event.actorUserId).filter((id): id is string => id !== null))];
    const actors = new Map(
      (await this.db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true, name: true } })).map((u) => [u.id, u]),
    );
    return {
      total,
      data: events.map((event) => ({
        id: event.id.toString(),
        action: event.action,
        actor: event.actorUserId ? (actors.get(event.actorUserId) ?? { id: event.actorUserId, email: null, name: null }) : null,
        targetType: event.targetType,
        targetId: event.targetId,
        data: event.data,
        createdAt: event.createdAt,
      })),
    };
  }
}
