import { z } from 'zod';

/** Queue names: part of the data in Redis, so never renamed lightly. */
export const QUEUES = {
  email: 'email',
  maintenance: 'maintenance',
} as const;

export const JOBS = {
  /** The first email of an invitation. */
  invitationEmail: 'invitation.email',
  /** The email of a resent invitation (a new invitation row replacing the earlier ones). */
  invitationResendEmail: 'invitation.resend-email',
  /** Marks overdue PENDING invitations EXPIRED; repeatable. */
  expireInvitations: 'invitations.expire',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Outbox topics written by the API in the same transaction as the change, and the job each becomes. */
export const OUTBOX_TOPICS = {
  'invitation.created': JOBS.invitationEmail,
  'invitation.resent': JOBS.invitationResendEmail,
} as const;

export type OutboxTopic = keyof typeof OUTBOX_TOPICS;

/**
 * An invitation email job carries ids only: never the token (which the worker mints when it sends,
 * storing only its hash) nor any other secret.
 */
export const invitationEmailPayload = z.object({
  v: z.literal(1),
  invitationId: z.uuid(),
  accountId: z.uuid(),
  outboxId: z.uuid(),
});

export type InvitationEmailPayload = z.infer<typeof invitationEmailPayload>;

export const expireInvitationsPayload = z.object({ v: z.literal(1) });

/** Attempts with exponential backoff; the job id is the outbox message id, so a second enqueue is a no-op. */
export const EMAIL_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

