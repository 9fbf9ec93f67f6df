import type { Database } from '@partner-portal/db';
import { campaignBatchPayload, campaignDispatchPayload, JOBS, type CampaignBatchPayload } from '@partner-portal/jobs';
import type { Job, JobsOptions, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { errorText, isPermanentSmtpFailure, renderCampaignMessage, type CampaignContent } from './campaign-message.js';
import type { Mailer } from './mailer.js';
import { accountJobHandler, type JobHandler } from './queues.js';

export interface CampaignSendingDeps {
  db: Database;
  mailer: Mailer;
  logger: Logger;
  campaignQueue: Queue;
  /** Recipients per batch job. */
  batchSize: number;
  /** Options of each batch job; the job id is added per batch. */
  batchJobOptions: JobsOptions;
}

type Outcome = 'sent' | 'failed' | 'deferred';

/** How many recipient ids the dispatcher reads at a time; each read becomes several batch jobs. */
const DISPATCH_READ_BATCHES = 50;

export function isFinalAttempt(job: Job<unknown>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** The batch job's id: a dispatch run twice (a retry, a relayed-again outbox row) enqueues each batch once. */
export function batchJobId(campaignId: string, fromContactId: string): string {
  return `${campaignId}.${fromContactId}`;
}

/**
 * Splits a SENDING campaign's PENDING recipients, in contact-id order, into ranges of `batchSize` and
 * enqueues one campaign.batch job per range; then completes the outbox row that announced the send.
 */
export function campaignDispatchHandler({ db, logger, campaignQueue, batchSize, batchJobOptions }: CampaignSendingDeps): JobHandler {
  return accountJobHandler(campaignDispatchPayload, async ({ campaignId, accountId, outboxId }, job) => {
    const log = logger.child({ job: job.name, campaignId, accountId });

    const outbox = await db.outboxMessage.findFirst({ where: { id: outboxId, accountId }, select: { completedAt: true } });
    if (!outbox || outbox.completedAt) return { outcome: 'skipped', reason: 'already handled' };
    const campaign = await db.campaign.findFirst({ where: { id: campaignId, accountId }, select: { status: true } });
    if (campaign?.status !== 'SENDING') {
      await completeOutbox(db, outboxId, accountId);
      return { outcome: 'skipped', reason: campaign ? `campaign is ${campaign.status}` : 'no such campaign' };
    }

    let batches = 0;
    let after: string | null = null;
    for (;;) {
      const ids: string[] = (
        await db.$queryRaw<{ contactId: string }[]>`
          SELECT contact_id AS "contactId" FROM campaign_recipient
          WHERE account_id = ${accountId}::uuid AND campaign_id = ${campaignId}::uuid AND status = 'PENDING'
            AND (${after}::uuid IS NULL OR contact_id > ${after}::uuid)
          ORDER BY contact_id
          LIMIT ${batchSize * DISPATCH_READ_BATCHES}`
      ).map((row) => row.contactId);
      const jobs = [];
      for (let i = 0; i < ids.length; i += batchSize) {
        const range = ids.slice(i, i + batchSize);
        const data: CampaignBatchPayload = { v: 1, campaignId, accountId, fromContactId: range[0]!, toContactId: range.at(-1)! };
        jobs.push({ name: JOBS.campaignBatch, data, opts: { ...batchJobOptions, jobId: batchJobId(campaignId, data.fromContactId) } });
      }
      if (jobs.length > 0) await campaignQueue.addBulk(jobs);
      batches += jobs.length;
      if (ids.length < batchSize * DISPATCH_READ_BATCHES) break;
      after = ids.at(-1)!;
    }
    // A campaign with no recipient left to send is finished here, since no batch will finish it.
    if (batches === 0) await finishIfComplete(db, campaignId, accountId);
    await completeOutbox(db, outboxId, accountId);
    log.info({ batches }, 'campaign dispatched');
    return { outcome: 'dispatched', batches };
  });
}

/**
 * Sends one range of a campaign's recipients. Each recipient is locked, sent and marked in its own
 * transaction, so a retry sends only those still PENDING and two jobs never send to one recipient.
 * A 5xx answer marks the recipient FAILED; other errors leave it PENDING for the job's next attempt,
 * and FAILED after the last one.
 */
export function campaignBatchHandler({ db, mailer, logger }: CampaignSendingDeps): JobHandler {
  return accountJobHandler(campaignBatchPayload, async (batch, job) => {
    const log = logger.child({ job: job.name, campaignId: batch.campaignId, accountId: batch.accountId, attempt: job.attemptsMade + 1 });

    const campaign = await db.campaign.findFirst({
      where: { id: batch.campaignId, accountId: batch.accountId },
      select: { status: true, subject: true, fromName: true, fromEmail: true, bodyHtml: true, bodyText: true },
    });
    if (campaign?.status !== 'SENDING') return { outcome: 'skipped', reason: campaign ? `campaign is ${campaign.status}` : 'no such campaign' };

    const final = isFinalAttempt(job);
    const tally: Record<Outcome, number> = { sent: 0, failed: 0, deferred: 0 };
    let after: string | null = null;
    for (;;) {
      const handled = await sendNext(db, mailer, campaign, batch, after, final);
      if (!handled) break;
      tally[handled.outcome] += 1;
      after = handled.contactId;
    }
    await finishIfComplete(db, batch.campaignId, batch.accountId);
    log.info(tally, 'campaign batch handled');
    if (tally.deferred > 0) throw new Error(`${tally.deferred} recipient(s) could not be sent to yet; retrying`);
    return tally;
  });
}

async function sendNext(
  db: Database,
  mailer: Mailer,
  campaign: CampaignContent,
  { accountId, campaignId, fromContactId, toContactId }: CampaignBatchPayload,
  after: string | null,
  final: boolean,
): Promise<{ contactId: string; outcome: Outcome } | null> {
  return db.$transaction(
    async (tx) => {
      const [recipient] = await tx.$queryRaw<{ contactId: string; email: string }[]>`
        SELECT contact_id AS "contactId", email FROM campaign_recipient
        WHERE account_id = ${accountId}::uuid AND campaign_id = ${campaignId}::uuid AND status = 'PENDING'
          AND contact_id BETWEEN ${fromContactId}::uuid AND ${toContactId}::uuid
          AND (${after}::uuid IS NULL OR contact_id > ${after}::uuid)
        ORDER BY contact_id
        LIMIT 1
        FOR UPDATE SKIP LOCKED`;
      if (!recipient) return null;

      let outcome: Outcome = 'sent';
      let error: string | null = null;
      try {
        await mailer.send(renderCampaignMessage(campaign, recipient.email));
      } catch (err) {
        error = errorText(err);
        outcome = isPermanentSmtpFailure(err) || final ? 'failed' : 'deferred';
      }
      const where = { accountId_campaignId_contactId: { accountId, campaignId, contactId: recipient.contactId } };
      if (outcome === 'deferred') {
        await tx.campaignRecipient.update({ where, data: { error, attempts: { increment: 1 } } });
      } else {
        await tx.campaignRecipient.update({
          where,
          data: outcome === 'sent' ? { status: 'SENT', sentAt: new Date(), error: null, attempts: { increment: 1 } } : { status: 'FAILED', error, attempts: { increment: 1 } },
        });
        await tx.campaign.updateMany({
          where: { id: campaignId, accountId },
          data: outcome === 'sent' ? { sentCount: { increment: 1 } } : { failedCount: { increment: 1 } },
        });
      }
      return { contactId: recipient.contactId, outcome };
    },
    // The SMTP exchange happens while the recipient is locked.
    { maxWait: 10_000, timeout: 120_000 },
  );
}

/**
 * Marks a SENDING campaign SENT once no recipient is PENDING. Run after each batch's own marks have
 * committed, so whichever batch commits last sees none left.
 */
export async function finishIfComplete(db: Database, campaignId: string, accountId: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const finished = await tx.$queryRaw<{ sentCount: number; failedCount: number; recipientCount: number }[]>`
      UPDATE campaign SET status = 'SENT', sent_at = now(), updated_at = now(), version = version + 1
      WHERE id = ${campaignId}::uuid AND account_id = ${accountId}::uuid AND status = 'SENDING'
        AND NOT EXISTS (
          SELECT 1 FROM campaign_recipient
          WHERE account_id = ${accountId}::uuid AND campaign_id = ${campaignId}::uuid AND status = 'PENDING')
      RETURNING sent_count AS "sentCount", failed_count AS "failedCount", recipient_count AS "recipientCount"`;
    const [counts] = finished;
    if (!counts) return false;
    await tx.auditEvent.create({
      data: { accountId, action: 'campaign.sent', targetType: 'campaign', targetId: campaignId, data: { ...counts } },
    });
    return true;
  });
}

export async function completeOutbox(db: Database, outboxId: string, accountId: string): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id: outboxId, accountId, completedAt: null }, data: { completedAt: new Date() } });
}
