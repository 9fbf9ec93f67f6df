import { type Database, materializeRecipients } from '@partner-portal/db';
import { JOBS, startDueCampaignsPayload, type OutboxTopic } from '@partner-portal/jobs';
import { UnrecoverableError, type Queue } from 'bullmq';
import type { Logger } from 'pino';
import type { JobHandler } from './queues.js';

export const CAMPAIGN_SCHEDULER_ID = 'start-due-campaigns';
const BATCH_SIZE = 100;
const SENDING_TOPIC: OutboxTopic = 'campaign.sending';

/**
 * Moves every SCHEDULED campaign whose time has come to SENDING, fixes its recipients and writes the
 * outbox row that has it dispatched, all in one transaction per batch. SKIP LOCKED and the status in
 * the UPDATE mean two workers never start one campaign twice.
 */
export async function startDueCampaigns(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const started = await db.$transaction(
      async (tx) => {
        const rows = await tx.$queryRaw<{ id: string; accountId: string; scheduledAt: Date }[]>`
          WITH due AS (
            SELECT id FROM campaign
            WHERE status = 'SCHEDULED' AND scheduled_at <= now()
            ORDER BY scheduled_at
            LIMIT ${BATCH_SIZE}
            FOR UPDATE SKIP LOCKED
          )
          UPDATE campaign SET status = 'SENDING', send_started_at = now(), updated_at = now(), version = campaign.version + 1
          FROM due WHERE campaign.id = due.id AND campaign.status = 'SCHEDULED'
          RETURNING campaign.id, campaign.account_id AS "accountId", campaign.scheduled_at AS "scheduledAt"`;
        for (const row of rows) {
          const recipientCount = await materializeRecipients(tx, row.accountId, row.id);
          await tx.outboxMessage.create({
            data: { accountId: row.accountId, topic: SENDING_TOPIC, payload: { v: 1, campaignId: row.id, accountId: row.accountId } },
          });
          await tx.auditEvent.create({
            data: {
              accountId: row.accountId,
              action: 'campaign.sending-started',
              targetType: 'campaign',
              targetId: row.id,
              data: { recipientCount, scheduledAt: row.scheduledAt.toISOString() },
            },
          });
        }
        return rows.length;
      },
      { maxWait: 10_000, timeout: 60_000 },
    );
    total += started;
    if (started < BATCH_SIZE) return total;
  }
}

export function startDueCampaignsHandler({ db, logger }: { db: Database; logger: Logger }): JobHandler {
  return async (job) => {
    if (!startDueCampaignsPayload.safeParse(job.data).success) throw new UnrecoverableError(`invalid ${job.name} payload`);
    const started = await startDueCampaigns(db);
    logger[started > 0 ? 'info' : 'debug']({ job: job.name, started }, 'started due campaigns');
    return { started };
  };
}

/** Creates or refreshes the repeatable job; run again periodically, it restores the schedule after Redis lost it. */
export async function scheduleCampaignStarts(maintenanceQueue: Queue, everyMs: number): Promise<void> {
  await maintenanceQueue.upsertJobScheduler(CAMPAIGN_SCHEDULER_ID, { every: everyMs }, { name: JOBS.startDueCampaigns, data: { v: 1 } });
}
