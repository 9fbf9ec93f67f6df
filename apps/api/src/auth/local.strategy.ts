import { HttpStatus, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { toUsername } from '@partner-portal/db';
import { Strategy } from 'passport-local';
import { AppError } from '../common/app-error.js';
import { AuthService, type VerifiedCredentials } from './auth.service.js';
import type { ApiRequest } from '../common/request-context.js';
import { clientAddress, LoginThrottleService } from './login-throttle.service.js';

@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottleService,
  ) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true });
  }

  async validate(req: ApiRequest, email: string, password: string): Promise<VerifiedCredentials> {
    const verified = await this.auth.verifyCredentials(email, password);
    if (!verified) {
      await this.throttle.recordFailure(toUsername(email), clientAddress(req.ip));
      throw new AppError(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'The email or password is incorrect.');
    }
    await this.throttle.recordSuccess(toUsername(email), clientAddress(req.ip));
    return verified;
  }
}
