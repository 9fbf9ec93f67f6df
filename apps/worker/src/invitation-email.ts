import { createHash, createHmac } from 'node:crypto';
import type { Database } from '@partner-portal/db';
import { invitationEmailPayload, type InvitationEmailPayload } from '@partner-portal/jobs';
import { UnrecoverableError, type Job } from 'bullmq';
import type { Logger } from 'pino';
import { decideRetry, RetryLaterError, type RetryPolicy } from './delivery-retry.js';
import { invitationLink, renderInvitationMessage } from './invitation-message.js';
import type { Mailer } from './mailer.js';
import { accountJobHandler, type JobHandler } from './queues.js';

export const MAX_DELIVERY_ERROR_LENGTH = 500;

export interface InvitationEmailDeps {
  db: Database;
  mailer: Mailer;
  /** Base of the accept link, without a trailing slash. */
  portalUrl: string;
  /** Derives each email's token from its outbox id, so every attempt of one email carries the same link. */
  linkSecret: string;
  retryPolicy: RetryPolicy;
  logger: Logger;
}

type Result = { outcome: 'sent' } | { outcome: 'skipped'; reason: string };
type Ids = Omit<InvitationEmailPayload, 'v'>;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The token of the email one outbox message sends: 256 bits derived from a server secret and the
 * outbox id. A second attempt (after a crash between the SMTP server's 250 and the SENT write, say)
 * sends the same working link; a resend is a new outbox message, so a new link.
 */
export function invitationToken(linkSecret: string, outboxId: string): string {
  return createHmac('sha256', linkSecret).update(`invitation-link:${outboxId}`).digest('base64url');
}

/** One Message-ID per outbox message, so a receiving server can tell a repeated email for what it is. */
export function invitationMessageId(outboxId: string, mailFromDomain = 'partner-portal.local'): string {
  return `<invitation-${outboxId}@${mailFromDomain}>`;
}

/**
 * Sends the email of one invitation: only the token's hash is stored, and the token itself exists
 * only in the email. `reminder` selects the wording of a resent invitation.
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
  deps: InvitationEmailDeps,
  { invitationId, accountId, outboxId }: InvitationEmailPayload,
  reminder: boolean,
  job: Job<unknown>,
  logger: Logger,
): Promise<Result> {
  const { db, mailer, portalUrl, linkSecret } = deps;
  const outbox = await db.outboxMessage.findFirst({ where: { id: outboxId, accountId }, select: { completedAt: true, createdAt: true } });
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

  const token = invitationToken(linkSecret, outboxId);
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
    await mailer.send({ to: invitation.email, messageId: invitationMessageId(outboxId, mailer.domain), ...message });
  } catch (error) {
    // The horizon counts from the outbox row, which a Redis flush or a relay again does not move.
    const decision = decideRetry(deps.retryPolicy, { error, retry: job.attemptsMade + 1, firstQueuedAt: outbox.createdAt });
    const deliveryError = errorText(error);
    if (decision.retry) {
      logger.warn({ outcome: 'will retry', deliveryError, nextAttemptAt: decision.nextAttemptAt }, 'invitation email not delivered');
      await recordRetry(db, { invitationId, accountId, outboxId }, deliveryError, decision.nextAttemptAt, logger);
      throw new RetryLaterError(decision.delayMs, error);
    }
    logger.warn({ outcome: 'failed', reason: decision.reason, deliveryError }, 'invitation email not delivered');
    await recordFailure(db, { invitationId, accountId, outboxId }, deliveryError, logger);
    throw new UnrecoverableError(`${decision.reason === 'permanent' ? 'refused by the mail server' : 'retry horizon reached'}: ${deliveryError}`);
  }

  await db.$transaction(async (tx) => {
    await tx.invitation.update({
      where: { accountId_id: { accountId, id: invitationId } },
      data: { deliveryStatus: 'SENT', deliveredAt: new Date(), deliveryError: null, deliveryNextAttemptAt: null },
    });
    await tx.outboxMessage.updateMany({ where: { id: outboxId, accountId }, data: { completedAt: new Date() } });
  });
  return { outcome: 'sent' };
}

function errorText(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, MAX_DELIVERY_ERROR_LENGTH);
}

/** Keeps the delivery QUEUED and says when the next attempt is, for the owner to see. */
async function recordRetry(db: Database, { invitationId, accountId }: Ids, deliveryError: string, nextAttemptAt: Date, logger: Logger): Promise<void> {
  try {
    await db.invitation.update({ where: { accountId_id: { accountId, id: invitationId } }, data: { deliveryError, deliveryNextAttemptAt: nextAttemptAt } });
  } catch (err) {
    // The retry happens anyway; only what the owner sees is older.
    logger.error({ err }, 'could not record the next delivery attempt');
  }
}

/** A permanent refusal or the end of the horizon: FAILED with the error, and the outbox row done. */
async function recordFailure(db: Database, { invitationId, accountId, outboxId }: Ids, deliveryError: string, logger: Logger): Promise<void> {
  try {
    await db.$transaction(async (tx) => {
      await tx.invitation.update({
        where: { accountId_id: { accountId, id: invitationId } },
        data: { deliveryStatus: 'FAILED', deliveryError, deliveryNextAttemptAt: null },
      });
      await tx.outboxMessage.updateMany({ where: { id: outboxId, accountId }, data: { completedAt: new Date() } });
    });
  } catch (err) {
    // The outbox row stays open and is relayed again, so the outcome is recorded later.
    logger.error({ err }, 'could not record the delivery failure');
  }
}

function skipped(reason: string): Result {
  return { outcome: 'skipped', reason };
}

async function completeOutbox(db: Database, outboxId: string, accountId: string): Promise<void> {
  await db.outboxMessage.updateMany({ where: { id: outboxId, accountId, completedAt: null }, data: { completedAt: new Date() } });
}
