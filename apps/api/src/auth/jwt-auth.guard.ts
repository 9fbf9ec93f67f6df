import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { tenancy } from '@partner-portal/db';
import { ROUTE_ACCESS } from '../access/route-access.decorator.js';
import { AppError } from '../common/app-error.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import type { AccessTokenClaims } from './sessions.service.js';
import { VerifiedTokens } from './verified-tokens.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/**
 * The first global guard: every route needs a valid access token unless it is public. It checks the
 * token's signature and expiry only; whether its session is still active is read by the AccessGuard
 * in the same query as the caller's grants.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  private readonly verified = new VerifiedTokens();

  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride(ROUTE_ACCESS, [context.getHandler(), context.getClass()]) === 'public') return true;
    const request = context.switchToHttp().getRequest<ApiRequest>();
    request.user = this.verify(request.headers.authorization);
    tenancy.enter({ userId: request.user.userId });
    return true;
  }

  private verify(header: string | undefined): AuthenticatedUser {
    const token = header && BEARER.exec(header)?.[1];
    if (!token) throw signIn('Sign in to continue.');
    const known = this.verified.get(token);
    if (known) return known;
    let claims: AccessTokenClaims & { exp?: unknown };
    try {
      claims = this.jwt.verify<AccessTokenClaims & { exp?: unknown }>(token);
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
