import type { Database } from '@partner-portal/db';
import { JOBS, QUEUES } from '@partner-portal/jobs';
import type { JobsOptions, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { campaignBatchHandler, campaignDispatchHandler } from './campaign-sending.js';
import { campaignTestSendHandler } from './campaign-test-send.js';
import { expireInvitationsHandler } from './expire-invitations.js';
import { invitationEmailHandler } from './invitation-email.js';
import { personEmailHandler } from './person-email.js';
import type { RetryPolicy } from './delivery-retry.js';
import type { Mailer } from './mailer.js';
import { defineQueue, type QueueRegistry } from './queues.js';
import { startDueCampaignsHandler } from './start-due-campaigns.js';

export interface QueueDependencies {
  db: Database;
  mailer: Mailer;
  portalUrl: string;
  /** Derives invitation tokens (invitationToken). */
  linkSecret: string;
  /** How invitation emails are retried. */
  retryPolicy: RetryPolicy;
  logger: Logger;
  /** Where campaign.dispatch puts the batches. */
  campaignQueue: Queue;
  campaignBatchSize: number;
  campaignBatchJobOptions: JobsOptions;
}

const SIGN_IN_CHANGE_JOBS = [JOBS.twoFactorEnabledEmail, JOBS.twoFactorDisabledEmail, JOBS.recoveryCodesRegeneratedEmail, JOBS.passkeyAddedEmail, JOBS.passkeyRemovedEmail];

/** The queues this worker serves, and the handler of each job. */
export function buildQueueRegistry(deps: QueueDependencies): QueueRegistry {
  const sending = { ...deps, batchSize: deps.campaignBatchSize, batchJobOptions: deps.campaignBatchJobOptions };
  return {
    [QUEUES.email]: defineQueue({
      jobNames: [JOBS.invitationEmail, JOBS.invitationResendEmail, JOBS.campaignDispatch, JOBS.campaignTestSend, JOBS.emailVerificationEmail, JOBS.accountExistsEmail, JOBS.passwordResetEmail, JOBS.passwordChangedEmail, JOBS.emailChangeEmail, JOBS.emailChangedEmail, ...SIGN_IN_CHANGE_JOBS],
      handlers: {
        [JOBS.emailVerificationEmail]: personEmailHandler(deps, 'person.email-verification'),
        [JOBS.accountExistsEmail]: personEmailHandler(deps, 'person.account-exists'),
        [JOBS.passwordResetEmail]: personEmailHandler(deps, 'person.password-reset'),
        [JOBS.passwordChangedEmail]: personEmailHandler(deps, 'person.password-changed'),
        [JOBS.emailChangeEmail]: personEmailHandler(deps, 'person.email-change'),
        [JOBS.emailChangedEmail]: personEmailHandler(deps, 'person.email-changed'),
        [JOBS.twoFactorEnabledEmail]: personEmailHandler(deps, 'person.two-factor-enabled'),
        [JOBS.twoFactorDisabledEmail]: personEmailHandler(deps, 'person.two-factor-disabled'),
        [JOBS.recoveryCodesRegeneratedEmail]: personEmailHandler(deps, 'person.recovery-codes-regenerated'),
        [JOBS.passkeyAddedEmail]: personEmailHandler(deps, 'person.passkey-added'),
        [JOBS.passkeyRemovedEmail]: personEmailHandler(deps, 'person.passkey-removed'),
        [JOBS.invitationEmail]: invitationEmailHandler(deps, { reminder: false }),
        [JOBS.invitationResendEmail]: invitationEmailHandler(deps, { reminder: true }),
        [JOBS.campaignDispatch]: campaignDispatchHandler(sending),
        [JOBS.campaignTestSend]: campaignTestSendHandler(deps),
      },
    }),
    [QUEUES.campaigns]: defineQueue({
      jobNames: [JOBS.campaignBatch],
      handlers: { [JOBS.campaignBatch]: campaignBatchHandler(sending) },
    }),
    [QUEUES.maintenance]: defineQueue({
      jobNames: [JOBS.expireInvitations, JOBS.startDueCampaigns],
      handlers: {
        [JOBS.expireInvitations]: expireInvitationsHandler(deps),
        [JOBS.startDueCampaigns]: startDueCampaignsHandler(deps),
      },
    }),
  };
}
