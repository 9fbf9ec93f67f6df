import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { attemptsWithin, decideRetry, deliveryBackoffStrategy, isPermanentFailure, RetryLaterError, retryDelay, type RetryPolicy } from './delivery-retry.js';

const DEFAULTS: RetryPolicy = { baseDelayMs: 2_000, maxDelayMs: 300_000, horizonMs: 48 * 3600_000 };
const smtpReply = (responseCode: number) => Object.assign(new Error(`${responseCode} reply`), { responseCode });
const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:25'), { code: 'ESOCKET' });

describe('the retry schedule of an invitation email', () => {
  it('doubles from the base delay up to the cap, and jitters within the upper half', () => {
    const lowest = [1, 2, 3, 4, 5, 8, 9, 20, 500].map((retry) => retryDelay(DEFAULTS, retry, () => 0));
    const highest = [1, 2, 3, 4, 5, 8, 9, 20, 500].map((retry) => retryDelay(DEFAULTS, retry, () => 1));
    assert.deepEqual(highest, [2_000, 4_000, 8_000, 16_000, 32_000, 256_000, 300_000, 300_000, 300_000]);
    assert.deepEqual(lowest, highest.map((delay) => delay / 2));
    for (let i = 0; i < 1000; i++) {
      const delay = retryDelay(DEFAULTS, 12);
      assert.ok(delay >= 150_000 && delay <= 300_000, String(delay));
    }
  });

  it('retries connection failures, timeouts and 4xx replies, and gives up on a 5xx at once', () => {
    assert.equal(isPermanentFailure(refused), false);
    assert.equal(isPermanentFailure(Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT' })), false);
    assert.equal(isPermanentFailure(smtpReply(421)), false);
    assert.equal(isPermanentFailure(smtpReply(451)), false);
    assert.equal(isPermanentFailure(smtpReply(550)), true);
    assert.equal(isPermanentFailure(smtpReply(554)), true);
    assert.deepEqual(decideRetry(DEFAULTS, { error: smtpReply(550), retry: 1, firstQueuedAt: new Date() }), { retry: false, reason: 'permanent' });
  });

  it('retries until the next attempt would fall past the horizon, counted from when the email was first queued', () => {
    const now = new Date('2026-12-04T12:00:00Z');
    const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3600_000);
    const soon = decideRetry(DEFAULTS, { error: refused, retry: 3, firstQueuedAt: hoursAgo(1), now, random: () => 1 });
    assert.deepEqual(soon, { retry: true, delayMs: 8_000, nextAttemptAt: new Date(now.getTime() + 8_000) });
    assert.equal(decideRetry(DEFAULTS, { error: refused, retry: 600, firstQueuedAt: hoursAgo(47.9), now, random: () => 1 }).retry, true);
    assert.deepEqual(decideRetry(DEFAULTS, { error: refused, retry: 600, firstQueuedAt: hoursAgo(47.95), now, random: () => 1 }), { retry: false, reason: 'horizon' });
  });

  it('gives BullMQ more attempts than the horizon can use, so that the horizon ends the retries', () => {
    const attempts = attemptsWithin(DEFAULTS);
    // At the shortest jittered delays (half the cap), 48 hours hold about 48 × 60 / 2.5 = 1,152 retries.
    assert.ok(attempts > 1152 && attempts < 1200, String(attempts));
    assert.equal(attemptsWithin({ baseDelayMs: 50, maxDelayMs: 100, horizonMs: 1000 }) > 1000 / 50, true);
  });

  it("hands BullMQ the delay the job recorded, or the schedule's own for a job that failed before deciding", () => {
    const strategy = deliveryBackoffStrategy(DEFAULTS);
    assert.equal(strategy(4, 'delivery', new RetryLaterError(12_345, refused)), 12_345);
    const fallback = strategy(4, 'delivery', new Error('the database is down')) as number;
    assert.ok(fallback >= 8_000 && fallback <= 16_000, String(fallback));
  });
});
