import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { tenancy } from '@partner-portal/db';
import { ROUTE_ACCESS } from '../access/route-access.decorator.js';
import type { ApiRequest } from '../common/request-context.js';
import { AccessTokenVerifier } from './access-token-verifier.js';

/**
 * The first global guard: every route needs a valid access token unless it is public. It checks the
 * token's signature and expiry only; whether its session is still active is read by the AccessGuard
 * in the same query as the caller's grants.
 */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenVerifier,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (this.reflector.getAllAndOverride(ROUTE_ACCESS, [context.getHandler(), context.getClass()]) === 'public') return true;
    const request = context.switchToHttp().getRequest<ApiRequest>();
    request.user = this.tokens.verify(request.headers.authorization);
    tenancy.enter({ userId: request.user.userId });
    return true;
  }
}
