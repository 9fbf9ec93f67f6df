import { tenancy, type Database } from '@partner-portal/db';
import { expireInvitationsPayload, JOBS } from '@partner-portal/jobs';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { parsePayload, type JobHandler } from './queues.js';

export const EXPIRY_SCHEDULER_ID = 'expire-invitations';
const BATCH_SIZE = 1000;

export interface ExpireInvitationsDeps {
  db: Database;
  logger: Logger;
}

interface DueInvitation {
  id: string;
  accountId: string;
}

interface ExpiredRow {
  id: string;
  email: string;
}

/**
 * Marks every overdue PENDING invitation EXPIRED, with one `invitation.expired` audit row each. The
 * overdue invitations of every account are listed on the due-invitation-expiries path; each
 * account's are then expired in that account, together with their audit rows.
 */
export async function expireInvitations(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await listDueInvitations(db);
    let expired = 0;
    for (const [accountId, ids] of idsByAccount(due)) expired += await expireInAccount(db, accountId, ids);
    total += expired;
    // A pass that expired nothing found every invitation taken by another worker: that worker goes on.
    if (due.length < BATCH_SIZE || expired === 0) return total;
  }
}

function listDueInvitations(db: Database): Promise<DueInvitation[]> {
  return tenancy.run({ path: 'due-invitation-expiries' }, () =>
    db.$queryRaw<DueInvitation[]>`
      SELECT id, account_id AS "accountId" FROM invitation
      WHERE state = 'PENDING' AND expires_at < now()
      ORDER BY expires_at
      LIMIT ${BATCH_SIZE}`,
  );
}

function idsByAccount(invitations: DueInvitation[]): Map<string, string[]> {
  const byAccount = new Map<string, string[]>();
  for (const { id, accountId } of invitations) {
    const ids = byAccount.get(accountId);
    if (ids) ids.push(id);
    else byAccount.set(accountId, [id]);
  }
  return byAccount;
}

/** The state in the UPDATE leaves alone an invitation accepted, revoked or expired since it was listed. */
function expireInAccount(db: Database, accountId: string, ids: string[]): Promise<number> {
  return tenancy.run({ accountId }, () =>
    db.$transaction(async (tx) => {
      const rows = await tx.$queryRaw<ExpiredRow[]>`
        UPDATE invitation SET state = 'EXPIRED', updated_at = now()
        WHERE account_id = ${accountId}::uuid AND id = ANY(${ids}::uuid[]) AND state = 'PENDING' AND expires_at < now()
        RETURNING id, email`;
      if (rows.length > 0) {
        await tx.auditEvent.createMany({
          data: rows.map((row) => ({
            accountId,
            action: 'invitation.expired',
            targetType: 'invitation',
            targetId: row.id,
            data: { email: row.email },
          })),
        });
      }
      return rows.length;
    }),
  );
}

export function expireInvitationsHandler({ db, logger }: ExpireInvitationsDeps): JobHandler {
  return async (job) => {
    parsePayload(expireInvitationsPayload, job);
    const expired = await expireInvitations(db);
    logger[expired > 0 ? 'info' : 'debug']({ job: job.name, expired }, 'expired overdue invitations');
    return { expired };
  };
}

/** Creates or refreshes the repeatable sweep; run again periodically, it restores the schedule after Redis lost it. */
export async function scheduleExpirySweep(maintenanceQueue: Queue, everyMs: number): Promise<void> {
  await maintenanceQueue.upsertJobScheduler(EXPIRY_SCHEDULER_ID, { every: everyMs }, { name: JOBS.expireInvitations, data: { v: 1 } });
}
