import { Inject, Injectable } from '@nestjs/common';
import type { RedisClient } from '@partner-portal/db';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../../redis/redis.module.js';
import type { TwoFactorToken } from './two-factor-token.js';

/**
 * The two-factor tokens that have produced a session, each remembered until it would have expired
 * anyway. Kept in Redis rather than the database: every API process shares it, an entry disappears by
 * itself with its token (SET NX with the token's remaining life), and no table is needed for something
 * that lives five minutes. While Redis is unreachable this process remembers them itself, as the login
 * throttle does; the code a token was used with is single use in the database either way.
 */
@Injectable()
export class UsedTwoFactorTokens {
  private readonly local = new Map<string, number>();

  constructor(
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  async isUsed(token: TwoFactorToken): Promise<boolean> {
    if (this.usedHere(token.jti)) return true;
    try {
      return (await this.redis.exists(this.key(token))) === 1;
    } catch {
      return false;
    }
  }

  /** Marks the token used; false when it already was (another request won it). */
  async claim(token: TwoFactorToken): Promise<boolean> {
    const lifeMs = Math.max(1, token.expiresAt.getTime() - Date.now());
    try {
      return (await this.redis.set(this.key(token), '1', 'PX', lifeMs, 'NX')) === 'OK';
    } catch {
      if (this.usedHere(token.jti)) return false;
      this.local.set(token.jti, token.expiresAt.getTime());
      return true;
    }
  }

  private usedHere(jti: string): boolean {
    const now = Date.now();
    for (const [used, expiresAt] of this.local) if (expiresAt <= now) this.local.delete(used);
    return this.local.has(jti);
  }

  private key(token: TwoFactorToken): string {
    return this.keys('two-factor', 'used-token', token.jti);
  }
}
