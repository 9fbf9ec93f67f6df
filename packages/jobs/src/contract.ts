import { z } from 'zod';

/** Queue names: part of the data in Redis, so never renamed lightly. */
export const QUEUES = {
  email: 'email',
  maintenance: 'maintenance',
  /** Campaign batches: kept apart so that a large campaign never holds up invitation emails. */
  campaigns: 'campaigns',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const JOBS = {
  /** The first email of an invitation. */
  invitationEmail: 'invitation.email',
  /** The email of a resent invitation (a new invitation row replacing the earlier ones). */
  invitationResendEmail: 'invitation.resend-email',
  /** Marks overdue PENDING invitations EXPIRED; repeatable. */
  expireInvitations: 'invitations.expire',
  /** Splits the PENDING recipients of a campaign that started sending into batch jobs (email queue). */
  campaignDispatch: 'campaign.dispatch',
  /** Sends one batch of a campaign's recipients (campaigns queue). */
  campaignBatch: 'campaign.batch',
  /** Sends a campaign to at most five test addresses, with "[Test]" before its subject (email queue). */
  campaignTestSend: 'campaign.test-send',
  /** Starts every SCHEDULED campaign that is due; repeatable (maintenance queue). */
  startDueCampaigns: 'campaigns.start-due',
  /** A sign-up's link to verify its email address (email queue). */
  emailVerificationEmail: 'person.email-verification-email',
  /** To the address of a sign-up that already has an account: sign in, or reset the password (email queue). */
  accountExistsEmail: 'person.account-exists-email',
  /** "Forgot password?": a one-hour link to set a new password (email queue). */
  passwordResetEmail: 'person.password-reset-email',
  /** Tells a person their password was changed or reset (email queue). */
  passwordChangedEmail: 'person.password-changed-email',
  /** A link to the new address of an email change, to verify it first (email queue). */
  emailChangeEmail: 'person.email-change-email',
  /** Tells the previous address that the account's email address was changed (email queue). */
  emailChangedEmail: 'person.email-changed-email',
  /** Tells a person two-step sign-in was turned on for their account (email queue). */
  twoFactorEnabledEmail: 'person.two-factor-enabled-email',
  /** Tells a person two-step sign-in was turned off (email queue). */
  twoFactorDisabledEmail: 'person.two-factor-disabled-email',
  /** Tells a person new recovery codes replaced the old ones (email queue). */
  recoveryCodesRegeneratedEmail: 'person.recovery-codes-regenerated-email',
  /** Tells a person a passkey was added to their account (email queue). */
  passkeyAddedEmail: 'person.passkey-added-email',
  /** Tells a person a passkey was removed from their account (email queue). */
  passkeyRemovedEmail: 'person.passkey-removed-email',
} as const;

export type JobName = (typeof JOBS)[keyof typeof JOBS];

/** Outbox topics written by the API in the same transaction as the change, and the job each becomes. */
export const OUTBOX_TOPICS = {
  'invitation.created': JOBS.invitationEmail,
  'invitation.resent': JOBS.invitationResendEmail,
  /** A campaign became SENDING and its recipients were fixed. */
  'campaign.sending': JOBS.campaignDispatch,
  'campaign.test-send': JOBS.campaignTestSend,
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

export const campaignDispatchPayload = z.object({
  v: z.literal(1),
  campaignId: z.uuid(),
  accountId: z.uuid(),
  outboxId: z.uuid(),
});

export type CampaignDispatchPayload = z.infer<typeof campaignDispatchPayload>;

/** One batch: the campaign's PENDING recipients whose contact ids lie in [fromContactId, toContactId]. */
export const campaignBatchPayload = z.object({
  v: z.literal(1),
  campaignId: z.uuid(),
  accountId: z.uuid(),
  fromContactId: z.uuid(),
  toContactId: z.uuid(),
});

export type CampaignBatchPayload = z.infer<typeof campaignBatchPayload>;

/** The job carries ids only; the addresses stay in the outbox row (see campaignTestSendOutbox). */
export const campaignTestSendPayload = z.object({
  v: z.literal(1),
  campaignId: z.uuid(),
  accountId: z.uuid(),
  outboxId: z.uuid(),
});

export type CampaignTestSendPayload = z.infer<typeof campaignTestSendPayload>;

export const MAX_TEST_RECIPIENTS = 5;

/** The payload of a `campaign.test-send` outbox row: the job's ids and the addresses, read by the worker from PostgreSQL. */
export const campaignTestSendOutbox = campaignTestSendPayload.omit({ outboxId: true }).extend({
  to: z.array(z.email()).min(1).max(MAX_TEST_RECIPIENTS),
});

export const startDueCampaignsPayload = z.object({ v: z.literal(1) });

/** The payload schema of the job each outbox topic becomes; the relay adds `outboxId` to the row's payload. */
export const OUTBOX_PAYLOADS = {
  'invitation.created': invitationEmailPayload,
  'invitation.resent': invitationEmailPayload,
  'campaign.sending': campaignDispatchPayload,
  'campaign.test-send': campaignTestSendPayload,
} as const satisfies Record<OutboxTopic, z.ZodType<{ accountId: string; outboxId: string }>>;

export type OutboxJobPayload = z.infer<(typeof OUTBOX_PAYLOADS)[OutboxTopic]>;

/**
 * Topics of the person mail outbox (`mail_outbox`): emails to a person rather than to an account, written
 * by the API in the same transaction as the change and relayed by the worker like the account outbox.
 */
export const MAIL_OUTBOX_TOPICS = {
  /** A new, unverified sign-up (or its "send the link again"): the payload names its email_token row. */
  'person.email-verification': JOBS.emailVerificationEmail,
  /** A sign-up for an address that already has an account. */
  'person.account-exists': JOBS.accountExistsEmail,
  /** "Forgot password?" for an existing account: the payload names its email_token row. */
  'person.password-reset': JOBS.passwordResetEmail,
  /** The password was changed (signed in) or reset (by link). */
  'person.password-changed': JOBS.passwordChangedEmail,
  /** An email change asked for: the payload names its email_token row, whose address is the new one. */
  'person.email-change': JOBS.emailChangeEmail,
  /** An email change done: the previous address stays in the outbox row (personEmailChangedOutbox), never in the job. */
  'person.email-changed': JOBS.emailChangedEmail,
  'person.two-factor-enabled': JOBS.twoFactorEnabledEmail,
  'person.two-factor-disabled': JOBS.twoFactorDisabledEmail,
  'person.recovery-codes-regenerated': JOBS.recoveryCodesRegeneratedEmail,
  /** The passkey's name stays in the outbox row (personPasskeyOutbox), never in the job. */
  'person.passkey-added': JOBS.passkeyAddedEmail,
  'person.passkey-removed': JOBS.passkeyRemovedEmail,
} as const;

export type MailOutboxTopic = keyof typeof MAIL_OUTBOX_TOPICS;

/**
 * A person email job carries ids only: the token of a link is minted by the worker from the outbox id
 * when it sends (only its hash is stored, in email_token), so no secret is ever in Redis or the outbox.
 */
export const personEmailPayload = z.object({
  v: z.literal(1),
  userId: z.uuid(),
  outboxId: z.uuid(),
  /** The email_token row whose link the email carries, for the emails that carry one. */
  tokenId: z.uuid().optional(),
});

export type PersonEmailPayload = z.infer<typeof personEmailPayload>;

/** The payload schema of the job each mail outbox topic becomes; the relay adds `outboxId` to the row's payload. */
export const MAIL_OUTBOX_PAYLOADS = {
  'person.email-verification': personEmailPayload.required({ tokenId: true }),
  'person.account-exists': personEmailPayload.omit({ tokenId: true }),
  'person.password-reset': personEmailPayload.required({ tokenId: true }),
  'person.password-changed': personEmailPayload.omit({ tokenId: true }),
  'person.email-change': personEmailPayload.required({ tokenId: true }),
  'person.email-changed': personEmailPayload.omit({ tokenId: true }),
  'person.two-factor-enabled': personEmailPayload.omit({ tokenId: true }),
  'person.two-factor-disabled': personEmailPayload.omit({ tokenId: true }),
  'person.recovery-codes-regenerated': personEmailPayload.omit({ tokenId: true }),
  'person.passkey-added': personEmailPayload.omit({ tokenId: true }),
  'person.passkey-removed': personEmailPayload.omit({ tokenId: true }),
} as const satisfies Record<MailOutboxTopic, z.ZodType<{ userId: string; outboxId: string }>>;

/** The payload of a `person.email-changed` outbox row: the job's ids and the previous address, read by the worker from PostgreSQL. */
export const personEmailChangedOutbox = personEmailPayload.omit({ tokenId: true, outboxId: true }).extend({ previousEmail: z.email() });

/** The payload of a `person.passkey-added` or `person.passkey-removed` outbox row: the job's ids and the passkey's name (the person's own words). */
export const personPasskeyOutbox = personEmailPayload.omit({ tokenId: true, outboxId: true }).extend({ passkeyName: z.string() });

export type MailOutboxJobPayload = z.infer<(typeof MAIL_OUTBOX_PAYLOADS)[MailOutboxTopic]>;

/** Recipients per campaign.batch job unless the worker is configured otherwise. */
export const CAMPAIGN_BATCH_SIZE = 100;

/** Attempts with exponential backoff; the job id is the outbox message id, so a second enqueue is a no-op. */
export const EMAIL_JOB_OPTIONS = {
  attempts: 6,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

