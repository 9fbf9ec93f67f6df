import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import type { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../redis/redis.module.js';
import { sharedLimiter, tooManyAttempts } from './failure-limit.js';

/**
 * Login throttling after rate-limiter-flexible's login protection ("Brute-force protection Node.js
 * examples"): only failed sign-ins count, in two limiters kept in Redis so every API process shares them:
 * - consecutive failures per (email, client address), cleared by a successful sign-in from that address,
 *   so guessing one person's password from one address stops after a few tries, and nobody can lock a
 *   person out from another address;
 * - failures per client address over a longer window, across every email, so one address cannot try
 *   many people's passwords.
 * A successful sign-in never counts. While Redis is unreachable each limiter falls back to one in this
 * process's memory (its insurance limiter), so sign-in goes on answering at once, throttled per process
 * until Redis is back.
 */
@Injectable()
export class LoginThrottleService {
  private readonly failuresPerEmailAndIp: RateLimiterRedis;
  private readonly failuresPerIp: RateLimiterRedis;

  constructor(
    @Inject(REDIS) redis: RedisClient,
    @Inject(REDIS_KEYS) keys: RedisKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const limiter = (name: string, points: number, duration: number) => sharedLimiter(redis, keys, 'login', name, points, duration);
    this.failuresPerEmailAndIp = limiter('email-ip', config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP, config.LOGIN_WINDOW_SECONDS);
    this.failuresPerIp = limiter('ip', config.LOGIN_MAX_FAILURES_PER_IP, config.LOGIN_IP_WINDOW_SECONDS);
  }

  /** Before the password is checked: refuses an address past either limit; counts nothing. */
  async admit(username: string, ip: string): Promise<void> {
    const [byEmailAndIp, byIp] = await Promise.all([this.failuresPerEmailAndIp.get(emailAndIp(username, ip)), this.failuresPerIp.get(ip)]);
    const refusals = [
      byIp && byIp.consumedPoints >= this.config.LOGIN_MAX_FAILURES_PER_IP ? byIp : null,
      byEmailAndIp && byEmailAndIp.consumedPoints >= this.config.LOGIN_MAX_FAILURES_PER_EMAIL_AND_IP ? byEmailAndIp : null,
    ].filter((state): state is RateLimiterRes => state !== null);
    if (refusals.length > 0) throw this.tooMany(Math.max(...refusals.map((state) => state.msBeforeNext)));
  }

  async recordFailure(username: string, ip: string): Promise<void> {
    await Promise.all([this.failuresPerEmailAndIp.penalty(emailAndIp(username, ip), 1), this.failuresPerIp.penalty(ip, 1)]);
  }

  /** A success counts nowhere, and ends the run of failures for that email from that address. */
  async recordSuccess(username: string, ip: string): Promise<void> {
    await this.failuresPerEmailAndIp.delete(emailAndIp(username, ip));
  }

  private tooMany(msBeforeNext: number): AppError {
    return tooManyAttempts('TOO_MANY_LOGIN_ATTEMPTS', msBeforeNext, (retryAfter) => `Too many failed sign-ins from this address. Try again in ${retryAfter} seconds.`);
  }
}

/** The (email, address) key; a username never holds a space. */
const emailAndIp = (username: string, ip: string) => `${username} ${ip}`;

/** The client address the throttle counts: Express's req.ip, which honours X-Forwarded-For only with TRUST_PROXY. */
export const clientAddress = (ip: string | undefined) => ip ?? 'unknown';
