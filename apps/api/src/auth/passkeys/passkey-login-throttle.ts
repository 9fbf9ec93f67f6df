import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../../redis/redis.module.js';
import { FailureLimit, sharedLimiter } from '../failure-limit.js';

/**
 * Failed passkey sign-ins per client address, with the password sign-in's per-address limit and window
 * (LOGIN_MAX_FAILURES_PER_IP, LOGIN_IP_WINDOW_SECONDS). Successes never count.
 */
@Injectable()
export class PasskeyLoginThrottle extends FailureLimit {
  constructor(@Inject(REDIS) redis: RedisClient, @Inject(REDIS_KEYS) keys: RedisKeys, @Inject(APP_CONFIG) config: AppConfig) {
    super(
      sharedLimiter(redis, keys, 'passkey-login', 'ip', config.LOGIN_MAX_FAILURES_PER_IP, config.LOGIN_IP_WINDOW_SECONDS),
      config.LOGIN_MAX_FAILURES_PER_IP,
      (retryAfter) => `Too many failed sign-ins from this address. Try again in ${retryAfter} seconds.`,
    );
  }
}
