// When an invitation email that could not be delivered is tried again, and when it is given up:
// a mail server's queue keeps trying for days, so a transient failure (no connection, a timeout, a 4xx
// reply) is retried on a capped exponential schedule with jitter until a horizon, and only a permanent
// refusal (a 5xx reply) or the end of the horizon fails the invitation for good.
import type { BackoffStrategy } from 'bullmq';

export interface RetryPolicy {
  /** The first retry's delay; each further one doubles, up to maxDelayMs. */
  baseDelayMs: number;
  /** Low enough that a backlog drains within minutes of the mail server's return. */
  maxDelayMs: number;
  /** How long after it was first queued an email is still tried. */
  horizonMs: number;
}

export type RetryDecision =
  | { retry: true; delayMs: number; nextAttemptAt: Date }
  | { retry: false; reason: 'permanent' | 'horizon' };

/** An SMTP reply code (nodemailer's `responseCode`), if the failure was a reply at all. */
function replyCode(error: unknown): number | undefined {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' ? code : undefined;
}

/** A 5xx reply is the server's final word; everything else (no connection, a timeout, 4xx) may pass. */
export function isPermanentFailure(error: unknown): boolean {
  const code = replyCode(error);
  return code !== undefined && code >= 500 && code < 600;
}

/**
 * The delay before retry number `retry` (1 for the first): base × 2^(retry-1), capped, with "equal
 * jitter" (half fixed, half random) so that a backlog does not come back in one wave.
 */
export function retryDelay(policy: RetryPolicy, retry: number, random: () => number = Math.random): number {
  const capped = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.min(Math.max(retry - 1, 0), 30));
  return Math.round(capped / 2 + random() * (capped / 2));
}

export function decideRetry(
  policy: RetryPolicy,
  { error, retry, firstQueuedAt, now = new Date(), random }: { error: unknown; retry: number; firstQueuedAt: Date; now?: Date; random?: () => number },
): RetryDecision {
  if (isPermanentFailure(error)) return { retry: false, reason: 'permanent' };
  const delayMs = retryDelay(policy, retry, random);
  const nextAttemptAt = new Date(now.getTime() + delayMs);
  if (nextAttemptAt.getTime() - firstQueuedAt.getTime() > policy.horizonMs) return { retry: false, reason: 'horizon' };
  return { retry: true, delayMs, nextAttemptAt };
}

/** Thrown by a job that is to run again after `delayMs`: the delay the job recorded as its next attempt. */
export class RetryLaterError extends Error {
  override readonly name = 'RetryLaterError';
  constructor(
    readonly delayMs: number,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * BullMQ's attempt limit for a job retried on this policy: more than the horizon can hold even at the
 * shortest jittered delays, so that the horizon, not the count, ends the retries.
 */
export function attemptsWithin(policy: RetryPolicy): number {
  let attempts = 1;
  for (let elapsed = 0; elapsed <= policy.horizonMs; attempts += 1) elapsed += Math.max(1, retryDelay(policy, attempts, () => 0));
  return attempts + 1;
}

/** The backoff type of invitation email jobs; BullMQ asks the worker's strategy for its delays. */
export const DELIVERY_BACKOFF = 'delivery';

/**
 * The worker's backoff strategy: the delay a RetryLaterError carries, or else (a job that failed
 * before it could decide, say the database was down) the policy's delay for that retry.
 */
export function deliveryBackoffStrategy(policy: RetryPolicy): BackoffStrategy {
  return (attemptsMade, _type, error) => (error instanceof RetryLaterError ? error.delayMs : retryDelay(policy, attemptsMade));
}
