import { type Database, materializeRecipients, tenancy } from '@partner-portal/db';
import { JOBS, startDueCampaignsPayload, type OutboxTopic } from '@partner-portal/jobs';
import type { Queue } from 'bullmq';
import type { Logger } from 'pino';
import { parsePayload, type JobHandler } from './queues.js';

export const CAMPAIGN_SCHEDULER_ID = 'start-due-campaigns';
const BATCH_SIZE = 100;
const SENDING_TOPIC: OutboxTopic = 'campaign.sending';

interface DueCampaign {
  id: string;
  accountId: string;
}

/**
 * Moves every SCHEDULED campaign whose time has come to SENDING, fixes its recipients and writes the
 * outbox row that has it dispatched. The due campaigns of every account are listed on the
 * due-campaigns path; each is then started in its own account, in a transaction of its own.
 */
export async function startDueCampaigns(db: Database): Promise<number> {
  let total = 0;
  for (;;) {
    const due = await listDueCampaigns(db);
    let started = 0;
    for (const campaign of due) if (await startCampaign(db, campaign)) started += 1;
    total += started;
    // A pass that started nothing found every campaign taken by another worker: that worker goes on.
    if (due.length < BATCH_SIZE || started === 0) return total;
  }
}

function listDueCampaigns(db: Database): Promise<DueCampaign[]> {
  return tenancy.run({ path: 'due-campaigns' }, () =>
    db.$queryRaw<DueCampaign[]>`
      SELECT id, account_id AS "accountId" FROM campaign
      WHERE status = 'SCHEDULED' AND scheduled_at <= now()
      ORDER BY scheduled_at
      LIMIT ${BATCH_SIZE}`,
  );
}

/**
 * Starts one campaign unless another worker already has: the status in the UPDATE waits for that
 * worker's transaction and then finds the campaign SENDING, so no campaign is ever started twice.
 */
function startCampaign(db: Database, { id, accountId }: DueCampaign): Promise<boolean> {
  return tenancy.run({ accountId }, () =>
    db.$transaction(
      async (tx) => {
        const [started] = await tx.$queryRaw<{ scheduledAt: Date }[]>`
          UPDATE campaign SET status = 'SENDING', send_started_at = now(), updated_at = now(), version = version + 1
          WHERE account_id = ${accountId}::uuid AND id = ${id}::uuid AND status = 'SCHEDULED' AND scheduled_at <= now()
          RETURNING scheduled_at AS "scheduledAt"`;
        if (!started) return false;
        const recipientCount = await materializeRecipients(tx, accountId, id);
        await tx.outboxMessage.create({
          data: { accountId, topic: SENDING_TOPIC, payload: { v: 1, campaignId: id, accountId } },
        });
        await tx.auditEvent.create({
          data: {
            accountId,
            action: 'campaign.sending-started',
            targetType: 'campaign',
            targetId: id,
            data: { recipientCount, scheduledAt: started.scheduledAt.toISOString() },
          },
        });
        return true;
      },
      { maxWait: 10_000, timeout: 60_000 },
    ),
  );
}

export function startDueCampaignsHandler({ db, logger }: { db: Database; logger: Logger }): JobHandler {
  return async (job) => {
    parsePayload(startDueCampaignsPayload, job);
    const started = await startDueCampaigns(db);
    logger[started > 0 ? 'info' : 'debug']({ job: job.name, started }, 'started due campaigns');
    return { started };
  };
}

/** Creates or refreshes the repeatable job; run again periodically, it restores the schedule after Redis lost it. */
export async function scheduleCampaignStarts(maintenanceQueue: Queue, everyMs: number): Promise<void> {
  await maintenanceQueue.upsertJobScheduler(CAMPAIGN_SCHEDULER_ID, { every: everyMs }, { name: JOBS.startDueCampaigns, data: { v: 1 } });
}
