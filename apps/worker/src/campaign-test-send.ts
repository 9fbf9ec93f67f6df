import type { Database } from '@partner-portal/db';
import { campaignTestSendOutbox, campaignTestSendPayload } from '@partner-portal/jobs';
import type { Logger } from 'pino';
import { errorText, renderCampaignMessage } from './campaign-message.js';
import { completeOutbox, isFinalAttempt } from './campaign-sending.js';
import type { Mailer } from './mailer.js';
import { accountJobHandler, type JobHandler } from './queues.js';

export interface CampaignTestSendDeps {
  db: Database;
  mailer: Mailer;
  logger: Logger;
}

/**
 * Sends the campaign as it is now to the test addresses kept in the outbox row, with "[Test]" before
 * the subject; the outcome is written to the audit log, where the sender can see it.
 */
export function campaignTestSendHandler({ db, mailer, logger }: CampaignTestSendDeps): JobHandler {
  return accountJobHandler(campaignTestSendPayload, async ({ campaignId, accountId, outboxId }, job) => {
    const log = logger.child({ job: job.name, campaignId, accountId, attempt: job.attemptsMade + 1 });

    const outbox = await db.outboxMessage.findFirst({ where: { id: outboxId, accountId }, select: { completedAt: true, payload: true } });
    if (!outbox || outbox.completedAt) return { outcome: 'skipped', reason: 'already handled' };
    const request = campaignTestSendOutbox.safeParse(outbox.payload);
    const campaign = await db.campaign.findFirst({ where: { id: campaignId, accountId } });
    if (!request.success || !campaign) {
      await completeOutbox(db, outboxId, accountId);
      return { outcome: 'skipped', reason: campaign ? 'invalid test send request' : 'no such campaign' };
    }

    const to = request.data.to;
    try {
      for (const address of to) await mailer.send(renderCampaignMessage(campaign, address, { test: true }));
    } catch (error) {
      log.warn({ err: error, final: isFinalAttempt(job) }, 'campaign test send not delivered');
      if (isFinalAttempt(job)) await record(db, outboxId, accountId, campaignId, 'campaign.test-send-failed', { to, error: errorText(error) });
      throw error;
    }
    await record(db, outboxId, accountId, campaignId, 'campaign.test-sent', { to });
    log.info({ recipients: to.length }, 'campaign test send delivered');
    return { outcome: 'sent', recipients: to.length };
  });
}

async function record(db: Database, outboxId: string, accountId: string, campaignId: string, action: string, data: { to: string[]; error?: string }) {
  await db.$transaction(async (tx) => {
    await tx.auditEvent.create({ data: { accountId, action, targetType: 'campaign', targetId: campaignId, data } });
    await tx.outboxMessage.updateMany({ where: { id: outboxId, accountId, completedAt: null }, data: { completedAt: new Date() } });
  });
}
