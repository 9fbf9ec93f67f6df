import type { Database } from '@partner-portal/db';
import { JOBS, QUEUES } from '@partner-portal/jobs';
import type { Logger } from 'pino';
import { expireInvitationsHandler } from './expire-invitations.js';
import { invitationEmailHandler } from './invitation-email.js';
import type { Mailer } from './mailer.js';
import { defineQueue, type QueueRegistry } from './queues.js';

export interface QueueDependencies {
  db: Database;
  mailer: Mailer;
  portalUrl: string;
  logger: Logger;
}

/** The queues this worker serves, and the handler of each job. */
export function buildQueueRegistry(deps: QueueDependencies): QueueRegistry {
  return {
    [QUEUES.email]: defineQueue({
      jobNames: [JOBS.invitationEmail, JOBS.invitationResendEmail],
      handlers: {
        [JOBS.invitationEmail]: invitationEmailHandler(deps, { reminder: false }),
        [JOBS.invitationResendEmail]: invitationEmailHandler(deps, { reminder: true }),
      },
    }),
    [QUEUES.maintenance]: defineQueue({
      jobNames: [JOBS.expireInvitations],
      handlers: { [JOBS.expireInvitations]: expireInvitationsHandler(deps) },
    }),
  };
}
