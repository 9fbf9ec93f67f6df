import { type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuthGuard } from '@nestjs/passport';
import { AppError } from '../common/app-error.js';
import { ROUTE_ACCESS } from '../access/route-access.decorator.js';

/** The first global guard: every route needs a valid access token unless it is public. */
@Injectable()
export class JwtAuthGuard extends AuthGuard('jwt') {
  constructor(private readonly reflector: Reflector) {
    super();
  }

  override canActivate(context: ExecutionContext) {
    if (this.reflector.getAllAndOverride(ROUTE_ACCESS, [context.getHandler(), context.getClass()]) === 'public') return true;
    return super.canActivate(context);
  }

  override handleRequest<TUser>(error: unknown, user: TUser, info: unknown): TUser {
    if (error && !(error instanceof Error && error.name === 'JsonWebTokenError')) throw error;
    if (!user) {
      const expired = info instanceof Error && info.name === 'TokenExpiredError';
      throw new AppError(
        HttpStatus.UNAUTHORIZED,
        'UNAUTHENTICATED',
        expired ? 'Your session has expired. Sign in again.' : 'Sign in to continue.',
      );
    }
    return user;
  }
}
