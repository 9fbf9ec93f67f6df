import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { type RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../redis/redis.module.js';
import { sharedLimiter, tooManyAttempts } from './failure-limit.js';

/** What sends an email to an address anyone can type: each counted on its own. */
export type ThrottledKind = 'signup' | 'verify-resend' | 'password-reset';

/**
 * Sign-up, "send the verification link again" and "Forgot password?" send an email each time, so each is counted per email
 * address and per client address in Redis (shared by every API process; a process's memory while Redis
 * is down, as for login throttling). Counted before anything else, for a new and a taken address alike,
 * so the limit itself tells nothing about the address.
 */
@Injectable()
export class SignupThrottleService {
  private readonly perEmail: Record<ThrottledKind, RateLimiterRedis>;
  private readonly perIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: RedisClient, @Inject(REDIS_KEYS) keys: RedisKeys, @Inject(APP_CONFIG) config: AppConfig) {
    const limiter = (name: string, points: number) => sharedLimiter(redis, keys, 'signup', name, points, config.SIGNUP_WINDOW_SECONDS);
    this.perEmail = {
      signup: limiter('email', config.SIGNUP_MAX_PER_EMAIL),
      'verify-resend': limiter('resend-email', config.SIGNUP_MAX_PER_EMAIL),
      'password-reset': limiter('reset-email', config.SIGNUP_MAX_PER_EMAIL),
    };
    this.perIp = limiter('ip', config.SIGNUP_MAX_PER_IP);
  }

  /** Counts one request; past either limit, 429 with Retry-After. */
  async consume(kind: ThrottledKind, username: string, ip: string): Promise<void> {
    try {
      await Promise.all([this.perEmail[kind].consume(username), this.perIp.consume(`${kind} ${ip}`)]);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      throw tooManyAttempts('TOO_MANY_REQUESTS', refusal.msBeforeNext, (retryAfter) => `Too many requests for this address. Try again in ${retryAfter} seconds.`);
    }
  }
}
