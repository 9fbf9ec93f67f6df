import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { RedisClient } from '@partner-portal/db';
import { AppError } from '../../common/app-error.js';
import { REDIS, REDIS_KEYS, type RedisKeys } from '../../redis/redis.module.js';

/** How long a ceremony may take, from its options to its answer. */
export const CHALLENGE_TTL_SECONDS = 5 * 60;

export type ChallengePurpose = 'passkey-registration' | 'passkey-authentication';

interface ChallengeClaims {
  purpose: ChallengePurpose;
  challenge: string;
  /** The person registering a passkey; none for a sign-in, where the passkey names the person. */
  sub?: string;
}

/**
 * A WebAuthn challenge travels to the browser and back inside a short-lived signed token (no `sid`, so it
 * is never an access token), so the API keeps no state between options and answer; Redis only remembers
 * which challenges have been answered, so each is used once.
 */
@Injectable()
export class PasskeyChallenges {
  constructor(
    private readonly jwt: JwtService,
    @Inject(REDIS) private readonly redis: RedisClient,
    @Inject(REDIS_KEYS) private readonly keys: RedisKeys,
  ) {}

  issue(purpose: ChallengePurpose, challenge: string, userId?: string): Promise<string> {
    const claims: ChallengeClaims = userId ? { sub: userId, purpose, challenge } : { purpose, challenge };
    return this.jwt.signAsync(claims, { expiresIn: CHALLENGE_TTL_SECONDS });
  }

  /**
   * The challenge of a token this API issued for `purpose` (and, for a registration, to `userId`), taken
   * so that no other answer can use it; `refusal` for a forged, expired, foreign or already used token.
   */
  async take(token: string, purpose: ChallengePurpose, refusal: () => AppError, userId?: string): Promise<string> {
    let claims: Partial<ChallengeClaims> & { sid?: unknown };
    try {
      claims = await this.jwt.verifyAsync<ChallengeClaims & { sid?: unknown }>(token);
    } catch {
      throw refusal();
    }
    if (claims.purpose !== purpose || typeof claims.challenge !== 'string' || claims.sid !== undefined) throw refusal();
    if (userId !== undefined && claims.sub !== userId) throw refusal();
    const first = await this.claimOnce(claims.challenge);
    if (!first) throw refusal();
    return claims.challenge;
  }

  /** Redis unreachable: the request fails with 503 (error-envelope.filter.ts), rather than let a challenge be replayed. */
  private async claimOnce(challenge: string): Promise<boolean> {
    return (await this.redis.set(this.keys('passkey-challenge', challenge), '1', 'EX', CHALLENGE_TTL_SECONDS, 'NX')) === 'OK';
  }
}
