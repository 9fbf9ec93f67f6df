import { HttpStatus } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error.js';
import type { RedisKeys } from '../redis/redis.module.js';

/**
 * A rate-limiter-flexible limiter kept in Redis, so every API process shares it; while Redis is
 * unreachable it answers at once from this process's memory (its insurance limiter) instead of waiting.
 */
export function sharedLimiter(redis: RedisClient, keys: RedisKeys, scope: string, name: string, points: number, duration: number): RateLimiterRedis {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: keys(scope, name),
    points,
    duration,
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${scope}:${name}`, points, duration }),
  });
}

/** 429 with Retry-After in whole seconds (at least one). */
export function tooManyAttempts(code: string, msBeforeNext: number, message: (retryAfter: number) => string): AppError {
  const retryAfter = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return new AppError(HttpStatus.TOO_MANY_REQUESTS, code, message(retryAfter), { 'Retry-After': String(retryAfter) });
}

/**
 * Failures counted per key within a window, after rate-limiter-flexible's login protection: `admit`
 * refuses a key past `max` failures without counting, `recordFailure` counts one, `recordSuccess`
 * clears the key's count. Successes never count.
 */
export class FailureLimit {
  constructor(
    private readonly limiter: RateLimiterRedis,
    private readonly max: number,
    private readonly refusal: (retryAfter: number) => string,
  ) {}

  async admit(key: string): Promise<void> {
    const state = await this.limiter.get(key);
    if (state && state.consumedPoints >= this.max) throw tooManyAttempts('TOO_MANY_LOGIN_ATTEMPTS', state.msBeforeNext, this.refusal);
  }

  async recordFailure(key: string): Promise<void> {
    await this.limiter.penalty(key, 1);
  }

  async recordSuccess(key: string): Promise<void> {
    await this.limiter.delete(key);
  }
}
