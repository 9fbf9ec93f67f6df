import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../redis/redis.module.js';

/**
 * Login throttling kept in Redis, so every API process shares it: every attempt counts against the
 * caller's IP, failed attempts count against the email, and a success clears the email's count.
 * While Redis is unreachable each limiter falls back to one in this process's memory (its insurance
 * limiter), so sign-in goes on answering at once, throttled per process until Redis is back.
 */
@Injectable()
export class LoginThrottleService {
  private readonly attemptsPerIp: RateLimiterRedis;
  private readonly failuresPerEmail: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: Redis,
    @Inject(REDIS_KEYS) keys: RedisKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis,
        keyPrefix: keys('login', name),
        points,
        duration: config.LOGIN_WINDOW_SECONDS,
        // Straight to the insurance limiter while the connection is down, instead of waiting on it.
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `login:${name}`, points, duration: config.LOGIN_WINDOW_SECONDS }),
      });
    this.attemptsPerIp = limiter('ip', config.LOGIN_MAX_ATTEMPTS_PER_IP);
    this.failuresPerEmail = limiter('email', config.LOGIN_MAX_FAILURES_PER_EMAIL);
  }

  async admit(username: string, ip: string): Promise<void> {
    try {
      await this.attemptsPerIp.consume(ip);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw this.tooMany(rejection);
      throw rejection;
    }
    const failures = await this.failuresPerEmail.get(username);
    if (failures && failures.consumedPoints >= this.config.LOGIN_MAX_FAILURES_PER_EMAIL) throw this.tooMany(failures);
  }

  async recordFailure(username: string): Promise<void> {
    await this.failuresPerEmail.penalty(username, 1);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.failuresPerEmail.delete(username);
  }

  private tooMany(state: RateLimiterRes): AppError {
    const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    return new AppError(
      HttpStatus.TOO_MANY_REQUESTS,
      'TOO_MANY_LOGIN_ATTEMPTS',
      `Too many sign-in attempts. Try again in ${retryAfter} seconds.`,
      { 'Retry-After': String(retryAfter) },
    );
  }
}
