import { tenancy, type Database } from '@partner-portal/db';
import {
  EMAIL_JOB_OPTIONS,
  JOBS,
  MAIL_OUTBOX_PAYLOADS,
  MAIL_OUTBOX_TOPICS,
  OUTBOX_PAYLOADS,
  OUTBOX_TOPICS,
  type MailOutboxJobPayload,
  type MailOutboxTopic,
  type OutboxJobPayload,
  type OutboxTopic,
} from '@partner-portal/jobs';
import type { JobsOptions, Queue } from 'bullmq';
import type { Logger } from 'pino';
import { attemptsWithin, DELIVERY_BACKOFF, type RetryPolicy } from './delivery-retry.js';
import { startTimerLoop, type TimerLoop } from './timer-loop.js';

export const RELAY_BATCH_SIZE = 500;

export interface OutboxRelayDeps {
  db: Database;
  emailQueue: Queue;
  logger: Logger;
  /** An outbox row relayed this long ago and still not completed is relayed again. */
  retryAfterMs: number;
  /** Options of each kind of email job; the job id is added per row. */
  jobOptions: (jobName: string) => JobsOptions;
}

export interface RelayResult {
  relayed: number;
  /** Rows with an unknown topic or an invalid payload: logged, kept, and looked at again after retryAfterMs. */
  refused: number;
}

interface OutboxRow {
  id: string;
  accountId: string;
  topic: string;
  payload: unknown;
  attempts: number;
}

export function emailJobOptions(attempts: number, backoffMs: number): JobsOptions {
  return { ...EMAIL_JOB_OPTIONS, attempts, backoff: { type: 'exponential', delay: backoffMs } };
}

/** Invitation emails retry on the delivery policy until its horizon (delivery-retry.ts); campaign jobs a fixed number of times. */
export function outboxJobOptions(campaignJobs: JobsOptions, invitationPolicy: RetryPolicy): (jobName: string) => JobsOptions {
  const invitations: JobsOptions = { ...EMAIL_JOB_OPTIONS, attempts: attemptsWithin(invitationPolicy), backoff: { type: DELIVERY_BACKOFF } };
  return (jobName) => (jobName === JOBS.invitationEmail || jobName === JOBS.invitationResendEmail ? invitations : campaignJobs);
}

/**
 * One pass: puts every outbox row that is due into the email queue. The job id is the outbox id, so a
 * row relayed twice (after a crash, or because its job is still waiting) becomes one job. The rows
 * are every account's, read on the outbox-relay path; each job then runs in its own account.
 */
export function relayOutbox(deps: OutboxRelayDeps): Promise<RelayResult> {
  return tenancy.run({ path: 'outbox-relay' }, () => relayDueRows(deps));
}

async function relayDueRows({ db, emailQueue, logger, retryAfterMs, jobOptions }: OutboxRelayDeps): Promise<RelayResult> {
  const rows = await claimDueRows(db, retryAfterMs);
  if (rows.length === 0) return { relayed: 0, refused: 0 };

  const jobs = rows.flatMap((row) => {
    const job = toJob(row);
    if (!job) logger.error({ outboxId: row.id, accountId: row.accountId, topic: row.topic }, 'outbox message refused: unknown topic or invalid payload');
    return job ? [{ ...job, opts: { ...jobOptions(job.name), jobId: row.id } }] : [];
  });
  // With the claim committed: while Redis is away this waits, and no database transaction waits with it.
  await replaceFailedJobs(emailQueue, rows.filter((row) => row.attempts > 1).map((row) => row.id), logger);
  if (jobs.length > 0) await emailQueue.addBulk(jobs);
  if (jobs.length > 0) logger.info({ relayed: jobs.length }, 'relayed outbox messages');
  return { relayed: jobs.length, refused: rows.length - jobs.length };
}

/**
 * Takes the due rows with a lease: marked relayed in one short transaction, so that no other relay
 * takes them for retryAfterMs. A relay that dies before enqueuing them leaves the lease to lapse,
 * and the rows are claimed again.
 */
function claimDueRows(db: Database, retryAfterMs: number): Promise<OutboxRow[]> {
  return db.$queryRaw<OutboxRow[]>`
    WITH due AS (
      SELECT account_id, id FROM outbox_message
      WHERE completed_at IS NULL
        AND (relayed_at IS NULL OR relayed_at < now() - ${retryAfterMs}::int * interval '1 millisecond')
      ORDER BY created_at
      LIMIT ${RELAY_BATCH_SIZE}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE outbox_message o SET relayed_at = now(), attempts = o.attempts + 1
    FROM due WHERE o.account_id = due.account_id AND o.id = due.id
    RETURNING o.id, o.account_id AS "accountId", o.topic, o.payload, o.attempts`;
}

function toJob(row: OutboxRow): { name: string; data: OutboxJobPayload } | undefined {
  if (!Object.hasOwn(OUTBOX_TOPICS, row.topic)) return undefined;
  const topic = row.topic as OutboxTopic;
  // Parsing keeps only the job's fields, so whatever else the row holds stays in PostgreSQL.
  const parsed = OUTBOX_PAYLOADS[topic].safeParse({ ...(row.payload as object), outboxId: row.id });
  if (!parsed.success || parsed.data.accountId !== row.accountId) return undefined;
  return { name: OUTBOX_TOPICS[topic], data: parsed.data };
}

/**
 * A job that failed for good while its outbox row is still open never recorded its outcome (the
 * database was down, or the job stalled twice); it is removed so that the row is enqueued afresh.
 */
async function replaceFailedJobs(queue: Queue, ids: string[], logger: Logger): Promise<void> {
  for (const id of ids) {
    if ((await queue.getJobState(id)) !== 'failed') continue;
    logger.warn({ outboxId: id }, 'outbox message has a failed job but is not completed; enqueuing it again');
    await queue.remove(id);
  }
}

interface MailOutboxRow {
  id: string;
  userId: string;
  topic: string;
  payload: unknown;
  attempts: number;
}

/**
 * One pass over the person mail outbox (`mail_outbox`: verification, account-exists emails), as
 * relayOutbox does for accounts' outbox: claimed with a lease, one job per row, job id = row id. The
 * table belongs to no account, so no tenant path is needed.
 */
export async function relayMailOutbox({ db, emailQueue, logger, retryAfterMs, jobOptions }: OutboxRelayDeps): Promise<RelayResult> {
  const rows = await db.$queryRaw<MailOutboxRow[]>`
    WITH due AS (
      SELECT id FROM mail_outbox
      WHERE completed_at IS NULL
        AND (relayed_at IS NULL OR relayed_at < now() - ${retryAfterMs}::int * interval '1 millisecond')
      ORDER BY created_at
      LIMIT ${RELAY_BATCH_SIZE}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE mail_outbox o SET relayed_at = now(), attempts = o.attempts + 1
    FROM due WHERE o.id = due.id
    RETURNING o.id, o.user_id AS "userId", o.topic, o.payload, o.attempts`;
  if (rows.length === 0) return { relayed: 0, refused: 0 };
  const jobs = rows.flatMap((row) => {
    const job = toMailJob(row);
    if (!job) logger.error({ outboxId: row.id, topic: row.topic }, 'mail outbox message refused: unknown topic or invalid payload');
    return job ? [{ ...job, opts: { ...jobOptions(job.name), jobId: row.id } }] : [];
  });
  await replaceFailedJobs(emailQueue, rows.filter((row) => row.attempts > 1).map((row) => row.id), logger);
  if (jobs.length > 0) await emailQueue.addBulk(jobs);
  if (jobs.length > 0) logger.info({ relayed: jobs.length }, 'relayed mail outbox messages');
  return { relayed: jobs.length, refused: rows.length - jobs.length };
}

function toMailJob(row: MailOutboxRow): { name: string; data: MailOutboxJobPayload } | undefined {
  if (!Object.hasOwn(MAIL_OUTBOX_TOPICS, row.topic)) return undefined;
  const topic = row.topic as MailOutboxTopic;
  const parsed = MAIL_OUTBOX_PAYLOADS[topic].safeParse({ ...(row.payload as object), outboxId: row.id });
  if (!parsed.success || parsed.data.userId !== row.userId) return undefined;
  return { name: MAIL_OUTBOX_TOPICS[topic], data: parsed.data };
}

export interface OutboxRelayLoopOptions extends OutboxRelayDeps {
  intervalMs: number;
}

/** Relays every `intervalMs`; a timer in the process rather than a BullMQ job, so losing Redis cannot lose it. */
export function startOutboxRelay({ intervalMs, ...deps }: OutboxRelayLoopOptions): TimerLoop {
  return startTimerLoop({
    name: 'outbox relay',
    intervalMs,
    logger: deps.logger,
    tick: async () => {
      await relayOutbox(deps);
      await relayMailOutbox(deps);
    },
  });
}
