import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { AppError } from '../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../redis/redis.module.js';

// Increments a counter and starts its window on the first hit; answers [count, seconds left].
const HIT = `
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return { count, redis.call('TTL', KEYS[1]) }
`;

/**
 * Login throttling kept in Redis, so every API process shares it: every attempt counts against the
 * caller's IP, failed attempts count against the email, and a success clears the email's count.
 */
@Injectable()
export class LoginThrottleService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async admit(username: string, ip: string): Promise<void> {
    const window = this.config.LOGIN_WINDOW_SECONDS;
    const [ipCount, ipTtl] = (await this.redis.eval(HIT, 1, this.ipKey(ip), window)) as [number, number];
    if (ipCount > this.config.LOGIN_MAX_ATTEMPTS_PER_IP) throw this.tooMany(ipTtl);

    const failures = Number((await this.redis.get(this.emailKey(username))) ?? 0);
    if (failures >= this.config.LOGIN_MAX_FAILURES_PER_EMAIL) {
      throw this.tooMany(await this.redis.ttl(this.emailKey(username)));
    }
  }

  async recordFailure(username: string): Promise<void> {
    await this.redis.eval(HIT, 1, this.emailKey(username), this.config.LOGIN_WINDOW_SECONDS);
  }

  async recordSuccess(username: string): Promise<void> {
    await this.redis.del(this.emailKey(username));
  }

  private tooMany(secondsLeft: number): AppError {
    const retryAfter = Math.max(1, secondsLeft);
    return new AppError(
      HttpStatus.TOO_MANY_REQUESTS,
      'TOO_MANY_LOGIN_ATTEMPTS',
      `Too many sign-in attempts. Try again in ${retryAfter} seconds.`,
      { 'Retry-After': String(retryAfter) },
    );
  }

  private ipKey(ip: string) {
    return this.keys('login', 'ip', ip);
  }

  private emailKey(username: string) {
    return this.keys('login', 'email', username);
  }
}
