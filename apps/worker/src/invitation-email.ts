import { createHash, randomBytes } from 'node:crypto';
import type { Database } from '@partner-portal/db';
import { invitationEmailPayload, type InvitationEmailPayload } from '@partner-portal/jobs';
import type { Job } from 'bullmq';
import type { Logger } from 'pino';
import { invitationLink, renderInvitationMessage } from './invitation-message.js';
import type { Mailer } from './mailer.js';
import { accountJobHandler, type JobHandler } from './queues.js';

export const MAX_DELIVERY_ERROR_LENGTH = 500;

export interface InvitationEmailDeps {
  db: Database;
  mailer: Mailer;
  /** Base of the accept link, without a trailing slash. */
  portalUrl: string;
  logger: Logger;
}

type Result = { outcome: 'sent' } | { outcome: 'skipped'; reason: string };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Sends the email of one invitation, minting its token: only the token's hash is stored, and the
 * token itself exists only in the email. `reminder` selects the wording of a resent invitation.
 */
export function invitationEmailHandler(deps: InvitationEmailDeps, { reminder }: { reminder: boolean }): JobHandler {
  return accountJobHandler(invitationEmailPayload, async (payload, job) => {
    const logger = deps.logger.child({ job: job.name, invitationId: payload.invitationId, accountId: payload.accountId, attempt: job.attemptsMade + 1 });

    const result = await sendInvitationEmail(deps, payload, reminder, job, logger);
    logger.info(result, 'invitation email handled');
    return result.outcome;
  });
}

async function sendInvitationEmail(
  { db, mailer, portalUrl }: InvitationEmailDeps,
  { invitationId, accountId, outboxId }: InvitationEmailPayload,
  reminder: boolean,
  job: Job<unknown>,
  logger: Logger,
): Promise<Result> {
  const outbox = await db.outboxMessage.findFirst({ where: { id: outboxId, accountId }, select: { completedAt: true } });
  // A completed outbox row means an earlier run of this job already recorded its outcome.
  if (!outbox || outbox.completedAt) return skipped('already handled');
  const invitation = await db.invitation.findFirst({
    where: { id: invitationId, accountId },
    include: { account: { select: { name: true } }, invitedBy: { select: { name: true, email: true } } },
  });
  const now = new Date();
  if (!invitation || invitation.state !== 'PENDING' || invitation.expiresAt <= now) {
    await completeOutbox(db, outboxId, accountId);
    return skipped(invitation ? `invitation is ${invitation.state === 'PENDING' ? 'past its expiry' : invitation.state}` : 'no such invitation');
  }

  const token = randomBytes(32).toString('base64url');
  const minted = await db.invitation.updateMany({
    where: { id: invitationId, accountId, state: 'PENDING', expiresAt: { gt: now } },
    data: { tokenHash: hashToken(token), deliveryAttempts: { increment: 1 } },
  });
  if (minted.count === 0) {
    await completeOutbox(db, outboxId, accountId);
    return skipped('invitation changed before sending');
  }

  const message = renderInvitationMessage({
    accountName: invitation.account.name,
    inviter: invitation.invitedBy,
    role: invitation.role,
    link: invitationLink(portalUrl, token),
    expiresAt: invitation.expiresAt,
    reminder,
  });
  try {
    await mailer.send({ to: invitation.email, ...message });
  } catch (error) {
    await recordFailure(db, { invitationId, accountId, outboxId }, error, isFinalAttempt(job), logger);
    throw error;
  }

  await db.$transaction(async (tx) => {
    await tx.invitation.update({ where: { accountId_id: { accountId, id: invitationId } }, data: { deliveryStatus: 'SENT', deliveredAt: new Date(), deliveryError: null } });
    await tx.outboxMessage.updateMany({ where: { id: outboxId, accountId }, data: { completedAt: new Date() } });
  });
  return { outcome: 'sent' };
}

function isFinalAttempt(job: Job<unknown>): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** Keeps the delivery QUEUED while BullMQ will retry; after the final attempt, FAILED and the outbox row done. */
async function recordFailure(
  db: Database,
  { invitationId, accountId, outboxId }: Omit<InvitationEmailPayload, 'v'>,
  error: unknown,
  final: boolean,
  logger: Logger,
): Promise<void> {
  const deliveryError = (error instanceof Error ? error.message : String(error)).slice(0, MAX_DELIVERY_ERROR_LENGTH);
  logger.warn({ outcome: final ? 'failed' : 'will retry', deliveryError }, 'invitation email not delivered');
  try {
    if (!final) {
      await db.invitation.update({ where: { accountId_id: { accountId, id: invitationId } }, data: { deliveryError } });
      return;
    }
    await db.$transaction(async (tx) => {
      await tx.invitation.update({ where: { accountId_id: { accountId, id: invitationId } }, data: { deliveryStatus: 'FAILED', deliveryError } });
      await tx.outboxMessage.updateMany({ where: { id: outboxId, accountId }, data: { completedAt: new Date() } });
    });
  } catch (err) {
    // The delivery error is what the job reports; the outbox row stays open and is relayed again.
    logger.error({ err }, 'could not record the delivery failure');
  }
}

function skipped(reason: string): Result {
  return { outcome: 'skipped', reason };
}

async function completeOutbox(db: Database, outboxId: string, accountId: string): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id: outboxId, accountId, completedAt: null }, data: { completedAt: new Date() } });
}
