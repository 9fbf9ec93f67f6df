import type { Database } from '@partner-portal/db';
import { expireInvitationsPayload, JOBS } from '@partner-portal/jobs';
import { UnrecoverableError, type Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { JobHandler } from './queues.js';

export const EXPIRY_SCHEDULER_ID = 'expire-invitations';
const BATCH_SIZE = 1000;

export interface ExpireInvitationsDeps {
  db: Database;
  logger: Logger;
}

interface ExpiredRow {
  id: string;
  accountId: string;
  email: string;
}

/** Marks every overdue PENDING invitation EXPIRED, with one `invitation.expired` audit row each. */
export async function expireInvitations(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    // Each batch and its audit rows commit together.
    const expired = await db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<ExpiredRow[]>`
        WITH due AS (
          SELECT id FROM invitation
          WHERE state = 'PENDING' AND expires_at < now()
          ORDER BY expires_at
          LIMIT ${BATCH_SIZE}
          FOR UPDATE SKIP LOCKED
        )
        UPDATE invitation SET state = 'EXPIRED', updated_at = now()
        FROM due WHERE invitation.id = due.id
        RETURNING invitation.id, invitation.account_id AS "accountId", invitation.email`;
      if (rows.length > 0) {
        await tx.auditEvent.createMany({
          data: rows.map((row) => ({
            accountId: row.accountId,
            action: 'invitation.expired',
            targetType: 'invitation',
            targetId: row.id,
            data: { email: row.email },
          })),
        });
      }
      return rows.length;
    });
    total += expired;
    if (expired < BATCH_SIZE) return total;
  }
}

export function expireInvitationsHandler({ db, logger }: ExpireInvitationsDeps): JobHandler {
  return async (job) => {
    if (!expireInvitationsPayload.safeParse(job.data).success) throw new UnrecoverableError(`invalid ${job.name} payload`);
    const expired = await expireInvitations(db);
    logger[expired > 0 ? 'info' : 'debug']({ job: job.name, expired }, 'expired overdue invitations');
    return { expired };
  };
}

/** Creates or refreshes the repeatable sweep; run again periodically, it restores the schedule after Redis lost it. */
export async function scheduleExpirySweep(maintenanceQueue: Queue, everyMs: number): Promise<void> {
  await maintenanceQueue.upsertJobScheduler(EXPIRY_SCHEDULER_ID, { every: everyMs }, { name: JOBS.expireInvitations, data: { v: 1 } });
}
