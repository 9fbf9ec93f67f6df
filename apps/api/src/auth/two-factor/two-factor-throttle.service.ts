import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../../redis/redis.module.js';
import { FailureLimit, sharedLimiter } from '../failure-limit.js';

/**
 * Wrong second-factor codes per person, wherever they come from (the sign-in's code step, disabling
 * two-factor sign-in): TWO_FACTOR_MAX_FAILURES within TWO_FACTOR_WINDOW_SECONDS, then 429 until the
 * window has passed. A six-digit code is one in a million, so a few tries leave nothing to guess by.
 * A right code clears the count.
 */
@Injectable()
export class TwoFactorThrottleService extends FailureLimit {
  constructor(@Inject(REDIS) redis: RedisClient, @Inject(REDIS_KEYS) keys: RedisKeys, @Inject(APP_CONFIG) config: AppConfig) {
    super(
      sharedLimiter(redis, keys, 'two-factor', 'failures', config.TWO_FACTOR_MAX_FAILURES, config.TWO_FACTOR_WINDOW_SECONDS),
      config.TWO_FACTOR_MAX_FAILURES,
      (retryAfter) => `Too many wrong codes. Try again in ${retryAfter} seconds.`,
    );
  }
}
