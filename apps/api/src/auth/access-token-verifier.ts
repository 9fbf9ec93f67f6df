import { HttpStatus, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppError } from '../common/app-error.js';
import type { AuthenticatedUser } from '../common/request-context.js';
import type { AccessTokenClaims } from './sessions.service.js';
import { VerifiedTokens } from './verified-tokens.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

type VerifiedClaims = AccessTokenClaims & { exp?: unknown };

/**
 * The one check of an access token, for the JwtAuthGuard and for public routes that may be called
 * signed in: its signature, its expiry and its claims. Whether its session is still active is read by
 * the caller, per request.
 */
@Injectable()
export class AccessTokenVerifier {
  private readonly verified = new VerifiedTokens();

  constructor(private readonly jwt: JwtService) {}

  /** The caller an Authorization header names; 401 UNAUTHENTICATED when it names none. */
  verify(header: string | undefined): AuthenticatedUser {
    const token = header && BEARER.exec(header)?.[1];
    if (!token) throw signIn('Sign in to continue.');
    const known = this.verified.get(token);
    if (known) return known;
    let claims: VerifiedClaims;
    try {
      claims = this.jwt.verify<VerifiedClaims>(token);
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw signIn(expired ? 'Your session has expired. Sign in again.' : 'Sign in to continue.');
    }
    // jsonwebtoken accepts a token without `exp` forever; ours always carry one.
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string' || typeof claims.exp !== 'number') {
      throw signIn('Sign in to continue.');
    }
    const user = { userId: claims.sub, sessionId: claims.sid };
    this.verified.remember(token, user, claims.exp);
    return user;
  }
}

const signIn = (message: string) => new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', message);
