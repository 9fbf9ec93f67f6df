import { randomUUID } from 'node:crypto';
import type { JwtService } from '@nestjs/jwt';
import type { TwoFactorChallengeDto } from '../dto/auth-response.dto.js';

/** Between the password and the code: five minutes. */
export const TWO_FACTOR_TOKEN_TTL_SECONDS = 5 * 60;

const PURPOSE = 'two-factor';

/**
 * The claims of the token that carries a sign-in from its password step to its code step. It names no
 * session (`sid`), so it is no access token (AccessTokenVerifier refuses it), and its `purpose` keeps an
 * access token from being taken for it. `jti` makes it single use (UsedTwoFactorTokens).
 */
interface TwoFactorClaims {
  sub: string;
  purpose: typeof PURPOSE;
  jti: string;
}

export interface TwoFactorToken {
  userId: string;
  jti: string;
  expiresAt: Date;
}

/** The answer of a right password when the person has two-factor sign-in on. */
export async function issueTwoFactorChallenge(jwt: JwtService, userId: string): Promise<TwoFactorChallengeDto> {
  const claims: TwoFactorClaims = { sub: userId, purpose: PURPOSE, jti: randomUUID() };
  const twoFactorToken = await jwt.signAsync(claims, { expiresIn: TWO_FACTOR_TOKEN_TTL_SECONDS });
  const expiresAt = new Date(Date.now() + TWO_FACTOR_TOKEN_TTL_SECONDS * 1000).toISOString();
  return { twoFactorRequired: true, twoFactorToken, expiresAt };
}

/** The token's claims when it is one of ours, for this purpose and unexpired; otherwise null. */
export function readTwoFactorToken(jwt: JwtService, token: string): TwoFactorToken | null {
  let claims: Partial<TwoFactorClaims> & { sid?: unknown; exp?: unknown };
  try {
    claims = jwt.verify(token);
  } catch {
    return null;
  }
  const { sub, purpose, jti, sid, exp } = claims;
  if (purpose !== PURPOSE || sid !== undefined || typeof sub !== 'string' || typeof jti !== 'string' || typeof exp !== 'number') return null;
  return { userId: sub, jti, expiresAt: new Date(exp * 1000) };
}
