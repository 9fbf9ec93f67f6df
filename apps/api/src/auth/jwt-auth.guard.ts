import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import { tenancy } from '@partner-portal/db';
import { ROUTE_ACCESS } from '../access/route-access.decorator.js';
import { AppError } from '../common/app-error.js';
import type { ApiRequest, AuthenticatedUser } from '../common/request-context.js';
import type { AccessTokenClaims } from './sessions.service.js';

const BEARER = /^Bearer ([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$/;

/**
 * The first global guard: every route needs a valid access token unless it is public. It checks the
 * token's signature and expiry only; whether its session is still active is read by the AccessGuard
 * in the same query as the caller's grants.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
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
    let claims: AccessTokenClaims;
    try {
      claims = this.jwt.verify<AccessTokenClaims>(token);
    } catch (error) {
      const expired = error instanceof Error && error.name === 'TokenExpiredError';
      throw signIn(expired ? 'Your session has expired. Sign in again.' : 'Sign in to continue.');
    }
    if (typeof claims.sub !== 'string' || typeof claims.sid !== 'string') throw signIn('Sign in to continue.');
    return { userId: claims.sub, sessionId: claims.sid };
  }
}

const signIn = (message: string) => new AppError(HttpStatus.UNAUTHORIZED, 'UNAUTHENTICATED', message);
