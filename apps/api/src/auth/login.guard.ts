import { type ExecutionContext, Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { toUsername } from '@partner-portal/db';
import { createValidationPipe } from '../common/validation.js';
import type { ApiRequest } from '../common/request-context.js';
import { LoginDto } from './dto/login.dto.js';
import { clientAddress, LoginThrottleService } from './login-throttle.service.js';

const validation = createValidationPipe();

/** Sign-in, in order: a well-formed body, then the throttle, then the password check (local strategy). */
@Injectable()
export class LoginGuard extends AuthGuard('local') {
  constructor(private readonly throttle: LoginThrottleService) {
    super();
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ApiRequest>();
    const body = (await validation.transform(request.body, { type: 'body', metatype: LoginDto })) as LoginDto;
    await this.throttle.admit(toUsername(body.email), clientAddress(request.ip));
    return (await super.canActivate(context)) as boolean;
  }

  override handleRequest<TUser>(error: unknown, user: TUser): TUser {
    if (error) throw error;
    return user;
  }
}
