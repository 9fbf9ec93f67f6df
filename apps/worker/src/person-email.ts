import { createHmac } from 'node:crypto';
import type { Database } from '@partner-portal/db';
import { MAIL_OUTBOX_PAYLOADS, personEmailChangedOutbox, personPasskeyOutbox, type MailOutboxTopic } from '@partner-portal/jobs';
import { UnrecoverableError } from 'bullmq';
import type { Logger } from 'pino';
import { isPermanentFailure } from './delivery-retry.js';
import { hashToken } from './invitation-email.js';
import type { Mailer } from './mailer.js';
import {
  emailChangeLink,
  emailVerificationLink,
  forgotPasswordLink,
  passwordResetLink,
  renderAccountExistsMessage,
  renderEmailChangedMessage,
  renderEmailChangeMessage,
  renderEmailVerificationMessage,
  renderPasswordChangedMessage,
  renderPasswordResetMessage,
  renderSignInChangedMessage,
  signInLink,
  type SignInChange,
} from './person-message.js';
import { parsePayload, type JobHandler } from './queues.js';

export interface PersonEmailDeps {
  db: Database;
  mailer: Mailer;
  /** Base of the links, without a trailing slash. */
  portalUrl: string;
  /** Derives each email's token from its outbox id, as for invitations. */
  linkSecret: string;
  logger: Logger;
}

type Result = { outcome: 'sent' } | { outcome: 'skipped'; reason: string };

/** The emails telling a person that a factor or a passkey changed. */
const SIGN_IN_CHANGE_TOPICS = new Set<MailOutboxTopic>([
  'person.two-factor-enabled',
  'person.two-factor-disabled',
  'person.recovery-codes-regenerated',
  'person.passkey-added',
  'person.passkey-removed',
]);

/** What one of those emails tells, from its outbox row; null for a passkey row without its name. */
function signInChangeOf(topic: MailOutboxTopic, outboxPayload: unknown): SignInChange | null {
  switch (topic) {
    case 'person.passkey-added':
    case 'person.passkey-removed': {
      const parsed = personPasskeyOutbox.safeParse(outboxPayload);
      return parsed.success ? { topic, passkeyName: parsed.data.passkeyName } : null;
    }
    case 'person.two-factor-enabled':
    case 'person.two-factor-disabled':
    case 'person.recovery-codes-regenerated':
      return { topic };
    default:
      return null;
  }
}

/**
 * The token of the link one person email carries: 256 bits from the server secret and the mail outbox
 * id, so every attempt of one email carries the same working link (a separate label from invitations').
 */
export function personLinkToken(linkSecret: string, outboxId: string): string {
  return createHmac('sha256', linkSecret).update(`person-link:${outboxId}`).digest('base64url');
}

export function personMessageId(outboxId: string, domain = 'partner-portal.local'): string {
  return `<person-${outboxId}@${domain}>`;
}

/**
 * Sends the email of one mail outbox row. A person's emails belong to no account, so the job runs in no
 * tenant scope: it reads only app_user, email_token and mail_outbox, which are global.
 * A delivery failure throws, and BullMQ retries it; a job that failed for good leaves its row open, and
 * the relay queues it again. A permanent refusal (an SMTP 5xx) completes the row: it is never retried.
 */
export function personEmailHandler(deps: PersonEmailDeps, topic: MailOutboxTopic): JobHandler {
  const schema = MAIL_OUTBOX_PAYLOADS[topic];
  return async (job) => {
    const payload = parsePayload(schema, job);
    const logger = deps.logger.child({ job: job.name, userId: payload.userId, outboxId: payload.outboxId, attempt: job.attemptsMade + 1 });
    const result = await sendPersonEmail(deps, topic, payload);
    logger.info(result, 'person email handled');
    return result.outcome;
  };
}

async function sendPersonEmail(deps: PersonEmailDeps, topic: MailOutboxTopic, payload: { userId: string; outboxId: string; tokenId?: string }): Promise<Result> {
  const { db, mailer, portalUrl, linkSecret } = deps;
  const { userId, outboxId } = payload;
  const outbox = await db.mailOutboxMessage.findFirst({ where: { id: outboxId, userId }, select: { completedAt: true, payload: true, createdAt: true } });
  if (!outbox || outbox.completedAt) return { outcome: 'skipped', reason: 'already handled' };
  const user = await db.user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) return complete(db, outboxId, 'no such user');

  let email: { to: string; subject: string; text: string; html: string };
  if (topic === 'person.email-verification' || topic === 'person.password-reset' || topic === 'person.email-change') {
    const now = new Date();
    const token = personLinkToken(linkSecret, outboxId);
    const row = await db.emailToken.findFirst({ where: { id: payload.tokenId, userId } });
    if (!row || row.usedAt || row.expiresAt <= now) return complete(db, outboxId, 'link used or expired');
    const minted = await db.emailToken.updateMany({ where: { id: row.id, userId, usedAt: null, expiresAt: { gt: now } }, data: { tokenHash: hashToken(token) } });
    if (minted.count === 0) return complete(db, outboxId, 'link changed before sending');
    const message =
      topic === 'person.email-verification'
        ? renderEmailVerificationMessage({ name: user.name, link: emailVerificationLink(portalUrl, token), expiresAt: row.expiresAt })
        : topic === 'person.email-change'
          ? renderEmailChangeMessage({ name: user.name, link: emailChangeLink(portalUrl, token), expiresAt: row.expiresAt })
          : renderPasswordResetMessage({ name: user.name, link: passwordResetLink(portalUrl, token), expiresAt: row.expiresAt });
    email = { to: row.email, ...message };
  } else if (topic === 'person.email-changed') {
    const parsed = personEmailChangedOutbox.safeParse(outbox.payload);
    if (!parsed.success) return complete(db, outboxId, 'no previous address in the outbox row');
    email = { to: parsed.data.previousEmail, ...renderEmailChangedMessage({ name: user.name, newEmail: user.email, resetPassword: forgotPasswordLink(portalUrl) }) };
  } else if (SIGN_IN_CHANGE_TOPICS.has(topic)) {
    const change = signInChangeOf(topic, outbox.payload);
    if (!change) return complete(db, outboxId, 'no passkey name in the outbox row');
    email = { to: user.email, ...renderSignInChangedMessage({ name: user.name, change, changedAt: outbox.createdAt, resetPassword: forgotPasswordLink(portalUrl) }) };
  } else if (topic === 'person.password-changed') {
    email = { to: user.email, ...renderPasswordChangedMessage({ name: user.name, resetPassword: forgotPasswordLink(portalUrl) }) };
  } else {
    email = { to: user.email, ...renderAccountExistsMessage({ name: user.name, signIn: signInLink(portalUrl), resetPassword: forgotPasswordLink(portalUrl) }) };
  }

  try {
    await mailer.send({ ...email, messageId: personMessageId(outboxId, mailer.domain) });
  } catch (error) {
    if (!isPermanentFailure(error)) throw error;
    // The mail server will never take it (no such mailbox): trying again would only repeat the refusal.
    await complete(db, outboxId, 'refused by the mail server');
    throw new UnrecoverableError(`refused by the mail server: ${error instanceof Error ? error.message : String(error)}`);
  }
  await db.mailOutboxMessage.updateMany({ where: { id: outboxId, completedAt: null }, data: { completedAt: new Date() } });
  return { outcome: 'sent' };
}

async function complete(db: Database, outboxId: string, reason: string): Promise<Result> {
  await db.mailOutboxMessage.updateMany({ where: { id: outboxId, completedAt: null }, data: { completedAt: new Date() } });
  return { outcome: 'skipped', reason };
}
