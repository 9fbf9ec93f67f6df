import { Body, Controller, HttpCode, HttpStatus, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../../access/route-access.decorator.js';
import { AppError } from '../../common/app-error.js';
import type { ApiRequest } from '../../common/request-context.js';
import { ApiErrors } from '../../openapi/responses.js';
import { clientOf } from '../auth.controller.js';
import { SessionDto } from '../dto/auth-response.dto.js';
import { clientAddress } from '../login-throttle.service.js';
import { SessionsService } from '../sessions.service.js';
import { PasskeyAuthenticationOptionsDto, PasskeyLoginDto } from './dto/passkey.dto.js';
import { PasskeyLoginService } from './passkey-login.service.js';
import { PasskeyLoginThrottle } from './passkey-login-throttle.js';

const RETRY_AFTER = { description: 'Seconds until sign-in is allowed again', required: true, schema: { type: 'integer', format: 'int32', minimum: 1, maximum: 86_400 } } as const;

@ApiTags('auth')
@Controller('auth/passkey')
export class PasskeyLoginController {
  constructor(
    private readonly passkeys: PasskeyLoginService,
    private readonly sessions: SessionsService,
    private readonly throttle: PasskeyLoginThrottle,
  ) {}

  @Public()
  @Post('options')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Start signing in with a passkey: the options for the authenticator, and the token to send back with its answer',
    description: 'No email is asked: the authenticator offers the passkeys it holds for this site. The token is valid for 5 minutes, once.',
  })
  @ApiOkResponse({ type: PasskeyAuthenticationOptionsDto })
  options(): Promise<PasskeyAuthenticationOptionsDto> {
    return this.passkeys.options();
  }

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "Sign in with a passkey: the authenticator's answer to the sign-in options",
    description: 'Instead of the email, the password and a code: the session counts as signed in with a second factor.',
  })
  @ApiOkResponse({ type: SessionDto, description: 'Signed in' })
  @ApiErrors({
    401: 'PASSKEY_INVALID: the same for an unknown passkey, a bad signature, and an expired or used token',
    403: 'EMAIL_NOT_VERIFIED: the email address of this person is not verified yet',
    429: 'TOO_MANY_LOGIN_ATTEMPTS: too many failed sign-ins from this address; see Retry-After',
  })
  @ApiTooManyRequestsResponse({ headers: { 'Retry-After': RETRY_AFTER } })
  async login(@Body() body: PasskeyLoginDto, @Req() req: ApiRequest): Promise<SessionDto> {
    const ip = clientAddress(req.ip);
    await this.throttle.admit(ip);
    let user;
    try {
      user = await this.passkeys.verify(body, clientOf(req));
    } catch (error) {
      if (error instanceof AppError && error.code === 'PASSKEY_INVALID') await this.throttle.recordFailure(ip);
      throw error;
    }
    const session = await this.sessions.open(user.id, clientOf(req), { twoFactor: true });
    return { accessToken: session.accessToken, expiresAt: session.expiresAt.toISOString(), user };
  }
}
